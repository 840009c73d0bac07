"""Answering: the chain, the composer, citations, guards, and the optional LLM phrasing.

Public modules: `chain` (Assistant), `compose`, `citations`, `guards`, `phrasing`, `llm`,
`prompts`, `assistant_builder` (open_assistant).
"""
