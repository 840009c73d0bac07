"""Today's date in the configured time zone; only wiring points call it.

Layer: wiring helper. The calculator never reads the clock: it receives `today`.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo


def today_in(timezone: str) -> date:
    """Return today's date in `timezone` (e.g. Europe/Amsterdam)."""
    return datetime.now(ZoneInfo(timezone)).date()
