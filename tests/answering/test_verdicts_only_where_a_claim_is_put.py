"""No verdict on a request to explain, a question about the story's own time or a choice; a
verdict where the claim is put by a check pointing back or a topic named before."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

TODAY = date(2026, 12, 7)


@pytest.mark.parametrize(
    "question",
    [
        "Kun je me uitleggen wat 'marginaal belastbaar' inhoudt? Onze bedrijfsarts schrijft het "
        "in elk verslag.",
        "Hij is ziek sinds 2 maart en werkt nu twee middagen per week aangepast werk. Tellen die "
        "middagen mee voor de 104 weken? En wanneer is de eerstejaarsevaluatie?",
        "Bedrijfsarts: eigen werk voorlopig niet, terugkeer verwacht binnen zes weken. Spoor 2 "
        "starten of niet?",
    ],
)
def test_no_verdict_where_no_claim_is_put(assistant: Any, question: str) -> None:
    answer = assistant.answer(question, today=TODAY)
    assert answer.verdict is None
    assert not answer.text.startswith(("**Feit.**", "**Fabel.**", "**Genuanceerd.**"))


def test_a_check_after_the_statement_gets_the_verdict_on_it(assistant: Any) -> None:
    answer = assistant.answer(
        "las op een forum dat vakantie tijdens ziekte de wachttijd niet opschort. klopt dat? "
        "mijn monteur wil drie weken weg",
        today=TODAY,
    )
    assert answer.verdict == "feit"  # the claim says it does suspend: the user says the opposite


def test_a_topic_named_before_the_check(assistant: Any) -> None:
    answer = assistant.answer(
        "Wat houdt een deskundigenoordeel in, en klopt het dat de werkgever daar niets voor "
        "hoeft te betalen?",
        today=TODAY,
    )
    assert answer.verdict == "fabel"


def test_a_decision_without_a_sick_day_asks_no_dates(assistant: Any) -> None:
    answer = assistant.answer(
        "De bedrijfsarts zegt: eigen werk niet, ander werk wel. De arbeidsdeskundige komt op 12 "
        "januari. Kunnen we spoor 2 al in december starten?",
        today=TODAY,
    )
    asked = [f.question for f in answer.follow_up]
    assert not any("eerste ziektedag" in q for q in asked)
    assert any("zicht op terugkeer" in q for q in asked)


def test_a_statement_about_a_track_is_no_claim_on_another_subject(assistant: Any) -> None:
    answer = assistant.answer(
        "Mijn boekhouder zegt dat je spoor 2 pas hoeft te starten als de WIA is aangevraagd. "
        "Klopt dat?",
        today=TODAY,
    )
    assert answer.claim is None or "spoor" in answer.claim.lower()


def test_a_claim_of_our_director_is_checked(assistant: Any) -> None:
    answer = assistant.answer(
        "Onze directeur is ervan overtuigd dat spoor 2 pas na twee jaar ziekte hoeft.", today=TODAY
    )
    assert answer.verdict == "fabel"
