"""The domain model: a message about a sick employee without the domain words is in scope."""

from __future__ import annotations

from dataclasses import replace

import pytest

from spoorwijzer.understanding.routing import is_in_domain

# About a sick employee, in none of the domain words (written for this test).
WITHOUT_WORDS = "Mijn kok is overspannen en komt al weken niet. Wat nu?"


def test_the_words_miss_it_and_the_model_finds_it(embeddings: object) -> None:
    from spoorwijzer.answering.assistant_builder import build_domain_judge
    from spoorwijzer.answering.chain import DOMAIN_BAR

    judge = build_domain_judge(embeddings)  # type: ignore[arg-type]
    assert judge is not None, "domain_model.json is missing or fits another embedding model"
    assert not is_in_domain(WITHOUT_WORDS)
    assert judge(WITHOUT_WORDS) >= DOMAIN_BAR
    assert judge("Welk btw-tarief geldt voor knippen bij de kapper?") < DOMAIN_BAR


def test_such_a_message_is_answered_with_the_model_and_refused_without(assistant: object) -> None:
    answered = assistant.answer(WITHOUT_WORDS)  # type: ignore[attr-defined]
    assert not answered.refused
    without = replace(assistant, in_domain=None).answer(WITHOUT_WORDS)  # type: ignore[type-var]
    assert without.refused


@pytest.mark.parametrize(
    "message",
    [
        "Hoeveel WW krijgt mijn medewerker als zijn contract afloopt?",
        "Moet mijn steiger elk jaar gekeurd worden?",
        "Wat is de beste vakantiebestemming in juni?",
    ],
)
def test_other_questions_stay_out_of_scope(assistant: object, message: str) -> None:
    assert assistant.answer(message).refused  # type: ignore[attr-defined]


def test_the_42_weeks_report_in_other_words_is_in_the_domain() -> None:
    assert is_in_domain("die 42 weken melding, moet ik die zelf doen?")
    assert is_in_domain("When is the 42-week notification due?")
    assert not is_in_domain("Onze seizoenskracht werkt 42 weken per jaar. Vakantiedagen?")


@pytest.mark.parametrize(
    ("message", "costs"),
    [
        ("How much does a deskundigenoordeel cost?", True),
        ("Who pays for the re-integratiebureau?", True),
        ("How much does she have to work during re-integration?", False),
        ("We want to avoid a loonsanctie at all costs.", False),
        ("The bedrijfsarts visit costs us half a day; what must the PA contain?", False),
    ],
)
def test_english_costs_asks(message: str, costs: bool) -> None:
    from spoorwijzer.understanding.asks import Ask, read_asks

    assert (Ask.COSTS in read_asks(message).asks) is costs
