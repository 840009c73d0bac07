"""Value types of the deadline calculator: its input (case facts) and its output (milestones).

Layer: pure. Imports only the standard library.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum


class DeadlineInputError(ValueError):
    """Case facts the calculator cannot accept; the message is Dutch and shown to the user."""


class Kind(StrEnum):
    """How binding a milestone is."""

    WETTELIJK = "wettelijk"
    UWV_PRAKTIJK = "uwv-praktijk"
    INFORMATIEF = "informatief"


class Status(StrEnum):
    """Where a milestone stands relative to `today`."""

    VERSTREKEN = "verstreken"
    BINNEN_4_WEKEN = "binnen 4 weken"
    LATER = "later"


@dataclass(frozen=True, slots=True)
class SickPeriod:
    """One uninterrupted period of sickness for the own work.

    `last_day` is the last sick day; None means the period is still ongoing.
    """

    first_day: dt.date
    last_day: dt.date | None = None


@dataclass(frozen=True, slots=True)
class Leave:
    """Zwangerschaps- en bevallingsverlof between two sick periods (first and last day)."""

    first_day: dt.date
    last_day: dt.date
    same_cause: bool = True


@dataclass(frozen=True, slots=True)
class CaseFacts:
    """Everything the calculator needs about one employee's sickness.

    Every field except `periods` is optional; each one changes only the milestones it concerns.
    """

    periods: tuple[SickPeriod, ...]
    leave: Leave | None = None
    verlenging_weken: int = 0
    loonsanctie_weken: int = 0
    probleemanalyse: dt.date | None = None
    eerstejaarsevaluatie: dt.date | None = None
    uwv_brief: dt.date | None = None
    wia_aangevraagd: dt.date | None = None
    iva_aanvraag: dt.date | None = None
    aow_datum: dt.date | None = None
    einde_dienstverband: dt.date | None = None
    melding_42e_gedaan: dt.date | None = None
    loonsanctie_besluit: dt.date | None = None
    herstel_gemeld: dt.date | None = None
    herstel_vastgesteld: dt.date | None = None
    eigenrisicodrager_zw: bool = False


@dataclass(frozen=True, slots=True)
class MilestoneDate:
    """One computed Poortwachter milestone.

    `lapsed` is True when the employer's duty ends with the employment before this date
    ("vervalt met het einde van het dienstverband"); answers leave such milestones out of the
    employer's deadlines.
    """

    key: str
    date: dt.date
    label: str
    basis: str
    kind: Kind
    status: Status
    window_start: dt.date | None = None
    window_end: dt.date | None = None
    non_working_day: str | None = None
    note: str | None = None
    counted_day: int | None = None
    lapsed: bool = False

    @property
    def applies_to_employer(self) -> bool:
        """False when the milestone lapsed with the end of the employment (ziek uit dienst)."""
        return not self.lapsed


@dataclass(frozen=True, slots=True)
class CountingStep:
    """How one sick period was treated when the periods were added up."""

    period: SickPeriod
    gap_days: int | None
    added_up: bool
    explanation: str


@dataclass(frozen=True, slots=True)
class DeadlineReport:
    """The calculator's whole answer for one case."""

    eerste_ziektedag: dt.date
    today: dt.date
    milestones: tuple[MilestoneDate, ...]
    counting: tuple[CountingStep, ...]
    notes: tuple[str, ...] = field(default_factory=tuple)

    def get(self, key: str) -> MilestoneDate | None:
        """Return the milestone with this canonical key, or None when it does not apply."""
        return next((m for m in self.milestones if m.key == key), None)

    def dates(self) -> dict[str, dt.date]:
        """Return {canonical key: date} for every milestone."""
        return {m.key: m.date for m in self.milestones}
