"""The ask classifier: which asks a message holds, from its e5 embedding (logistic regression).

Layer: understanding (pure numpy at run time). The weights are trained offline by
`python -m evals.train_asks` on evals/datasets/asks-train.jsonl and stored as plain JSON in
`ask_model.json` beside this module (no pickle), tagged with the embedding model they fit. The
embedding function is injected: this module never loads a model. The rules in `asks.py` stay
the high-precision cues; the classifier adds the asks they miss (see `read_asks`).
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

MODEL_FILE = Path(__file__).resolve().parent / "ask_model.json"
T = TypeVar("T")
Embed = Callable[[str], Sequence[float]]


class AskModelError(ValueError):
    """The stored ask model cannot be read; the message is Dutch."""


@dataclass(frozen=True, slots=True)
class AskModel:
    """One-vs-rest logistic regression weights per ask label."""

    embedding_model: str
    labels: tuple[str, ...]
    weights: tuple[tuple[float, ...], ...]
    bias: tuple[float, ...]

    def to_dict(self) -> dict[str, object]:
        """JSON-ready form."""
        return {
            "embedding_model": self.embedding_model,
            "labels": list(self.labels),
            "weights": [list(w) for w in self.weights],
            "bias": list(self.bias),
        }

    def probabilities(self, vector: Sequence[float]) -> dict[str, float]:
        """P(ask | message) per label."""
        result = {}
        for label, weights, bias in zip(self.labels, self.weights, self.bias, strict=True):
            score = bias + math.fsum(w * x for w, x in zip(weights, vector, strict=True))
            result[label] = 1 / (1 + math.exp(-max(-50.0, min(50.0, score))))
        return result


def ask_model_from(data: Mapping[str, Any], embedding_model: str) -> AskModel:
    """One-vs-rest weights from their JSON form ({"labels", "weights", "bias"}).

    Raises:
        KeyError, TypeError, ValueError: A part is missing or not a number.
    """
    return AskModel(
        embedding_model,
        tuple(str(label) for label in data["labels"]),
        tuple(tuple(float(x) for x in row) for row in data["weights"]),
        tuple(float(x) for x in data["bias"]),
    )


def read_model_file(path: Path, name: str, build: Callable[[Any], T]) -> T | None:
    """A stored model built from its JSON file, or None when there is none.

    Raises:
        AskModelError: The file exists but is not a valid model (`name` says which, in Dutch).
    """
    if not path.exists():
        return None
    try:
        return build(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
        raise AskModelError(f"Het {name} {path} is onleesbaar ({error}).") from None


def load_ask_model(path: Path = MODEL_FILE) -> AskModel | None:
    """The stored model, or None when there is none.

    Raises:
        AskModelError: The file exists but is not a valid model.
    """
    model = read_model_file(
        path, "vraagmodel", lambda data: ask_model_from(data, str(data["embedding_model"]))
    )
    if model is None:
        return None
    if not len(model.labels) == len(model.weights) == len(model.bias):
        raise AskModelError(f"Het vraagmodel {path} heeft niet evenveel labels als gewichten.")
    return model


def make_classifier(model: AskModel, embed: Embed) -> Callable[[str], dict[str, float]]:
    """A classifier text -> {ask: probability}; one embedding per distinct text (cached)."""

    @lru_cache(maxsize=512)
    def classify(text: str) -> tuple[tuple[str, float], ...]:
        return tuple(model.probabilities(embed(text)).items())

    return lambda text: dict(classify(text))
