"""Dates a writer says are month first: "sick since 10/6 (I'm American, so month/day)".

Layer: language (pure). Dutch writes day-month; a writer who names the American order (month/day,
mm/dd, "Amerikaanse notatie") means every slash date of the message that way. Those dates are
rewritten day first, so every later reader sees the day the writer meant. Without that
declaration nothing changes: "10/6" stays 10 June.
"""

from __future__ import annotations

import re

# "month/day", "mm/dd", "maand/dag", "American date format", "Amerikaanse notatie"
_DECLARED = re.compile(
    r"\bmonth[ /-]?(?:first|day|/day)\b|\bmm/dd\b|\bmaand[ /-](?:dag|eerst)\b|"
    r"\bamerican\b[^.?!]{0,40}\bdates?\b|\bI'?m\s+american\b|\bamerikaanse\s+(?:notatie|datum)|"
    r"\bUS\s+(?:date\s+)?(?:format|notation|style)\b",
    re.IGNORECASE,
)
# A declaration taken back in its own clause ("niet", "geen", "not") or day-first named beside it.
_DENIED = re.compile(
    r"\b(?:niet|geen|not|never|nooit)\b|\bdag[ /-]maand\b|\bday[ /-]month\b|\bdd/mm\b", re.I
)
# "10/6", "11/3/2026", "3/14/26": slash dates only (a dash or dot date is not written that way).
_SLASH_DATE = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})(/\d{2,4})?(?![\d/])")


def _clause_around(text: str, start: int, end: int) -> str:
    """The clause (between commas, brackets or sentence ends) that holds text[start:end]."""
    before = max(text.rfind(mark, 0, start) for mark in ",.;:!?(")
    after = [i for i in (text.find(mark, end) for mark in ",.;:!?)") if i >= 0]
    return text[before + 1 : min(after) if after else len(text)]


def day_first(text: str) -> str:
    """Rewrite the slash dates of a text day first when the writer says they are month first.

    Args:
        text: A user's message.

    Returns:
        The text with "10/6" written "6/10" when the writer declares month/day, else unchanged.
    """
    declared = _DECLARED.search(text)
    if not declared or _DENIED.search(_clause_around(text, declared.start(), declared.end())):
        return text  # "ik gebruik de Amerikaanse notatie niet, gewoon dag/maand"

    def swap(match: re.Match[str]) -> str:
        month, day = int(match.group(1)), int(match.group(2))
        if month > 12 or day > 31:
            return match.group(0)  # "14/3" cannot be month first: the writer slipped
        return f"{match.group(2)}/{match.group(1)}{match.group(3) or ''}"

    return _SLASH_DATE.sub(swap, text)
