"""Every fact of the dossier editable in place, each with a widget that fits its kind.

Layer: UI. Dates get a date field, choices a list with Spoorwijzer's own words (VALUE_LABELS),
weeks a number, yes/no a choice of two; the sick periods are rows (van / t/m) that can be added
and removed. An edit is checked by the calculator before it goes into the session's dossier: an
impossible value (overlapping periods, an end before its start, a date before the first sick
day) gives a Dutch error at that field, leaves the dossier as it was and keeps what was typed.
A stored edit's provenance is "aangepast in de app"; the next answer uses it. There is no field
for a diagnosis, on purpose.
"""

from __future__ import annotations

import datetime as dt

import streamlit as st

from spoorwijzer.language.dutch_dates import format_date
from spoorwijzer.ui import case_state
from spoorwijzer.understanding.dossier import (
    DATE_FACTS,
    FACT_LABELS,
    VALUE_LABELS,
    Dossier,
    Fact,
)
from spoorwijzer.understanding.second_reading import CHOICE_FACTS

EMPTY = "—"
DATE_FORMAT = "DD-MM-YYYY"
DATE_MIN = dt.date(1990, 1, 1)
DATE_MAX = dt.date(2100, 12, 31)
ERRORS_KEY = "fact_editor_errors"
SYNCED_KEY = "fact_editor_synced_version"
ROWS_KEY = "fact_editor_period_rows"
SENTINEL_KEY = "fact_verlenging_weken"  # a widget key: gone after a page switch, so re-fill

# How each fact is edited.
PERIODS, RANGE, WEEKS, DATE, CHOICE, DONE = "periods", "range", "weeks", "date", "choice", "done"
MAX_WEEKS = {"verlenging_weken": 520, "loonsanctie_weken": 52}
KINDS: dict[str, str] = {
    "ziekteperiodes": PERIODS,
    "zwangerschapsverlof": RANGE,
    **dict.fromkeys(MAX_WEEKS, WEEKS),
    **dict.fromkeys(DATE_FACTS, DATE),
    **dict.fromkeys(CHOICE_FACTS, CHOICE),
    "melding_42e_gedaan": DONE,
}
# A recovery the rules read ("volledig hersteld") may be chosen too; the second reader may not.
_EXTRA_CHOICES = {"oordeel_bedrijfsarts": frozenset({"volledig_hersteld"})}
_YES_NO = (EMPTY, "ja", "nee")


def choice_options(name: str) -> tuple[str, ...]:
    """The stored values a choice fact offers, in VALUE_LABELS order (first: unknown)."""
    allowed = CHOICE_FACTS.get(name, frozenset()) | _EXTRA_CHOICES.get(name, frozenset())
    return (EMPTY, *(value for value in VALUE_LABELS if value in allowed))


def label_of(value: str) -> str:
    """A stored choice value in Dutch ("onbekend" for none)."""
    return "onbekend" if value == EMPTY else VALUE_LABELS.get(value, value)


def _iso(value: object) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        return None


def _errors() -> dict[str, str]:
    found: dict[str, str] = st.session_state.setdefault(ERRORS_KEY, {})
    return found


def field_error(name: str) -> str | None:
    """The Dutch error an edit of this fact left, if any."""
    return _errors().get(name)


def apply(
    name: str, value: object, today: dt.date, *, show_here: bool = True, retry: bool = True
) -> str | None:
    """Store an edit ("aangepast in de app"), or return the Dutch reason it cannot be stored.

    None (or "") removes the fact. An edit that makes the case impossible for the calculator is
    refused; a problem the case already had does not block other edits. With `show_here`, a
    refusal is shown at this fact's field in the editor (the panel's own fields show their own).
    After a stored edit, fields still holding a refused entry are tried again (a leave that
    fits once the sick period after it is given).
    """
    current = case_state.dossier()
    if value is None or value == "":
        candidate = current.without(name)
    else:
        candidate = current.with_fact(Fact(name, value, case_state.EDIT_SOURCE))
    found = case_state.case_problem(today, candidate)
    if found is not None and found != case_state.case_problem(today, current):
        if show_here:
            _errors()[name] = found
        return found
    _errors().pop(name, None)
    case_state.set_dossier(candidate)
    st.session_state[SYNCED_KEY] = case_state.version()  # the widgets already show the edit
    if retry:
        _retry_refused(today)
    return None


def _retry_refused(today: dt.date) -> None:
    for other in list(_errors()):
        value: object
        if other == "ziekteperiodes":
            value, error = _periods_value(_period_rows())
        else:
            value, error = _widget_value(other)
        if error is None:
            apply(other, value, today, retry=False)


