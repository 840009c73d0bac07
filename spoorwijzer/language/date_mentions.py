"""Find every date written in a Dutch text: for reading questions and for guarding answers.

Layer: pure. Recognises "maandag 6 januari 2025", "6 jan. 2025", "6 januari" (year taken from
the nearest dated mention in the text), "1 t/m 14 juni" (the month of the second date),
"per 1-7" (a day-month beside date words), "06-01-2025", "6/1/2025" and "2025-01-06". A written
date that does not exist ("31 februari 2025") is reported, not silently skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from spoorwijzer.language.dutch_dates import (
    MONTH_NUMBERS,
    MONTH_PATTERN,
    WEEKDAY_PATTERN,
    existing_date,
)

# "2e", "2de", "1ste", "2den" (old-fashioned), "1st": a day written as an ordinal.
_ORDINAL = r"(?:ste|den|de|e|st|nd|rd|th)?"
# "Oct 1st 2025", "October 1, 2025": the month first, in English style (an ordinal or a year
# must follow, so "maart 5 uur" is no date).
_MONTH_FIRST = re.compile(
    rf"\b({MONTH_PATTERN})\.?\s+(\d{{1,2}})(?!\d)(st|nd|rd|th)?(?:,?\s+(\d{{4}}))?\b",
    re.IGNORECASE,
)
_WRITTEN = re.compile(
    rf"(?:\b(?:{WEEKDAY_PATTERN})\.?,?\s+)?\b(\d{{1,2}}){_ORDINAL}\s+({MONTH_PATTERN})\b\.?"
    rf"(?:\s+(\d{{4}}))?",
    re.IGNORECASE,
)
# "1 t/m 14 juni": the first day borrows the month (and year) of the second.
_DAY_RANGE = re.compile(
    rf"(?<!week\s)\b(\d{{1,2}}{_ORDINAL})\s*(?:t/m|tm|tot en met|tot|-|–)\s*"
    rf"(?:(?:{WEEKDAY_PATTERN})\.?\s+)?(\d{{1,2}}){_ORDINAL}\s+"
    rf"({MONTH_PATTERN})\b\.?"
    rf"(?:\s+(\d{{4}}))?",
    re.IGNORECASE,
)
_NUMERIC = re.compile(r"\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\b")
# "per 1-7", "28-7 opnieuw uitgevallen": a day-month without a year, only beside date words.
_SHORT_NUMERIC = re.compile(
    r"(?:(?<=\bper )|(?<=\bvanaf )|(?<=\bsinds )|(?<=\bop )|(?<=\bt/m )|(?<=\btm )|(?<=\btot )|"
    r"(?<=\bziek )|(?<=\bvan )|(?<=\bsedert )|(?<=\bzm )|(?<=\bhm )|(?<=\bzm: )|(?<=\bhm: )|"
    r"(?<=\bao )|(?<=\bao: )|(?<=\d en )|"  # "AO 14-09 t/m 27-09", "28-09 en 29-09 gewerkt"
    # "EZD 14-2", "1e zd 26-01", "eerste ziektedag: 3-2", "EZD is 6-3"
    r"(?<=\bezd )|(?<=\bezd: )|(?<=\bezd is )|(?<=\bzd )|(?<=\bzd: )|(?<=ziektedag )|"
    r"(?<=ziektedag: )|(?<=ziektedag is )|(?<=\bezd was )|(?<=ziektedag was )|"
    r"(?<=\bon )|"  # English: "called in sick on 3/11"
    # the story's verbs: "opnieuw uitgevallen 29-3", "hervat 2-3", "beter gemeld 14-4"
    r"(?<=uitgevallen )|(?<=\bhervat )|(?<=\bhersteld )|(?<=\bgemeld )|(?<=\bziekgemeld )|"
    r"(?<=\bterug )|(?<=\bbeter )|(?<=\bgestopt ))"
    r"(\d{1,2})[-/](\d{1,2})\b(?![-/.,]?\d)(?!\s*(?:uur|dag|week|weken|maand|jaar|keer|%|procent|basis|deel|fte))|"
    # the first day of a range or pair: "14-09 t/m 27-09", "28-09 en 29-09"
    r"\b(\d{1,2})[-/](\d{1,2})(?=\s*(?:t/m|tm|tot en met|en)\s*\d{1,2}[-/]\d{1,2}\b(?![-/.,]?\d)"
    r"(?!\s*(?:uur|dag|dagen|week|weken|maand|jaar|keer|%|procent)))|"
    r"(?:(?<=, )|^)(\d{1,2})[-/](\d{1,2})\b(?![-/.,]?\d)"
    r"(?=\s+(?:opnieuw|weer|ziek|hersteld|hervat|beter|uitgevallen))|"
    # a correction: "het is 13-07 en niet 31-07"
    r"\b(\d{1,2})(?:-(\d{1,2})|/(\d{2}))\b(?=,?\s+(?:en\s+)?niet\s+(?:op\s+)?\d{1,2}[-/]\d{1,2}\b)",
    re.IGNORECASE | re.MULTILINE,
)
_ISO = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date found in a text, with where it stands."""

    day: date | None  # None when the written date does not exist
    start: int
    end: int
    text: str
    has_year: bool = True
    month: int = 0
    day_of_month: int = 0


