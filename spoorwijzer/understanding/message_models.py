"""One-label models on a message's e5 embedding: the claim detector and the domain model.

Layer: understanding (plain arithmetic at run time, no numpy). Each is logistic regression of
one label, trained offline and stored as plain JSON beside this module; the chain asks them only
where the rules found nothing, and above a high bar.

- **The claim detector** (`claim_model.json`, `python -m evals.train_claim_detector`): whether a
  message states or checks a rule. The rules of `asks.py` find a claim by its cue ("klopt het
  dat", "toch?") or as a plain statement; "Naar mijn beste weten wordt het tweede spoor pas
  relevant na twee jaar." they miss. A claim is taken only when a part also matches a known one.
- **The domain model** (`domain_model.json`, `python -m evals.train_domain_model`): whether a
  message is about a sick employee and re-integration at all. The first gate is a list of domain
  words; "Mijn kok is overspannen en komt al weken niet. Wat nu?" has none of them.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from spoorwijzer.understanding.ask_classifier import (
    AskModel,
    AskModelError,
    Embed,
    ask_model_from,
    read_model_file,
)

HERE = Path(__file__).resolve().parent
CLAIM_MODEL_FILE = HERE / "claim_model.json"
DOMAIN_MODEL_FILE = HERE / "domain_model.json"
CLAIM = "claim"
IN_SCOPE = "in_scope"
MessageScorer = Callable[[str], float]  # text -> P(label | text)


def load_claim_model(path: Path = CLAIM_MODEL_FILE) -> AskModel | None:
    """The stored claim detector, or None when there is none.

    Raises:
        AskModelError: The file exists but is not a valid model.
    """
    return _load(path, "claimmodel", CLAIM)


def load_domain_model(path: Path = DOMAIN_MODEL_FILE) -> AskModel | None:
    """The stored domain model, or None when there is none.

    Raises:
        AskModelError: The file exists but is not a valid model.
    """
    return _load(path, "domeinmodel", IN_SCOPE)


def _load(path: Path, name: str, label: str) -> AskModel | None:
    model = read_model_file(
        path, name, lambda data: ask_model_from(data, str(data["embedding_model"]))
    )
    if model is not None and (
        model.labels != (label,) or len(model.weights) != 1 or len(model.bias) != 1
    ):
        raise AskModelError(f"Het {name} {path} heeft niet alleen het label '{label}'.")
    return model


def make_scorer(model: AskModel, embed: Embed) -> MessageScorer:
    """A scorer text -> P(the model's one label | text); one embedding per text (cached)."""
    label = model.labels[0]

    @lru_cache(maxsize=512)
    def score(text: str) -> float:
        return model.probabilities(embed(text))[label]

    return score
