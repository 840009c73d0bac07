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

from spoorwijzer.understanding.asks import asks_spoor2
from spoorwijzer.understanding.dossier import Dossier, read_message


class Spoor2Advice(StrEnum):
    """The outcomes of the decision order."""

    VRAAG_OORDEEL_BEDRIJFSARTS = "vraag eerst een actueel oordeel van de bedrijfsarts"
    NU_STARTEN = "start spoor 2 nu"
    EERST_INTERN_ONDERZOEKEN = (
        "nog niet automatisch: laat eerst onderzoeken of er ander passend werk in de eigen "
        "organisatie is"
    )
    NOG_NIET_ZICHT_3_MAANDEN = "nog niet starten, mits concreet zicht binnen 3 maanden"
    VOORLOPIG_NIET_GBM = "voorlopig niet (geen benutbare mogelijkheden), periodiek herbeoordelen"
    VOORLOPIG_NIET_MARGINAAL = "niet snel aan de orde (marginale mogelijkheden), wel inspanningen"
    MAG_ACHTERWEGE_AOW = "mag achterwege blijven als beide partijen instemmen (AOW)"
    INTERN_PASSEND_WERK = "niet nodig zolang er structureel passend werk in de eigen organisatie is"
    UITERLIJK_BIJ_EJE = "beslissen uiterlijk bij de eerstejaarsevaluatie"


@dataclass(frozen=True, slots=True)
class Spoor2Decision:
    """The advice, the Dutch reasons, and what the user should still find out."""

    advice: Spoor2Advice
    reasons: tuple[str, ...]
    missing: tuple[str, ...]


_AOW = re.compile(r"\baow", re.IGNORECASE)
_AGREE = re.compile(
    r"(?:beide|allebei|samen)[^.?!]{0,40}(?:eens|instemmen|akkoord)|"
    r"(?:eens|akkoord)[^.?!]{0,30}(?:beide|allebei)",
    re.IGNORECASE,
)
_EJE = (
    "De beslissing over spoor 2 valt uiterlijk bij de eerstejaarsevaluatie; UWV verwacht "
    "de start dan binnen 6 weken erna, en wachten op een deskundigenoordeel is geen reden "
    "om later te beginnen."
)
_MISSING_ASSESSMENT = "een actueel oordeel van de bedrijfsarts (FML of inzetbaarheidsprofiel)"
_MISSING_INTERNAL = (
    "of een arbeidsdeskundige heeft gekeken naar ander passend werk in uw organisatie"
)
_CONFIRM_INTERNAL = (
    "Laat een arbeidsdeskundige bevestigen dat er intern geen passend werk is, als dat nog niet "
    "is gebeurd: UWV toetst of die conclusie onderbouwd is."
)
_MISSING_PROSPECT = "of er concreet zicht is op terugkeer in de eigen organisatie binnen 3 maanden"


def asks_spoor2_decision(question: str) -> bool:
    """True when the question asks whether (or when) spoor 2 must start for this case."""
    return asks_spoor2(question)


def decide_spoor2(question: str) -> Spoor2Decision:
    """Apply the decision order to the facts stated in one question (see `decide_for`)."""
    from datetime import date

    dossier = read_message(Dossier(), question, date(2000, 1, 1)).dossier
    return decide_for(dossier, question)


