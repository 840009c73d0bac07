"""Download buttons for one case: .ics, .csv and a printable summary; none reruns the page.

Layer: UI. The files are built by `spoorwijzer.exports`; every button uses
`on_click="ignore"`, so a download keeps the page (and its table) as it is.
"""

from __future__ import annotations

import datetime as dt

import streamlit as st

from spoorwijzer.exports.calendar import CalendarInputError, build_calendar
from spoorwijzer.exports.case_status import milestone_views
from spoorwijzer.exports.summary import case_summary_html
from spoorwijzer.exports.table import milestones_csv
from spoorwijzer.ui import case_state
from spoorwijzer.understanding.dossier import FACT_LABELS, describe_value


def render(today: dt.date, *, key: str, computed: case_state.CaseReport | None = None) -> None:
    """Render the export controls for a case (default: the session's dossier).

    `key` keeps the widgets of the two pages apart.
    """
    computed = computed or case_state.case_report(today)
    if computed is None:
        return
    label = st.text_input(
        "Casuslabel (voor agenda en samenvatting, geen naam nodig)",
        key=f"{key}_label",
        value=str(st.session_state.get(case_state.LABEL_KEY, "")),
        placeholder="bijv. Casus A",
        max_chars=60,
    )
    st.session_state[case_state.LABEL_KEY] = label
    past = st.checkbox("Ook verstreken mijlpalen in de agenda", key=f"{key}_past")
    views = milestone_views(computed.report, computed.periods)
    try:
        ics = build_calendar(
            computed.report,
            created=dt.datetime.now(dt.UTC),
            case_label=label,
            include_past=past,
        )
    except CalendarInputError as error:
        st.error(str(error))
        return
    facts = [
        (FACT_LABELS[name], describe_value(fact))
        for name, fact in case_state.dossier().facts.items()
    ]
    question, answer = case_state.last_answer()
    summary = case_summary_html(
        case_label=label,
        today=today,
        facts=facts,
        milestones=views,
        question=question,
        answer=answer,
    )
    with st.container(horizontal=True):
        st.download_button(
            "Agenda (.ics)",
            data=ics,
            file_name="poortwachter-termijnen.ics",
            mime="text/calendar",
            on_click="ignore",
            key=f"{key}_ics",
            icon=":material/event:",
        )
        st.download_button(
            "Tabel (.csv)",
            data=milestones_csv(views),
            file_name="poortwachter-termijnen.csv",
            mime="text/csv",
            on_click="ignore",
            key=f"{key}_csv",
            icon=":material/table:",
        )
        st.download_button(
            "Samenvatting (.html)",
            data=summary.encode("utf-8"),
            file_name="spoorwijzer-samenvatting.html",
            mime="text/html",
            on_click="ignore",
            key=f"{key}_html",
            icon=":material/print:",
        )
    named = f"'{label.strip()}: 42e-weeksmelding …'" if label.strip() else "zonder label"
    st.caption(
        f"Agenda-items {named}, met herinneringen 14 en 3 dagen vooraf; opnieuw importeren werkt "
        "bij."
    )
