"""Dutch date input and output."""

from __future__ import annotations

from datetime import date

import pytest

from spoorwijzer.language.dutch_dates import (
    DateInputError,
    format_date,
    format_date_long,
    format_date_short,
    parse_dutch_date,
    weekday_name,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025-03-03", date(2025, 3, 3)),
        ("03-03-2025", date(2025, 3, 3)),
        ("3-3-2025", date(2025, 3, 3)),
        ("03/03/2025", date(2025, 3, 3)),
        ("3.3.2025", date(2025, 3, 3)),
        ("3 maart 2025", date(2025, 3, 3)),
        ("3 Maart 2025", date(2025, 3, 3)),
        ("ma 7 juli 2025", date(2025, 7, 7)),
        ("maandag 7 juli 2025", date(2025, 7, 7)),
        ("ma. 7 juli 2025", date(2025, 7, 7)),
        ("3 mrt 2025", date(2025, 3, 3)),
        ("3 mrt. 2025", date(2025, 3, 3)),
        ("  15   oktober   2025 ", date(2025, 10, 15)),
        ("1 sept 2025", date(2025, 9, 1)),
    ],
    ids=str,
)
def test_parse_accepts_dutch_formats(text: str, expected: date) -> None:
    """ISO, dd-mm-jjjj and written Dutch dates (with weekday) are read."""
    assert parse_dutch_date(text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("31 februari 2025", "bestaat niet"),
        ("2025-02-30", "bestaat niet"),
        ("13-13-2025", "bestaat niet"),
        ("", "geen datum ingevuld"),
        ("gisteren", "geen datum die Spoorwijzer kan lezen"),
        ("3 maart", "geen datum die Spoorwijzer kan lezen"),
    ],
    ids=["31-feb", "iso-30-feb", "month-13", "empty", "word", "no-year"],
)
def test_parse_rejects_with_dutch_message(text: str, message: str) -> None:
    """Impossible or unreadable dates raise DateInputError with a Dutch explanation."""
    with pytest.raises(DateInputError, match=message):
        parse_dutch_date(text)


def test_formatting_is_dutch() -> None:
    """Dates print with Dutch month and weekday names."""
    day = date(2025, 10, 27)

    assert format_date(day) == "27 oktober 2025"
    assert format_date_long(day) == "maandag 27 oktober 2025"
    assert format_date_short(day) == "ma 27-10-2025"
    assert weekday_name(day) == "maandag"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025-02-03:2025-03-09", (date(2025, 2, 3), date(2025, 3, 9))),
        ("3 februari 2025 t/m 9 maart 2025", (date(2025, 2, 3), date(2025, 3, 9))),
        ("03-02-2025 tot en met 09-03-2025", (date(2025, 2, 3), date(2025, 3, 9))),
        ("03-02-2025 - 09-03-2025", (date(2025, 2, 3), date(2025, 3, 9))),
        ("24 maart 2025:", (date(2025, 3, 24), None)),
        ("24 maart 2025 t/m", (date(2025, 3, 24), None)),
    ],
    ids=["iso-colon", "written-tm", "tot-en-met", "spaced-dash", "open-colon", "open-tm"],
)
def test_parse_date_range(text: str, expected: tuple[date, date | None]) -> None:
    """Periods are read with ':', 't/m', 'tot en met' or ' - '; an empty end means ongoing."""
    from spoorwijzer.language.dutch_dates import parse_date_range

    assert parse_date_range(text) == expected
