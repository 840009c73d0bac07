"""Properties of the calculator that must hold for every first sick day and interruption."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from spoorwijzer.deadlines import CaseFacts, SickPeriod, compute_deadlines
from spoorwijzer.deadlines.counting import compute_counted_periods
from tests.deadlines.strategies import first_sick_days, interrupted_cases

TODAY = date(2025, 1, 1)
MELDING_KEY = "melding_42e_week_uiterlijk"


def ongoing(first_day: date) -> CaseFacts:
    return CaseFacts(periods=(SickPeriod(first_day),))


@given(first_sick_days)
def test_milestones_come_in_legal_order(first_day: date) -> None:
    """Dates never decrease along the legal order, and none lies before the first sick day."""
    dates = [m.date for m in compute_deadlines(ongoing(first_day), today=TODAY).milestones]

    assert dates == sorted(dates)
    assert dates[0] == first_day


@given(interrupted_cases())
def test_interrupted_cases_keep_legal_order(facts: CaseFacts) -> None:
    """With samentelling the milestones still come in legal order."""
    dates = [m.date for m in compute_deadlines(facts, today=TODAY).milestones]

    assert dates == sorted(dates)


@given(first_sick_days, st.integers(min_value=-2000, max_value=2000))
def test_shifting_first_day_shifts_every_date_equally(first_day: date, shift: int) -> None:
    """Every milestone moves exactly as far as the first sick day (no werkdag shifting, A1)."""
    moved_day = first_day + timedelta(days=shift)
    if moved_day < date(2013, 7, 1) or moved_day > date(2035, 12, 31):
        return
    original = compute_deadlines(ongoing(first_day), today=TODAY).dates()
    moved = compute_deadlines(ongoing(moved_day), today=TODAY).dates()

    for key, when in original.items():
        assert moved[key] - when == timedelta(days=shift), key


@given(first_sick_days)
def test_melding_42e_week_is_counted_day_295(first_day: date) -> None:
    """A1: the 42e-weeksmelding is D+294 whatever the weekday; weekend days are flagged."""
    melding = compute_deadlines(ongoing(first_day), today=TODAY).get(MELDING_KEY)

    assert melding is not None
    assert melding.date == first_day + timedelta(days=294)
    assert (melding.non_working_day is not None) or melding.date.weekday() < 5


@given(interrupted_cases())
def test_counted_days_at_einde_wachttijd_are_728(facts: CaseFacts) -> None:
    """Between D and einde_wachttijd, minus the interruptions, lie exactly 728 sick days."""
    report = compute_deadlines(facts, today=TODAY)
    counted = compute_counted_periods(facts.periods)
    end = report.dates()["einde_wachttijd"]
    sick_days = (end - report.eerste_ziektedag).days + 1 - counted.interruption_days_before(end)

    assert sick_days == 728


@given(first_sick_days, st.integers(min_value=1, max_value=60), st.integers(0, 60))
def test_gap_below_28_days_adds_up_and_from_28_starts_anew(
    first_day: date, length: int, gap: int
) -> None:
    """The eerste ziektedag stays the same exactly when the interruption is shorter than 28 days."""
    end = first_day + timedelta(days=length - 1)
    relapse = end + timedelta(days=gap + 1)
    facts = CaseFacts(periods=(SickPeriod(first_day, end), SickPeriod(relapse)))
    report = compute_deadlines(facts, today=TODAY)

    assert report.eerste_ziektedag == (first_day if gap < 28 else relapse)
