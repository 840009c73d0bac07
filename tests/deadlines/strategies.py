"""Hypothesis strategies for the calculator's inputs (one module, the attrs habit)."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import strategies as st

from spoorwijzer.deadlines import CaseFacts, SickPeriod

first_sick_days = st.dates(min_value=date(2013, 7, 1), max_value=date(2035, 12, 31))
gaps = st.integers(min_value=0, max_value=120)
period_lengths = st.integers(min_value=1, max_value=200)


@st.composite
def interrupted_cases(draw: st.DrawFn) -> CaseFacts:
    """Two to four sick periods with random gaps, the last one ongoing."""
    start = draw(first_sick_days)
    count = draw(st.integers(min_value=2, max_value=4))
    periods = []
    for _ in range(count - 1):
        end = start + timedelta(days=draw(period_lengths) - 1)
        periods.append(SickPeriod(start, end))
        start = end + timedelta(days=draw(gaps) + 1)
    periods.append(SickPeriod(start))
    return CaseFacts(periods=tuple(periods))
