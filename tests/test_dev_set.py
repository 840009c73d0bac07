"""The issue's gate on the reference questions (evals/datasets/eval-dev.jsonl)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from spoorwijzer.language.dutch_dates import format_date

DEV = Path(__file__).resolve().parents[1] / "evals" / "datasets" / "eval-dev.jsonl"
CASES = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line]


@pytest.fixture(scope="module")
def answers(assistant: Any) -> dict[str, Any]:
    return {case["id"]: assistant.answer(case["question"]) for case in CASES}


@pytest.mark.parametrize("case", [c for c in CASES if c["expected_dates"]], ids=lambda c: c["id"])
def test_every_expected_date_is_in_the_answer(
    case: dict[str, Any], answers: dict[str, Any]
) -> None:
    """Each expected date is stated in the answer text."""
    text = answers[case["id"]].text
    for iso in case["expected_dates"].values():
        assert format_date(date.fromisoformat(iso)) in text, iso


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["id"])
def test_refused_exactly_when_out_of_scope(case: dict[str, Any], answers: dict[str, Any]) -> None:
    """Out-of-scope questions are refused and no other question is."""
    assert answers[case["id"]].refused is (case["kind"] == "out_of_scope")


@pytest.mark.parametrize(
    "case", [c for c in CASES if c["kind"] != "out_of_scope"], ids=lambda c: c["id"]
)
def test_in_scope_answer_has_a_verified_citation(
    case: dict[str, Any], answers: dict[str, Any]
) -> None:
    """Every in-scope answer carries at least one citation (the chain keeps only verified ones)."""
    assert answers[case["id"]].citations


def test_myth_verdicts_at_least_90_percent(answers: dict[str, Any]) -> None:
    """The verdicts of the myth questions are right for at least 90%."""
    myths = [c for c in CASES if c["kind"] == "myth"]
    right = sum(answers[c["id"]].verdict == c["verdict"] for c in myths)

    assert right / len(myths) >= 0.9
