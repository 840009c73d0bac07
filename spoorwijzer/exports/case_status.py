"""Where a case stands today: milestone statuses for the app, the sick week and the "Nu" view.

Layer: exports (pure). Reads the calculator's report; computes no legal date of its own.
The statuses refine the calculator's (verstreken / binnen 4 weken / later) with "deze week"
(within 7 days) and "vervallen" (the duty lapsed with the end of the employment).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from spoorwijzer.deadlines import DeadlineReport, Kind, MilestoneDate, SickPeriod
from spoorwijzer.deadlines.counting import compute_counted_periods

WACHTTIJD_WEKEN = 104
STATUS_ORDER = ("verstreken", "deze week", "binnen 4 weken", "later", "vervallen")
KIND_LABELS = {
    Kind.WETTELIJK: "wettelijk",
    Kind.UWV_PRAKTIJK: "UWV-praktijk",
    Kind.INFORMATIEF: "informatief",
}
# What an employer does when a duty's date has passed without it being done (facts doc 2.x).
LATE_ACTIONS: dict[str, str] = {
    "probleemanalyse_uiterlijk": "laat de bedrijfsarts de probleemanalyse direct alsnog maken",
    "plan_van_aanpak_uiterlijk": "stel direct samen met de werknemer het plan van aanpak op",
    "melding_42e_week_uiterlijk": "meld de ziekte direct bij UWV; een te late melding kan een "
    "boete geven (geen loonsanctie)",
    "eerstejaarsevaluatie_uiterlijk": "houd de eerstejaarsevaluatie zo snel mogelijk en beslis "
    "over spoor 2",
    "spoor2_uiterlijk_gestart": "start spoor 2 direct als terugkeer in de eigen organisatie niet "
    "in zicht is; een te late start is een veelvoorkomende reden voor een loonsanctie",
    "reintegratieverslag_eindevaluatie_uiterlijk": "maak de eindevaluatie en het "
    "re-integratieverslag direct af",
    "wia_aanvraag_uiterlijk": "de werknemer vraagt de WIA direct aan; te laat aanvragen verlengt "
    "de loondoorbetaling met de vertraging",
}
_SOON_ACTIONS: dict[str, str] = {
    "probleemanalyse_uiterlijk": "plan de probleemanalyse met de bedrijfsarts",
    "plan_van_aanpak_uiterlijk": "stel het plan van aanpak op",
    "melding_42e_week_uiterlijk": "doe de 42e-weeksmelding bij UWV",
    "eerstejaarsevaluatie_uiterlijk": "plan de eerstejaarsevaluatie en bespreek spoor 2",
    "spoor2_uiterlijk_gestart": "zorg dat spoor 2 loopt",
    "reintegratieverslag_eindevaluatie_uiterlijk": "maak het re-integratieverslag klaar",
    "wia_aanvraag_uiterlijk": "help de werknemer de WIA op tijd aan te vragen",
}


@dataclass(frozen=True, slots=True)
class MilestoneView:
    """One milestone as the app shows it: status, days left and its place on the 104 weeks."""

    key: str
    label: str
    date: dt.date
    kind: str
    status: str
    days_left: int
    week: float
    basis: str
    note: str

    @property
    def is_duty(self) -> bool:
        """True for a date the employer (or employee) must act by: not informatief."""
        return self.kind != KIND_LABELS[Kind.INFORMATIEF]


@dataclass(frozen=True, slots=True)
class PassedDuty:
    """A duty whose date has passed, with what to do now."""

    milestone: MilestoneView
    action: str


@dataclass(frozen=True, slots=True)
class NowView:
    """The case today: sick week, next deadline, passed duties and a short to-do list."""

    today: dt.date
    sick_week: int
    total_weeks: int
    next_deadline: MilestoneView | None
    passed: tuple[PassedDuty, ...]
    todo: tuple[str, ...]


def milestone_status(milestone: MilestoneDate, today: dt.date) -> str:
    """The app's status word for a milestone on `today`."""
    if milestone.lapsed:
        return "vervallen"
    days = (milestone.date - today).days
    if days < 0:
        return "verstreken"
    if days <= 7:
        return "deze week"
    if days <= 28:
        return "binnen 4 weken"
    return "later"


def counted_sick_days(report: DeadlineReport, periods: tuple[SickPeriod, ...], on: dt.date) -> int:
    """Sick days counted from the first sick day up to and including `on` (gaps left out)."""
    chain = compute_counted_periods(periods)
    start = report.eerste_ziektedag
    if on < start:
        return 0
    return (on - start).days + 1 - chain.interruption_days_before(on)


def milestone_views(
    report: DeadlineReport, periods: tuple[SickPeriod, ...]
) -> tuple[MilestoneView, ...]:
    """Every milestone of the report with the app's status and its week on the 104-week axis."""
    return tuple(
        MilestoneView(
            key=m.key,
            label=m.label,
            date=m.date,
            kind=KIND_LABELS[m.kind],
            status=milestone_status(m, report.today),
            days_left=(m.date - report.today).days,
            week=round(counted_sick_days(report, periods, m.date) / 7, 1),
            basis=m.basis,
            note=m.note or "",
        )
        for m in report.milestones
    )


def now_view(
    report: DeadlineReport, periods: tuple[SickPeriod, ...], *, done: frozenset[str] = frozenset()
) -> NowView:
    """The "Nu" view of a case: computed from the report only, never an invented date.

    Args:
        report: The calculator's report (its `today` is the reference day).
        periods: The sick periods the report was computed from.
        done: Milestone keys the user said are done (see `done_keys`).
    """
    views = milestone_views(report, periods)
    today = report.today
    week = -(-counted_sick_days(report, periods, today) // 7)  # ceil: day 1..7 is week 1
    duties = sorted(
        (v for v in views if v.is_duty and v.status != "vervallen" and v.key not in done),
        key=lambda v: v.date,
    )
    upcoming = [v for v in duties if v.days_left >= 0]
    passed = tuple(
        PassedDuty(v, LATE_ACTIONS[v.key])
        for v in duties
        if v.days_left < 0 and v.key in LATE_ACTIONS
    )
    todo = [f"Nog niet gedaan? {p.action[0].upper()}{p.action[1:]}." for p in passed]
    for view in upcoming:
        if view.status in ("deze week", "binnen 4 weken") and view.key in _SOON_ACTIONS:
            action = _SOON_ACTIONS[view.key]
            todo.append(f"{action[0].upper()}{action[1:]} (nog {view.days_left} dagen).")
    if not todo and upcoming:
        todo.append(f"Geen termijn binnen 4 weken; de volgende is: {upcoming[0].label}.")
    return NowView(
        today=today,
        sick_week=max(week, 0),
        total_weeks=WACHTTIJD_WEKEN,
        next_deadline=upcoming[0] if upcoming else None,
        passed=passed,
        todo=tuple(todo[:5]),
    )


# Dossier facts that mean a duty was done, and the milestone they close.
DONE_FACTS = {
    "probleemanalyse": "probleemanalyse_uiterlijk",
    "melding_42e_gedaan": "melding_42e_week_uiterlijk",
    "eerstejaarsevaluatie": "eerstejaarsevaluatie_uiterlijk",
    "wia_aangevraagd": "wia_aanvraag_uiterlijk",
}


def done_keys(facts: dict[str, object]) -> frozenset[str]:
    """The milestone keys closed by the case facts (fact name -> value; empty values skipped)."""
    return frozenset(
        key for name, key in DONE_FACTS.items() if facts.get(name) not in (None, "", "nee")
    )
