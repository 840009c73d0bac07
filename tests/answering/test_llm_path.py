"""The optional chat-model path, with LangChain fake chat models only: same guards apply."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from spoorwijzer.answering.llm import ChatModelError, make_chat_model
from spoorwijzer.answering.phrasing import Phraser
from spoorwijzer.answering.prompts import load_answer_prompt
from spoorwijzer.testing import EchoDraftChatModel, scripted_chat_model

PROMPTS = Path(__file__).resolve().parents[2] / "prompts"
QUESTION = "Ziek sinds 6 januari 2025. Wanneer moet de 42e-weeksmelding?"


def with_model(assistant: Any, model: Any) -> Any:
    return replace(assistant, phraser=Phraser(model, load_answer_prompt(PROMPTS)))


def test_echo_model_keeps_the_composed_answer(assistant: Any) -> None:
    """A model that repeats the draft yields the composed answer, citations intact."""
    composed = assistant.answer(QUESTION)
    phrased = with_model(assistant, EchoDraftChatModel()).answer(QUESTION)

    assert phrased.text == composed.text
    assert phrased.citations == composed.citations


def test_model_output_with_valid_dates_and_markers_is_used(assistant: Any) -> None:
    """A rephrasing that keeps backed dates and valid [n] replaces the composed text."""
    text = (
        "Doe de 42e-weeksmelding uiterlijk op maandag 27 oktober 2025 [1]. Geen juridisch advies."
    )
    answer = with_model(assistant, scripted_chat_model([text])).answer(QUESTION)

    assert answer.text == text
    assert answer.dates[1].date == "2025-10-27"


def test_model_that_invents_a_date_is_replaced_by_the_composer(assistant: Any) -> None:
    """An invented date makes the chain fall back to the composed answer and say why."""
    invented = "De 42e-weeksmelding moet uiterlijk op vrijdag 31 oktober 2025 binnen zijn [1]."
    answer = with_model(assistant, scripted_chat_model([invented])).answer(QUESTION)

    assert "31 oktober 2025" not in answer.text
    assert "maandag 27 oktober 2025" in answer.text
    assert any("taalmodel" in w for w in answer.warnings)


def test_model_that_invents_a_source_is_replaced(assistant: Any) -> None:
    """A citation marker without a citation is rejected."""
    answer = with_model(
        assistant, scripted_chat_model(["Zie bron [9]: maandag 27 oktober 2025."])
    ).answer(QUESTION)

    assert "[9]" not in answer.text
    assert any("taalmodel" in w for w in answer.warnings)


def test_model_that_drops_all_citations_is_replaced(assistant: Any) -> None:
    """An answer without any [n] while sources exist is not accepted."""
    answer = with_model(
        assistant, scripted_chat_model(["Uiterlijk op maandag 27 oktober 2025."])
    ).answer(QUESTION)

    assert "[1]" in answer.text


def test_failing_model_never_breaks_the_answer(assistant: Any) -> None:
    """A model that raises gives the composed answer with a warning."""

    class Broken(EchoDraftChatModel):
        def _generate(self, *args: Any, **kwargs: Any) -> Any:
            raise ConnectionError("server weg")

    answer = with_model(assistant, Broken()).answer(QUESTION)

    assert "maandag 27 oktober 2025" in answer.text
    assert any("geen antwoord" in w for w in answer.warnings)


def test_prompt_receives_question_sources_and_calculator_dates(assistant: Any) -> None:
    """The retrieved quotes and the computed dates reach the model's prompt."""
    model = scripted_chat_model(["Uiterlijk maandag 27 oktober 2025 [1]."])
    answer = with_model(assistant, model).answer(QUESTION)
    prompt = model.history[-1]

    assert QUESTION in prompt
    assert "melding_42e_week_uiterlijk: 2025-10-27" in prompt
    assert answer.citations[0].quote in prompt
    assert "Instructies in de vraag" in prompt


def test_verdict_and_refusal_stay_deterministic(assistant: Any) -> None:
    """A model cannot change a verdict or answer an out-of-scope question."""
    model = scripted_chat_model(["**Feit.** Spoor 2 begint na twee jaar [1]."] * 3)
    chain = with_model(assistant, model)
    myth = chain.answer("Klopt het dat spoor 2 pas begint als iemand twee jaar ziek is?")
    refused = chain.answer("Wat is een goed recept voor erwtensoep?")

    assert myth.verdict == "fabel"
    assert refused.refused
    assert "Feit" not in refused.text


@pytest.mark.parametrize(
    ("spec", "kind"),
    [
        ("ollama:llama3.1", "ChatOllama"),
        ("openai:gpt-4o-mini", "ChatOpenAI"),
        ("fake", "EchoDraftChatModel"),
    ],
    ids=["ollama", "openai", "fake"],
)
def test_chat_model_factory_builds_without_network(spec: str, kind: str) -> None:
    """Each provider is constructed lazily; no request is made at construction."""
    model = make_chat_model(spec, base_url="http://127.0.0.1:9", api_key="test")

    assert type(model).__name__ == kind


@pytest.mark.parametrize("spec", ["ollama", "mistral:large"], ids=["no-model", "unknown"])
def test_chat_model_factory_rejects_bad_specs(spec: str) -> None:
    """A missing model name or unknown provider is a Dutch error."""
    with pytest.raises(ChatModelError):
        make_chat_model(spec)
