"""Samentelling: turn sick periods (and pregnancy leave) into counted sick days.

Layer: pure. Rules (poortwachter-facts.md §0, §2.1, §2.2):
- Sick periods that follow each other with an interruption of fewer than 28 days are added up
  (art. 7:629 lid 10 BW, art. 23 lid 3 WIA); the interruption days do not count. An
  interruption of 28 days or more starts a new period with a new eerste ziektedag.
- The interruption runs from the first fit day up to, not including, the new first sick day.
- Periods that directly adjoin zwangerschaps- en bevallingsverlof (last sick day = the day before
  the leave, next sick day = the day after it) with the same cause are added up whatever the
  leave's length; the leave days do not count (amendment A7). Otherwise the ordinary rule applies
  and the leave counts in the interruption, in calendar days.
- Beyond the last known sick day the count assumes the sickness simply continues.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import date, timedelta

from spoorwijzer.deadlines.model import CountingStep, DeadlineInputError, Leave, SickPeriod
from spoorwijzer.language.dutch_dates import format_date

SAMENTELLING_GRENS_DAGEN = 28  # "minder dan vier weken": art. 7:629 lid 10 BW; art. 23 lid 3 WIA
FIRST_SUPPORTED_DAY = date(2013, 7, 1)  # Verzamelwet SZW 2013: current art. 64 WIA regime


@dataclass(frozen=True, slots=True)
class CountedPeriods:
    """The chain of added-up sick periods that the milestones are counted over."""

    periods: tuple[SickPeriod, ...]
    steps: tuple[CountingStep, ...]
    leave_in_chain: Leave | None

    @property
    def eerste_ziektedag(self) -> date:
        """The first sick day of the chain: D in every D+x rule."""
        return self.periods[0].first_day

    def date_of_counted_day(self, number: int) -> date:
        """Return the calendar date on which the running count of sick days reaches `number`.

        Args:
            number: Counted sick day, 1 = the eerste ziektedag.

        Returns:
            The date; past the last known sick day the sickness is assumed to continue.
        """
        remaining = number
        last = self.periods[-1]
        for period in self.periods:
            if period.last_day is None:
                return period.first_day + timedelta(days=remaining - 1)
            length = (period.last_day - period.first_day).days + 1
            if remaining <= length:
                return period.first_day + timedelta(days=remaining - 1)
            remaining -= length
        assert last.last_day is not None  # an ongoing period returned inside the loop
        return last.last_day + timedelta(days=remaining)

    def interruption_days_before(self, day: date) -> int:
        """Return how many calendar days between D and `day` were not counted."""
        total = 0
        for earlier, later in zip(self.periods, self.periods[1:], strict=False):
            assert earlier.last_day is not None  # only the last period can be ongoing
            if later.first_day <= day:
                total += (later.first_day - earlier.last_day).days - 1
        return total


def validate_periods(periods: tuple[SickPeriod, ...], leave: Leave | None) -> None:
    """Check sick periods and leave for impossible combinations.

    Raises:
        DeadlineInputError: With a Dutch message naming the problem.
    """
    if not periods:
        raise DeadlineInputError("Geef minstens één ziekteperiode op (de eerste ziektedag).")
    for period in periods:
        if period.last_day is not None and period.last_day < period.first_day:
            raise DeadlineInputError(
                f"De periode van {format_date(period.first_day)} tot "
                f"{format_date(period.last_day)} eindigt vóór ze begint."
            )
    ordered = sorted(periods, key=lambda p: p.first_day)
    for earlier, later in itertools.pairwise(ordered):
        if earlier.last_day is None:
            raise DeadlineInputError(
                f"De periode vanaf {format_date(earlier.first_day)} loopt nog, maar er volgt een "
                f"latere periode vanaf {format_date(later.first_day)}. Geef een einddatum op."
            )
        if later.first_day <= earlier.last_day:
            raise DeadlineInputError(
                f"De ziekteperiodes overlappen: {format_date(later.first_day)} valt binnen de "
                f"periode {format_date(earlier.first_day)} t/m {format_date(earlier.last_day)}."
            )
    if ordered[0].first_day < FIRST_SUPPORTED_DAY:
        raise DeadlineInputError(
            f"De eerste ziektedag {format_date(ordered[0].first_day)} ligt vóór 1 juli 2013. "
            "Daarvoor golden andere regels (o.a. een WIA-aanvraag 13 weken vóór het einde van de "
            "wachttijd); Spoorwijzer ondersteunt die niet."
        )
    if leave is not None:
        _validate_leave(tuple(ordered), leave)


def _validate_leave(ordered: tuple[SickPeriod, ...], leave: Leave) -> None:
    if leave.last_day < leave.first_day:
        raise DeadlineInputError("Het verlof eindigt vóór het begint.")
    for earlier, later in itertools.pairwise(ordered):
        assert earlier.last_day is not None  # checked by validate_periods
        if earlier.last_day < leave.first_day and leave.last_day < later.first_day:
            return
    raise DeadlineInputError(
        "Het zwangerschaps- en bevallingsverlof moet tussen twee ziekteperiodes liggen "
        "(ziek vóór het verlof, verlof, en daarna weer ziek) en mag er niet mee overlappen."
    )


def compute_counted_periods(
    periods: tuple[SickPeriod, ...], leave: Leave | None = None
) -> CountedPeriods:
    """Add up sick periods into the chain that ends with the latest period.

    Args:
        periods: All sick periods, in any order.
        leave: Optional pregnancy leave between two periods.

    Returns:
        The latest chain of added-up periods with an explanation per period.

    Raises:
        DeadlineInputError: The periods overlap, are reversed or start before 1 July 2013.
    """
    validate_periods(periods, leave)
    ordered = sorted(periods, key=lambda p: p.first_day)
    chain: list[SickPeriod] = [ordered[0]]
    steps: list[CountingStep] = [
        CountingStep(
            ordered[0], None, False, f"Eerste ziektedag {format_date(ordered[0].first_day)}."
        )
    ]
    chain_leave: Leave | None = None
    for earlier, later in itertools.pairwise(ordered):
        assert earlier.last_day is not None  # checked by validate_periods
        gap = (later.first_day - earlier.last_day).days - 1
        between = leave is not None and earlier.last_day < leave.first_day <= later.first_day
        step = _counting_step(earlier, later, gap, leave if between else None)
        steps.append(step)
        if step.added_up:
            chain.append(later)
            if (
                leave is not None
                and between
                and leave.same_cause
                and _adjacent(earlier, later, leave)
            ):
                chain_leave = leave
        else:
            chain = [later]
            chain_leave = None
    return CountedPeriods(tuple(chain), tuple(steps), chain_leave)


def _adjacent(earlier: SickPeriod, later: SickPeriod, leave: Leave) -> bool:
    """True when the last sick day is the day before the leave and the next one the day after."""
    assert earlier.last_day is not None  # checked by validate_periods
    return (
        earlier.last_day + timedelta(days=1) == leave.first_day
        and leave.last_day + timedelta(days=1) == later.first_day
    )


def _counting_step(
    earlier: SickPeriod, later: SickPeriod, gap: int, leave: Leave | None
) -> CountingStep:
    start = format_date(later.first_day)
    fit_from = format_date(earlier.last_day + timedelta(days=1)) if earlier.last_day else ""
    if leave is not None:
        return _leave_step(earlier, later, gap, leave)
    if gap < SAMENTELLING_GRENS_DAGEN:
        return CountingStep(
            later,
            gap,
            True,
            f"Hersteld vanaf {fit_from} en opnieuw ziek vanaf {start}: een onderbreking van {gap} "
            f"dagen, korter dan 4 weken. De periodes worden samengeteld, ongeacht de oorzaak; de "
            f"eerste ziektedag blijft gelijk en de {gap} hersteldagen tellen niet mee "
            "(art. 7:629 lid 10 BW, art. 23 lid 3 WIA).",
        )
    return CountingStep(
        later,
        gap,
        False,
        f"Hersteld vanaf {fit_from} en opnieuw ziek vanaf {start}: een onderbreking van {gap} "
        f"dagen, 4 weken of langer. Er begint een nieuwe periode; {start} is de nieuwe eerste "
        "ziektedag en alle termijnen beginnen opnieuw.",
    )


def _leave_step(earlier: SickPeriod, later: SickPeriod, gap: int, leave: Leave) -> CountingStep:
    """Samentelling across pregnancy leave (A7): only when adjacent and with the same cause."""
    assert earlier.last_day is not None  # checked by validate_periods
    start = format_date(later.first_day)
    leave_days = (leave.last_day - leave.first_day).days + 1
    adjacent = _adjacent(earlier, later, leave)
    if adjacent and leave.same_cause:
        return CountingStep(
            later,
            gap,
            True,
            "Ziek direct vóór en direct na het zwangerschaps- en bevallingsverlof door dezelfde "
            f"oorzaak: de periodes worden samengeteld; de {leave_days} verlofdagen tellen niet "
            "mee (art. 7:629 lid 10 BW, art. 23 lid 3 WIA).",
        )
    if adjacent:
        why = (
            "Na het verlof heeft de ziekte een andere oorzaak: geen samentelling over het verlof "
            "heen."
        )
    else:
        why = (
            f"De ziekte sluit niet direct aan op het zwangerschaps- en bevallingsverlof (laatste "
            f"ziektedag {format_date(earlier.last_day)}, verlof {format_date(leave.first_day)} "
            f"t/m {format_date(leave.last_day)}, weer ziek vanaf {start}). Over het verlof heen "
            "wordt alleen samengeteld als de laatste ziektedag de dag vóór het verlof is en de "
            "ziekte weer begint op de dag na het verlof (art. 7:629 lid 10 BW, art. 23 lid 3 "
            "WIA)."
        )
    rule = (
        f" Dan geldt de gewone regel en telt het verlof mee in de onderbreking: {gap} "
        "kalenderdagen."
    )
    reading = (
        " Sommige bronnen (RVI-register) laten het verlof buiten de 4 weken; Spoorwijzer volgt "
        "de tekst van de wet."
    )
    if gap < SAMENTELLING_GRENS_DAGEN:
        outcome = (
            " Dat is korter dan 4 weken: de periodes worden samengeteld en de eerste ziektedag "
            "blijft gelijk; de dagen van de onderbreking tellen niet mee."
        )
        return CountingStep(later, gap, True, why + rule + outcome + reading)
    outcome = (
        f" Dat is 4 weken of langer: er begint een nieuwe periode; {start} is de nieuwe eerste "
        "ziektedag en alle termijnen beginnen opnieuw."
    )
    return CountingStep(later, gap, False, why + rule + outcome + reading)
