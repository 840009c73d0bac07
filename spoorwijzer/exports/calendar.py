"""iCalendar export of the milestones: one all-day event per milestone, nothing personal in it.

Layer: exports; imports the calculator's records and the icalendar library. Events carry a
case label the user chooses (no names needed), reminders before the date, and a stable UID
(same case label + milestone -> same UID), so importing again updates instead of duplicating.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import datetime, timedelta

from icalendar import Alarm, Calendar, Event

from spoorwijzer.deadlines import DeadlineReport

DEFAULT_REMINDER_DAYS = (14, 3)
MAX_LABEL_CHARS = 60


class CalendarInputError(ValueError):
    """A case label or reminder that cannot be used; the message is Dutch."""


def event_uid(case_label: str, milestone_key: str) -> str:
    """The stable UID of one milestone of one case (the label is hashed, never written out)."""
    digest = hashlib.sha256(f"{case_label.strip().lower()}|{milestone_key}".encode()).hexdigest()
    return f"{digest[:24]}@spoorwijzer"


def build_calendar(
    report: DeadlineReport,
    *,
    created: datetime,
    case_label: str = "",
    reminder_days: Sequence[int] = DEFAULT_REMINDER_DAYS,
    include_past: bool = False,
) -> bytes:
    """Return an .ics file with one all-day event per milestone that still applies.

    Milestones that lapsed with the end of the employment (`lapsed`) are left out, and so are
    milestones before `report.today` unless `include_past`.

    Args:
        report: The calculator's report.
        created: Timestamp for DTSTAMP (passed in so that output is reproducible).
        case_label: A short label for the case, shown in each event title (e.g. "Casus A").
        reminder_days: Days before each event for a display reminder.
        include_past: Also export milestones whose date has passed.

    Returns:
        The iCalendar file as bytes.

    Raises:
        CalendarInputError: The label is too long or a reminder is not a positive number.
    """
    label = case_label.strip()
    if len(label) > MAX_LABEL_CHARS:
        raise CalendarInputError(
            f"Het casuslabel is {len(label)} tekens; maximaal {MAX_LABEL_CHARS}."
        )
    if any(days < 1 or days > 365 for days in reminder_days):
        raise CalendarInputError("Een herinnering ligt tussen 1 en 365 dagen vóór de datum.")
    calendar = Calendar()
    calendar.add("prodid", "-//Spoorwijzer//Poortwachter-termijnen//NL")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", f"Poortwachter-termijnen {label}".strip())
    for milestone in report.milestones:
        if milestone.lapsed:  # vervalt met het einde van het dienstverband: no employer deadline
            continue
        if not include_past and milestone.date < report.today:
            continue
        event = Event()
        event.add("uid", event_uid(label, milestone.key))
        event.add("dtstamp", created)
        event.add("dtstart", milestone.date)
        event.add("dtend", milestone.date + timedelta(days=1))
        event.add("summary", f"{label}: {milestone.label}" if label else milestone.label)
        description = f"Grondslag: {milestone.basis} ({milestone.kind})."
        if milestone.note:
            description += f"\n{milestone.note}"
        event.add(
            "description", description + "\nBerekend door Spoorwijzer. Geen juridisch advies."
        )
        event.add("transp", "TRANSPARENT")
        for days in sorted(set(reminder_days), reverse=True):
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", f"Over {days} dagen: {milestone.label}")
            alarm.add("trigger", timedelta(days=-days))
            event.add_component(alarm)
        calendar.add_component(event)
    ical: bytes = calendar.to_ical()
    return ical
