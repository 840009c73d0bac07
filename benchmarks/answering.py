"""Benchmark: ingest, re-ingest, warm answer latency and recall@5, Spoorwijzer beside the baseline.

Both systems answer the same questions from the same index on the same machine, one after the
other. The baseline is `evals.baseline.NaiveBaseline` (dense retrieval from Chroma, top passages).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from benchmarks.workspace import RECALL_K, forget_user_texts, peak_rss_mb, percentile
from evals.baseline import NaiveBaseline
from evals.dataset import EvalCase
from ingest.runner import run_ingest
from spoorwijzer.answering.assistant_builder import build_assistant
from spoorwijzer.answering.chain import Assistant
from spoorwijzer.config import Settings
from spoorwijzer.knowledge import SourceKind
from spoorwijzer.retrieval.services import open_services

TODAY = date(2025, 11, 23)


@dataclass(frozen=True, slots=True)
class IngestTimes:
    """A full ingest into an empty data dir, then a second run with nothing changed."""

    ingest_s: float
    reingest_s: float
    chunks: int
    reingest_embedded: int


def time_ingest(settings: Settings) -> IngestTimes:
    """Ingest the manifest twice into the settings' (empty) data dir."""
    began = time.perf_counter()
    report = run_ingest(settings, [], kind=SourceKind.PROFESSIONEEL)
    ingest_s = time.perf_counter() - began
    began = time.perf_counter()
    again = run_ingest(settings, [], kind=SourceKind.PROFESSIONEEL)
    reingest_s = time.perf_counter() - began
    return IngestTimes(ingest_s, reingest_s, report.total, again.embedded)


def open_bench_assistant(settings: Settings) -> Assistant:
    """The assistant over an ingested data dir, as the CLI and the app build it."""
    return build_assistant(settings, open_services(settings), today=TODAY)


def answer_case(assistant: Assistant, case: EvalCase) -> Any:
    """Answer one case the way the evals runner does (its history and its today)."""
    return assistant.answer(case.question, case.history, today=case.today)


def time_each(
    run: Callable[[EvalCase], object],
    cases: Sequence[EvalCase],
    passes: int,
    before: Callable[[], object] = lambda: None,
) -> list[float]:
    """Milliseconds per call, every case `passes` times (after one untimed warm-up call).

    `before` runs untimed before each call (the benchmark clears the query cache, so every
    question is embedded as if new, also in later passes).
    """
    run(cases[0])
    timings = []
    for _ in range(passes):
        for case in cases:
            before()
            began = time.perf_counter()
            run(case)
            timings.append((time.perf_counter() - began) * 1000)
    return timings


def recall_at_k(ranked: Callable[[str], list[str]], cases: Sequence[EvalCase]) -> float | None:
    """Share of cases with one of their `source_ids` among the first RECALL_K ranked sources."""
    if not cases:
        return None
    hits = sum(bool(set(ranked(c.question)[:RECALL_K]) & set(c.source_ids)) for c in cases)
    return hits / len(cases)


def summary_ms(timings: Sequence[float]) -> dict[str, float]:
    """p50 and p95 in milliseconds."""
    return {"p50": round(percentile(timings, 0.5), 1), "p95": round(percentile(timings, 0.95), 1)}


def compare(
    assistant: Assistant,
    latency: Sequence[EvalCase],
    recall: Sequence[EvalCase],
    *,
    passes: int,
) -> dict[str, Any]:
    """Warm latency and recall@5 of Spoorwijzer and of the baseline over the same questions."""
    baseline = NaiveBaseline(
        assistant.store.as_langchain_vectorstore(assistant.retriever.embeddings)
    )

    def clear() -> None:
        forget_user_texts(assistant.retriever.embeddings)

    ours = time_each(lambda c: answer_case(assistant, c), latency, passes, clear)
    theirs = time_each(lambda c: baseline.answer(c.question), latency, passes, clear)

    def baseline_ranked(question: str) -> list[str]:
        docs = baseline.search(question, RECALL_K)  # the same search the baseline answers with
        return [str(d.metadata.get("source_id", "")) for d in docs]

    def ranked(question: str) -> list[str]:
        return [p.chunk.source_id for p in assistant.retriever.retrieve(question, RECALL_K)]

    ours_ms, theirs_ms = summary_ms(ours), summary_ms(theirs)
    ours_recall, theirs_recall = recall_at_k(ranked, recall), recall_at_k(baseline_ranked, recall)
    return {
        "ask_p50_ms": ours_ms["p50"],
        "ask_p95_ms": ours_ms["p95"],
        "baseline_p50_ms": theirs_ms["p50"],
        "baseline_p95_ms": theirs_ms["p95"],
        "recall_at_5": None if ours_recall is None else round(ours_recall, 3),
        "baseline_recall_at_5": None if theirs_recall is None else round(theirs_recall, 3),
        "latency_questions": len(latency),
        "latency_passes": passes,
        "recall_cases": len(recall),
        "rss_mb": round(peak_rss_mb(), 1),
    }
