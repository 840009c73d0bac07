"""Benchmark: many sessions at once on one shared assistant (as Streamlit's cache_resource).

The same questions are answered by 1, 2, 4 and 8 threads over one `Assistant`; throughput is
answers per wall-clock second, p95 the latency one user sees. The query cache is cleared
before each run, so every thread embeds its questions itself.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from benchmarks.workspace import forget_user_texts, percentile
from evals.dataset import EvalCase
from spoorwijzer.answering.chain import Assistant

THREADS = (1, 2, 4, 8)


def throughput(assistant: Assistant, cases: Sequence[EvalCase]) -> list[dict[str, Any]]:
    """Answers per second and p95 latency at each thread count."""

    def timed(case: EvalCase) -> float:
        began = time.perf_counter()
        assistant.answer(case.question, case.history, today=case.today)
        return (time.perf_counter() - began) * 1000

    rows = []
    for threads in THREADS:
        forget_user_texts(assistant.retriever.embeddings)
        began = time.perf_counter()
        with ThreadPoolExecutor(max_workers=threads) as pool:
            latencies = list(pool.map(timed, cases))
        wall = time.perf_counter() - began
        rows.append(
            {
                "threads": threads,
                "answers": len(cases),
                "answers_per_s": round(len(cases) / wall, 2),
                "p50_ms": round(percentile(latencies, 0.5), 1),
                "p95_ms": round(percentile(latencies, 0.95), 1),
            }
        )
    return rows
