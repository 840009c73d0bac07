"""Story facts in the words employers use: the bedrijfsarts's judgement, internal work, prospects."""

from __future__ import annotations

import pytest

from spoorwijzer.understanding.story_facts import read_story_facts


def _facts(text: str) -> dict[str, str]:
    return {f.name: f.value for f in read_story_facts(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Volgens de bedrijfsarts is zijn eigen werk niet meer te doen, ander werk wel.",
            {"oordeel_bedrijfsarts": "ander_werk_mogelijk"},
        ),
        (
            "De arts zegt dat hij eigen werk niet kan, maar wel zittend werk.",
            {"oordeel_bedrijfsarts": "ander_werk_mogelijk"},
        ),
        (
            "Ze kan ook geen ander werk doen volgens de bedrijfsarts.",
            {"oordeel_bedrijfsarts": "eigen_werk_niet"},
        ),
        (
            "Hij kan volgens de arts geen magazijnwerk meer.",
            {"oordeel_bedrijfsarts": "eigen_werk_niet"},
        ),
        ("Intern hebben we verder helemaal niks voor hem.", {"intern_passend_werk": "nee"}),
        ("Wij hebben wel een vacature op de planning.", {"intern_passend_werk": "ja"}),
        (
            "De bedrijfsarts verwacht geen volledige terugkeer.",
            {"zicht_op_terugkeer": "geen"},
        ),
        (
            "Misschien is hij over twee tot vier maanden weer terug in zijn eigen werk.",
            {"zicht_op_terugkeer": "later_dan_3_maanden"},
        ),
    ],
)
def test_story_phrasings(text: str, expected: dict[str, str]) -> None:
    facts = _facts(text)

    assert {k: facts.get(k) for k in expected} == expected


def test_an_fml_alone_does_not_override_what_the_story_says() -> None:
    facts = _facts("In de laatste FML staat dat hij zijn eigen werk niet meer kan doen.")

    assert facts["oordeel_bedrijfsarts"] == "eigen_werk_niet"


def test_a_hypothetical_about_my_employee_states_no_fact() -> None:
    assert (
        _facts("Moet ik re-integreren als mijn werknemer niet meer terug kan naar zijn werk?") == {}
    )
