"""Match a question to a claim of `knowledge/claims.yaml`: the basis of the fact-or-myth check.

Layer: retrieval over the claims, which are indexed like every other source (source id
"claims", one chunk per claim whose section is the claim itself).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spoorwijzer.knowledge import Claim
from spoorwijzer.language.wording import overlap
from spoorwijzer.retrieval.hybrid import HybridRetriever, Passage

CLAIMS_SOURCE_ID = "claims"
CLAIM_MIN_SIMILARITY = 0.86  # e5 cosine; dev-set myth questions score 0.87-0.93, others lower
CANDIDATES = 5
WORD_BONUS = 0.05  # a claim that shares all its words with the question gains 0.05


@dataclass(frozen=True, slots=True)
class ClaimMatch:
    """The claim a question is about, with the indexed passage that states its verdict."""

    claim: Claim
    passage: Passage


class ClaimMatcher:
    """Finds the claim closest to a question among the indexed claims."""

    def __init__(self, claims: Sequence[Claim], retriever: HybridRetriever) -> None:
        self._by_text = {c.claim.rstrip(".").strip().lower(): c for c in claims}
        self._retriever = retriever

    def match(self, question: str) -> ClaimMatch | None:
        """Return the claim nearest to the question if it is close enough, else None.

        Ranks the nearest claims by dense similarity plus a small bonus for shared words, so
        a question that repeats a claim's wording finds that claim.
        """
        best: tuple[float, ClaimMatch] | None = None
        for passage in self._retriever.search_source(question, CLAIMS_SOURCE_ID, CANDIDATES):
            claim = self._by_text.get(passage.chunk.section.strip().lower())
            if claim is None or passage.similarity < CLAIM_MIN_SIMILARITY:
                continue
            score = passage.similarity + WORD_BONUS * overlap(question, claim.claim)
            if best is None or score > best[0]:
                best = (score, ClaimMatch(claim, passage))
        return best[1] if best else None
