"""Pasted chat lines ("[24-11-2026 06:41] Ilse: kan vandaag niet komen") as dated sentences.

Layer: language (pure text). An employer often pastes the WhatsApp exchange of the sick report.
Each line carries its own date; "vandaag" in it means that day, not today. For the date readers
the first line that reports sickness becomes "Ziek sinds <its date>.", a line that reports
recovery "Hersteld op <its date>.", and every other line loses its stamp (a later "nog steeds
ziek" is no new first sick day).
"""

from __future__ import annotations

import re

# "[24-11-2026 06:41] Ilse:", "[24/11/26, 06:41] Ilse:", "24-11-2026 06:41 - Ilse:"
_STAMP = re.compile(
    r"^\s*\[?(?P<date>\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})[,\s]+\d{1,2}:\d{2}(?::\d{2})?\]?"
    r"\s*(?:-\s*)?(?P<who>[^:\n]{1,40}):\s*(?P<said>.*)$",
    re.MULTILINE,
)
_SICK_REPORT = re.compile(
    r"\b(?:ziek|niet\s+(?:komen|werken|kan\s+komen)|kan\s+(?:vandaag\s+|morgen\s+)?(?:echt\s+)?niet|"
    r"koorts|griep|uitgevallen|ziekmelden|ziek\s+melden|sick|can'?t\s+come)\b",
    re.IGNORECASE,
)
_STILL = re.compile(r"\b(?:nog\s+steeds|nog\s+altijd|nog\s+niet\s+beter|still)\b", re.IGNORECASE)
_RECOVERED = re.compile(
    r"\b(?:weer\s+beter|hersteld|beter\s+gemeld|kom\s+(?:morgen\s+)?weer|ben\s+er\s+weer|"
    r"back\s+tomorrow)\b",
    re.IGNORECASE,
)
MIN_LINES = 2  # one stamped line alone may be a quote of anything; a paste has two or more


def unfold_chat(text: str) -> str:
    """The text with pasted chat lines rewritten as dated sentences (unchanged without a paste)."""
    lines = list(_STAMP.finditer(text))
    if len(lines) < MIN_LINES:
        return text
    reported = False

    def rewrite(match: re.Match[str]) -> str:
        nonlocal reported
        day, said = match.group("date"), match.group("said")
        if not reported and _SICK_REPORT.search(said) and not _STILL.search(said):
            reported = True
            return f"Ziek sinds {day}. {_without_today(said)}"
        if reported and _RECOVERED.search(said) and not _SICK_REPORT.search(said):
            return f"Hersteld op {day}. {_without_today(said)}"
        return _without_today(said)

    return _STAMP.sub(rewrite, text)


def _without_today(said: str) -> str:
    """A chat line's "vandaag" is its own day, already given: it must not read as today."""
    return re.sub(r"\bvandaag\b", "die dag", said, flags=re.IGNORECASE)
