"""Streamlit page 'Kwaliteit': the latest eval report, the app version and the session's ratings.

Layer: UI. The 👍/👎 given to answers stay in this session; they can be downloaded as JSONL
for one's own eval set and are never stored on the server.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import streamlit as st

from spoorwijzer import __version__
from spoorwijzer.exports.quality import (
    ReportError,
    feedback_jsonl,
    kind_rows,
    metric_rows,
    read_eval_report,
)
from spoorwijzer.ui import case_state

REPORT_PATH = Path(__file__).resolve().parents[2] / "evals" / "results" / "latest" / "rapport.json"


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
    failed = [c for c in report["cases"] if c.get("failures")]
    with st.expander(f"Gevallen met een fout ({len(failed)})"):
        for case in failed[:200]:
            st.markdown(f"**{case.get('id')}** ({case.get('kind')}): {case.get('question', '')}")
            st.caption("; ".join(str(f) for f in case["failures"]))


def render(report_path: Path = REPORT_PATH) -> None:
    """Render the page."""
    st.title("Kwaliteit")
    st.caption(f"Spoorwijzer versie {__version__}")
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
