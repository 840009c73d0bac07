"""iCalendar export of the milestones: one all-day event per milestone, nothing personal in it.

Layer: presentation helper; imports the calculator's records and the icalendar library.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from icalendar import Calendar, Event

from spoorwijzer.deadlines import DeadlineReport


def build_calendar(report: DeadlineReport, *, created: datetime) -> bytes:
    """Return an .ics file with one all-day event per milestone that still applies.

    Milestones that lapsed with the end of the employment (`lapsed`) are left out.

    Args:
        report: The calculator's report.
        created: Timestamp for DTSTAMP (passed in so that output is reproducible).

    Returns:
        The iCalendar file as bytes.
    """
    calendar = Calendar()
    calendar.add("prodid", "-//Spoorwijzer//Poortwachter-termijnen//NL")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", "Poortwachter-termijnen")
    for milestone in report.milestones:
        if milestone.lapsed:  # vervalt met het einde van het dienstverband: no employer deadline
            continue
        event = Event()
        event.add("uid", f"{milestone.key}-{milestone.date.isoformat()}@spoorwijzer")
        event.add("dtstamp", created)
        event.add("dtstart", milestone.date)
        event.add("dtend", milestone.date + timedelta(days=1))
        event.add("summary", milestone.label)
        description = f"Grondslag: {milestone.basis} ({milestone.kind})."
        if milestone.note:
            description += f"\n{milestone.note}"
        event.add(
            "description", description + "\nBerekend door Spoorwijzer. Geen juridisch advies."
        )
        event.add("transp", "TRANSPARENT")
        calendar.add_component(event)
    ical: bytes = calendar.to_ical()
    return ical
