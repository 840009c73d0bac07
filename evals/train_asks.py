"""Train the ask classifier: logistic regression per ask on the e5 query embeddings.

Layer: evals (offline tool; scikit-learn is a dev dependency, never needed at run time).

    python -m evals.train_asks            # train, report held-out scores, write the model
    python -m evals.train_asks --check    # report only

Data: evals/datasets/real/asks-train.jsonl ({"text", "asks"}). A fixed fifth of it (by a hash of
the text) is held out for the report; the labelled real-style sets (`asks` of each case's
message) are a second held-out set. The written model is refit on all training lines.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from collections.abc import Sequence
from pathlib import Path

from evals.dataset import DATASETS_DIR
from spoorwijzer.understanding.ask_classifier import MODEL_FILE, AskModel
from spoorwijzer.understanding.asks import Ask

TRAIN_FILE = DATASETS_DIR / "real" / "asks-train.jsonl"
LABELLED_SETS = (
    "real/real-tune.jsonl",
    "real/holdout-real.jsonl",
    "real/holdout-fresh.jsonl",
    "real/holdout-3.jsonl",
    "eval-real-sample.jsonl",
)
HELD_OUT_SHARE = 5  # one in five lines
C = 4.0  # inverse regularisation, chosen on the held-out fifth of the training lines


def _held_out(text: str) -> bool:
    return int(hashlib.sha256(text.encode("utf-8")).hexdigest(), 16) % HELD_OUT_SHARE == 0


def read_lines(path: Path) -> list[tuple[str, frozenset[str]]]:
    """(text, asks) per line of a training or labelled file."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            data = json.loads(line)
            rows.append((data.get("text") or data["question"], frozenset(data["asks"])))
    return rows


def fit(
    vectors: Sequence[Sequence[float]], labels: Sequence[frozenset[str]], model_id: str
) -> AskModel:
    """One logistic regression per ask label."""
    from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped]

    names = [str(a) for a in Ask]
    weights, bias = [], []
    for name in names:
        target = [name in row for row in labels]
        if not any(target) or all(target):
            weights.append(tuple(0.0 for _ in vectors[0]))
            bias.append(-10.0 if not any(target) else 10.0)
            continue
        regression = LogisticRegression(C=C, class_weight="balanced", max_iter=2000)
        regression.fit(vectors, target)
        weights.append(tuple(float(x) for x in regression.coef_[0]))
        bias.append(float(regression.intercept_[0]))
    return AskModel(model_id, tuple(names), tuple(weights), tuple(bias))


def report(
    model: AskModel, vectors: Sequence[Sequence[float]], labels: Sequence[frozenset[str]]
) -> dict[str, object]:
    """Per-label accuracy, precision and recall, and exact-set accuracy at p >= 0.5."""
    predicted = [
        frozenset(k for k, p in model.probabilities(v).items() if p >= 0.5) for v in vectors
    ]
    per_label = {}
    for name in model.labels:
        tp = sum(name in p and name in t for p, t in zip(predicted, labels, strict=True))
        fp = sum(name in p and name not in t for p, t in zip(predicted, labels, strict=True))
        fn = sum(name not in p and name in t for p, t in zip(predicted, labels, strict=True))
        right = sum((name in p) == (name in t) for p, t in zip(predicted, labels, strict=True))
        per_label[name] = {
            "accuracy": round(right / len(labels), 3),
            "precision": round(tp / (tp + fp), 3) if tp + fp else None,
            "recall": round(tp / (tp + fn), 3) if tp + fn else None,
            "support": tp + fn,
        }
    exact = sum(p == t for p, t in zip(predicted, labels, strict=True))
    return {
        "cases": len(labels),
        "exact_set_accuracy": round(exact / len(labels), 3),
        "per_label": per_label,
    }


def main(argv: Sequence[str] | None = None) -> None:
    """Train, report and (unless --check) write the model."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report only, write nothing")
    args = parser.parse_args(argv)
    from spoorwijzer.retrieval.embeddings import make_embeddings

    embeddings = make_embeddings()
    rows = read_lines(TRAIN_FILE)
    train = [r for r in rows if not _held_out(r[0])]
    test = [r for r in rows if _held_out(r[0])]
    embed = embeddings.embed_query
    train_vectors = [embed(t) for t, _ in train]
    model = fit(train_vectors, [a for _, a in train], embeddings.model_id)
    results: dict[str, object] = {
        "held_out_fifth": report(model, [embed(t) for t, _ in test], [a for _, a in test])
    }
    for name in LABELLED_SETS:
        path = DATASETS_DIR / name
        if path.exists():
            labelled = read_lines(path)
            results[name] = report(model, [embed(t) for t, _ in labelled], [a for _, a in labelled])
    print(json.dumps(results, indent=2, ensure_ascii=False))
    if not args.check:
        final = fit(
            train_vectors + [embed(t) for t, _ in test],
            [a for _, a in train] + [a for _, a in test],
            embeddings.model_id,
        )
        MODEL_FILE.write_text(json.dumps(final.to_dict()), encoding="utf-8")
        print(f"Geschreven: {MODEL_FILE}")


if __name__ == "__main__":
    main()
