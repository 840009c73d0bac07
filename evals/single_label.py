"""Fit and store a model of one label on e5 vectors (the claim detector, the domain model).

Layer: evals (offline tool; scikit-learn is a dev dependency, never needed at run time).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from evals.train_story_facts import fit
from spoorwijzer.understanding.ask_classifier import AskModel

OTHER = "other"


def fit_single_label(
    vectors: Sequence[Sequence[float]], flags: Sequence[bool], model_id: str, label: str
) -> AskModel:
    """Logistic regression of `label` against the rest, the scaler folded into the weights."""
    model = fit(vectors, [label if flag else OTHER for flag in flags], model_id)
    index = model.labels.index(label)
    return AskModel(model_id, (label,), (model.weights[index],), (model.bias[index],))


def write_model(model: AskModel, path: Path) -> None:
    """Store the model as plain JSON and say where."""
    path.write_text(json.dumps(model.to_dict()), encoding="utf-8")
    print(f"Geschreven: {path}")
