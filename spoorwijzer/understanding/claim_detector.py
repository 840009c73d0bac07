"""The claim detector: whether a message states or checks a rule, from its e5 embedding.

Layer: understanding (plain arithmetic at run time, no numpy). The rules of `asks.py` find a
claim by its cue ("klopt het dat", "toch?", "mijn collega zegt") or as a plain statement of a
rule; a claim put without those ("Naar mijn beste weten wordt het tweede spoor pas relevant
na twee jaar.") they miss. This model (logistic regression, trained offline by `python -m
evals.train_claim_detector` on the tuned sets' messages, the claim wordings and messages, the
ask training set and the story fragments, stored as plain JSON in `claim_model.json`) gives the
probability that a message holds a claim. The chain uses it only where the rules found none, and
takes a claim only when a part of the message also matches a known claim.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from spoorwijzer.understanding.ask_classifier import (
    AskModel,
    Embed,
    load_single_label_model,
    make_label_scorer,
)

MODEL_FILE = Path(__file__).resolve().parent / "claim_model.json"
CLAIM = "claim"
ClaimDetector = Callable[[str], float]


def load_claim_model(path: Path = MODEL_FILE) -> AskModel | None:
    """The stored model, or None when there is none.

    Raises:
        AskModelError: The file exists but is not a valid model.
    """
    return load_single_label_model(path, "claimmodel", CLAIM)


def make_claim_detector(model: AskModel, embed: Embed) -> ClaimDetector:
    """A detector text -> P(the text states or checks a rule); one embedding per text (cached)."""
    return make_label_scorer(model, embed, CLAIM)
