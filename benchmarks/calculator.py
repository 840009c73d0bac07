"""Benchmark: deadline calculator throughput and peak memory for one case."""

from __future__ import annotations

import time
import tracemalloc
from datetime import date, timedelta

from spoorwijzer.deadlines import CaseFacts, SickPeriod, compute_deadlines

CASES = 2_000


def run() -> dict[str, float]:
    """Compute deadlines for CASES different first sick days; return timings and memory."""
    start_day = date(2024, 1, 1)
    facts = [
        CaseFacts(
            periods=(
                SickPeriod(start_day + timedelta(days=i), start_day + timedelta(days=i + 30)),
                SickPeriod(start_day + timedelta(days=i + 45)),
            ),
            verlenging_weken=13,
        )
        for i in range(CASES)
    ]
    today = date(2026, 1, 1)
    compute_deadlines(facts[0], today=today)  # warm the holiday cache
    began = time.perf_counter()
    for case in facts:
        compute_deadlines(case, today=today)
    elapsed = time.perf_counter() - began
    tracemalloc.start()
    compute_deadlines(facts[-1], today=today)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {
        "cases": CASES,
        "ms_per_case": elapsed / CASES * 1000,
        "peak_kib_per_case": peak / 1024,
    }
