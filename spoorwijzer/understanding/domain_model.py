"""The domain model: whether a message is about a sick employee and re-integration at all.

Layer: understanding (plain arithmetic at run time, no numpy). The chain's first gate is a list
of domain words (`routing.is_in_domain`); a message without them ("mijn knecht ligt eruit sinds
de trekker over zijn been ging", "mag ik haar vragen hoe lang het nog duurt?") was refused as out
of scope. This model (logistic regression on the message's e5 embedding, trained offline by
`python -m evals.train_domain_model` on the tuned sets' messages, the messages written for it and
the other training sets, stored as plain JSON in `domain_model.json`) gives the probability that a
message is in scope. The chain asks it only when the words found nothing, and lets a message
through only above a high bar.
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

MODEL_FILE = Path(__file__).resolve().parent / "domain_model.json"
IN_SCOPE = "in_scope"
DomainJudge = Callable[[str], float]


def load_domain_model(path: Path = MODEL_FILE) -> AskModel | None:
    """The stored model, or None when there is none.

    Raises:
        AskModelError: The file exists but is not a valid model.
    """
    return load_single_label_model(path, "domeinmodel", IN_SCOPE)


def make_domain_judge(model: AskModel, embed: Embed) -> DomainJudge:
    """A judge text -> P(the message is about sick leave and re-integration)."""
    return make_label_scorer(model, embed, IN_SCOPE)
