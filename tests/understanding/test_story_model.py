"""The story model: the facts the lexicon leaves open, read from a sentence's embedding."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from spoorwijzer.understanding.ask_classifier import AskModelError
from spoorwijzer.understanding.story_model import (
    MODEL_FILE,
    load_story_model,
    make_story_judge,
)

TODAY = dt.date(2026, 12, 7)


def _toy_model(tmp_path: Path) -> Path:
    path = tmp_path / "story.json"
    path.write_text(
        json.dumps(
            {
                "embedding_model": "m",
                "threshold": 0.8,
                "facts": {
                    "oordeel_bedrijfsarts": {
                        "labels": ["gbm", "none"],
                        "weights": [[6.0, 0.0], [0.0, 6.0]],
                        "bias": [-3.0, -3.0],
                    }
                },
            }
        ),
        encoding="utf-8",
    )
    return path


def test_a_sentence_on_the_topic_is_read_and_others_are_not(tmp_path: Path) -> None:
    model = load_story_model(_toy_model(tmp_path))
    assert model is not None
    calls: list[str] = []

    def embed(text: str) -> list[float]:
        calls.append(text)
        return [1.0, 0.0] if "geen enkel werk" in text else [0.0, 1.0]

    judge = make_story_judge(model, embed)
    found = judge(
        "De bedrijfsarts zegt dat hij geen enkel werk aankan. Het weer is mooi.", frozenset()
    )

    assert found == {"oordeel_bedrijfsarts": "gbm"}
    assert calls == ["De bedrijfsarts zegt dat hij geen enkel werk aankan."]  # only the topic's
    assert judge("De bedrijfsarts zegt dat hij geen enkel werk aankan.", frozenset()) == found
    assert len(calls) == 1  # one embedding per sentence
    known = frozenset({"oordeel_bedrijfsarts"})
    assert judge("De bedrijfsarts zegt dat hij geen enkel werk aankan.", known) == {}


@pytest.mark.parametrize(
    "message",
    [
        "Kan de bedrijfsarts zeggen dat hij geen enkel werk aankan?",  # a question
        "wat betekent het als de bedrijfsarts zegt dat hij geen enkel werk aankan",
        "Misschien zegt de bedrijfsarts straks dat hij geen enkel werk aankan.",  # a hedge
        "De bedrijfsarts zegt nog niks over geen enkel werk aankan.",  # nothing said yet
    ],
)
def test_questions_hedges_and_hypotheses_tell_nothing(tmp_path: Path, message: str) -> None:
    model = load_story_model(_toy_model(tmp_path))
    assert model is not None
    judge = make_story_judge(model, lambda text: [1.0, 0.0])

    assert judge(message, frozenset()) == {}


def test_missing_model_is_none_and_broken_model_is_a_dutch_error(tmp_path: Path) -> None:
    assert load_story_model(tmp_path / "none.json") is None
    broken = tmp_path / "broken.json"
    broken.write_text('{"facts": {"onbekend": {}}}', encoding="utf-8")

    with pytest.raises(AskModelError, match="verhaalmodel"):
        load_story_model(broken)


def test_the_shipped_model_fits_the_default_embeddings() -> None:
    model = load_story_model(MODEL_FILE)

    assert model is not None
    assert "e5" in model.embedding_model
    assert set(model.facts) == {"oordeel_bedrijfsarts", "intern_passend_werk", "zicht_op_terugkeer"}
    assert "volledig_hersteld" not in model.facts["oordeel_bedrijfsarts"].labels


def test_a_judgement_in_words_the_lexicon_does_not_know(assistant: Any) -> None:
    """The lexicon reads nothing here; the model reads it, and the fact says who read it."""
    message = (
        "Company doctor: own job no longer possible, but she has capacity for other work, as "
        "long as it is mostly sitting. Moet spoor 2 nu?"
    )
    answer = assistant.answer(message, today=TODAY)
    fact = answer.dossier["facts"]["oordeel_bedrijfsarts"]

    assert fact["value"] == "ander_werk_mogelijk"
    assert fact["source"].startswith("leesmodel")


def test_a_fact_the_model_read_says_so(assistant: Any) -> None:
    answer = assistant.answer(
        "Company doctor: own job no longer possible, but she has capacity for other work, as "
        "long as it is mostly sitting. Moet spoor 2 nu?",
        today=TODAY,
    )
    assert "gelezen door het leesmodel" in answer.text
