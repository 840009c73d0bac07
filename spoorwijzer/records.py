"""Shared value types that cross layers: chunks written by ingest and read back by retrieval.

Layer: records. Standard library only.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Chunk:
    """One indexed passage with the metadata that makes it citable."""

    id: str
    text: str
    source_id: str
    title: str
    publisher: str
    kind: str
    tier: int
    section: str
    page: int
    position: int
    url: str
    content_hash: str
    doc_hash: str
    origin: str  # "knowledge" (listed in sources.yaml) or "gebruiker" (added by a user)

    @property
    def search_text(self) -> str:
        """The text that is embedded and indexed: section heading plus passage."""
        return f"{self.section}: {self.text}"


@dataclass(frozen=True, slots=True)
class RetrievedChunk:
    """A chunk returned by a search, with its score (higher is better)."""

    chunk: Chunk
    score: float
