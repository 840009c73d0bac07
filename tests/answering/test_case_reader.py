"""The optional second reader through the whole chain, with fake chat models only."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from langchain_core.language_models.fake_chat_models import FakeListChatModel

from spoorwijzer.answering.case_reader import ModelCaseReader
from spoorwijzer.answering.prompts import load_read_case_prompt
from spoorwijzer.testing import scripted_chat_model

PROMPTS = Path(__file__).resolve().parents[2] / "prompts"
STORY = "Mijn medewerker is in de lente uitgevallen. Hij kan niks meer bij ons. Wat nu?"


def with_reader(assistant: Any, model: Any) -> Any:
    return replace(assistant, reader=ModelCaseReader(model, load_read_case_prompt(PROMPTS)))


def test_model_facts_fill_the_dossier_and_the_rules_still_answer(assistant: Any) -> None:
    """A fact the rules missed is added with source 'taalmodel'; an invented date is not."""
    reply = (
        '{"facts": {"oordeel_bedrijfsarts": "eigen_werk_niet", "eerste_ziektedag": "2026-04-01"},'
        ' "asks": ["spoor2_decision"]}'
    )
    answer = with_reader(assistant, FakeListChatModel(responses=[reply])).answer(STORY)

    facts = answer.dossier["facts"]
    assert facts["oordeel_bedrijfsarts"]["value"] == "eigen_werk_niet"
    assert facts["oordeel_bedrijfsarts"]["source"].startswith("taalmodel")
    # 1 april is in no word of the message: the rules' reading of "in de lente" (the season's
    # first day, approximate) stands, the model's date does not
    periods = facts["ziekteperiodes"]
    assert periods["source"] == "bericht 1"
    assert periods["certainty"] == "approximate"
    assert periods["value"][0][0] != "2026-04-01"
    assert "spoor2_decision" in answer.asks
    assert "1 april 2026" not in answer.text


def test_a_failing_or_chatty_model_changes_nothing(assistant: Any) -> None:
    """No JSON, or a model that raises: the answer is the rules' answer."""
    plain = assistant.answer(STORY)
    chatty = with_reader(assistant, scripted_chat_model(["Ik denk dat hij ziek is."]))
    assert chatty.answer(STORY).text == plain.text

    class Broken(FakeListChatModel):
        def _call(self, *args: Any, **kwargs: Any) -> str:
            raise ConnectionError("server weg")

    assert with_reader(assistant, Broken(responses=["x"])).answer(STORY).text == plain.text
