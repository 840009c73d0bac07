"""Dates a writer says are month first: "sick since 10/6 (I'm American, so month/day)".

Layer: language (pure). Dutch writes day-month; a writer who names the American order (month/day,
mm/dd, "Amerikaanse notatie") means every slash date of the message that way. Those dates are
rewritten day first, so every later reader sees the day the writer meant. Without that
declaration nothing changes: "10/6" stays 10 June.
"""

from __future__ import annotations

import re

# "month/day", "mm/dd", "MM-DD", "maand/dag", "American date format", "Amerikaanse notatie"
_DECLARED = re.compile(
    r"\bmonth[ /-]?(?:first|day|/day)\b|\bmm[/-]dd\b|\bmaand[ /-](?:dag|eerst)\b|"
    r"\bamerican\b[^.?!]{0,40}\bdates?\b|\bI'?m\s+american\b|\bamerikaanse\s+(?:notatie|datum)|"
    r"\bUS\s+(?:date\s+)?(?:format|notation|style)\b",
    re.IGNORECASE,
)
# "10/6", "11/3/2026", "3/14/26": slash dates only (a dash or dot date is not written that way).
_SLASH_DATE = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})(/\d{2,4})?(?![\d/])")


def day_first(text: str) -> str:
    """Rewrite the slash dates of a text day first when the writer says they are month first.

    Args:
        text: A user's message.

    Returns:
        The text with "10/6" written "6/10" when the writer declares month/day, else unchanged.
    """
    if not _DECLARED.search(text):
        return text

    def swap(match: re.Match[str]) -> str:
        month, day = int(match.group(1)), int(match.group(2))
        if month > 12 or day > 31:
            return match.group(0)  # "14/3" cannot be month first: the writer slipped
        return f"{match.group(2)}/{match.group(1)}{match.group(3) or ''}"

    return _SLASH_DATE.sub(swap, text)
