"""Eval reports: the JSON record, a self-contained HTML report, and a comparison of two runs.

Layer: evals (pure rendering). The HTML has a summary per system and per case kind and a
drill-down per case; with an earlier run it shows both side by side and marks regressions.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

from spoorwijzer.exports.quality import METRIC_LABELS

HIGHER_IS_BETTER = (
    "date_exactness",
    "verdict_accuracy",
    "key_fact_coverage",
    "refusal_accuracy",
    "citation_validity",
    "in_scope_cited",
    "recall_at_3",
    "mrr",
    "passed_cases",
    "labelled_pass_rate",
    "asks_answered",
    "facts_recall",
    "facts_precision",
    "follow_up_recall",
    "assumption_stated",
    "claim_detected",
    "claim_matched",
    "polarity_right",
    "no_verdict_without_claim",
    "passed_flagged",
)
LOWER_IS_BETTER = ("invented_dates", "forbidden_hits", "wrong_exact_dates")
LABELS = METRIC_LABELS  # one set of Dutch metric names for the report and the app


def compare(current: dict[str, Any], earlier: dict[str, Any]) -> dict[str, Any]:
    """Metric deltas and per-case regressions of `current` against `earlier`."""
    now, before = current["summary"], earlier["summary"]
    deltas = {}
    for name in (*HIGHER_IS_BETTER, *LOWER_IS_BETTER):
        a, b = before.get(name), now.get(name)
        if a is None or b is None:
            continue
        worse = b < a if name in HIGHER_IS_BETTER else b > a
        deltas[name] = {"eerder": a, "nu": b, "slechter": worse}
    passed_before = {c["id"] for c in earlier["cases"] if not c["failures"]}
    regressions = [
        {"id": c["id"], "failures": c["failures"]}
        for c in current["cases"]
        if c["failures"] and c["id"] in passed_before
    ]
    return {"metrics": deltas, "regressions": regressions}


def _esc(value: Any) -> str:
    return html.escape(str(value))


def _summary_table(summaries: dict[str, dict[str, Any]]) -> str:
    systems = list(summaries)
    head = "".join(f"<th>{_esc(s)}</th>" for s in systems)
    rows = []
    for name, label in LABELS.items():
        cells = "".join(f"<td>{_esc(summaries[s].get(name))}</td>" for s in systems)
        rows.append(f"<tr><th>{_esc(label)}</th>{cells}</tr>")
    return f"<table><tr><th>metriek</th>{head}</tr>{''.join(rows)}</table>"


def _per_kind(cases: Sequence[dict[str, Any]]) -> str:
    kinds: dict[str, list[dict[str, Any]]] = {}
    for case in cases:
        kinds.setdefault(case["kind"], []).append(case)
    rows = []
    for kind, items in sorted(kinds.items()):
        ok = sum(not c["failures"] for c in items)
        rows.append(
            f"<tr><td>{_esc(kind)}</td><td>{len(items)}</td><td>{ok}</td>"
            f"<td>{len(items) - ok}</td></tr>"
        )
    return (
        "<table><tr><th>soort</th><th>gevallen</th><th>goed</th><th>fout</th></tr>"
        + "".join(rows)
        + "</table>"
    )


def _case_details(cases: Sequence[dict[str, Any]], regressed: set[str]) -> str:
    blocks = []
    for case in cases:
        status = "fout" if case["failures"] else "goed"
        mark = " regressie" if case["id"] in regressed else ""
        failures = "".join(f"<li>{_esc(f)}</li>" for f in case["failures"]) or "<li>geen</li>"
        turns = "".join(f"<li>{_esc(t)}</li>" for t in case.get("turns", []))
        blocks.append(
            f"<details class='{status}{mark}'><summary>{_esc(case['id'])} ({_esc(case['kind'])})"
            f" — {status}{mark}</summary>"
            f"<p><b>Vraag:</b> {_esc(case['question'])}</p>"
            + (f"<p><b>Gesprek:</b></p><ol>{turns}</ol>" if turns else "")
            + f"<p><b>Antwoord:</b></p><pre>{_esc(case['answer'].get('answer', ''))}</pre>"
            f"<p><b>Verwacht:</b> {_esc(case['expected'])}</p>"
            f"<p><b>Wat faalde:</b></p><ul>{failures}</ul></details>"
        )
    return "".join(blocks)


_STYLE = """
body{font-family:system-ui,sans-serif;margin:2rem;max-width:70rem;color:#222}
table{border-collapse:collapse;margin:1rem 0}td,th{border:1px solid #ccc;padding:.3rem .6rem;
text-align:left}details{border:1px solid #ddd;margin:.3rem 0;padding:.3rem .6rem}
details.fout summary{color:#a00}details.regressie{background:#fee}pre{white-space:pre-wrap;
background:#f6f6f6;padding:.5rem}.slechter{background:#fcc}.ok{color:#070}.mis{color:#a00}
"""


def render_html(record: dict[str, Any], comparison: dict[str, Any] | None = None) -> str:
    """A self-contained HTML report (no external files, scripts or fonts)."""
    summaries = {"Spoorwijzer": record["summary"]}
    if record.get("baseline_summary"):
        summaries["Naïeve baseline (LangChain + Chroma)"] = record["baseline_summary"]
    missed = record.get("missed_thresholds", [])
    verdict = (
        "<p class='ok'>Alle drempels gehaald.</p>"
        if not missed
        else "<p class='mis'>Drempels gemist:</p><ul>"
        + "".join(f"<li>{_esc(m)}</li>" for m in missed)
        + "</ul>"
    )
    parts = [
        "<!doctype html><html lang='nl'><head><meta charset='utf-8'>",
        f"<title>Spoorwijzer evaluatie</title><style>{_STYLE}</style></head><body>",
        "<h1>Spoorwijzer evaluatie</h1>",
        f"<p>Datasets: {_esc(', '.join(record['datasets']))}. Gemaakt: {_esc(record['created'])}"
        "</p>",
        verdict,
        "<h2>Samenvatting</h2>",
        _summary_table(summaries),
        f"<p>Verwarringsmatrix oordelen: {_esc(record['summary']['verdict_confusion'])}</p>",
        f"<p>Latentie (ms) per soort: {_esc(record['summary']['latency_ms'])}</p>",
        "<h2>Per soort</h2>",
        _per_kind(record["cases"]),
    ]
    regressed: set[str] = set()
    if comparison is not None:
        regressed = {r["id"] for r in comparison["regressions"]}
        rows = "".join(
            f"<tr class='{'slechter' if d['slechter'] else ''}'><td>{_esc(LABELS.get(k, k))}</td>"
            f"<td>{_esc(d['eerder'])}</td><td>{_esc(d['nu'])}</td></tr>"
            for k, d in comparison["metrics"].items()
        )
        parts += [
            "<h2>Vergelijking met de vorige run</h2>",
            f"<table><tr><th>metriek</th><th>eerder</th><th>nu</th></tr>{rows}</table>",
            f"<p>Regressies (eerder goed, nu fout): {len(regressed)}</p>",
        ]
    parts += ["<h2>Per geval</h2>", _case_details(record["cases"], regressed), "</body></html>"]
    return "".join(parts)
