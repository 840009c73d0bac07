"""`python -m benchmarks.median RUN.json ... [--markdown]`: the median of several runs.

On a noisy machine one run says little; run `python -m benchmarks --quick --json > run-N.json`
three times and report the median of each figure (the README table is made this way).
"""

from __future__ import annotations

import argparse
import json
import statistics
from pathlib import Path
from typing import Any

from benchmarks.report import markdown, targets


def _median(values: list[Any]) -> Any:
    numbers = [v for v in values if isinstance(v, int | float) and not isinstance(v, bool)]
    if len(numbers) != len(values) or not numbers:
        return values[0]
    middle = statistics.median(numbers)
    return round(middle, 3) if isinstance(middle, float) else middle


def _merge(runs: list[dict[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, first in runs[0].items():
        values = [run.get(key) for run in runs]
        if isinstance(first, dict) and key not in ("machine", "targets"):
            result[key] = _merge([v for v in values if isinstance(v, dict)])
        elif isinstance(first, list) and first and isinstance(first[0], dict):
            rows = zip(*(v for v in values if isinstance(v, list)), strict=True)
            result[key] = [_merge(list(group)) for group in rows]
        else:
            result[key] = _median(values)
    return result


def median_of(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """Per key the median over the runs (lists of rows: per row and field)."""
    result = _merge(runs)
    result["machine"] = dict(runs[0]["machine"])
    result["machine"]["load_average"] = " / ".join(r["machine"]["load_average"] for r in runs)
    result["load_average_end"] = " / ".join(str(r.get("load_average_end")) for r in runs)
    result["runs"] = len(runs)
    result["targets"] = targets(result)
    return result


def main() -> None:
    """Read the runs, print their median as JSON or Markdown."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.median", description=__doc__)
    parser.add_argument("runs", nargs="+", type=Path)
    parser.add_argument("--markdown", action="store_true")
    options = parser.parse_args()
    result = median_of([json.loads(p.read_text("utf-8")) for p in options.runs])
    print(markdown(result) if options.markdown else json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
