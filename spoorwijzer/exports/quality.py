"""What the Kwaliteit page shows: the latest eval report, read back, and the session's 👍/👎.

Layer: exports (pure). The report is the `rapport.json` that `make eval` writes; feedback is
turned into JSONL for the analyst to download (it is never stored on the server).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

METRIC_LABELS = {
    "cases": "gevallen",
    "passed_cases": "gevallen zonder fout",
    "date_exactness": "datums exact",
    "invented_dates": "verzonnen datums",
    "verdict_accuracy": "oordelen juist",
    "key_fact_coverage": "kernfeiten gedekt",
    "forbidden_hits": "verboden beweringen",
    "refusal_accuracy": "weigeren juist",
    "citation_validity": "citaten letterlijk",
    "in_scope_cited": "antwoorden met bron",
    "recall_at_3": "recall@3",
    "mrr": "MRR",
    "labelled_cases": "gelabelde echte vragen",
    "labelled_pass_rate": "echte vragen zonder fout",
    "asks_answered": "vraagdelen beantwoord",
    "facts_recall": "gegevens gelezen (recall)",
    "facts_precision": "gegevens juist (precisie)",
    "wrong_exact_dates": "verkeerde exacte datums",
    "follow_up_recall": "vervolgvragen gesteld",
    "assumption_stated": "aanname genoemd",
    "claim_detected": "bewering herkend",
    "claim_matched": "juiste bewering",
    "polarity_right": "oordeel op de bewering juist",
    "no_verdict_without_claim": "geen oordeel zonder bewering",
    "passed_flagged": "verstreken termijnen genoemd",
}


class ReportError(ValueError):
    """The eval report cannot be read; the message is Dutch."""


def read_eval_report(path: Path) -> dict[str, Any] | None:
    """The report at `path`, or None when there is none yet.

    Raises:
        ReportError: The file is not a report of `spoorwijzer eval`.
    """
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        raise ReportError(f"{path} is geen leesbaar JSON-rapport van spoorwijzer eval.") from None
    if not isinstance(data, dict) or "summary" not in data or "cases" not in data:
        raise ReportError(f"{path} is geen rapport van spoorwijzer eval.")
    return data


def metric_rows(summary: Mapping[str, Any]) -> list[dict[str, str]]:
    """One row per known metric present in the summary: Dutch label and value."""
    return [
        {"metriek": label, "waarde": str(summary[key])}
        for key, label in METRIC_LABELS.items()
        if key in summary
    ]


def kind_rows(cases: Iterable[Mapping[str, Any]]) -> list[dict[str, object]]:
    """Per kind of case: how many, how many without a failure."""
    counts: dict[str, list[int]] = {}
    for case in cases:
        total_ok = counts.setdefault(str(case.get("kind", "?")), [0, 0])
        total_ok[0] += 1
        total_ok[1] += not case.get("failures")
    return [
        {"soort": kind, "gevallen": total, "goed": ok, "fout": total - ok}
        for kind, (total, ok) in sorted(counts.items())
    ]


def feedback_jsonl(records: Iterable[Mapping[str, object]]) -> bytes:
    """The session's ratings as JSON Lines (one answer per line, UTF-8)."""
    lines = [json.dumps(dict(record), ensure_ascii=False, sort_keys=True) for record in records]
    return ("\n".join(lines) + ("\n" if lines else "")).encode("utf-8")


def answer_of(case: Mapping[str, Any]) -> str:
    """The answer text a case got (the report keeps the whole answer record)."""
    answer = case.get("answer")
    if isinstance(answer, Mapping):
        return str(answer.get("answer", ""))
    return "" if answer is None else str(answer)


def passed(case: Mapping[str, Any]) -> bool:
    """True when the case has no failure."""
    return not case.get("failures")


def filter_cases(
    cases: Iterable[Mapping[str, Any]], kind: str | None = None, outcome: str | None = None
) -> list[Mapping[str, Any]]:
    """The cases of one kind (None: every kind) and outcome ("geslaagd", "mislukt" or None)."""
    return [
        case
        for case in cases
        if (kind is None or str(case.get("kind", "?")) == kind)
        and (outcome is None or passed(case) is (outcome == "geslaagd"))
    ]


def _count(scores: Mapping[str, Any], key: str) -> int:
    value = scores.get(key, 0)
    return len(value) if isinstance(value, list) else int(value or 0)


def _all_of(scores: Mapping[str, Any], total: str, right: str) -> tuple[bool, str] | None:
    """(all right?, "n van m") when the case had something to check for this metric."""
    expected, got = _count(scores, total), _count(scores, right)
    return (got == expected, f"{got} van {expected}") if expected else None


def _none_of(scores: Mapping[str, Any], key: str) -> tuple[bool, str]:
    found = _count(scores, key)
    return found == 0, "geen" if not found else str(found)


def case_checks(case: Mapping[str, Any]) -> list[dict[str, str]]:
    """Per metric that applies to this case: whether it passed, with the numbers behind it."""
    scores: Mapping[str, Any] = case.get("scores") or {}
    labelled: Mapping[str, Any] = scores.get("labelled") or {}
    checks: dict[str, tuple[bool, str] | None] = {
        "date_exactness": _all_of(scores, "expected_dates", "stated_dates"),
        "invented_dates": _none_of(scores, "invented_dates"),
        "verdict_accuracy": (
            (
                scores.get("verdict_given") == scores["verdict_expected"],
                f"{scores.get('verdict_given')} (verwacht {scores['verdict_expected']})",
            )
            if scores.get("verdict_expected")
            else None
        ),
        "key_fact_coverage": _all_of(scores, "facts_total", "facts_found"),
        "forbidden_hits": _none_of(scores, "forbidden_hits"),
        "refusal_accuracy": (bool(scores.get("refusal_ok", True)), ""),
        "citation_validity": _all_of(scores, "quotes_total", "quotes_valid"),
        "asks_answered": _all_of(labelled, "asks_expected", "asks_answered"),
        "facts_recall": _all_of(labelled, "facts_expected", "facts_right"),
        "follow_up_recall": _all_of(labelled, "follow_up_expected", "follow_up_asked"),
        "passed_flagged": _all_of(labelled, "passed_expected", "passed_flagged"),
    }
    if labelled.get("assumption_expected"):
        checks["assumption_stated"] = (bool(labelled.get("assumption_stated")), "")
    if labelled.get("claim_expected"):
        checks["claim_detected"] = (bool(labelled.get("claim_detected")), "")
    if labelled.get("claim_id_expected"):
        checks["claim_matched"] = (bool(labelled.get("claim_matched")), "")
    if "unwanted_verdict" in labelled:
        checks["no_verdict_without_claim"] = (not labelled["unwanted_verdict"], "")
    return [
        {"metriek": METRIC_LABELS[key], "uitkomst": "goed" if ok else "fout", "detail": detail}
        for key, result in checks.items()
        if result is not None
        for ok, detail in [result]
    ]
