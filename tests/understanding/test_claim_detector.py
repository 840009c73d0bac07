"""The claim detector: a claim stated without a cue, found by the model where a part matches."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from spoorwijzer.answering.chain import CLAIM_DETECTOR_BAR
from spoorwijzer.understanding.ask_classifier import AskModelError
from spoorwijzer.understanding.asks import read_asks
from spoorwijzer.understanding.message_models import load_claim_model

UNCUED = "Na twee jaar ziekte mag je iemand gewoon ontslaan. Hoe pak ik dat aan?"
PLAIN = "Wie ziek is mag niet op vakantie, dat is de wet."


def test_a_broken_or_foreign_model_gives_a_dutch_error(tmp_path: Path) -> None:
    path = tmp_path / "claim_model.json"
    assert load_claim_model(path) is None
    path.write_text("{", encoding="utf-8")
    with pytest.raises(AskModelError, match="claimmodel"):
        load_claim_model(path)
    foreign = {"embedding_model": "m", "labels": ["dates"], "weights": [[0.1]], "bias": [0.0]}
    path.write_text(json.dumps(foreign), encoding="utf-8")
    with pytest.raises(AskModelError, match="alleen het label 'claim'"):
        load_claim_model(path)


def test_the_stored_model_tells_a_claim_from_a_story(embeddings: object) -> None:
    from spoorwijzer.answering.assistant_builder import build_claim_detector

    detect = build_claim_detector(embeddings)  # type: ignore[arg-type]
    assert detect is not None, "claim_model.json is missing or fits another embedding model"
    assert detect(PLAIN) >= CLAIM_DETECTOR_BAR
    assert detect(UNCUED) >= CLAIM_DETECTOR_BAR
    story = "Mijn medewerker is sinds 3 maart ziek en de bedrijfsarts zegt dat hij niet terug kan."
    assert detect(story) < 0.5


def test_a_claim_without_a_cue_gets_its_verdict_only_with_the_model(assistant: object) -> None:
    assert read_asks(UNCUED).claim is None  # the rules see no claim
    with_model = assistant.answer(UNCUED)  # type: ignore[attr-defined]
    assert with_model.verdict == "genuanceerd"  # not without a permit from UWV
    assert "ontslaan" in (with_model.claim or "")
    without = replace(assistant, detect_claim=None).answer(UNCUED)  # type: ignore[type-var]
    assert without.verdict is None


@pytest.mark.parametrize(
    "message",
    [
        "Kleine bedrijven moeten ook spoor 2 doen.",  # the rule, said rightly: no myth's verdict
        "We willen een deskundigenoordeel aanvragen. Het kost ons niks, toch?",  # near no claim
        # a question about the user's own case, not a claim to check
        "Mijn werknemer is sinds 10 februari 2026 ziek. We zijn een klein bedrijf dus spoor 2 "
        "hoeft niet voor ons?",
    ],
)
def test_the_models_give_no_verdict_where_the_hand_set_bars_would_not(
    assistant: object, message: str
) -> None:
    assert assistant.answer(message).verdict is None  # type: ignore[attr-defined]
