"""Benchmark: full ingest of knowledge/, then answer latency over the dev set, and peak memory."""

from __future__ import annotations

import json
import resource
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

from ingest.runner import run_ingest
from spoorwijzer.answering.assistant_builder import build_assistant
from spoorwijzer.config import Settings
from spoorwijzer.knowledge import SourceKind
from spoorwijzer.retrieval.services import open_services

ROOT = Path(__file__).resolve().parents[1]


def run() -> dict[str, float]:
    """Ingest into a fresh temp dir, answer every dev question once, report timings."""
    with tempfile.TemporaryDirectory() as folder:
        settings = Settings(
            _env_file=None,  # type: ignore[call-arg]
            data_dir=Path(folder),
            knowledge_dir=ROOT / "knowledge",
            prompts_dir=ROOT / "prompts",
        )
        began = time.perf_counter()
        report = run_ingest(settings, [], kind=SourceKind.PROFESSIONEEL)
        ingest_seconds = time.perf_counter() - began
        began = time.perf_counter()
        again = run_ingest(settings, [], kind=SourceKind.PROFESSIONEEL)
        reingest_seconds = time.perf_counter() - began
        services = open_services(settings)
        began = time.perf_counter()
        assistant = build_assistant(settings, services, today=date(2025, 11, 23))
        startup_seconds = time.perf_counter() - began
        lines = (ROOT / "evals" / "datasets" / "eval-dev.jsonl").read_text("utf-8").splitlines()
        questions = [json.loads(line)["question"] for line in lines if line]
        timings = []
        for question in questions:
            began = time.perf_counter()
            assistant.answer(question)
            timings.append((time.perf_counter() - began) * 1000)
        services.store.close()
    timings.sort()
    return {
        "chunks": report.total,
        "ingest_s": round(ingest_seconds, 1),
        "reingest_unchanged_s": round(reingest_seconds, 2),
        "reingest_embedded": again.embedded,
        "assistant_startup_s": round(startup_seconds, 2),
        "answer_ms_p50": round(statistics.median(timings), 1),
        "answer_ms_p95": round(timings[int(0.95 * (len(timings) - 1))], 1),
        "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }
