"""Dutch date input and output: parse what users type, print dates the Dutch way.

Pure standard library; used by the calculator, the CLI, the UI and the question parser.
Accepted input: ISO (2025-03-03), dd-mm-jjjj (03-03-2025, also / and .), and written
dates with an optional weekday ("3 maart 2025", "ma 7 juli 2025", "3 mrt. 2025").
"""

from __future__ import annotations

import re
from datetime import date, timedelta

MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)
WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
WEEKDAYS_SHORT = ("ma", "di", "wo", "do", "vr", "za", "zo")

ENGLISH_MONTHS: dict[str, int] = {
    name: i
    for i, name in enumerate(
        (
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ),
        start=1,
    )
}
# Month spellings users type, full and abbreviated, mapped to the month number; English ones too,
# for mixed messages ("sick since October 1st", "1 May 2026").
MONTH_NUMBERS: dict[str, int] = {name: i for i, name in enumerate(MONTHS, start=1)}
MONTH_NUMBERS.update(
    {
        "jan": 1,
        "feb": 2,
        "febr": 2,
        "mrt": 3,
        "maa": 3,
        "apr": 4,
        "jun": 6,
        "jul": 7,
        "aug": 8,
        "sep": 9,
        "sept": 9,
        "okt": 10,
        "oct": 10,
        "nov": 11,
        "dec": 12,
        "mar": 3,
        **ENGLISH_MONTHS,
    }
)
_WEEKDAY_WORDS = WEEKDAYS + WEEKDAYS_SHORT

MONTH_PATTERN = "|".join(sorted(MONTH_NUMBERS, key=len, reverse=True))
WEEKDAY_PATTERN = "|".join(sorted(_WEEKDAY_WORDS, key=len, reverse=True))

_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_NUMERIC = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")
_WRITTEN = re.compile(
    rf"^(?:(?:{WEEKDAY_PATTERN})\.?,?\s+)?(\d{{1,2}})\s+({MONTH_PATTERN})\.?\s+(\d{{4}})$",
    re.IGNORECASE,
)


class DateInputError(ValueError):
    """A date the user typed that cannot be read or does not exist; the message is Dutch."""


def existing_date(year: int, month: int, day: int) -> date | None:
    """The date, or None when it does not exist (31 februari, maand 13)."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def build_date(year: int, month: int, day: int, *, shown_as: str) -> date:
    """Return the date, or raise DateInputError with a Dutch message if it does not exist.

    Args:
        year: Four-digit year.
        month: Month number 1-12.
        day: Day of the month.
        shown_as: The text as the user wrote it, repeated in the error message.

    Returns:
        The date.

    Raises:
        DateInputError: The date does not exist (31 februari, maand 13, ...).
    """
    try:
        return date(year, month, day)
    except ValueError:
        raise DateInputError(f"De datum '{shown_as}' bestaat niet.") from None


def parse_dutch_date(text: str) -> date:
    """Parse one date typed by a user.

    Args:
        text: ISO, dd-mm-jjjj or a written Dutch date such as "ma 3 maart 2025".

    Returns:
        The date.

    Raises:
        DateInputError: The text is not a date in a supported format, or the date does not exist.
    """
    cleaned = " ".join(text.strip().split())
    if not cleaned:
        raise DateInputError("Er is geen datum ingevuld.")
    if match := _ISO.match(cleaned):
        year, month, day = (int(g) for g in match.groups())
        return build_date(year, month, day, shown_as=cleaned)
    if match := _NUMERIC.match(cleaned):
        day, month, year = (int(g) for g in match.groups())
        return build_date(year, month, day, shown_as=cleaned)
    if match := _WRITTEN.match(cleaned):
        day_text, month_text, year_text = match.groups()
        month = MONTH_NUMBERS[month_text.lower()]
        return build_date(int(year_text), month, int(day_text), shown_as=cleaned)
    raise DateInputError(
        f"'{cleaned}' is geen datum die Spoorwijzer kan lezen. "
        "Gebruik bijvoorbeeld 2025-03-03, 03-03-2025 of 3 maart 2025."
    )


_RANGE_SEPARATOR = re.compile(r"\s*(?:\bt/m\b|\btot en met\b|\btot\b|\s-\s|:)\s*", re.IGNORECASE)


def parse_date_range(text: str) -> tuple[date, date | None]:
    """Parse a period "VAN t/m TOT", "VAN:TOT" or "VAN - TOT"; an empty TOT means still ongoing.

    Args:
        text: The period as typed.

    Returns:
        (first day, last day or None).

    Raises:
        DateInputError: No separator, an unreadable date, or a date that does not exist.
    """
    parts = _RANGE_SEPARATOR.split(text.strip(), maxsplit=1)
    if len(parts) != 2:
        raise DateInputError(
            f"'{text.strip()}' is geen periode. Schrijf VAN t/m TOT (of VAN:TOT), bijvoorbeeld "
            "3 februari 2025 t/m 9 maart 2025; laat TOT leeg als de periode nog loopt."
        )
    start_text, end_text = parts
    end = parse_dutch_date(end_text) if end_text.strip() else None
    return parse_dutch_date(start_text), end


def format_date(day: date) -> str:
    """Return a date as Dutch text without weekday, e.g. "27 oktober 2025"."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def latest_in_calendar_week(week: int, weekday: int, today: date) -> date | None:
    """That weekday (0 = Monday) of calendar week `week`: the latest one on or before today."""
    for year in (today.year, today.year - 1):
        try:
            day = date.fromisocalendar(year, week, weekday + 1)
        except ValueError:
            continue  # no such week in that year
        if day <= today:
            return day
    return None


def nth_weekday_of(year: int, month: int, weekday: int, nth: int) -> date:
    """The nth weekday (Monday = 0) of a month; nth 0 is the last one."""
    if nth == 0:
        last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
        return last - timedelta(days=(last.weekday() - weekday) % 7)
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))


def format_date_long(day: date) -> str:
    """Return a date as Dutch text with weekday, e.g. "maandag 27 oktober 2025"."""
    return f"{WEEKDAYS[day.weekday()]} {format_date(day)}"


def format_date_short(day: date) -> str:
    """Return a compact Dutch date for tables, e.g. "ma 27-10-2025"."""
    return f"{WEEKDAYS_SHORT[day.weekday()]} {day.day:02d}-{day.month:02d}-{day.year}"


def weekday_name(day: date) -> str:
    """Return the Dutch weekday name of a date."""
    return WEEKDAYS[day.weekday()]
