"""The naive baseline: plain LangChain + Chroma dense retrieval, top passages concatenated.

Layer: evals. No rules, no calculator, no composer, no guards: it shows what the design adds.
"""

from __future__ import annotations

from typing import Any

from spoorwijzer.knowledge import WORDINGS_SOURCE_ID
from spoorwijzer.records import Citation

TOP_K = 3


class NaiveBaseline:
    """Answers with the three nearest passages of a `langchain_chroma.Chroma` store."""

    def __init__(self, vectorstore: Any) -> None:
        self._vectorstore = vectorstore

    def search(self, question: str, k: int) -> list[Any]:
        """The k nearest passages of the knowledge (the claim wordings are no passages)."""
        return list(
            self._vectorstore.similarity_search(
                question, k=k, filter={"source_id": {"$ne": WORDINGS_SOURCE_ID}}
            )
        )

    def answer(self, question: str) -> tuple[dict[str, Any], list[Citation]]:
        """Return the answer record and its citations (each passage cited in full)."""
        documents = self.search(question, TOP_K)
        citations = [
            Citation(
                n,
                str(doc.id or ""),
                str(doc.metadata.get("source_id", "")),
                str(doc.metadata.get("title", "")),
                str(doc.metadata.get("publisher", "")),
                int(doc.metadata.get("tier", 0)),
                doc.page_content,
                str(doc.metadata.get("url", "")),
            )
            for n, doc in enumerate(documents, start=1)
        ]
        text = "\n\n".join(f"{d.page_content} [{n}]" for n, d in enumerate(documents, start=1))
        return (
            {"answer": text, "verdict": None, "refused": False, "intent": "baseline"},
            citations,
        )
