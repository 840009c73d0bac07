"""Streamlit page 'Kwaliteit': the latest eval report, the app version and the session's ratings.

Layer: UI. The report shows per metric, per kind and per case (question, answer, which metrics
passed or failed), filterable by kind and outcome; the knowledge's peildatum and the app version
stand at the top. The 👍/👎 given to answers stay in this session; they can be downloaded as
JSONL for one's own eval set and are never stored on the server.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any

import streamlit as st

from spoorwijzer import __version__
from spoorwijzer.exports.quality import (
    ReportError,
    answer_of,
    case_checks,
    feedback_jsonl,
    filter_cases,
    kind_rows,
    metric_rows,
    passed,
    read_eval_report,
)
from spoorwijzer.language.dutch_dates import format_date
from spoorwijzer.ui import case_state

REPORT_PATH = Path(__file__).resolve().parents[2] / "evals" / "results" / "latest" / "rapport.json"
ALL = "alle"
OUTCOMES = (ALL, "geslaagd", "mislukt")


def _case_title(case: Mapping[str, Any]) -> str:
    mark = "✅" if passed(case) else "❌"
    return f"{mark} {case.get('id')} ({case.get('kind', '?')})"


def _case_detail(case: Mapping[str, Any]) -> None:
    turns = [str(t) for t in case.get("turns") or []]
    if len(turns) > 1:
        st.markdown("**Eerdere berichten**\n" + "\n".join(f"- {t}" for t in turns[:-1]))
    st.markdown(f"**Vraag:** {case.get('question', '')}")
    with st.container(border=True):
        st.markdown(answer_of(case) or "_(geen antwoord)_")
    checks = case_checks(case)
    if checks:
        st.table(checks)
    failures = [str(f) for f in case.get("failures") or []]
    if failures:
        st.error("**Fouten**\n" + "\n".join(f"- {f}" for f in failures))
    else:
        st.success("Geen fouten in dit geval.")


def _drill_down(cases: Sequence[Mapping[str, Any]]) -> None:
    """Every case of the report, filtered by kind and outcome; one chosen case in full."""
    st.markdown("**Per geval**")
    kinds = sorted({str(c.get("kind", "?")) for c in cases})
    with st.container(horizontal=True, gap="medium"):
        kind = st.selectbox("Soort", [ALL, *kinds], key="quality_kind")
        outcome = st.radio("Uitkomst", OUTCOMES, key="quality_outcome", horizontal=True)
    chosen = filter_cases(cases, None if kind == ALL else kind, None if outcome == ALL else outcome)
    st.caption(f"{len(chosen)} van {len(cases)} gevallen")
    if not chosen:
        st.info("Geen gevallen met deze soort en uitkomst.")
        return
    titles = {str(c.get("id")): c for c in chosen}
    picked = st.selectbox(
        "Bekijk een geval",
        list(titles),
        key="quality_case",
        format_func=lambda case_id: (
            f"{_case_title(titles[case_id])}: {str(titles[case_id].get('question', ''))[:90]}"
        ),
    )
    if picked is not None:
        _case_detail(titles[picked])


def _report(path: Path) -> None:
    try:
        report = read_eval_report(path)
    except ReportError as error:
        st.error(str(error))
        return
    if report is None:
        st.info(
            "Nog geen evaluatierapport. Draai `make eval`; het rapport komt in "
            "evals/results/latest."
        )
        return
    st.subheader("Laatste evaluatie")
    st.table(metric_rows(report["summary"]))
    st.markdown("**Per soort vraag**")
    st.table(kind_rows(report["cases"]))
    _drill_down(report["cases"])


def render(report_path: Path = REPORT_PATH, peildatum: date | None = None) -> None:
    """Render the page.

    Args:
        report_path: The `rapport.json` of `make eval`.
        peildatum: The knowledge's peildatum (the latest `checked_on` in sources.yaml).
    """
    st.title("Kwaliteit")
    known = format_date(peildatum) if peildatum else "onbekend (geen checked_on)"
    st.caption(f"Spoorwijzer versie {__version__} · peildatum van de kennisbank: {known}")
    _report(report_path)
    st.subheader("Uw beoordelingen in deze sessie")
    ratings: dict[str, dict[str, Any]] = st.session_state.get(case_state.FEEDBACK_KEY, {})
    if not ratings:
        st.caption("Nog geen 👍/👎 gegeven. Beoordeel antwoorden op de pagina Vraag.")
        return
    good = sum(r["rating"] == "goed" for r in ratings.values())
    st.markdown(f"{len(ratings)} beoordeeld: {good} 👍, {len(ratings) - good} 👎.")
    st.download_button(
        "Download als JSONL",
        data=feedback_jsonl(ratings[k] for k in sorted(ratings)),
        file_name="spoorwijzer-beoordelingen.jsonl",
        mime="application/jsonl",
        on_click="ignore",
    )
    st.caption("Alleen in uw browsersessie; niets hiervan wordt op de server bewaard.")
