"""The "Nu" view and the app's milestone statuses, computed from the calculator."""

from __future__ import annotations

from datetime import date

from spoorwijzer.deadlines import CaseFacts, SickPeriod, compute_deadlines
from spoorwijzer.exports.case_status import done_keys, milestone_views, now_view

PERIODS = (SickPeriod(date(2025, 1, 6)),)


def _now(today: date, done: frozenset[str] = frozenset()) -> object:
    report = compute_deadlines(CaseFacts(periods=PERIODS), today=today)
    return now_view(report, PERIODS, done=done)


def test_week_43_shows_the_passed_42e_weeksmelding_and_the_next_deadline() -> None:
    """On 23 Nov 2025 (day 322) the case is in week 46; the melding of 27 Oct has passed."""
    view = _now(date(2025, 11, 23))

    assert view.sick_week == 46  # type: ignore[attr-defined]
    passed = {p.milestone.key: p for p in view.passed}  # type: ignore[attr-defined]
    assert passed["melding_42e_week_uiterlijk"].milestone.date == date(2025, 10, 27)
    assert "boete" in passed["melding_42e_week_uiterlijk"].action
    assert view.next_deadline.key == "eerstejaarsevaluatie_uiterlijk"  # type: ignore[attr-defined]
    assert view.next_deadline.days_left == 42  # type: ignore[attr-defined]
    assert any("Meld de ziekte direct bij UWV" in line for line in view.todo)  # type: ignore[attr-defined]


def test_a_done_melding_is_not_passed() -> None:
    """When the dossier says the melding was made, it is not listed as passed."""
    done = done_keys({"melding_42e_gedaan": "2025-10-20"})
    view = _now(date(2025, 11, 23), done)

    assert "melding_42e_week_uiterlijk" not in {p.milestone.key for p in view.passed}  # type: ignore[attr-defined]


def test_statuses_this_week_and_within_four_weeks() -> None:
    """Five days before the melding it is 'deze week'; 20 days before 'binnen 4 weken'."""
    for today, status in ((date(2025, 10, 22), "deze week"), (date(2025, 10, 7), "binnen 4 weken")):
        report = compute_deadlines(CaseFacts(periods=PERIODS), today=today)
        views = {v.key: v for v in milestone_views(report, PERIODS)}
        assert views["melding_42e_week_uiterlijk"].status == status
        assert views["einde_wachttijd"].week == 104.0


def test_lapsed_milestones_are_vervallen_and_not_due() -> None:
    """After the end of the employment the later duties are 'vervallen', never the next deadline."""
    facts = CaseFacts(periods=PERIODS, einde_dienstverband=date(2025, 6, 30))
    report = compute_deadlines(facts, today=date(2025, 11, 23))
    views = milestone_views(report, PERIODS)

    assert "vervallen" in {v.status for v in views}
    view = now_view(report, PERIODS)
    assert view.next_deadline is None or view.next_deadline.status != "vervallen"
