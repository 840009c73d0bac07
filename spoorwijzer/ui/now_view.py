"""The "Nu" view at the top of a case: today, the sick week, the next deadline, what is late.

Layer: UI. Renders `spoorwijzer.exports.case_status.now_view`; every date comes from the
calculator.
"""

from __future__ import annotations

import datetime as dt

import streamlit as st

from spoorwijzer.exports.case_status import done_keys, now_view
from spoorwijzer.language.dutch_dates import format_date, format_date_long
from spoorwijzer.ui import case_state


def render(today: dt.date) -> None:
    """Render the view, or a hint when the first sick day is not known yet."""
    st.markdown(f"**Vandaag:** {format_date_long(today)}")
    computed = case_state.case_report(today)
    if computed is None:
        problem = case_state.case_problem(today)
        if problem:
            st.error(problem)
        else:
            st.info(
                "Nog geen eerste ziektedag: vertel die in de chat of vul hem in het dossier in."
            )
        return
    facts = {name: fact.value for name, fact in case_state.dossier().facts.items()}
    view = now_view(computed.report, computed.periods, done=done_keys(facts))
    with st.container(border=True, key="nu_view"):
        st.markdown(f"### Nu: week {view.sick_week} van {view.total_weeks}")
        if view.next_deadline is not None:
            nxt = view.next_deadline
            when = "vandaag" if nxt.days_left == 0 else f"nog {nxt.days_left} dagen"
            st.markdown(
                f"**Volgende termijn:** {nxt.label} — {format_date(nxt.date)} ({when}, {nxt.kind})"
            )
        if view.passed:
            st.error(
                "**Verstreken**\n"
                + "\n".join(
                    f"- {p.milestone.label} verstreken op {format_date(p.milestone.date)}"
                    for p in view.passed
                ),
                icon=":material/history:",
            )
        if view.todo:
            st.markdown("**Doe dit nu**\n" + "\n".join(f"- {line}" for line in view.todo))
