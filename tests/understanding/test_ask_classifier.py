"""The ask classifier's stored model: reading, probabilities and errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from spoorwijzer.understanding.ask_classifier import (
    AskModel,
    AskModelError,
    load_ask_model,
    make_classifier,
)


def test_probabilities_follow_the_weights(tmp_path: Path) -> None:
    model = AskModel("m", ("dates", "costs"), ((4.0, 0.0), (0.0, 4.0)), (-2.0, -2.0))
    path = tmp_path / "model.json"
    path.write_text(json.dumps(model.to_dict()), encoding="utf-8")
    calls: list[str] = []

    def embed(text: str) -> list[float]:
        calls.append(text)
        return [1.0, 0.0] if "wanneer" in text else [0.0, 1.0]

    classify = make_classifier(load_ask_model(path) or model, embed)
    dates = classify("wanneer is de melding")
    classify("wanneer is de melding")

    assert dates["dates"] > 0.8
    assert dates["costs"] < 0.2
    assert classify("wat kost het")["costs"] > 0.8
    assert calls == ["wanneer is de melding", "wat kost het"]  # one embedding per text


def test_missing_model_is_none_and_broken_model_is_a_dutch_error(tmp_path: Path) -> None:
    assert load_ask_model(tmp_path / "none.json") is None
    broken = tmp_path / "broken.json"
    broken.write_text('{"labels": ["dates"]}', encoding="utf-8")

    with pytest.raises(AskModelError, match="onleesbaar"):
        load_ask_model(broken)


def test_the_shipped_model_fits_the_default_embeddings() -> None:
    """The package ships a trained model for multilingual e5-small (384 dimensions)."""
    from spoorwijzer.understanding.ask_classifier import MODEL_FILE

    model = load_ask_model(MODEL_FILE)

    assert model is not None
    assert "e5" in model.embedding_model
    assert all(len(row) == 384 for row in model.weights)
    assert {"dates", "spoor2_decision", "what_to_do"} <= set(model.labels)
