"""Reading the eval report and writing the session's feedback as JSONL."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from spoorwijzer.exports.quality import (
    ReportError,
    feedback_jsonl,
    kind_rows,
    metric_rows,
    read_eval_report,
)

REPORT = {
    "summary": {"cases": 3, "passed_cases": 2, "date_exactness": 1.0, "unknown": 5},
    "cases": [
        {"id": "a", "kind": "termijn", "failures": []},
        {"id": "b", "kind": "termijn", "failures": ["datum"]},
        {"id": "c", "kind": "fabel", "failures": []},
    ],
}


def test_missing_report_is_none_and_a_broken_one_a_dutch_error(tmp_path: Path) -> None:
    """No file: None (the page hints at `make eval`); a non-report: ReportError."""
    assert read_eval_report(tmp_path / "rapport.json") is None
    (tmp_path / "rapport.json").write_text("{}", encoding="utf-8")
    with pytest.raises(ReportError, match="geen rapport"):
        read_eval_report(tmp_path / "rapport.json")


def test_metrics_and_kinds_from_a_report(tmp_path: Path) -> None:
    """Known metrics get Dutch labels; kinds are counted with their failures."""
    path = tmp_path / "rapport.json"
    path.write_text(json.dumps(REPORT), encoding="utf-8")
    report = read_eval_report(path)

    assert report is not None
    assert metric_rows(report["summary"]) == [
        {"metriek": "gevallen", "waarde": "3"},
        {"metriek": "gevallen zonder fout", "waarde": "2"},
        {"metriek": "datums exact", "waarde": "1.0"},
    ]
    assert kind_rows(report["cases"]) == [
        {"soort": "fabel", "gevallen": 1, "goed": 1, "fout": 0},
        {"soort": "termijn", "gevallen": 2, "goed": 1, "fout": 1},
    ]


def test_feedback_is_one_json_object_per_line() -> None:
    """Two ratings give two lines that parse back; none gives an empty file."""
    data = feedback_jsonl(
        [{"question": "é?", "rating": "goed"}, {"question": "b", "rating": "fout"}]
    )
    lines = data.decode("utf-8").splitlines()

    assert [json.loads(line)["rating"] for line in lines] == ["goed", "fout"]
    assert "é?" in lines[0]
    assert feedback_jsonl([]) == b""
