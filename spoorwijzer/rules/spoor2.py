"""'Moet spoor 2 al starten?': a deterministic decision from the facts a question states.

Layer: pure rules (poortwachter-facts.md, Corrections item 16). The order: (1) a current
assessment of the bedrijfsarts; (2) established that no work in the own organisation is
feasible -> start now; (3) concrete prospect of structural return within 3 months -> record
and reassess; (4) GBM or marginal possibilities -> not for now, reassess periodically;
(5) AOW within 1 year after the wachttijd and both agree -> may be omitted; (6) otherwise the
decision is due at the eerstejaarsevaluatie, start within 6 weeks after it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

_NUMBER_WORDS = {"een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6}
_PROSPECT = re.compile(
    r"(?:binnen|over|na|in)\s+(?:(\d+)|(een|één|twee|drie|vier|vijf|zes))\s+(maand|maanden|week|weken)"
    r"[^.?!]{0,80}?(?:terug|hervat|hersteld|aan het werk|weer werk|eigen (?:werk|functie))",
    re.IGNORECASE,
)
_PROSPECT_REVERSED = re.compile(
    r"(?:terug|hervat|hersteld|aan het werk|eigen (?:werk|functie))[^.?!]{0,60}?"
    r"(?:binnen|over|na|in)\s+(?:(\d+)|(een|één|twee|drie|vier|vijf|zes))\s+(maand|maanden|week|weken)",
    re.IGNORECASE,
)
_NO_INTERNAL_WORK = re.compile(
    r"geen (?:passend|ander|aangepast) werk|geen passende functie|geen mogelijkheden (?:binnen|in) "
    r"(?:de eigen organisatie|het bedrijf|ons bedrijf)|niet (?:meer )?terug (?:kan|kunnen) "
    r"in (?:zijn|haar|het) eigen werk|intern geen",
    re.IGNORECASE,
)
_GBM = re.compile(r"geen benutbare mogelijkheden|\bgbm\b", re.IGNORECASE)
_MARGINAL = re.compile(
    r"marginale mogelijkheden|uiterst beperkt belastbaar|zeer beperkt belastbaar", re.IGNORECASE
)
_AOW = re.compile(r"\baow", re.IGNORECASE)
_AGREE = re.compile(
    r"(?:beide|allebei|samen)[^.?!]{0,40}(?:eens|instemmen|akkoord)|"
    r"(?:eens|akkoord)[^.?!]{0,30}(?:beide|allebei)",
    re.IGNORECASE,
)
_ASSESSMENT = re.compile(
    r"\bfml\b|functionele mogelijkhedenlijst|inzetbaarheidsprofiel|belastbaarheid|bedrijfsarts",
    re.IGNORECASE,
)
_TRACK = r"(?:spoor 2|het tweede spoor|tweede spoor|2e spoor|een tweede spoortraject)"
_QUESTION = re.compile(
    rf"\bmoet(?:en)?\s+(?:(?:we|ik|er|dan|al|nu|nog|wij|met)\s+){{0,4}}{_TRACK}|"
    rf"{_TRACK}\s+(?:al|nu|nog)\s+(?:starten|beginnen|inzetten|in te zetten|doen)|"
    rf"wanneer\s+moet\s+{_TRACK}\s+(?:starten|beginnen|ingezet)",
    re.IGNORECASE,
)


class Spoor2Advice(StrEnum):
    """The outcomes of the decision order."""

    VRAAG_OORDEEL_BEDRIJFSARTS = "vraag eerst een actueel oordeel van de bedrijfsarts"
    NU_STARTEN = "start spoor 2 nu"
    NOG_NIET_ZICHT_3_MAANDEN = "nog niet starten, mits concreet zicht binnen 3 maanden"
    VOORLOPIG_NIET_GBM = "voorlopig niet (geen benutbare mogelijkheden), periodiek herbeoordelen"
    VOORLOPIG_NIET_MARGINAAL = "niet snel aan de orde (marginale mogelijkheden), wel inspanningen"
    MAG_ACHTERWEGE_AOW = "mag achterwege blijven als beide partijen instemmen (AOW)"
    UITERLIJK_BIJ_EJE = "beslissen uiterlijk bij de eerstejaarsevaluatie"


@dataclass(frozen=True, slots=True)
class Spoor2Decision:
    """The advice, the Dutch reasons, and what the user should still find out."""

    advice: Spoor2Advice
    reasons: tuple[str, ...]
    missing: tuple[str, ...]


def asks_spoor2_decision(question: str) -> bool:
    """True when the question asks whether (or when) spoor 2 must start for this case."""
    return bool(_QUESTION.search(question))


def _months(match: re.Match[str]) -> float:
    number = int(match.group(1)) if match.group(1) else _NUMBER_WORDS[match.group(2).lower()]
    return number if match.group(3).lower().startswith("maand") else number / 4.345


def _prospect_months(question: str) -> float | None:
    match = _PROSPECT.search(question) or _PROSPECT_REVERSED.search(question)
    return _months(match) if match else None


def decide_spoor2(question: str) -> Spoor2Decision:
    """Apply the decision order to the facts in the question.

    Args:
        question: The user's question, with the facts of the case in it.

    Returns:
        The advice with reasons and the facts that are still missing.
    """
    eje = (
        "De beslissing over spoor 2 valt uiterlijk bij de eerstejaarsevaluatie; UWV verwacht "
        "de start dan binnen 6 weken erna, en wachten op een deskundigenoordeel is geen reden "
        "om later te beginnen."
    )
    if _NO_INTERNAL_WORK.search(question):
        return Spoor2Decision(
            Spoor2Advice.NU_STARTEN,
            (
                "Staat vast dat er binnen de eigen organisatie geen passend werk is, dan moet "
                "spoor "
                "2 nu starten; wachten tot de eerstejaarsevaluatie is dan te laat.",
            ),
            ()
            if _ASSESSMENT.search(question)
            else ("een actueel oordeel van de bedrijfsarts over de belastbaarheid",),
        )
    if _GBM.search(question):
        return Spoor2Decision(
            Spoor2Advice.VOORLOPIG_NIET_GBM,
            (
                "Bij geen benutbare mogelijkheden is spoor 2 voorlopig niet aan de orde, maar dat "
                "oordeel moet periodiek opnieuw worden beoordeeld; komen er mogelijkheden, dan "
                "moet "
                "spoor 2 opnieuw worden overwogen.",
                eje,
            ),
            (),
        )
    if _MARGINAL.search(question):
        return Spoor2Decision(
            Spoor2Advice.VOORLOPIG_NIET_MARGINAAL,
            (
                "Bij marginale mogelijkheden zal spoor 2 niet snel aan de orde zijn, maar er "
                "worden "
                "nog steeds inspanningen verwacht, vooral bij de eigen werkgever.",
                eje,
            ),
            (),
        )
    months = _prospect_months(question)
    if months is not None and months <= 3:
        return Spoor2Decision(
            Spoor2Advice.NOG_NIET_ZICHT_3_MAANDEN,
            (
                "Is er concreet zicht op een structurele terugkeer binnen 3 maanden in de eigen "
                "organisatie, dan hoeft spoor 2 nu nog niet te starten. Leg dat zicht en de "
                "onderbouwing (oordeel bedrijfsarts) vast en beoordeel na 3 maanden opnieuw.",
                eje,
            ),
            ()
            if _ASSESSMENT.search(question)
            else ("een actueel oordeel van de bedrijfsarts dat de terugkeer onderbouwt",),
        )
    if _AOW.search(question):
        agreed = bool(_AGREE.search(question))
        return Spoor2Decision(
            Spoor2Advice.MAG_ACHTERWEGE_AOW,
            (
                "Bereikt de werknemer binnen 1 jaar na het einde van de wachttijd de AOW-leeftijd, "
                "dan mag spoor 2 achterwege blijven, maar alleen als werkgever en werknemer "
                "allebei "
                "instemmen; leg dat schriftelijk vast.",
                eje,
            ),
            () if agreed else ("of werkgever en werknemer allebei instemmen",),
        )
    missing = []
    if not _ASSESSMENT.search(question):
        missing.append("een actueel oordeel van de bedrijfsarts (FML of inzetbaarheidsprofiel)")
    if months is not None:
        missing.append("of de terugkeer binnen 3 maanden concreet en onderbouwd is")
    else:
        missing.append(
            "of er concreet zicht is op terugkeer in de eigen organisatie binnen 3 maanden"
        )
    return Spoor2Decision(
        Spoor2Advice.UITERLIJK_BIJ_EJE,
        (
            "Spoor 2 moet starten zodra er geen zicht meer is op structurele terugkeer binnen de "
            "eigen organisatie.",
            eje,
        ),
        tuple(missing),
    )