def find_dates(text: str, *, day_ranges: bool = False) -> list[DateMention]:
    """Return every date mention in reading order; yearless dates borrow the nearest year.

    Args:
        text: Dutch text.
        day_ranges: Also read the bare first day of "1 t/m 14 juni" (for reading a user's
            message; the answer guards leave it off, so "week 42 loopt van 20 t/m 26 oktober"
            names one date).

    Returns:
        Mentions; `day` is None for a date that does not exist (or has no year anywhere).
    """
    found: list[tuple[int, int, str, int | None, int, int]] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    for match in _ISO.finditer(text):
        y, m, d = (int(g) for g in match.groups())
        found.append((match.start(), match.end(), match.group(0), y, m, d))
        taken.append(match.span())
    for match in _NUMERIC.finditer(text):
        if free(*match.span()):
            d, m, y = (int(g) for g in match.groups())
            found.append((match.start(), match.end(), match.group(0), y, m, d))
            taken.append(match.span())
    for match in _SHORT_NUMERIC.finditer(text) if day_ranges else ():
        d, m = (int(g) for g in match.groups() if g)
        if free(*match.span()) and 1 <= m <= 12:
            found.append((match.start(), match.end(), match.group(0), None, m, d))
            taken.append(match.span())
    for match in _DAY_RANGE.finditer(text) if day_ranges else ():
        first_text, _, month_text, year_text = match.groups()
        if free(*match.span(1)):
            year = int(year_text) if year_text else None
            month = MONTH_NUMBERS[month_text.lower()]
            day = int(re.sub(r"\D", "", first_text))  # "2e t/m 14de juni"
            found.append((match.start(1), match.end(1), first_text, year, month, day))
            taken.append(match.span(1))
    for match in _WRITTEN.finditer(text):
        if free(*match.span()):
            day_text, month_text, year_text = match.groups()
            year = int(year_text) if year_text else None
            month = MONTH_NUMBERS[month_text.lower()]
            found.append((match.start(), match.end(), match.group(0), year, month, int(day_text)))
            taken.append(match.span())
    for match in _MONTH_FIRST.finditer(text):
        month_text, day_text, suffix, year_text = match.groups()
        if free(*match.span()) and (suffix or year_text):
            year = int(year_text) if year_text else None
            month = MONTH_NUMBERS[month_text.lower()]
            found.append((match.start(), match.end(), match.group(0), year, month, int(day_text)))
    found.sort()
    years = [(start, year) for start, _, _, year, _, _ in found if year is not None]
    mentions = []
    for start, end, raw, year, month, day in found:
        resolved = year if year is not None else _nearest_year(start, years)
        mentions.append(
            DateMention(
                existing_date(resolved, month, day) if resolved is not None else None,
                start,
                end,
                raw.strip(),
                has_year=year is not None,
                month=month,
                day_of_month=day,
            )
        )
    return mentions


def _nearest_year(position: int, years: list[tuple[int, int]]) -> int | None:
    """The year of the next dated mention after `position`, else of the last one before it."""
    after = [year for start, year in years if start > position]
    if after:
        return after[0]
    before = [year for start, year in years if start < position]
    return before[-1] if before else None
