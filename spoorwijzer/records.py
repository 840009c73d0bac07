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


@dataclass(frozen=True, slots=True)
class Citation:
    """One numbered source under an answer; `quote` occurs verbatim in the stored chunk."""

    n: int
    chunk_id: str
    source_id: str
    title: str
    publisher: str
    tier: int
    quote: str
    url: str


@dataclass(frozen=True, slots=True)
class FollowUp:
    """A question back to the user, with short answers the app shows as buttons."""

    question: str
    options: tuple[str, ...]
    fact: str = ""  # the dossier fact the answer fills
    also: tuple[str, ...] = ()  # other facts the same answer settles

    @property
    def facts(self) -> tuple[str, ...]:
        """Every dossier fact the answer to this question fills."""
        return tuple(f for f in (self.fact, *self.also) if f)


@dataclass(frozen=True, slots=True)
class AnswerDate:
    """A date stated in an answer, with the calculator key it comes from."""

    key: str
    date: str  # ISO
    status: str = ""  # "verstreken", "binnen 4 weken", "later" (empty: not a deadline)


@dataclass(frozen=True, slots=True)
class Answer:
    """The one record every face reads: the CLI prints it, the app shows it, the evals score it."""

    text: str
    citations: tuple[Citation, ...]
    dates: tuple[AnswerDate, ...]
    verdict: str | None
    refused: bool
    intent: str
    warnings: tuple[str, ...] = ()
    asks: tuple[str, ...] = ()
    follow_up: tuple[FollowUp, ...] = ()
    understood: tuple[str, ...] = ()  # what Spoorwijzer read of the case, in Dutch
    dossier: dict[str, object] | None = None  # the updated case dossier (session state)
    claim: str | None = None  # the claim of claims.yaml the verdict is about

    def to_dict(self) -> dict[str, object]:
        """Return the answer with the field names of the `ask --json` contract."""
        return {
            "answer": self.text,
            "citations": [
                {
                    "n": c.n,
                    "source_id": c.source_id,
                    "title": c.title,
                    "publisher": c.publisher,
                    "tier": c.tier,
                    "quote": c.quote,
                    "url": c.url,
                }
                for c in self.citations
            ],
            "dates": [{"key": d.key, "date": d.date, "status": d.status} for d in self.dates],
            "verdict": self.verdict,
            "refused": self.refused,
            "intent": self.intent,
            "asks": list(self.asks),
            "claim": self.claim,
            "follow_up": [
                {
                    "question": f.question,
                    "options": list(f.options),
                    "fact": f.fact,
                    "facts": list(f.facts),
                }
                for f in self.follow_up
            ],
            "understood": list(self.understood),
            "dossier": self.dossier,
            "warnings": list(self.warnings),
        }
