"""Pasted chat lines ("[24-11-2026 06:41] Ilse: kan vandaag niet komen") as dated sentences.

Layer: language (pure text). An employer often pastes the WhatsApp exchange of the sick report.
Each line carries its own date; "vandaag" in it means that day, not today. For the date readers
a line in which the employee reports sick becomes "Ziek sinds <its date>.", a line that reports
recovery "Hersteld op <its date>.", and every other line loses its stamp ("nog steeds ziek" starts
nothing, and a date alone would read as a first sick day). Only a conversation counts: a speaker
with two lines or more (a verzuimlog with one heading per line is read as it is).
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, timedelta

# "[24-11-2026 06:41] Ilse:", "[24/11/26, 06:41] Ilse:", "24-11-2026 06:41 - Ilse:",
# "[11/04/2026, 6:41 AM] Ilse:" (with AM/PM the month comes first)
_STAMP = re.compile(
    r"^\s*\[?(?P<first>\d{1,2})[-/.](?P<second>\d{1,2})[-/.](?P<year>\d{2}|\d{4})[,\s]+"
    r"\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?P<ampm>[AaPp]\.?[Mm]\.?))?\]?"
    r"\s*(?:-\s*)?(?P<who>[^:\n]{1,40}):\s*(?P<said>.*)$",
    re.MULTILINE,
)
_SICKNESS = re.compile(
    r"\b(?:ziek|koorts|griep|misselijk|migraine|overgeven|buikgriep|sick|ill|fever|flu)\b|"
    r"\bniet\s+(?:komen|werken)\b|\bcan'?t\s+(?:come|work)\b",
    re.IGNORECASE,
)
_STILL = re.compile(r"\b(?:nog\s+steeds|nog\s+altijd|nog\s+niet\s+beter|still)\b", re.IGNORECASE)
_RECOVERED = re.compile(
    r"\b(?:weer\s+beter|hersteld|beter\s+gemeld|kom\s+(?:morgen\s+)?weer|ben\s+er\s+weer|"
    r"back\s+tomorrow)\b",
    re.IGNORECASE,
)
_TOMORROW = re.compile(r"\b(?:morgen|tomorrow)\b", re.IGNORECASE)
_YESTERDAY = re.compile(r"\b(?:gisteren|yesterday)\b", re.IGNORECASE)
_BEFORE_YESTERDAY = re.compile(r"\beergisteren\b", re.IGNORECASE)
_EMPLOYER = re.compile(r"^\s*(?:ik|me|mij|wij|we|jij|u)\s*$", re.IGNORECASE)
_RELATIVE_DAY = re.compile(
    r"\b(?:eergisteren|gisteren|vandaag|morgen|yesterday|today|tomorrow)\b", re.I
)
MIN_LINES = 2  # one speaker with two lines or more: a conversation


def unfold_chat(text: str) -> str:
    """The text with pasted chat lines rewritten as dated sentences (unchanged without a paste)."""
    lines = list(_STAMP.finditer(text))
    speakers = Counter(m.group("who").strip().lower() for m in lines)
    if len(lines) < MIN_LINES or max(speakers.values(), default=0) < MIN_LINES:
        return text
    sick = False

    def rewrite(match: re.Match[str]) -> str:
        nonlocal sick
        day = _stamp_day(match)
        said = match.group("said")
        if day is None:
            return match.group(0)
        employee = not _EMPLOYER.match(match.group("who"))
        if employee and not sick and _reports_sick(said):
            sick = True
            if _BEFORE_YESTERDAY.search(said):
                day -= timedelta(days=2)  # "sinds eergisteren ziek"
            elif _YESTERDAY.search(said):
                day -= timedelta(days=1)  # "ik ben sinds gisteren ziek"
            return f"Ziek sinds {_written(day)}. {_neutral(said)}"
        if employee and sick and _RECOVERED.search(said) and not _SICKNESS.search(said):
            sick = False  # a later report starts a new period
            if _TOMORROW.search(said):
                day += timedelta(days=1)  # "weer beter, kom morgen werken"
            return f"Hersteld op {_written(day)}. {_neutral(said)}"
        return _neutral(said)  # "nog steeds ziek", "beterschap!": dated nothing of the case

    return _STAMP.sub(rewrite, text)


def _reports_sick(said: str) -> bool:
    """The employee reports sick: a word of sickness, no question, not "nog steeds"."""
    return bool(_SICKNESS.search(said)) and not _STILL.search(said) and "?" not in said


def _stamp_day(match: re.Match[str]) -> date | None:
    """The stamp's day: day-month, or month-day with AM/PM; None when it is no date."""
    first, second = int(match.group("first")), int(match.group("second"))
    year = int(match.group("year"))
    year += 2000 if year < 100 else 0
    day, month = (second, first) if match.group("ampm") else (first, second)
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _written(day: date) -> str:
    return f"{day.day:02d}-{day.month:02d}-{day.year}"


def _neutral(said: str) -> str:
    """A chat line's relative days ("vandaag", "gisteren") belong to its own date, already given."""
    return _RELATIVE_DAY.sub("die dag", said)
