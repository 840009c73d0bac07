"""`python -m benchmarks [--quick] [--json] [--markdown]`: every benchmark in one run.

Spoorwijzer and the naive baseline on the same corpus, questions and machine: warm answer
latency, recall@5, ingest and re-ingest, cold start and peak memory (plus the calculator). All
work happens in temporary directories; the user's .data is never read or written.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
from pathlib import Path
from typing import Any

from benchmarks import answering, calculator, coldstart, concurrency, scale, stages
from benchmarks.report import markdown, targets
from benchmarks.workspace import (
    latency_cases,
    load_average,
    machine,
    peak_rss_mb,
    recall_cases,
    temp_settings,
)


def _log(message: str) -> None:
    print(f"[bench] {message}", file=sys.stderr, flush=True)


def run_scale(result: dict[str, Any], factors: list[int], quick: bool) -> None:
    """The scale curve into `result["scale"]`, and its chart (PNG) into benchmarks/results/."""
    with tempfile.TemporaryDirectory(prefix="spoorwijzer-scale-") as folder:
        latency = latency_cases()[: 32 if quick else 64]
        result["scale"] = scale.curve(Path(folder), factors, latency, recall_cases(), _log)
    png = scale.chart(result["scale"])
    result["scale_chart"] = str(png) if png else None


def run(quick: bool, factors: list[int], only_scale: bool = False) -> dict[str, Any]:
    """Run the benchmarks; the result holds the `--json` keys and the context around them."""
    result: dict[str, Any] = {"quick": quick, "machine": machine()}
    if only_scale:
        run_scale(result, factors, quick)
        result["load_average_end"] = load_average()
        return result
    with tempfile.TemporaryDirectory(prefix="spoorwijzer-bench-") as folder:
        data_dir, work_dir = Path(folder) / "data", Path(folder) / "work"
        work_dir.mkdir()
        settings = temp_settings(data_dir)
        _log("full ingest and re-ingest into a temp data dir")
        times = answering.time_ingest(settings)
        result.update(
            ingest_s=round(times.ingest_s, 1),
            reingest_s=round(times.reingest_s, 2),
            chunks=times.chunks,
            reingest_embedded=times.reingest_embedded,
        )
        assistant = answering.open_bench_assistant(settings)
        try:
            _log("warm answers: Spoorwijzer, then the baseline, then recall@5")
            result.update(
                answering.compare(
                    assistant, latency_cases(), recall_cases(), passes=1 if quick else 3
                )
            )
            _log("where the time of one answer goes")
            result.update(stages.breakdown(assistant, latency_cases()))
            _log("many sessions at once: 1, 2, 4 and 8 threads on one assistant")
            cases = latency_cases()[: 16 if quick else 64]
            result["concurrency"] = concurrency.throughput(assistant, cases)
        finally:
            assistant.store.close()
        _log("cold start: a new `spoorwijzer ask` process")
        runs = [coldstart.cold_start(data_dir, work_dir) for _ in range(1 if quick else 3)]
        result["cold_start_s"] = round(statistics.median(s for s, _ in runs), 2)
        result["cold_start_rss_mb"] = round(max(mb for _, mb in runs), 1)
        result["rss_mb"] = round(max(result["rss_mb"], result["cold_start_rss_mb"]), 1)
    result["calculator"] = calculator.run()
    if factors:
        run_scale(result, factors, quick)
    result["peak_rss_mb_end"] = round(peak_rss_mb(), 1)
    result["load_average_end"] = load_average()
    result["targets"] = targets(result)
    return result


def main(argv: list[str] | None = None) -> None:
    """Parse the options, run, print JSON, Markdown or both (the default)."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="one pass, under 3 minutes")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.add_argument("--markdown", action="store_true", help="print a Markdown table")
    parser.add_argument(
        "--scale",
        default=None,
        help="corpus sizes of the scale curve, e.g. 1,10,100 (default: 1,10,100; none with "
        "--quick); 0 skips it",
    )
    parser.add_argument("--only-scale", action="store_true", help="run only the scale curve")
    options = parser.parse_args(argv)
    spec = options.scale if options.scale is not None else ("0" if options.quick else "1,10,100")
    factors = [int(f) for f in spec.split(",") if int(f) > 0]
    result = run(options.quick, factors, options.only_scale)
    if options.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
    elif options.markdown:
        print(markdown(result))
    else:
        print(markdown(result))
        print()
        print(json.dumps(result, ensure_ascii=False))


main()