def _period_rows() -> list[tuple[dt.date | None, dt.date | None]]:
    rows = int(st.session_state.get(ROWS_KEY, 0))
    return [
        (
            st.session_state.get(f"fact_period_{i}_start"),
            st.session_state.get(f"fact_period_{i}_end"),
        )
        for i in range(rows)
    ]


def _show_periods(periods: list[list[str | None]]) -> None:
    st.session_state[ROWS_KEY] = len(periods)
    for i, (start, end) in enumerate(periods):
        st.session_state[f"fact_period_{i}_start"] = _iso(start)
        st.session_state[f"fact_period_{i}_end"] = _iso(end) if end else None


def _periods_value(
    rows: list[tuple[dt.date | None, dt.date | None]],
) -> tuple[list[list[str | None]] | None, str | None]:
    """The stored periods for the rows (sorted by start), or the Dutch error of a row."""
    periods: list[list[str | None]] = []
    for number, (start, end) in enumerate(rows, start=1):
        if start is None:
            return None, f"Vul bij ziekteperiode {number} de eerste ziektedag in."
        if end is not None and end < start:
            return None, (
                f"Ziekteperiode {number} eindigt op {format_date(end)}, vóór haar eerste "
                f"ziektedag {format_date(start)}."
            )
        periods.append([start.isoformat(), end.isoformat() if end else None])
    return sorted(periods, key=lambda p: str(p[0])) or None, None


def _store_periods(rows: list[tuple[dt.date | None, dt.date | None]], today: dt.date) -> None:
    value, error = _periods_value(rows)
    if error is not None:
        _errors()["ziekteperiodes"] = error
        return
    if apply("ziekteperiodes", value, today) is None:
        _show_periods(value or [])


def _period_edited(today: dt.date) -> None:
    _store_periods(_period_rows(), today)


def _add_period() -> None:
    rows = int(st.session_state.get(ROWS_KEY, 0))
    st.session_state[f"fact_period_{rows}_start"] = None
    st.session_state[f"fact_period_{rows}_end"] = None
    st.session_state[ROWS_KEY] = rows + 1


def _remove_period(index: int, today: dt.date) -> None:
    rows = _period_rows()
    del rows[index]
    for i, (start, end) in enumerate(rows):
        st.session_state[f"fact_period_{i}_start"] = start
        st.session_state[f"fact_period_{i}_end"] = end
    st.session_state[ROWS_KEY] = len(rows)
    _store_periods(rows, today)


def _range_value(name: str) -> tuple[object, str | None]:
    start = st.session_state.get(f"fact_{name}_start")
    end = st.session_state.get(f"fact_{name}_end")
    if start is None and end is None:
        return None, None
    if start is None or end is None:
        return None, "Vul bij het verlof de eerste én de laatste verlofdag in."
    return [start.isoformat(), end.isoformat()], None


def _widget_value(name: str) -> tuple[object, str | None]:
    """The value the widgets of a fact show, or the Dutch error of an incomplete entry."""
    kind = KINDS.get(name, DATE)
    state = st.session_state
    if kind == RANGE:
        return _range_value(name)
    if kind == WEEKS:
        weeks = state.get(f"fact_{name}")
        return (int(weeks) if weeks else None), None
    if kind == DATE:
        day = state.get(f"fact_{name}")
        return (day.isoformat() if isinstance(day, dt.date) else None), None
    if kind == DONE:  # a date says it was done; "nee" wins over a date left in the field
        day = state.get(f"fact_{name}_date")
        if isinstance(day, dt.date) and state.get(f"fact_{name}") != "nee":
            return day.isoformat(), None
    choice = str(state.get(f"fact_{name}", EMPTY))
    return (None if choice == EMPTY else choice), None


def _edited(name: str, today: dt.date) -> None:
    value, error = _widget_value(name)
    if error is not None:
        _errors()[name] = error
        return
    if apply(name, value, today) is None:
        _fill(name, case_state.dossier())  # e.g. a date given: the choice shows "ja"


def _remove(name: str, today: dt.date) -> None:
    if apply(name, None, today) is None:
        _fill(name, case_state.dossier())


