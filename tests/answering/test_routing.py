"""Routing rules and the spoor 2 decision order."""

from __future__ import annotations

import pytest

from spoorwijzer.rules.spoor2 import Spoor2Advice, asks_spoor2_decision, decide_spoor2
from spoorwijzer.understanding.routing import Intent, is_yes_no_question, route_question


@pytest.mark.parametrize(
    ("question", "dates", "claim", "intent"),
    [
        (
            "Wanneer moet de 42e-weeksmelding? Ziek sinds 6 januari 2025.",
            True,
            False,
            Intent.DEADLINE,
        ),
        ("Klopt het dat spoor 2 pas na twee jaar begint?", False, True, Intent.CLAIM),
        ("Ben ik verplicht een extern re-integratiebureau in te huren?", False, True, Intent.CLAIM),
        (
            "Mijn werknemer weigert mee te werken aan spoor 2. Wat kan ik doen?",
            False,
            False,
            Intent.OBLIGATION,
        ),
        ("Welke documenten horen in het re-integratieverslag?", False, False, Intent.PROCESS),
        ("Hoe hoog wordt mijn WW-uitkering?", False, False, Intent.OUT_OF_SCOPE),
        ("Wat is een goed recept voor erwtensoep?", False, False, Intent.OUT_OF_SCOPE),
    ],
    ids=["deadline", "claim-cue", "claim-yes-no", "obligation", "process", "ww", "soup"],
)
def test_route(question: str, dates: bool, claim: bool, intent: Intent) -> None:
    """Each kind of question gets its own route."""
    assert route_question(question, has_case_dates=dates, claim_match=claim).intent is intent


@pytest.mark.parametrize(
    ("question", "where"),
    [
        ("Hoe hoog wordt mijn WW-uitkering als mijn contract niet wordt verlengd?", "UWV"),
        ("Hoeveel pensioen bouw ik op bij mijn pensioenfonds?", "pensioenfonds"),
        ("Hoe werkt de 30%-regeling voor expats?", "Belastingdienst"),
    ],
    ids=["ww", "pensioen", "belasting"],
)
def test_out_of_scope_refers_elsewhere(question: str, where: str) -> None:
    """An out-of-scope question names where to go instead."""
    route = route_question(question, has_case_dates=False, claim_match=False)

    assert route.intent is Intent.OUT_OF_SCOPE
    assert route.referral is not None
    assert where in route.referral


def test_sickness_question_mentioning_ww_stays_in_scope() -> None:
    """A spoor 2 question that compares with the WW is not refused."""
    route = route_question(
        "Geldt tijdens spoor 2 een sollicitatieplicht zoals in de WW?",
        has_case_dates=False,
        claim_match=False,
    )

    assert route.intent is not Intent.OUT_OF_SCOPE


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("Moet spoor 2 al starten?", True),
        ("Moeten we dan nog spoor 2 doen?", True),
        ("Wanneer moet spoor 2 starten?", True),
        ("Is een arbeidsdeskundig onderzoek verplicht voordat ik spoor 2 start?", False),
        ("Is een arbeidsdeskundig onderzoek verplicht voordat we spoor 2 starten?", False),
        ("Moeten we spoor 2 starten voordat de eerstejaarsevaluatie is?", True),
        ("Wat houdt spoor 2 in?", False),
    ],
)
def test_recognises_the_spoor2_decision_question(question: str, asks: bool) -> None:
    """Only questions about starting spoor 2 for this case ask for the decision."""
    assert asks_spoor2_decision(question) is asks


@pytest.mark.parametrize(
    ("question", "advice"),
    [
        (
            "Moet spoor 2 al starten? Er is geen passend werk in ons bedrijf.",
            Spoor2Advice.NU_STARTEN,
        ),
        (
            "Moet spoor 2 al starten? De bedrijfsarts stelt geen benutbare mogelijkheden vast.",
            Spoor2Advice.VOORLOPIG_NIET_GBM,
        ),
        (
            "Moet spoor 2 al starten? Hij is uiterst beperkt belastbaar.",
            Spoor2Advice.VOORLOPIG_NIET_MARGINAAL,
        ),
        (
            "Moet spoor 2 al starten? De bedrijfsarts verwacht dat hij binnen twee maanden volledig "
            "terug is in zijn eigen functie.",
            Spoor2Advice.NOG_NIET_ZICHT_3_MAANDEN,
        ),
        (
            "Moet spoor 2 al starten? Hij is over 6 maanden weer terug in zijn eigen werk.",
            Spoor2Advice.UITERLIJK_BIJ_EJE,
        ),
        (
            "Moeten we nog spoor 2 doen? Hij krijgt binnen een jaar na de wachttijd AOW en we zijn "
            "het er allebei over eens.",
            Spoor2Advice.MAG_ACHTERWEGE_AOW,
        ),
        ("Moet spoor 2 al starten?", Spoor2Advice.UITERLIJK_BIJ_EJE),
        (
            "Moet spoor 2 al starten? Intern hebben we een passende functie op de receptie "
            "gevonden.",
            Spoor2Advice.INTERN_PASSEND_WERK,
        ),
    ],
    ids=[
        "no-internal-work",
        "gbm",
        "marginal",
        "prospect-2-months",
        "prospect-6-months",
        "aow",
        "nothing-known",
        "internal-work-found",
    ],
)
def test_decision_order(question: str, advice: Spoor2Advice) -> None:
    """The decision follows the fixed order of the spec."""
    assert decide_spoor2(question).advice is advice


def test_decision_says_what_is_missing() -> None:
    """Without a bedrijfsarts assessment the decision asks for one instead of guessing."""
    decision = decide_spoor2("Moet spoor 2 al starten?")

    assert any("bedrijfsarts" in m for m in decision.missing)
    assert any("3 maanden" in m for m in decision.missing)


def test_aow_without_agreement_asks_for_it() -> None:
    """The AOW exception needs both parties' consent; without it, that is what is missing."""
    decision = decide_spoor2("Moeten we nog spoor 2 doen? Hij krijgt binnen een jaar AOW.")

    assert decision.missing == ("of werkgever en werknemer allebei instemmen",)


@pytest.mark.parametrize(
    ("question", "yes_no"),
    [
        ("Bouwt een zieke werknemer vakantiedagen op?", True),
        ("Vervalt de loonsanctie dan?", True),
        ("3. Klopt het dat de PA binnen zes weken moet?", True),
        ("Hoe zit het nou: is de EJE verplicht?", True),
        ("Wanneer moet de probleemanalyse klaar zijn?", False),
        ("Graag een antwoord?", False),
        ("Wat is een EJE?", False),
    ],
)
def test_yes_no_questions_start_with_any_verb(question: str, yes_no: bool) -> None:
    assert is_yes_no_question(question) is yes_no


def test_internal_work_found_still_asks_what_confirms_it() -> None:
    """Internal work told by the employer: the arbeidsdeskundige confirms it, then the prospect."""
    decision = decide_spoor2(
        "De bedrijfsarts zegt dat hij zijn eigen werk niet meer kan. Intern hebben we een "
        "passende functie gevonden. Moet spoor 2 nog?"
    )
    assert decision.advice is Spoor2Advice.INTERN_PASSEND_WERK
    assert any("arbeidsdeskundige" in m for m in decision.missing)
    assert "7:629 lid 3" in " ".join(decision.reasons)
