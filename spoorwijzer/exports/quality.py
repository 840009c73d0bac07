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
