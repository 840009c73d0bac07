"""Werkdagen: weekend and feestdag flags, and the Algemene termijnenwet's next werkdag.

Layer: pure calculation; its one dependency is the maintained `holidays` package, which supplies
the dates (Easter-based ones included). Since amendment A1 no deadline moves for these days: the
feestdagen list (Nieuwjaarsdag, Tweede Paasdag, Koningsdag, Hemelvaartsdag, Tweede Pinksterdag,
both Kerstdagen) only flags a deadline and names the werkdag of UWV's wording. The one term the
Algemene termijnenwet extends (4 weeks after a late UWV letter, art. 64 lid 6 WIA) uses the Atw's
own list (art. 3), which adds Goede Vrijdag and 5 mei.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import cache

import holidays

# English names from holidays' en_US localisation (stable across its releases) -> Dutch names.
SKIPPED_FEESTDAGEN = {
    "New Year's Day": "Nieuwjaarsdag",
    "Easter Monday": "Tweede Paasdag",
    "King's Day": "Koningsdag",
    "Ascension Day": "Hemelvaartsdag",
    "Pentecost Monday": "Tweede Pinksterdag",
    "Christmas Day": "Eerste Kerstdag",
    "Second Day of Christmas": "Tweede Kerstdag",
}
# Days the Algemene termijnenwet (art. 3 lid 1 and 2) also treats as feestdagen.
ATW_ONLY_DAYS = {
    "Good Friday": "Goede Vrijdag",
    "Liberation Day": "Bevrijdingsdag (5 mei)",
}


@cache
def _named_days(year: int) -> dict[date, str]:
    calendar = holidays.country_holidays("NL", years=year, language="en_US")
    named = {
        day: SKIPPED_FEESTDAGEN[name]
        for day, name in calendar.items()
        if name in SKIPPED_FEESTDAGEN
    }
    # The Atw's Goede Vrijdag and 5 mei apply every year, also when holidays.NL omits them.
    for day, name in calendar.items():
        if name in ATW_ONLY_DAYS:
            named.setdefault(day, ATW_ONLY_DAYS[name])
    liberation = date(year, 5, 5)
    named.setdefault(liberation, ATW_ONLY_DAYS["Liberation Day"])
    return named


def feestdag_name(day: date) -> str | None:
    """Return the Dutch name of a feestdag that is not a werkdag, or None.

    Only the days of the werkdag rule count; Goede Vrijdag and 5 mei return None.
    """
    name = _named_days(day.year).get(day)
    return name if name in SKIPPED_FEESTDAGEN.values() else None


def atw_only_day_name(day: date) -> str | None:
    """Return "Goede Vrijdag" or "Bevrijdingsdag (5 mei)" when `day` is one of those, else None.

    These are werkdagen for the flags, but not under the Algemene termijnenwet.
    """
    name = _named_days(day.year).get(day)
    return name if name in ATW_ONLY_DAYS.values() else None


def non_working_reason(day: date) -> str | None:
    """Return why `day` is not a werkdag ("zaterdag", "zondag" or the feestdag), or None."""
    if day.weekday() == 5:
        return "zaterdag"
    if day.weekday() == 6:
        return "zondag"
    return feestdag_name(day)


def is_werkdag(day: date) -> bool:
    """Return True for Monday-Friday that is not one of the skipped feestdagen."""
    return non_working_reason(day) is None


def first_werkdag_on_or_after(day: date) -> date:
    """Return `day` itself when it is a werkdag, else the next werkdag."""
    while not is_werkdag(day):
        day += timedelta(days=1)
    return day


def last_werkdag_on_or_before(day: date) -> date:
    """Return `day` itself when it is a werkdag, else the werkdag before it."""
    while not is_werkdag(day):
        day -= timedelta(days=1)
    return day


def atw_non_working_reason(day: date) -> str | None:
    """Return why `day` ends no term under the Algemene termijnenwet (art. 1 and 3), or None."""
    return non_working_reason(day) or atw_only_day_name(day)


def first_atw_werkdag_on_or_after(day: date) -> date:
    """Return the day an Atw-covered term ending on `day` runs to (art. 1 lid 1 Atw)."""
    while atw_non_working_reason(day) is not None:
        day += timedelta(days=1)
    return day
