"""Fit and store a model of one label on e5 vectors (the claim detector, the domain model).

Layer: evals (offline tool; scikit-learn is a dev dependency, never needed at run time).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Mapping, Sequence
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


Rows = list[tuple[str, str, bool]]  # (group, text, has the label)


def train(
    description: str,
    argv: Sequence[str] | None,
    *,
    read_rows: Callable[[Path], Rows],
    report: Callable[[Rows, Sequence[Sequence[float]], str], Mapping[str, int]],
    label: str,
    bar: float,
    path: Path,
) -> None:
    """Embed the rows, print the leave-one-set-out report and (unless --check) write the model."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--check", action="store_true", help="report only, write nothing")
    args = parser.parse_args(argv)
    from spoorwijzer.config import get_settings
    from spoorwijzer.retrieval.embeddings import make_embeddings

    embeddings = make_embeddings()
    rows = read_rows(get_settings().knowledge_dir)
    vectors = [embeddings.embed_query(text) for _, text, _ in rows]
    counts = report(rows, vectors, embeddings.model_id)
    print(json.dumps({"messages": len(rows), "bar": bar, **counts}, indent=2))
    if not args.check:
        flags = [flag for _, _, flag in rows]
        write_model(fit_single_label(vectors, flags, embeddings.model_id, label), path)
