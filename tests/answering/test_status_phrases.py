"""Where a date stands today: a passed deadline says what to do now; a passed date that only
informs says nothing to do."""

from __future__ import annotations

from datetime import date

from spoorwijzer.answering.compose import status_phrase
from spoorwijzer.deadlines import CaseFacts, DeadlineReport, SickPeriod, compute_deadlines

TODAY = date(2026, 12, 7)


def _report() -> DeadlineReport:
    return compute_deadlines(CaseFacts(periods=(SickPeriod(date(2024, 9, 2)),)), today=TODAY)


def test_a_passed_deadline_says_what_to_do_now() -> None:
    report = _report()
    milestone = report.get("wia_aanvraag_uiterlijk")
    assert milestone is not None

    assert "verstreken" in status_phrase(milestone, TODAY)
    assert "aanvragen" in status_phrase(milestone, TODAY)


def test_a_passed_start_of_the_wia_benefit_asks_nothing_to_be_done() -> None:
    report = _report()
    milestone = report.get("wia_ingangsdatum")
    assert milestone is not None

    phrase = status_phrase(milestone, TODAY)

    assert phrase.startswith("**verstreken**")
    assert "alsnog" not in phrase