def _fill(name: str, dossier: Dossier) -> None:
    """Put the dossier's value of one fact into its widgets."""
    value = dossier.get(name)
    kind = KINDS.get(name, DATE)
    state = st.session_state
    if kind == PERIODS:
        _show_periods(value if isinstance(value, list) else [])
    elif kind == RANGE:
        pair = value if isinstance(value, list) and len(value) == 2 else [None, None]
        state[f"fact_{name}_start"] = _iso(pair[0]) if pair[0] else None
        state[f"fact_{name}_end"] = _iso(pair[1]) if pair[1] else None
    elif kind == WEEKS:
        state[f"fact_{name}"] = value if isinstance(value, int) and value > 0 else None
    elif kind == DATE:
        state[f"fact_{name}"] = _iso(value) if value else None
    elif kind == DONE:
        day = _iso(value) if value else None
        state[f"fact_{name}"] = "ja" if day else (str(value) if value in _YES_NO else EMPTY)
        state[f"fact_{name}_date"] = day
    else:
        text = str(value) if value is not None else EMPTY
        state[f"fact_{name}"] = text if text in choice_options(name) else EMPTY


def _sync() -> None:
    """Re-fill every widget when the dossier changed elsewhere (chat, panel, Termijnen)."""
    synced = st.session_state.get(SYNCED_KEY) == case_state.version()
    if synced and SENTINEL_KEY in st.session_state:
        return
    current = case_state.dossier()
    for name in FACT_LABELS:
        _fill(name, current)
    _errors().clear()
    st.session_state[SYNCED_KEY] = case_state.version()


def _date_field(label: str, key: str, name: str, today: dt.date) -> None:
    st.date_input(
        label,
        key=key,
        min_value=DATE_MIN,
        max_value=DATE_MAX,
        format=DATE_FORMAT,
        on_change=_edited,
        args=(name, today),
    )


def _periods_editor(today: dt.date) -> None:
    st.markdown(f"**{FACT_LABELS['ziekteperiodes']}**")
    for i in range(int(st.session_state.get(ROWS_KEY, 0))):
        with st.container(horizontal=True, gap="small", vertical_alignment="bottom"):
            for part, label in (("start", f"Periode {i + 1}: ziek vanaf"), ("end", "t/m")):
                st.date_input(
                    label,
                    key=f"fact_period_{i}_{part}",
                    min_value=DATE_MIN,
                    max_value=DATE_MAX,
                    format=DATE_FORMAT,
                    on_change=_period_edited,
                    args=(today,),
                    help="Leeg laten zolang de periode nog loopt." if part == "end" else None,
                )
            st.button(
                "Verwijder",
                key=f"remove_period_{i}",
                icon=":material/delete:",
                help=f"Verwijder periode {i + 1}",
                on_click=_remove_period,
                args=(i, today),
            )
    st.button(
        "Periode toevoegen",
        key="add_period",
        icon=":material/add:",
        type="tertiary",
        on_click=_add_period,
    )


def _fact_editor(name: str, today: dt.date) -> None:
    kind = KINDS.get(name, DATE)
    label = FACT_LABELS[name]
    if kind == PERIODS:
        _periods_editor(today)
    elif kind == RANGE:
        st.markdown(f"**{label}**")
        with st.container(horizontal=True, gap="small"):
            _date_field("Eerste verlofdag", f"fact_{name}_start", name, today)
            _date_field("Laatste verlofdag", f"fact_{name}_end", name, today)
    elif kind == WEEKS:
        st.number_input(
            label,
            key=f"fact_{name}",
            min_value=0,
            max_value=MAX_WEEKS[name],
            step=1,
            on_change=_edited,
            args=(name, today),
        )
    elif kind == DATE:
        _date_field(label, f"fact_{name}", name, today)
    elif kind == DONE:
        with st.container(horizontal=True, gap="small"):
            st.selectbox(
                label,
                _YES_NO,
                key=f"fact_{name}",
                format_func=label_of,
                on_change=_edited,
                args=(name, today),
            )
            _date_field("Gedaan op (optioneel)", f"fact_{name}_date", name, today)
    else:
        st.selectbox(
            label,
            choice_options(name),
            key=f"fact_{name}",
            format_func=label_of,
            on_change=_edited,
            args=(name, today),
        )
    error = _errors().get(name)
    if error:
        st.error(error)
    if name in case_state.dossier().facts and kind != PERIODS:
        st.button(
            f"Verwijder: {label}",
            key=f"remove_{name}",
            icon=":material/delete:",
            type="tertiary",
            on_click=_remove,
            args=(name, today),
        )


def render(today: dt.date, *, skip: frozenset[str] = frozenset()) -> None:
    """An expander with an editor for every fact of FACT_LABELS (except those in `skip`)."""
    _sync()
    with st.expander("Alle gegevens bewerken"):
        st.caption("Een wijziging geldt meteen voor het volgende antwoord en de termijnen.")
        for name in FACT_LABELS:
            if name not in skip:
                _fact_editor(name, today)
