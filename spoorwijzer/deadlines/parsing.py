"""Sick periods as users type them: "VAN:TOT", "VAN t/m TOT", "VAN:" or one date (ongoing).

Layer: pure. Shared by the CLI's `--periode` and the app's period lines, so both accept the same.
"""

from __future__ import annotations

import re

from spoorwijzer.deadlines.model import SickPeriod
from spoorwijzer.language.dutch_dates import DateInputError, parse_date_range, parse_dutch_date

# The separators parse_date_range accepts; text without any of them is a single date.
_HAS_SEPARATOR = re.compile(r"\bt/m\b|\btot\b|\s-\s|:", re.IGNORECASE)


def parse_sick_period(text: str) -> SickPeriod:
    """Parse a period; a single date without a separator is a period that is still ongoing.

    Args:
        text: "VAN:TOT", "VAN t/m TOT", "VAN:" (ongoing) or just "VAN" (ongoing).

    Returns:
        The sick period; `last_day` is None when it is still ongoing.

    Raises:
        DateInputError: A date cannot be read or does not exist (Dutch message).
    """
    if _HAS_SEPARATOR.search(text) is None:
        try:
            return SickPeriod(parse_dutch_date(text))
        except DateInputError as error:
            raise DateInputError(
                f"{error} Een periode schrijf je als VAN:TOT; laat TOT leeg of weg als de "
                "periode nog loopt."
            ) from None
    first_day, last_day = parse_date_range(text)
    return SickPeriod(first_day, last_day)
