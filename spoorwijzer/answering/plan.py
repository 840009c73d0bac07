"""The answer plan: one part per ask (main ask first), what was understood, and follow-ups.

Layer: answering (pure). The chain fills the parts (dates, spoor 2 decision, claim, what to
do, costs, a term, a referral); this module decides the order, joins the parts under one
citation book, adds the line "Wat ik uit uw bericht begreep", and picks at most two follow-up
questions about facts the answer depends on. Dates in the understood line come from the user's
own words (the dossier); the guard accepts them for that reason.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from spoorwijzer.answering.compose import DISCLAIMER, Draft, status_phrase
from spoorwijzer.deadlines import DeadlineReport
from spoorwijzer.language.dutch_dates import format_date_long
from spoorwijzer.records import AnswerDate, Citation, FollowUp
from spoorwijzer.rules.spoor2 import Spoor2Advice, Spoor2Decision
from spoorwijzer.understanding.asks import Ask
from spoorwijzer.understanding.dossier import Dossier
from spoorwijzer.understanding.routing import Intent

MAX_FOLLOW_UPS = 2
SPOOR2_KEYS = ("eerstejaarsevaluatie_uiterlijk", "spoor2_uiterlijk_gestart")  # the spoor 2 part's
DIAGNOSIS_NOTE = (
    "U hoeft mij geen diagnose of klachten te noemen: voor de termijnen en de stappen is die "
    "niet nodig, en als werkgever mag u de diagnose niet vastleggen (AVG)."
)

FOLLOW_UPS: dict[str, FollowUp] = {
    "exact_first_sick_day": FollowUp(
        "Wat is de precieze eerste ziektedag? Dan reken ik de termijnen exact.",
        ("De eerste ziektedag was …",),
        "ziekteperiodes",
    ),
    "internal_work": FollowUp(
        "Heeft een arbeidsdeskundige gekeken of er ander passend werk in uw organisatie is?",
        (
            "Ja, er is geen passend werk in onze organisatie",
            "Ja, er is wel ander passend werk",
            "Nee, er is nog geen arbeidsdeskundige bij betrokken",
        ),
        "intern_passend_werk",
        ("arbeidsdeskundig_onderzoek",),
    ),
    "bedrijfsarts": FollowUp(
        "Wat zegt de bedrijfsarts over wat de werknemer nog kan (zonder diagnose)?",
        (
            "De bedrijfsarts zegt dat hij zijn eigen werk niet meer kan doen",
            "De bedrijfsarts zegt dat hij wel ander of aangepast werk kan doen",
            "De bedrijfsarts ziet geen benutbare mogelijkheden",
        ),
        "oordeel_bedrijfsarts",
    ),
    "prospect": FollowUp(
        "Is er concreet zicht op terugkeer in het eigen werk of ander werk bij u binnen 3 maanden?",
        (
            "Ja, hij is binnen 3 maanden terug in zijn eigen werk",
            "Nee, er is geen zicht op terugkeer",
        ),
        "zicht_op_terugkeer",
    ),
    "recovery": FollowUp(
        "Wanneer was de werknemer hersteld vóór de nieuwe ziekmelding? Ligt er minder dan 4 weken "
        "tussen, dan tellen de periodes samen; tot dan reken ik met de eerste ziektedag.",
        ("Hersteld per …",),
        "ziekteperiodes",
    ),
    "first_sick_day": FollowUp(
        "Wat was de eerste ziektedag (en is de werknemer tussendoor hersteld geweest)?",
        ("De eerste ziektedag was …",),
        "ziekteperiodes",
    ),
}


@dataclass
class PlannedPart:
    """One answered ask."""

    ask: Ask
    draft: Draft


def intent_of(ask: Ask) -> Intent:
    """The older intent label of an ask (kept in `Answer.intent` for every face and the evals)."""
    return {
        Ask.DATES: Intent.DEADLINE,
        Ask.SPOOR2_DECISION: Intent.OBLIGATION,
        Ask.WHAT_TO_DO: Intent.OBLIGATION,
        Ask.CLAIM: Intent.CLAIM,
        Ask.OUT_OF_SCOPE: Intent.OUT_OF_SCOPE,
    }.get(ask, Intent.PROCESS)


def spoor2_lines(decision: Spoor2Decision, report: DeadlineReport | None) -> list[str]:
    """The spoor 2 advice with the EJE date (and its status) when the first day is known."""
    lines = [f"**Spoor 2 — {decision.advice}.** " + " ".join(decision.reasons)]
    if report is not None and decision.advice is not Spoor2Advice.MAG_ACHTERWEGE_AOW:
        for key in SPOOR2_KEYS:
            milestone = report.get(key)
            if milestone is not None and not milestone.lapsed:
                lines.append(
                    f"- {milestone.label}: {format_date_long(milestone.date)} — "
                    f"{status_phrase(milestone, report.today)}."
                )
    return lines


def spoor2_dates(report: DeadlineReport | None) -> list[AnswerDate]:
    """The dates the spoor 2 part states."""
    if report is None:
        return []
    return [
        AnswerDate(m.key, m.date.isoformat(), str(m.status))
        for key in SPOOR2_KEYS
        if (m := report.get(key)) is not None and not m.lapsed
    ]


def choose_follow_ups(
    asks: Sequence[Ask],
    dossier: Dossier,
    decision: Spoor2Decision | None,
) -> tuple[FollowUp, ...]:
    """At most two questions about the facts the answer depends on, most important first."""
    wanted: list[str] = []
    needs_dates = any(a in (Ask.DATES, Ask.SPOOR2_DECISION) for a in asks)
    if needs_dates and dossier.get("herval") is not None:
        wanted.append("recovery")
    if needs_dates and dossier.first_sick_day is None and Ask.DATES in asks:
        wanted.append("first_sick_day")
    elif needs_dates and dossier.first_sick_day is not None and not dossier.first_sick_day_exact:
        wanted.append("exact_first_sick_day")
    decided = _decision_follow_ups(decision)
    # asked only the decision: its facts come before the exact first day
    wanted = [*wanted, *decided] if Ask.DATES in asks else [*decided, *wanted]
    chosen = [FOLLOW_UPS[w] for w in dict.fromkeys(wanted)]
    return tuple(chosen[:MAX_FOLLOW_UPS])


def _decision_follow_ups(decision: Spoor2Decision | None) -> list[str]:
    """The spoor 2 facts still missing, in the decision order: bedrijfsarts, internal, prospect."""
    if decision is None:
        return []
    missing = " ".join(decision.missing)
    wanted = []
    if "bedrijfsarts" in missing:
        wanted.append("bedrijfsarts")
    if "arbeidsdeskundige" in missing:
        wanted.append("internal_work")
    if "3 maanden" in missing:
        wanted.append("prospect")
    return wanted


SHORT_ANSWER = "**Kort antwoord:**"
DATES_HEADING = "**Termijnen:**"


def join_parts(
    parts: Sequence[PlannedPart],
    citations: tuple[Citation, ...],
    *,
    understood: Sequence[str],
    follow_ups: Sequence[FollowUp],
    notes: Sequence[str] = (),
) -> Draft:
    """One answer: the parts in order, what was understood, the follow-ups, the disclaimer."""
    blocks: list[str] = []
    dates: list[AnswerDate] = []
    verdict = None
    claim = None
    headed = False  # one "Kort antwoord": a later part's dates are headed as dates
    for part in parts:
        text = part.draft.text.replace(f" {DISCLAIMER}*", "*").replace(f"*{DISCLAIMER}*", "")
        text = text.strip()
        if text.startswith(SHORT_ANSWER):
            if headed:
                later = DATES_HEADING if part.ask is Ask.DATES else ""
                text = (later + text.removeprefix(SHORT_ANSWER)).strip()
            headed = True
        blocks.append(text)
        dates.extend(d for d in part.draft.dates if d not in dates)
        verdict = verdict or part.draft.verdict
        claim = claim or part.draft.claim
    blocks.extend(notes)
    if understood:
        blocks.append("*Wat ik uit uw bericht begreep: " + "; ".join(understood) + ".*")
    if follow_ups:
        blocks.append("**Om het zeker te weten:** " + " ".join(f.question for f in follow_ups))
    blocks.append(f"*{DISCLAIMER}*")
    main = parts[0].ask if parts else Ask.WHAT_TO_DO
    refused = bool(parts) and all(p.draft.refused for p in parts)
    return Draft(
        "\n\n".join(b for b in blocks if b),
        citations,
        parts[0].draft.intent if parts and len(parts) == 1 else intent_of(main),
        tuple(dates),
        verdict=verdict,
        refused=refused,
        claim=claim,
    )


def dossier_dates(dossier: Dossier) -> set[date]:
    """Dates the user gave (directly or in vague words read into the dossier)."""
    return dossier.dates()
