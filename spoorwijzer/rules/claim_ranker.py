"""The claim ranker: which known claim a stated claim is, learned from labelled claim messages.

Layer: rules (plain arithmetic at run time, no numpy). The claim matcher's hand-set bars
(similarity, key terms in agreement) take a claim only when its own text or one wording is
clearly nearest. A claim put in words of its own often has the right claim near the top but
not clearly ahead. This ranker weighs the same signals together: the statement's similarity to
each claim's text and to its wordings, how far ahead a claim is, its share of the nearest
texts, and the key terms both ways. It is logistic regression over those features, trained
offline by `python -m evals.train_claim_ranker` on the claim messages of the tuned sets and
the unindexed opposite wordings, and stored as plain JSON in `claim_ranker.json`. Its bar was
chosen leaving one set out at a time, so that it gives no more wrong claims than it finds.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spoorwijzer.language.wording import overlap
from spoorwijzer.rules.claim_terms import agreement, same_quantities
from spoorwijzer.understanding.ask_classifier import AskModelError, read_model_file

MODEL_FILE = Path(__file__).resolve().parent / "claim_ranker.json"
CANDIDATES = 5  # the claims nearest by their text or a wording; the right one is among them
NEIGHBOURS = 10  # the nearest texts whose similarity weight is shared out among the claims
FEATURES = (
    "claim_similarity",
    "wording_similarity",
    "second_wording_similarity",
    "margin",
    "first",
    "share",
    "agreement",
    "wording_agreement",
    "reverse_agreement",
    "overlap",
    "same_quantities",
)


@dataclass(frozen=True, slots=True)
class Hit:
    """A text near the statement: a claim's own text or one of its wordings."""

    claim_id: str
    similarity: float
    text: str


def candidate_features(
    statement: str,
    claim_texts: Mapping[str, str],
    own: Sequence[Hit],
    wordings: Sequence[Hit],
) -> dict[str, dict[str, float]]:
    """Per candidate claim (the nearest few), its features for the ranker.

    `own` holds the claims' own texts by similarity, `wordings` the nearest wordings.
    """
    floor_own = min((h.similarity for h in own), default=0.0)
    floor_wording = min((h.similarity for h in wordings), default=floor_own)
    by_claim: dict[str, float] = {}
    for hit in own:
        by_claim.setdefault(hit.claim_id, hit.similarity)
    said: dict[str, list[Hit]] = {}
    for hit in sorted(wordings, key=lambda h: -h.similarity):
        said.setdefault(hit.claim_id, []).append(hit)
    best = {
        claim_id: max(by_claim.get(claim_id, floor_own), hits[0].similarity if hits else 0.0)
        for claim_id, hits in ((c, said.get(c, [])) for c in set(by_claim) | set(said))
    }
    ranked = sorted(best, key=lambda c: -best[c])
    nearest = sorted([*own, *wordings], key=lambda h: -h.similarity)[:NEIGHBOURS]
    total = math.fsum(h.similarity for h in nearest) or 1.0
    features = {}
    for place, claim_id in enumerate(ranked[:CANDIDATES]):
        claim = claim_texts.get(claim_id)
        if claim is None:
            continue
        hits = said.get(claim_id, [])
        others = [best[c] for c in ranked if c != claim_id]
        features[claim_id] = {
            "claim_similarity": by_claim.get(claim_id, floor_own),
            "wording_similarity": hits[0].similarity if hits else floor_wording,
            "second_wording_similarity": hits[1].similarity if len(hits) > 1 else floor_wording,
            "margin": best[claim_id] - (others[0] if others else 0.0),
            "first": 1.0 if place == 0 else 0.0,
            "share": math.fsum(h.similarity for h in nearest if h.claim_id == claim_id) / total,
            "agreement": agreement(statement, claim),
            "wording_agreement": max((agreement(statement, h.text) for h in hits), default=0.0),
            "reverse_agreement": agreement(claim, statement),
            "overlap": overlap(statement, claim),
            "same_quantities": 1.0 if same_quantities(statement, claim) else 0.0,
        }
    return features


@dataclass(frozen=True, slots=True)
class ClaimRanker:
    """Logistic regression weights per feature, and the bar for taking a claim."""

    embedding_model: str
    weights: Mapping[str, float]
    bias: float
    threshold: float

    def to_dict(self) -> dict[str, object]:
        """JSON-ready form."""
        return {
            "embedding_model": self.embedding_model,
            "weights": dict(self.weights),
            "bias": self.bias,
            "threshold": self.threshold,
        }

    def probability(self, features: Mapping[str, float]) -> float:
        """P(this candidate is the claim stated)."""
        score = self.bias + math.fsum(self.weights[name] * features[name] for name in FEATURES)
        return 1 / (1 + math.exp(-max(-50.0, min(50.0, score))))

    def best(self, candidates: Mapping[str, Mapping[str, float]]) -> tuple[str, float] | None:
        """The most probable candidate claim id with its probability, if it passes the bar."""
        scored = [(claim_id, self.probability(f)) for claim_id, f in candidates.items()]
        if not scored:
            return None
        claim_id, probability = max(scored, key=lambda item: item[1])
        return (claim_id, probability) if probability >= self.threshold else None


def claim_ranker_from(data: Mapping[str, Any]) -> ClaimRanker:
    """The ranker from its JSON form.

    Raises:
        KeyError, TypeError, ValueError: A weight is missing or not a number.
    """
    weights = {name: float(data["weights"][name]) for name in FEATURES}
    return ClaimRanker(
        str(data["embedding_model"]), weights, float(data["bias"]), float(data["threshold"])
    )


def load_claim_ranker(path: Path = MODEL_FILE) -> ClaimRanker | None:
    """The stored ranker, or None when there is none.

    Raises:
        AskModelError: The file exists but is not a valid ranker.
    """
    return read_model_file(path, "claimrangschikker", claim_ranker_from)


__all__ = ["AskModelError", "ClaimRanker", "Hit", "candidate_features", "load_claim_ranker"]
