"""Reading the eval report and writing the session's feedback as JSONL."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from spoorwijzer.exports.quality import (
    ReportError,
    answer_of,
    case_checks,
    feedback_jsonl,
    filter_cases,
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


def _checks(scores: dict[str, object]) -> dict[str, tuple[str, str]]:
    rows = case_checks({"scores": scores})
    return {r["metriek"]: (r["uitkomst"], r["detail"]) for r in rows}


def test_case_checks_name_each_metric_that_applies_with_its_numbers() -> None:
    """Dates 1 of 2 fail, a right verdict passes, labelled checks appear only when expected."""
    checks = _checks(
        {
            "expected_dates": 2,
            "stated_dates": 1,
            "invented_dates": ["2026-01-01"],
            "verdict_expected": "fabel",
            "verdict_given": "fabel",
            "facts_total": 0,
            "refusal_ok": True,
            "labelled": {"asks_expected": 2, "asks_answered": 2, "claim_expected": True},
        }
    )

    assert checks["datums exact"] == ("fout", "1 van 2")
    assert checks["verzonnen datums"] == ("fout", "1")
    assert checks["oordelen juist"] == ("goed", "fabel (verwacht fabel)")
    assert checks["vraagdelen beantwoord"] == ("goed", "2 van 2")
    assert checks["bewering herkend"] == ("fout", "")
    assert "kernfeiten gedekt" not in checks  # nothing to check
    assert "juiste bewering" not in checks


def test_cases_filter_by_kind_and_outcome_and_answers_read_back() -> None:
    """'mislukt' keeps the cases with failures; an answer record or plain text both read."""
    cases = [
        {"id": "a", "kind": "termijn", "failures": ["x"], "answer": {"answer": "Tekst A"}},
        {"id": "b", "kind": "termijn", "failures": [], "answer": "Tekst B"},
        {"id": "c", "kind": "fabel", "failures": []},
    ]

    assert [c["id"] for c in filter_cases(cases, "termijn", "mislukt")] == ["a"]
    assert [c["id"] for c in filter_cases(cases, None, "geslaagd")] == ["b", "c"]
    assert [c["id"] for c in filter_cases(cases)] == ["a", "b", "c"]
    assert [answer_of(c) for c in cases] == ["Tekst A", "Tekst B", ""]
