"""Streamlit page 'Termijnen': the user enters the sick periods and sees every milestone.

Layer: UI. Only renders; the calculator computes. Case facts stay in this session's widgets,
nothing is logged or stored, and no diagnosis is asked for.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
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
from spoorwijzer.exports.calendar import build_calendar
from spoorwijzer.language.dutch_dates import (
    DateInputError,
    format_date_long,
    format_date_short,
    parse_date_range,
    parse_dutch_date,
)
from spoorwijzer.ui.texts import DISCLAIMER

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
    st.download_button(
        "Zet de termijnen in je agenda (.ics)",
        data=build_calendar(report, created=datetime.now(UTC)),
        file_name="poortwachter-termijnen.ics",
        mime="text/calendar",
    )


def render(settings: Settings) -> None:
    """Render the deadline page."""
    st.title("Poortwachter-termijnen")
    st.caption(DISCLAIMER)
    form, submitted = _read_form()
    if not submitted:
        st.info("Vul de eerste ziektedag in en kies 'Bereken termijnen'.")
        return
    today: date = today_in(settings.timezone)
    try:
        report = compute_deadlines(parse_form(form), today=today)
    except (DateInputError, DeadlineInputError) as error:
        st.error(str(error))
        return
    _show_report(report)
