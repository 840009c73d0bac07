"""Retrieval: the Chroma store, embeddings, BM25 and their authority-aware hybrid fusion.

Public modules: `store` (the only chromadb importer), `embeddings`, `lexical`, `hybrid`,
`services` (opens embeddings and store from settings).
"""
