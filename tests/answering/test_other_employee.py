"""A message about another employee stays apart; a question about changes names the peildatum."""

from __future__ import annotations

import datetime as dt
from typing import Any

from spoorwijzer.answering.chain import OTHER_EMPLOYEE
from spoorwijzer.understanding.dossier import Dossier, about_another_employee, read_message

TODAY = dt.date(2026, 12, 6)


def test_another_employee_is_asked_about_not_mixed_in(assistant: Any) -> None:
    case = read_message(Dossier(), "Mijn werknemer is ziek sinds 5 januari 2026.", TODAY).dossier
    answer = assistant.answer(
        "En dan nog een andere medewerker: ziek sinds 2 maart 2026. Wanneer de 42e-weeksmelding?",
        today=TODAY,
        dossier=case,
    )
    assert OTHER_EMPLOYEE in answer.warnings
    assert answer.dossier == case.to_dict()  # untouched
    assert any(
        d.key == "melding_42e_week_uiterlijk" and d.date == "2026-12-21" for d in answer.dates
    )


def test_only_a_named_other_employee_counts() -> None:
    assert about_another_employee("Ik heb nog een zieke werknemer, ook sinds maart.")
    assert not about_another_employee(
        "Mijn werknemer wil ander werk doen bij een andere werkgever."
    )


def test_a_question_about_changes_states_the_peildatum(assistant: Any) -> None:
    from dataclasses import replace

    dated = replace(assistant, peildatum=dt.date(2026, 12, 1))
    changed = dated.answer("Wat is er veranderd in de regels voor poortwachter?", today=TODAY)
    assert "Peildatum van de kennisbank: dinsdag 1 december 2026" in changed.text
    assert "Latere wijzigingen" in changed.text
    plain = dated.answer("Wie betaalt spoor 2?", today=TODAY)
    assert "Peildatum" not in plain.text
