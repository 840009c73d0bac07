"""The "Dossier" panel: every fact understood of the case, with its provenance, editable in place.

Layer: UI. The key facts stand at the top; every fact is editable under "Alle gegevens bewerken"
(`fact_editor`). An edit goes into the session's dossier ("aangepast in de app") only when the
calculator can use it; the next answer and the Termijnen page use it. There is no field for a
diagnosis, on purpose.
"""

from __future__ import annotations

import datetime as dt

import streamlit as st

from spoorwijzer.language.dutch_dates import DateInputError, format_date, parse_dutch_date
from spoorwijzer.ui import case_state, fact_editor
from spoorwijzer.understanding.dossier import FACT_LABELS, describe_value

_EMPTY = fact_editor.EMPTY
# The key choice facts at the top: fact name -> stored values offered (first option: unknown).
CHOICES: dict[str, tuple[str, ...]] = {
    name: fact_editor.choice_options(name)
    for name in ("oordeel_bedrijfsarts", "intern_passend_werk", "zicht_op_terugkeer")
}
FIRST_DAY_KEY = "panel_first_day"
SYNCED_KEY = "panel_synced_version"
ERROR_KEY = "panel_first_day_error"


def _sync_widgets() -> None:
    """Put the dossier's values into the widgets when the dossier changed elsewhere.

    Also after a page switch, which drops the widgets' own state.
    """
    synced = st.session_state.get(SYNCED_KEY) == case_state.version()
    if synced and FIRST_DAY_KEY in st.session_state:
        return
    current = case_state.dossier()
    first = current.first_sick_day
    st.session_state[FIRST_DAY_KEY] = format_date(first) if first else ""
    st.session_state.pop(ERROR_KEY, None)
    for name, options in CHOICES.items():
        value = str(current.get(name) or _EMPTY)
        st.session_state[f"panel_{name}"] = value if value in options else _EMPTY
    st.session_state[SYNCED_KEY] = case_state.version()


def _first_day_changed(today: dt.date) -> None:
    text = str(st.session_state.get(FIRST_DAY_KEY, "")).strip()
    new: list[list[str | None]] | None = None
    if text:
        try:
            day = parse_dutch_date(text)
        except DateInputError as error:
            st.session_state[ERROR_KEY] = str(error)  # the typed text stays in the field
            return
        periods = case_state.dossier().get("ziekteperiodes")
        if isinstance(periods, list) and periods:
            new = [[day.isoformat(), periods[0][1]], *periods[1:]]
        else:
            new = [[day.isoformat(), None]]
    problem = fact_editor.apply("ziekteperiodes", new, today, show_here=False)
    if problem is not None:  # e.g. after the end of the first period: the text stays
        st.session_state[ERROR_KEY] = problem
        return
    st.session_state.pop(ERROR_KEY, None)
    st.session_state[SYNCED_KEY] = case_state.version()


def _choice_changed(name: str, today: dt.date) -> None:
    value = str(st.session_state.get(f"panel_{name}", _EMPTY))
    fact_editor.apply(name, None if value == _EMPTY else value, today)  # error under the field
    st.session_state[SYNCED_KEY] = case_state.version()


def render(today: dt.date) -> None:
    """Render the panel: editable key facts, every fact with where it came from, the editor."""
    _sync_widgets()
    current = case_state.dossier()
    st.subheader("Dossier")
    st.text_input(
        "Eerste ziektedag",
        key=FIRST_DAY_KEY,
        on_change=_first_day_changed,
        args=(today,),
        placeholder="bijv. 6 januari 2025",
    )
    if ERROR_KEY in st.session_state:
        st.error(str(st.session_state[ERROR_KEY]))
    for name, options in CHOICES.items():
        st.selectbox(
            FACT_LABELS[name],
            options,
            key=f"panel_{name}",
            format_func=fact_editor.label_of,
            on_change=_choice_changed,
            args=(name, today),
        )
        error = fact_editor.field_error(name)
        if error:
            st.error(error)
    if current.facts:
        lines = [
            f"- **{FACT_LABELS[name]}**: {describe_value(fact)} _({case_state.provenance(fact)})_"
            for name, fact in current.facts.items()
        ]
        st.markdown("\n".join(lines))
    else:
        st.caption("Nog niets bekend. Vertel in de chat over de casus of vul hieronder in.")
    fact_editor.render(today, skip=frozenset(CHOICES))
    st.button(
        "Nieuwe casus",
        on_click=case_state.new_case,
        help="Wist het dossier en het gesprek van deze casus.",
        icon=":material/restart_alt:",
    )
