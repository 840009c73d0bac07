"""A refusal told beside the spoor 2 question gets its own part: what to do about it."""

from __future__ import annotations

from datetime import date
from typing import Any


def test_a_refused_internal_job_gets_the_decision_and_what_to_do(assistant: Any) -> None:
    answer = assistant.answer(
        "Intern hebben we een passende functie op de receptie gevonden, vast en voor de uren die "
        "de bedrijfsarts noemt. Maar de werknemer weigert die functie, hij wil liever via spoor 2 "
        "ergens anders heen. Moeten we dan spoor 2 starten?",
        today=date(2026, 12, 7),
    )
    assert "**Spoor 2 — niet nodig zolang er structureel passend werk" in answer.text
    assert "what_to_do" in answer.asks
    assert "loon" in answer.text