def decide_for(dossier: Dossier, text: str = "") -> Spoor2Decision:  # noqa: PLR0911
    """Apply the decision order to the case dossier.

    Args:
        dossier: The facts of the case (story facts: bedrijfsarts, internal work, prospects).
        text: The conversation's text, for the AOW exception and the parties' consent.

    Returns:
        The advice with reasons and the facts that are still missing.
    """
    judgement = dossier.get("oordeel_bedrijfsarts")
    internal = dossier.get("intern_passend_werk")
    prospect = dossier.get("zicht_op_terugkeer")
    research = dossier.get("arbeidsdeskundig_onderzoek")
    assessed = judgement is not None or research == "gedaan"  # an AD works from the FML
    if internal == "nee":
        confirmed = research == "gedaan"
        return Spoor2Decision(
            Spoor2Advice.NU_STARTEN,
            (
                "Staat vast dat er binnen de eigen organisatie geen passend werk is, dan moet "
                "spoor 2 nu starten; wachten tot de eerstejaarsevaluatie is dan te laat.",
                *(() if confirmed else (_CONFIRM_INTERNAL,)),
            ),
            (
                *(() if assessed else (_MISSING_ASSESSMENT,)),
                *(() if confirmed else (_MISSING_INTERNAL,)),
            ),
        )
    if judgement == "gbm":
        return Spoor2Decision(
            Spoor2Advice.VOORLOPIG_NIET_GBM,
            (
                "Bij geen benutbare mogelijkheden is spoor 2 voorlopig niet aan de orde, maar dat "
                "oordeel moet periodiek opnieuw worden beoordeeld; komen er mogelijkheden, dan "
                "moet spoor 2 opnieuw worden overwogen.",
                _EJE,
            ),
            (),
        )
    if judgement == "marginaal":
        return Spoor2Decision(
            Spoor2Advice.VOORLOPIG_NIET_MARGINAAL,
            (
                "Bij marginale mogelijkheden zal spoor 2 niet snel aan de orde zijn, maar er "
                "worden nog steeds inspanningen verwacht, vooral bij de eigen werkgever.",
                _EJE,
            ),
            (  # the efforts start with the own organisation: what was looked at there
                *(() if internal is not None or research == "gedaan" else (_MISSING_INTERNAL,)),
                *(() if prospect is not None else (_MISSING_PROSPECT,)),
            ),
        )
    if internal == "ja":
        return Spoor2Decision(
            Spoor2Advice.INTERN_PASSEND_WERK,
            (
                "Is er in de eigen organisatie passend werk dat structureel past bij wat de "
                "werknemer kan, dan is dat spoor 1: bied het aan en leg de afspraken vast; "
                "spoor 2 is dan niet nodig. Weigert de werknemer passend werk zonder deugdelijke "
                "grond, dan heeft hij voor die periode geen recht op loon (art. 7:629 lid 3 BW); "
                "zeg hem dat direct.",
                _EJE,
            ),
            (  # whether the work fits is the arbeidsdeskundige's to confirm
                *(() if assessed else (_MISSING_ASSESSMENT,)),
                *(() if research == "gedaan" else (_MISSING_INTERNAL,)),
                *(() if prospect is not None else (_MISSING_PROSPECT,)),
            ),
        )
    if prospect == "binnen_3_maanden":
        return Spoor2Decision(
            Spoor2Advice.NOG_NIET_ZICHT_3_MAANDEN,
            (
                "Is er concreet zicht op een structurele terugkeer binnen 3 maanden in de eigen "
                "organisatie, dan hoeft spoor 2 nu nog niet te starten. Leg dat zicht en de "
                "onderbouwing (oordeel bedrijfsarts) vast en beoordeel na 3 maanden opnieuw.",
                _EJE,
            ),
            (  # the decision order still holds: what the bedrijfsarts judged, what is there
                *(() if assessed else (_MISSING_ASSESSMENT,)),
                *(() if internal is not None or research == "gedaan" else (_MISSING_INTERNAL,)),
            ),
        )
    if _AOW.search(text):
        agreed = bool(_AGREE.search(text))
        return Spoor2Decision(
            Spoor2Advice.MAG_ACHTERWEGE_AOW,
            (
                "Bereikt de werknemer binnen 1 jaar na het einde van de wachttijd de AOW-leeftijd, "
                "dan mag spoor 2 achterwege blijven, maar alleen als werkgever en werknemer "
                "allebei instemmen; leg dat schriftelijk vast. De precieze peildatum van deze "
                "uitzondering is niet zeker: controleer de Werkwijzer Poortwachter.",
                _EJE,
            ),
            () if agreed else ("of werkgever en werknemer allebei instemmen",),
        )
    if judgement == "eigen_werk_niet" or prospect == "geen":
        missing = [] if research == "gedaan" else [_MISSING_INTERNAL]
        if prospect is None:  # no internal work *and* no prospect: then spoor 2 starts now
            missing.append(_MISSING_PROSPECT)
        return Spoor2Decision(
            Spoor2Advice.EERST_INTERN_ONDERZOEKEN,
            (
                "Dat de werknemer zijn eigen werk niet meer kan doen, betekent nog niet dat er "
                "geen passend werk in de eigen organisatie is: laat een arbeidsdeskundige "
                "onderzoeken welk ander werk intern mogelijk is. Is dat er niet en is er geen "
                "concreet zicht op terugkeer binnen 3 maanden, start spoor 2 dan nu.",
                _EJE,
            ),
            tuple(missing),
        )
    missing = []
    if not assessed:
        missing.append(_MISSING_ASSESSMENT)
    if internal is None and research != "gedaan":
        missing.append(_MISSING_INTERNAL)  # the decision order: bedrijfsarts, internal work, …
    if prospect == "later_dan_3_maanden":
        missing.append("of de terugkeer binnen 3 maanden concreet en onderbouwd is")
    else:
        missing.append(_MISSING_PROSPECT)
    return Spoor2Decision(
        Spoor2Advice.UITERLIJK_BIJ_EJE,
        (
            "Spoor 2 moet starten zodra er geen zicht meer is op structurele terugkeer binnen de "
            "eigen organisatie.",
            _EJE,
        ),
        tuple(missing),
    )
