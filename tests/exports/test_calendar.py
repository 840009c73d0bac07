"""The .ics export, parsed back with the icalendar package."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from icalendar import Calendar

from spoorwijzer.deadlines import CaseFacts, SickPeriod, compute_deadlines
from spoorwijzer.exports.calendar import CalendarInputError, build_calendar, event_uid

CREATED = datetime(2025, 11, 23, 9, 0, tzinfo=UTC)


def _report(today: date = date(2025, 11, 23)) -> object:
    return compute_deadlines(CaseFacts(periods=(SickPeriod(date(2025, 1, 6)),)), today=today)


def _events(data: bytes) -> list[object]:
    return list(Calendar.from_ical(data).walk("VEVENT"))


def test_only_future_milestones_with_label_and_two_reminders() -> None:
    """By default past milestones are left out; each event has the label and 14/3-day alarms."""
    events = _events(build_calendar(_report(), created=CREATED, case_label="Casus A"))  # type: ignore[arg-type]
    starts = [e.decoded("dtstart") for e in events]  # type: ignore[attr-defined]

    assert starts
    assert min(starts) >= date(2025, 11, 23)
    assert date(2025, 10, 27) not in starts  # the 42e-weeksmelding has passed
    assert all(str(e["summary"]).startswith("Casus A: ") for e in events)  # type: ignore[index]
    for event in events:
        triggers = sorted(a.decoded("trigger") for a in event.walk("VALARM"))  # type: ignore[attr-defined]
        assert triggers == [timedelta(days=-14), timedelta(days=-3)]


def test_include_past_keeps_passed_milestones() -> None:
    """With include_past the 42e-weeksmelding of 27 October 2025 is in the file."""
    data = build_calendar(_report(), created=CREATED, include_past=True)  # type: ignore[arg-type]
    starts = [e.decoded("dtstart") for e in _events(data)]  # type: ignore[attr-defined]

    assert date(2025, 10, 27) in starts


def test_uids_are_stable_per_case_and_milestone() -> None:
    """The same case label gives the same UIDs on another day; another label gives others."""
    first = _events(build_calendar(_report(), created=CREATED, case_label="Casus A"))  # type: ignore[arg-type]
    later = _events(
        build_calendar(_report(date(2025, 12, 1)), created=CREATED, case_label="Casus A")  # type: ignore[arg-type]
    )
    other = _events(build_calendar(_report(), created=CREATED, case_label="Casus B"))  # type: ignore[arg-type]
    uids = {str(e["uid"]) for e in first}  # type: ignore[index]

    assert uids == {str(e["uid"]) for e in later}  # type: ignore[index]
    assert not uids & {str(e["uid"]) for e in other}  # type: ignore[index]
    assert event_uid("Casus A", "einde_wachttijd") in uids
    assert "Casus A" not in "".join(uids)


def test_bad_label_and_reminder_are_refused_in_dutch() -> None:
    """A label over 60 characters or a reminder of 0 days is a Dutch error."""
    with pytest.raises(CalendarInputError, match="casuslabel"):
        build_calendar(_report(), created=CREATED, case_label="x" * 61)  # type: ignore[arg-type]
    with pytest.raises(CalendarInputError, match="herinnering"):
        build_calendar(_report(), created=CREATED, reminder_days=(0,))  # type: ignore[arg-type]
