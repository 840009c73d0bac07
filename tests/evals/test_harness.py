"""The eval harness end to end: reports, baseline, comparison, and the threshold gate."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from click.testing import CliRunner, Result

from spoorwijzer.cli import cli

DATASETS = Path(__file__).resolve().parents[2] / "evals" / "datasets"


def run_eval(*args: str) -> Result:
    return CliRunner().invoke(cli, ["eval", *args])


def test_smoke_run_writes_reports_and_a_baseline_then_a_broken_run_fails(tmp_path: Path) -> None:
    """A good run passes with JSON+HTML reports; a run with wrong references fails the gate."""
    first = run_eval("--dataset", str(DATASETS / "smoke.jsonl"), "--rapport", str(tmp_path / "a"))
    record: dict[str, Any] = json.loads((tmp_path / "a" / "rapport.json").read_text("utf-8"))
    page = (tmp_path / "a" / "rapport.html").read_text("utf-8")

    assert first.exit_code == 0, first.stderr
    assert record["summary"]["cases"] == 5
    assert record["missed_thresholds"] == []
    assert record["summary"]["date_exactness"] == 1.0
    assert record["baseline_summary"]["verdict_accuracy"] == 0.0
    assert "Naïeve baseline" in page
    assert "Per geval" in page
    assert "<script" not in page

    broken = tmp_path / "broken.jsonl"
    lines = (DATASETS / "smoke.jsonl").read_text("utf-8").splitlines()
    cases = [json.loads(line) for line in lines]
    for item in cases:
        if item["id"] == "dev-17":
            item["verdict"] = "feit"  # a deliberately wrong reference
        if item["id"] == "dev-01":
            item["expected_dates"]["melding_42e_week_uiterlijk"] = "2025-10-28"
    broken.write_text("\n".join(json.dumps(c, ensure_ascii=False) for c in cases), "utf-8")
    second = run_eval(
        "--dataset",
        str(broken),
        "--rapport",
        str(tmp_path / "b"),
        "--vergelijk",
        str(tmp_path / "a" / "rapport.json"),
        "--zonder-baseline",
    )
    compared: dict[str, Any] = json.loads((tmp_path / "b" / "rapport.json").read_text("utf-8"))

    assert second.exit_code == 1
    assert "Drempel gemist: date_exactness" in second.stderr
    assert "Drempel gemist: verdict_accuracy" in second.stderr
    assert {r["id"] for r in compared["comparison"]["regressions"]} == {"dev-01", "dev-17"}
    assert compared["comparison"]["metrics"]["verdict_accuracy"]["slechter"] is True
    assert "Vergelijking met de vorige run" in (tmp_path / "b" / "rapport.html").read_text("utf-8")
    assert "2 regressie(s)" in second.stdout


def test_dev_set_meets_the_ci_thresholds() -> None:
    """CI gate: the reference dev set passes dates 100%, no invented dates, scope, citations,
    verdicts >= 90%."""
    result = run_eval("--dataset", str(DATASETS / "eval-dev.jsonl"), "--zonder-baseline", "--json")
    record: dict[str, Any] = json.loads(result.stdout)

    assert result.exit_code == 0, result.stderr
    assert record["missed_thresholds"] == []
    assert record["summary"]["invented_dates"] == 0


def test_missing_dataset_and_bad_earlier_report_are_dutch_errors(tmp_path: Path) -> None:
    """Unreadable inputs exit 2 with a Dutch message before anything runs."""
    missing = run_eval("--dataset", str(tmp_path / "weg.jsonl"))
    (tmp_path / "oud.json").write_text("{}", encoding="utf-8")
    bad = run_eval(
        "--dataset", str(DATASETS / "smoke.jsonl"), "--vergelijk", str(tmp_path / "oud.json")
    )

    assert missing.exit_code == 2
    assert "bestaat niet" in missing.stderr
    assert bad.exit_code == 2
    assert "geen JSON-rapport" in bad.stderr
