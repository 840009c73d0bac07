"""Targets and the Markdown table of a benchmark run (for benchmarks/README.md)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

# (key, label, unit, check against the result, how the target reads)
Target = tuple[str, str, Callable[[dict[str, Any]], bool | None], str]


def _ratio_ok(result: dict[str, Any]) -> bool | None:
    ours, theirs = result.get("ask_p95_ms"), result.get("baseline_p95_ms")
    return None if ours is None or not theirs else ours <= 1.25 * theirs


def _at_most(key: str, limit: float) -> Callable[[dict[str, Any]], bool | None]:
    return lambda r: None if r.get(key) is None else r[key] <= limit


def _recall_ok(result: dict[str, Any]) -> bool | None:
    ours, theirs = result.get("recall_at_5"), result.get("baseline_recall_at_5")
    if ours is None:
        return None
    return ours >= 0.95 and (theirs is None or ours >= theirs)


TARGETS: tuple[Target, ...] = (
    ("ask_p95_ms", "Warm answer p95", _at_most("ask_p95_ms", 150), "≤ 150 ms"),
    ("ask_p95_ms", "Warm p95 / baseline p95", _ratio_ok, "≤ 1.25×"),
    ("recall_at_5", "recall@5", _recall_ok, "≥ 0.95 and ≥ baseline"),
    ("reingest_s", "Re-ingest, nothing changed", _at_most("reingest_s", 2.0), "≤ 2 s"),
    ("cold_start_s", "Cold start (`spoorwijzer ask`)", _at_most("cold_start_s", 5.0), "≤ 5 s"),
    ("rss_mb", "Peak RSS", _at_most("rss_mb", 1536), "≤ 1.5 GB (1536 MB)"),
)


def targets(result: dict[str, Any]) -> dict[str, bool | None]:
    """Each target's label with True (met), False (missed) or None (not measured)."""
    return {label: check(result) for _, label, check, _ in TARGETS}


def _cell(value: Any) -> str:
    return "–" if value is None else str(value)


def markdown(result: dict[str, Any]) -> str:
    """The run as Markdown: machine, side-by-side table, targets, concurrency and scale."""
    m = result["machine"]
    if "ask_p95_ms" not in result:  # --only-scale
        return "\n".join(_scale_lines(result, m))
    lines = [
        f"Machine: {m['nproc']} cores, {m['cpu']}, {m['ram_gb']} GB RAM, Python {m['python']}; "
        f"load average at start {m['load_average']}, at end {result.get('load_average_end')}; "
        f"mode {'quick' if result.get('quick') else 'full'}"
        + (f", median of {result['runs']} runs." if result.get("runs") else "."),
        "",
        "| Measure | Spoorwijzer | Naive baseline (LangChain + Chroma) |",
        "|---|---|---|",
        f"| Warm answer p50 (ms) | {_cell(result['ask_p50_ms'])} | "
        f"{_cell(result['baseline_p50_ms'])} |",
        f"| Warm answer p95 (ms) | {_cell(result['ask_p95_ms'])} | "
        f"{_cell(result['baseline_p95_ms'])} |",
        f"| recall@5 ({result.get('recall_cases')} cases with source_ids) | "
        f"{_cell(result['recall_at_5'])} | {_cell(result['baseline_recall_at_5'])} |",
        f"| Full ingest (s, {result.get('chunks')} passages) | {_cell(result['ingest_s'])} | "
        "same index |",
        f"| Re-ingest, nothing changed (s) | {_cell(result['reingest_s'])} | – |",
        f"| Cold start, `spoorwijzer ask` (s) | {_cell(result['cold_start_s'])} | – |",
        f"| Peak RSS (MB) | {_cell(result['rss_mb'])} | (same process) |",
        "",
        "| Target | Goal | Met |",
        "|---|---|---|",
    ]
    met = targets(result)
    for _, label, _, goal in TARGETS:
        verdict = {True: "yes", False: "**no**", None: "not measured"}[met[label]]
        lines.append(f"| {label} | {goal} | {verdict} |")
    stages = result.get("stages_ms")
    if stages:
        lines += ["", "| Stage of one answer (mean ms over the timed set) | ms |", "|---|---|"]
        lines += [f"| {name} | {value} |" for name, value in stages.items()]
        lines.append(
            f"| query embeddings per answer (mean) | {result.get('embeddings_per_answer')} |"
        )
    concurrency = result.get("concurrency")
    if concurrency:
        lines += ["", "| Threads | Answers/s | p95 (ms) |", "|---|---|---|"]
        lines += [f"| {r['threads']} | {r['answers_per_s']} | {r['p95_ms']} |" for r in concurrency]
    return "\n".join(lines + _scale_lines(result, None))


def _scale_lines(result: dict[str, Any], m: dict[str, Any] | None) -> list[str]:
    lines = []
    if m is not None:
        lines.append(
            f"Machine: {m['nproc']} cores, {m['cpu']}, {m['ram_gb']} GB RAM; load average at "
            f"start {m['load_average']}, at end {result.get('load_average_end')}."
        )
    scale = result.get("scale")
    if scale:
        lines += [
            "",
            "| Corpus | Store | Passages | Ingest (s) | Index on disk (MB) | p95 (ms) | recall@5 |",
            "|---|---|---|---|---|---|---|",
        ]
        lines += [
            f"| {r['factor']}× | {r['store']} | {r['passages']} | {r['ingest_s']} | "
            f"{_cell(r['disk_mb'])} | {r['p95_ms']} | {_cell(r['recall_at_5'])} |"
            for r in scale
        ]
    return lines
