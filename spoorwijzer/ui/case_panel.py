"""The "Dossier" panel: every fact understood of the case, with its provenance, editable in place.

Layer: UI. An edit goes into the session's dossier (source "ingevuld in het dossier"); the next
answer and the Termijnen page use it. There is no field for a diagnosis, on purpose.
"""

from __future__ import annotations

import streamlit as st

from spoorwijzer.language.dutch_dates import DateInputError, format_date, parse_dutch_date
from spoorwijzer.ui import case_state
from spoorwijzer.understanding.dossier import FACT_LABELS, VALUE_LABELS, describe_value

_EMPTY = "—"
# Editable choice facts: fact name -> stored values offered (first option: unknown).
CHOICES: dict[str, tuple[str, ...]] = {
    "oordeel_bedrijfsarts": (
        _EMPTY,
        "eigen_werk_niet",
        "ander_werk_mogelijk",
        "gbm",
        "marginaal",
        "volledig_hersteld",
    ),
    "intern_passend_werk": (_EMPTY, "ja", "nee"),
    "zicht_op_terugkeer": (_EMPTY, "binnen_3_maanden", "later_dan_3_maanden", "geen"),
}
FIRST_DAY_KEY = "panel_first_day"
SYNCED_KEY = "panel_synced_version"
ERROR_KEY = "panel_first_day_error"


def _label(value: str) -> str:
    return "onbekend" if value == _EMPTY else VALUE_LABELS.get(value, value)


def _sync_widgets() -> None:
    """Put the dossier's values into the widgets when the dossier changed elsewhere."""
    if st.session_state.get(SYNCED_KEY) == case_state.version():
        return
    current = case_state.dossier()
    first = current.first_sick_day
    st.session_state[FIRST_DAY_KEY] = format_date(first) if first else ""
    st.session_state.pop(ERROR_KEY, None)
    for name, options in CHOICES.items():
        value = str(current.get(name) or _EMPTY)
        st.session_state[f"panel_{name}"] = value if value in options else _EMPTY
    st.session_state[SYNCED_KEY] = case_state.version()


def _first_day_changed() -> None:
    text = str(st.session_state.get(FIRST_DAY_KEY, "")).strip()
    if not text:
        case_state.set_fact("ziekteperiodes", None)
    else:
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
        case_state.set_fact("ziekteperiodes", new)
    st.session_state.pop(ERROR_KEY, None)
    st.session_state[SYNCED_KEY] = case_state.version()


def _choice_changed(name: str) -> None:
    value = str(st.session_state.get(f"panel_{name}", _EMPTY))
    case_state.set_fact(name, None if value == _EMPTY else value)
    st.session_state[SYNCED_KEY] = case_state.version()


def render() -> None:
    """Render the panel: editable key facts, then every other fact with where it came from."""
    _sync_widgets()
    current = case_state.dossier()
    st.subheader("Dossier")
    st.text_input(
        "Eerste ziektedag",
        key=FIRST_DAY_KEY,
        on_change=_first_day_changed,
        placeholder="bijv. 6 januari 2025",
    )
    if ERROR_KEY in st.session_state:
        st.error(str(st.session_state[ERROR_KEY]))
    for name, options in CHOICES.items():
        st.selectbox(
            FACT_LABELS[name],
            options,
            key=f"panel_{name}",
            format_func=_label,
            on_change=_choice_changed,
            args=(name,),
        )
    if current.facts:
        lines = [
            f"- **{FACT_LABELS[name]}**: {describe_value(fact)} _({case_state.provenance(fact)})_"
            for name, fact in current.facts.items()
        ]
        st.markdown("\n".join(lines))
    else:
        st.caption("Nog niets bekend. Vertel in de chat over de casus of vul hierboven in.")
    st.button(
        "Nieuwe casus",
        on_click=case_state.new_case,
        help="Wist het dossier en het gesprek van deze casus.",
        icon=":material/restart_alt:",
    )
