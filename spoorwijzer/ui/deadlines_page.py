"""Streamlit page 'Termijnen': the user enters the sick periods and sees every milestone.

Layer: UI. Only renders; the calculator computes. The form shares the session's dossier with
the chat (a first sick day told in the chat fills the form; a submitted form fills the
dossier) and survives switching pages. Nothing is logged or stored; no diagnosis is asked.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import streamlit as st

from spoorwijzer.clock import today_in
from spoorwijzer.config import Settings
from spoorwijzer.deadlines import (
    CaseFacts,
    DeadlineInputError,
    DeadlineReport,
    Leave,
    SickPeriod,
    compute_deadlines,
    parse_sick_period,
)
from spoorwijzer.exports.case_status import counted_sick_days, milestone_views
from spoorwijzer.language.dutch_dates import (
    DateInputError,
    format_date,
    format_date_long,
    format_date_short,
    parse_date_range,
    parse_dutch_date,
)
from spoorwijzer.ui import case_state, exports_panel, timeline
from spoorwijzer.ui.texts import DISCLAIMER
from spoorwijzer.understanding.dossier import FACT_LABELS, Fact

FORM_KEY = "termijnen_form"
SYNC_KEY = "termijnen_synced_version"
_PHONE_TABLE = """
<style>
@media (max-width: 640px) {
  [data-testid="stTable"] table { table-layout: fixed; width: 100%; font-size: 0.8rem; }
  [data-testid="stTable"] td, [data-testid="stTable"] th { overflow-wrap: anywhere; }
}
</style>
"""

DATE_HELP = "Bijvoorbeeld 6 januari 2025, 06-01-2025 of 2025-01-06."

# Optional date fields: (widget key, label, CaseFacts field).
OPTIONAL_DATES = (
    ("pa", "Datum probleemanalyse", "probleemanalyse"),
    ("eje", "Datum eerstejaarsevaluatie (als die al is gehouden)", "eerstejaarsevaluatie"),
    ("brief", "Datum ontvangst WIA-brief van UWV", "uwv_brief"),
    ("wia", "Datum WIA-aanvraag (als die al is gedaan)", "wia_aangevraagd"),
    ("iva", "Datum aanvraag vervroegde IVA", "iva_aanvraag"),
    ("aow", "Datum waarop de werknemer AOW-gerechtigd wordt", "aow_datum"),
    ("einde", "Laatste dag van het dienstverband", "einde_dienstverband"),
    ("melding42", "Datum waarop de 42e-weeksmelding is gedaan", "melding_42e_gedaan"),
    ("besluit", "Datum besluit van UWV over de loonsanctie", "loonsanctie_besluit"),
    ("herstel_gemeld", "Datum melding herstel van de tekortkoming", "herstel_gemeld"),
    ("herstel_vastgesteld", "Datum waarop UWV het herstel vaststelde", "herstel_vastgesteld"),
)


@dataclass(frozen=True, slots=True)
class DeadlineForm:
    """What the user typed, as text, before parsing."""

    first_day: str
    earlier_periods: str
    leave: str
    leave_other_cause: bool
    verlenging_weken: int
    loonsanctie_weken: int
    optional_dates: dict[str, str]
    eigenrisicodrager_zw: bool = False


def parse_form(form: DeadlineForm) -> CaseFacts:
    """Turn the typed form into case facts.

    Raises:
        DateInputError: A date or period cannot be read.
        DeadlineInputError: Nothing was entered.
    """
    periods = [
        parse_sick_period(line) for line in form.earlier_periods.splitlines() if line.strip()
    ]
    if form.first_day.strip():
        periods.append(SickPeriod(parse_dutch_date(form.first_day)))
    if not periods:
        raise DeadlineInputError("Vul de eerste ziektedag in.")
    leave = None
    if form.leave.strip():
        start, end = parse_date_range(form.leave)
        if end is None:
            raise DateInputError("Vul bij het verlof ook de laatste verlofdag in.")
        leave = Leave(start, end, same_cause=not form.leave_other_cause)
    optional: dict[str, Any] = {
        field: parse_dutch_date(form.optional_dates[key])
        for key, _, field in OPTIONAL_DATES
        if form.optional_dates.get(key, "").strip()
    }
    return CaseFacts(
        periods=tuple(periods),
        leave=leave,
        verlenging_weken=form.verlenging_weken,
        loonsanctie_weken=form.loonsanctie_weken,
        eigenrisicodrager_zw=form.eigenrisicodrager_zw,
        **optional,
    )


def _read_form() -> tuple[DeadlineForm, bool]:
    with st.form("termijnen"):
        first_day = st.text_input(
            "Eerste ziektedag (van de huidige ziekteperiode)",
            key="first_day",
            help=DATE_HELP,
            placeholder="bijv. 6 januari 2025",
        )
        earlier = st.text_area(
            "Eerdere ziekteperiodes (optioneel, één per regel: VAN t/m TOT)",
            key="earlier_periods",
            placeholder="3 februari 2025 t/m 9 maart 2025",
            help="Periodes met minder dan 4 weken herstel ertussen worden samengeteld. Alleen een "
            "datum (zonder TOT) is een periode die nog loopt.",
        )
        with st.expander("Meer gegevens (optioneel)"):
            leave = st.text_input(
                "Zwangerschaps- en bevallingsverlof (VAN t/m TOT)",
                key="leave",
                placeholder="1 juli 2025 t/m 20 oktober 2025",
            )
            other_cause = st.checkbox(
                "De ziekte na het verlof heeft een andere oorzaak", key="leave_other_cause"
            )
            verlenging = st.number_input(
                "Vrijwillige verlenging (weken)", min_value=0, max_value=520, step=1, key="verl"
            )
            sanctie = st.number_input(
                "Loonsanctie (weken)", min_value=0, max_value=52, step=1, key="sanctie"
            )
            optional = {
                key: st.text_input(label, key=f"opt_{key}", help=DATE_HELP)
                for key, label, _ in OPTIONAL_DATES
            }
            erd = st.checkbox("De werkgever is eigenrisicodrager voor de Ziektewet", key="erd_zw")
        submitted = st.form_submit_button("Bereken termijnen", type="primary")
    form = DeadlineForm(
        first_day=first_day,
        earlier_periods=earlier,
        leave=leave,
        leave_other_cause=other_cause,
        verlenging_weken=int(verlenging),
        loonsanctie_weken=int(sanctie),
        optional_dates=optional,
        eigenrisicodrager_zw=erd,
    )
    return form, submitted


def _show_report(report: DeadlineReport) -> None:
    st.subheader(f"Termijnen vanaf eerste ziektedag {format_date_long(report.eerste_ziektedag)}")
    rows = [
        {
            "Mijlpaal": m.label,
            "Datum": format_date_short(m.date),
            "Soort": str(m.kind),
            "Status": str(m.status),
            "Grondslag": m.basis,
        }
        for m in report.milestones
    ]
    st.table(rows)
    with st.expander("Toelichting per mijlpaal", expanded=True):
        for m in report.milestones:
            if m.note:
                st.markdown(f"**{m.label}** ({format_date_short(m.date)}): {m.note}")
    st.markdown("**Telling van de ziekteperiodes**")
    for step in report.counting:
        st.markdown(f"- {step.explanation}")
    st.markdown("**Let op**")
    for note in report.notes:
        st.markdown(f"- {note}")


def _iso(value: object) -> date | None:
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        return None


def _fill_from_case() -> None:
    """Fill the widgets from the saved form and the dossier when either changed."""
    if st.session_state.get(SYNC_KEY) == case_state.version() and "first_day" in st.session_state:
        return
    saved = st.session_state.get(FORM_KEY)
    if isinstance(saved, DeadlineForm):
        st.session_state["first_day"] = saved.first_day
        st.session_state["earlier_periods"] = saved.earlier_periods
        st.session_state["leave"] = saved.leave
        st.session_state["leave_other_cause"] = saved.leave_other_cause
        st.session_state["verl"] = saved.verlenging_weken
        st.session_state["sanctie"] = saved.loonsanctie_weken
        st.session_state["erd_zw"] = saved.eigenrisicodrager_zw
        for key, value in saved.optional_dates.items():
            st.session_state[f"opt_{key}"] = value
    dossier = case_state.dossier()
    periods = dossier.get("ziekteperiodes")
    if isinstance(periods, list) and periods:
        last = periods[-1]
        ongoing = last[1] is None
        earlier = periods[:-1] if ongoing else periods
        st.session_state["first_day"] = (
            format_date(date.fromisoformat(str(last[0]))) if ongoing else ""
        )
        st.session_state["earlier_periods"] = "\n".join(
            format_date(date.fromisoformat(str(start)))
            + (f" t/m {format_date(date.fromisoformat(str(end)))}" if end else "")
            for start, end in earlier
        )
    for key, _, field in OPTIONAL_DATES:
        day = _iso(dossier.get(field)) if field in FACT_LABELS else None
        if day is not None:
            st.session_state[f"opt_{key}"] = format_date(day)
    for key, field in (("verl", "verlenging_weken"), ("sanctie", "loonsanctie_weken")):
        weeks = dossier.get(field)
        if isinstance(weeks, int):
            st.session_state[key] = weeks
    leave = dossier.get("zwangerschapsverlof")
    if isinstance(leave, list) and len(leave) == 2 and all(_iso(day) for day in leave):
        first, last = (date.fromisoformat(str(day)) for day in leave)
        st.session_state["leave"] = f"{format_date(first)} t/m {format_date(last)}"
    if dossier.get("eigenrisicodrager_zw") in ("ja", "nee"):
        st.session_state["erd_zw"] = dossier.get("eigenrisicodrager_zw") == "ja"
    st.session_state[SYNC_KEY] = case_state.version()


def _save_to_case(form: DeadlineForm, facts: CaseFacts) -> None:
    """Put the submitted form into the session's dossier (and keep the form for later)."""
    st.session_state[FORM_KEY] = form
    dossier = case_state.dossier()
    periods = [
        [p.first_day.isoformat(), p.last_day.isoformat() if p.last_day else None]
        for p in facts.periods
    ]
    dossier = dossier.with_fact(Fact("ziekteperiodes", periods, case_state.EDIT_SOURCE))
    for key, _, field in OPTIONAL_DATES:
        if field not in FACT_LABELS:
            continue
        value = getattr(facts, field)
        if value is not None:
            dossier = dossier.with_fact(Fact(field, value.isoformat(), case_state.EDIT_SOURCE))
        elif _iso(dossier.get(field)) is not None and not form.optional_dates.get(key):
            dossier = dossier.without(field)
    for field, weeks in (
        ("verlenging_weken", facts.verlenging_weken),
        ("loonsanctie_weken", facts.loonsanctie_weken),
    ):
        dossier = (
            dossier.with_fact(Fact(field, weeks, case_state.EDIT_SOURCE))
            if weeks
            else dossier.without(field)
        )
    if facts.leave is not None:
        days = [facts.leave.first_day.isoformat(), facts.leave.last_day.isoformat()]
        dossier = dossier.with_fact(Fact("zwangerschapsverlof", days, case_state.EDIT_SOURCE))
    else:
        dossier = dossier.without("zwangerschapsverlof")
    if form.eigenrisicodrager_zw or dossier.get("eigenrisicodrager_zw") == "ja":
        erd = "ja" if form.eigenrisicodrager_zw else "nee"
        dossier = dossier.with_fact(Fact("eigenrisicodrager_zw", erd, case_state.EDIT_SOURCE))
    case_state.set_dossier(dossier)
    st.session_state[SYNC_KEY] = case_state.version()  # the widgets already show these values


def render(settings: Settings) -> None:
    """Render the deadline page."""
    st.html(_PHONE_TABLE)
    st.title("Poortwachter-termijnen")
    st.caption(DISCLAIMER)
    _fill_from_case()
    form, submitted = _read_form()
    known = submitted or FORM_KEY in st.session_state or case_state.dossier().first_sick_day
    if not known:
        st.info("Vul de eerste ziektedag in en kies 'Bereken termijnen'.")
        return
    today: date = today_in(settings.timezone)
    try:
        facts = parse_form(form)
        report = compute_deadlines(facts, today=today)
    except (DateInputError, DeadlineInputError) as error:
        st.error(str(error))
        return
    if submitted:
        _save_to_case(form, facts)
    _show_report(report)
    views = milestone_views(report, facts.periods)
    timeline.render(views, counted_sick_days(report, facts.periods, today) / 7)
    exports_panel.render(
        today, key="termijnen_export", computed=case_state.CaseReport(report, facts.periods)
    )
