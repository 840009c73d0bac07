"""`spoorwijzer eval` / `python -m evals`: run, score, report, compare, gate.

Layer: evals wiring. Opens the services through the same path as `spoorwijzer ask`.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from evals.baseline import NaiveBaseline
from evals.dataset import DatasetError, EvalCase, default_datasets, load_cases
from evals.report import LABELS, render_html
from evals.runner import (
    THRESHOLDS_FILE,
    check_thresholds,
    load_thresholds,
    run_baseline,
    run_spoorwijzer,
    summarise,
)
from spoorwijzer.answering.chain import Assistant


class EvalError(RuntimeError):
    """The evaluation cannot run (dataset, earlier report); the message is Dutch."""


def load_all(paths: Sequence[Path]) -> tuple[list[EvalCase], list[str]]:
    """The cases of the given datasets (default: all shipped), and their names."""
    chosen = list(paths) or default_datasets()
    try:
        cases = [case for path in chosen for case in load_cases(path)]
    except DatasetError as error:
        raise EvalError(str(error)) from None
    return cases, [p.name for p in chosen]


def evaluate(
    assistant: Assistant,
    cases: Sequence[EvalCase],
    dataset_names: Sequence[str],
    *,
    baseline: NaiveBaseline | None,
    thresholds_file: Path = THRESHOLDS_FILE,
) -> dict[str, Any]:
    """Run the system (and the baseline) and return the full report record."""
    results = run_spoorwijzer(cases, assistant)
    summary = summarise(results)
    record: dict[str, Any] = {
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "datasets": list(dataset_names),
        "summary": summary,
        "cases": [r.to_dict() for r in results],
        "thresholds": load_thresholds(thresholds_file),
    }
    record["missed_thresholds"] = check_thresholds(summary, record["thresholds"])
    if baseline is not None:
        base = run_baseline(cases, baseline, assistant.store)
        record["baseline_summary"] = summarise(base)
        record["baseline_cases"] = [r.to_dict() for r in base]
    return record


def load_earlier(path: Path) -> dict[str, Any]:
    """Read an earlier JSON report for --vergelijk."""
    try:
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise EvalError(f"Het eerdere rapport {path} bestaat niet.") from None
    except json.JSONDecodeError:
        raise EvalError(f"{path} is geen JSON-rapport van spoorwijzer eval.") from None
    if "summary" not in data or "cases" not in data:
        raise EvalError(f"{path} is geen JSON-rapport van spoorwijzer eval.")
    return data


def write_reports(record: dict[str, Any], folder: Path, comparison: dict[str, Any] | None) -> None:
    """Write rapport.json and rapport.html into `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "rapport.json").write_text(
        json.dumps(record, ensure_ascii=False, indent=2, default=str), encoding="utf-8"
    )
    (folder / "rapport.html").write_text(render_html(record, comparison), encoding="utf-8")


def render_table(record: dict[str, Any]) -> str:
    """A plain-text summary for the terminal."""
    systems = {"spoorwijzer": record["summary"]}
    if record.get("baseline_summary"):
        systems["baseline"] = record["baseline_summary"]
    lines = ["metriek".ljust(24) + "".join(name.ljust(14) for name in systems)]
    for key, label in LABELS.items():
        lines.append(label.ljust(24) + "".join(str(s.get(key)).ljust(14) for s in systems.values()))
    return "\n".join(lines)


def today_for_cases() -> date:
    """Eval cases pin their own `today`; this is only the fallback for the assistant."""
    return date(2025, 11, 23)
