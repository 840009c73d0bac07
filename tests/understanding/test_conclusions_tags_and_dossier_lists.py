"""A rule the user acts on is a claim; questions put as sentences and case news are not.

Also: dates in dossier lists ("AO 14-09 t/m 27-09", "periode 3: vanaf …"), one day named
twice, a week number with its weekday, years of service, and the bedrijfsarts's and
arbeidsdeskundige's findings in more words.
"""

from __future__ import annotations

import datetime as dt

import pytest

from spoorwijzer.language.synonyms import opposed
from spoorwijzer.understanding.asks import read_asks
from spoorwijzer.understanding.dossier import read_messages

TODAY = dt.date(2026, 12, 7)


def facts(*messages: str) -> dict[str, object]:
    return {name: fact.value for name, fact in read_messages(messages, TODAY).facts.items()}


@pytest.mark.parametrize(
    ("message", "statement", "negated"),
    [
        (  # the rule is the premise; the user's plan after "dus" is no part of it
            "Tijdens ziekte bouwt een werknemer geen vakantiedagen op, dus die hoef ik straks "
            "niet uit te betalen.",
            "Tijdens ziekte bouwt een werknemer geen vakantiedagen op",
            True,
        ),
        (  # a premise of the own case: the conclusion holds the rule
            "ik heb die jongen aangenomen met een no-riskpolis, DUS HOEF IK NIKS AAN "
            "RE-INTEGRATIE TE DOEN.",
            "ik heb die jongen aangenomen met een no-riskpolis, DUS HOEF IK NIKS AAN "
            "RE-INTEGRATIE TE DOEN",
            True,
        ),
        (  # a conclusion in the domain's words is part of the rule
            "Het advies van de bedrijfsarts is bij de RIV-toets leidend, dus wie het volgt "
            "krijgt geen loonsanctie.",
            "Het advies van de bedrijfsarts is bij de RIV-toets leidend, dus wie het volgt "
            "krijgt geen loonsanctie",
            True,
        ),
        (
            "Na de eerstejaarsevaluatie heb ik nog zes weken de tijd om spoor 2 te beginnen, "
            "dus ik plan het rustig in na de feestdagen.",
            "Na de eerstejaarsevaluatie heb ik nog zes weken de tijd om spoor 2 te beginnen, "
            "dus ik plan het rustig in na de feestdagen",
            False,
        ),
    ],
)
def test_a_rule_the_user_acts_on_is_a_claim(message: str, statement: str, negated: bool) -> None:
    reading = read_asks(message)
    assert reading.claim is not None
    assert reading.claim.statement == statement
    assert reading.claim.negated is negated


@pytest.mark.parametrize(
    ("message", "statement"),
    [
        (
            "Zolang we op het deskundigenoordeel van UWV wachten, kunnen we spoor 2 beter even "
            "uitstellen, lijkt me.",
            "Zolang we op het deskundigenoordeel van UWV wachten, kunnen we spoor 2 beter even "
            "uitstellen",
        ),
        (
            "De WIA moet ik als werkgever aanvragen, dat doet de werknemer niet zelf, klopt?",
            "De WIA moet ik als werkgever aanvragen, dat doet de werknemer niet zelf",
        ),
        (
            "I told her she can ask for a second opinion from another company doctor, that's "
            "right isn't it?",
            "she can ask for a second opinion from another company doctor",
        ),
        (
            "I assumed we keep paying his salary until UWV has decided on his WIA.",
            "we keep paying his salary until UWV has decided on his WIA",
        ),
    ],
)
def test_tags_and_views_put_a_statement_up(message: str, statement: str) -> None:
    reading = read_asks(message)
    assert reading.claim is not None
    assert reading.claim.statement == statement


def test_klopt_die_redenering_verifies_the_quote_before_it() -> None:
    reading = read_asks(
        "Werkgever stelt: 'nu de werknemer een vervroegde IVA heeft gekregen, hoeven wij geen "
        "loon meer te betalen.' Klopt die redenering?"
    )
    assert reading.claim is not None
    assert "vervroegde IVA" in reading.claim.statement


@pytest.mark.parametrize(
    "message",
    [
        # the story's news after "zegt dat", after a question
        "wanneer moet ik die probleemanalyse hebben? mijn schoonzoon zegt dat ik te laat ben",
        # too little said to check
        "wanneer moet ik dat verslag klaar hebben want mijn zus zei dat dat ook ergens moet",
        # a question put as a sentence
        "Door de directie wordt gevraagd welke onderdelen in het plan van aanpak dienen te "
        "worden opgenomen en door wie het moet worden ondertekend.",
        "hij is niet meer aan het werk geweest dus nu vraag ik me af wanneer die twee jaar om zijn",
        # a tag on too short a statement
        "BA: ander werk mogelijk, intern is er bij ons niks. Spoor 2 dus, neem ik aan.",
    ],
)
def test_no_claim_where_none_is_made(message: str) -> None:
    assert read_asks(message).claim is None


def test_a_lone_tag_still_verifies_the_sentence_before() -> None:
    reading = read_asks(
        "De werknemer moet altijd doen wat de bedrijfsarts adviseert, dat advies is voor hem "
        "gewoon bindend. Correct?"
    )
    assert reading.claim is not None
    assert "bindend" in reading.claim.statement


@pytest.mark.parametrize(
    ("message", "periods"),
    [
        (
            "AO 14-09 t/m 27-09 (griep), 28-09 en 29-09 gewerkt, vanaf 30-09 opnieuw AO.",
            [["2026-09-14", "2026-09-27"], ["2026-09-30", None]],
        ),
        (
            "Uit het verzuimdossier:\n- periode 1: 3 november 2025 t/m 30 november 2025\n"
            "- periode 2: vanaf 23 februari 2026, loopt nog",
            [["2025-11-03", "2025-11-30"], ["2026-02-23", None]],
        ),
        (  # one day named twice, without a word of sickness beside it
            "tweede paasdag zijn wij altijd open en juist op de maandag na Pasen belde mijn "
            "bezorger dat hij niet kon komen omdat zijn knie dik was",
            [["2026-04-06", None]],
        ),
        ("Mdw. AO sinds dinsdag wk 41, BA verwacht langdurig verzuim.", [["2026-10-06", None]]),
        ("Medewerker logistiek, ziek vanaf donderdag in week 41.", [["2026-10-08", None]]),
        (
            "Hij is ziek sinds 9 september, nee wacht, ik kijk even in het rooster: 16 september "
            "was zijn eerste ziektedag.",
            [["2026-09-16", None]],
        ),
        (  # years of service and a rule's term tell no sickness
            "Marieke werkt al zes jaar bij mij en is sinds 10 november ziek; mijn moeder zei dat "
            "na een jaar ziek mag je iemand gewoon ontslaan",
            [["2026-11-10", None]],
        ),
    ],
)
def test_dates_in_lists_and_stories(message: str, periods: list[list[str | None]]) -> None:
    assert facts(message)["ziekteperiodes"] == periods


def test_day_counts_of_work_are_no_dates() -> None:
    assert "ziekteperiodes" not in facts("Ze werkt nu 3-4 en 5-6 dagen per week, wat moet ik doen?")


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        (
            "Intern hebben we geen passende functie, dat heeft de arbeidsdeskundige vastgesteld.",
            {"arbeidsdeskundig_onderzoek": "gedaan", "intern_passend_werk": "nee"},
        ),
        (
            "We have no other roles here. The arbeidsdeskundige already confirmed that.",
            {"arbeidsdeskundig_onderzoek": "gedaan"},
        ),
        ("Het arbeidsdeskundig onderzoek is klaar.", {"arbeidsdeskundig_onderzoek": "gedaan"}),
        (
            "the company doctor says she could do other work. We don't have jobs like that in "
            "the company though.",
            {"oordeel_bedrijfsarts": "ander_werk_mogelijk", "intern_passend_werk": "nee"},
        ),
        (
            "bedrijfsarts zegt ze kan haar eigen werk niet doen maar andere dingen wel",
            {"oordeel_bedrijfsarts": "ander_werk_mogelijk"},
        ),
        ("BEDRIJFSARTS ZEGT: NOOIT MEER HET DAK OP.", {"oordeel_bedrijfsarts": "eigen_werk_niet"}),
        (
            "Her own job is out for good and there's no prospect of her coming back at all.",
            {"zicht_op_terugkeer": "geen"},
        ),
    ],
)
def test_findings_in_more_words(message: str, expected: dict[str, str]) -> None:
    read = facts(message)
    assert {name: read.get(name) for name in expected} == expected


@pytest.mark.parametrize(
    "message",
    [
        "Van het UWV hoef je tijdens spoor 2 geen hulp of advies te verwachten.",
        # the condition of a rule tells no story ("nog niet", "heeft … gekregen")
        "Zolang UWV nog niet over de WIA heeft beslist, moet de werkgever na 104 weken het loon "
        "blijven doorbetalen.",
        "De werknemer moet de WIA altijd aanvragen, ook als hij geen brief van UWV heeft gekregen.",
        "Ook als spoor 2 gestart is, blijf je in je eigen bedrijf zoeken naar passend werk.",
    ],
)
def test_rules_stated_plainly_are_claims(message: str) -> None:
    assert read_asks(message).claim is not None


def test_a_proviso_does_not_turn_the_statement() -> None:
    reading = read_asks(
        "Een zieke werknemer mag gewoon op vakantie, mits het zijn herstel niet in de weg zit."
    )
    assert reading.claim is not None
    assert not reading.claim.negated


@pytest.mark.parametrize(
    ("statement", "claim"),
    [
        (
            "ik moet toch doorbetalen tot de WIA-beslissing er is, ook als dat na week 104 is",
            "De loondoorbetaling stopt na 104 weken, ook als UWV nog niet over de WIA heeft "
            "beslist.",
        ),
        (
            "je mag in het eerste ziektejaar ook onder het minimumloon uitkomen",
            "In het eerste ziektejaar betaalt de werkgever minstens het wettelijk minimumloon door.",
        ),
    ],
)
def test_opposite_wordings_turn_the_statement(statement: str, claim: str) -> None:
    assert opposed(statement, claim) % 2 == 1


def test_not_agreeing_is_disagreeing() -> None:
    statement = (
        "Een werknemer die het niet eens is met de bedrijfsarts kan geen second opinion vragen."
    )
    claim = "Een werknemer die het oneens is met de bedrijfsarts, kan een second opinion vragen."
    turns = opposed(statement, claim) + read_asks(statement).claim.negations  # type: ignore[union-attr]
    assert turns % 2 == 1  # "geen second opinion": the claim denied, once


@pytest.mark.parametrize(
    ("message", "ask"),
    [
        (
            "klopt het dat de PA binnen 6 weken af moet? en wat is een FML idd, zie het steeds",
            "explain_term",
        ),
        (
            "Welke termijn geldt voor het plan van aanpak? En wat is dat juist, een plan van aanpak?",
            "explain_term",
        ),
        (
            "Wat is een loonsanctie eigenlijk en duurt zo'n loonsanctie altijd precies een jaar?",
            "explain_term",
        ),
        (
            "Dient een tweede spoor te worden ingezet? Voorts wordt gevraagd welke stukken door "
            "UWV bij de RIV-toets worden beoordeeld.",
            "process",
        ),
    ],
)
def test_a_second_question_gets_its_own_ask(message: str, ask: str) -> None:
    reading = read_asks(message)
    assert ask in [str(a) for a in reading.asks]
    assert "claim" not in [str(a) for a in reading.asks] or message.startswith("klopt")


def test_an_english_story_with_its_asks() -> None:
    message = (
        "Employee sick since 14 march, company doctor says he can do light office work but not "
        "his warehouse job. We have no office jobs. What now and when do we have to notify UWV?"
    )
    read = facts(message)

    assert {str(a) for a in read_asks(message).asks} >= {"dates", "what_to_do"}
    assert read["oordeel_bedrijfsarts"] == "ander_werk_mogelijk"
    assert read["intern_passend_werk"] == "nee"


@pytest.mark.parametrize(
    ("message", "periods"),
    [
        (  # "ik moet" after a duration is the user's own case, no rule's term
            "Ze is 14 maanden ziek en dan moet ik spoor 2 doen toch? Ziek sinds 10 oktober.",
            [["2025-10-10", None]],
        ),
    ],
)
def test_review_dates(message: str, periods: list[list[str | None]]) -> None:
    assert facts(message)["ziekteperiodes"] == periods


def test_not_working_for_weeks_is_sickness_not_service() -> None:
    assert facts("Hij werkt al 6 weken niet, hij is ziek.")["ziekteperiodes"] == [
        ["2026-10-26", None]
    ]


@pytest.mark.parametrize(
    ("message", "statement"),
    [
        ("Het gesprek met de bedrijfsarts staat gepland op vrijdag, dus ik wacht dat af.", None),
        ("Het re-integratiebureau begint volgende week met het traject, dus ik wacht even.", None),
        ("Mijn collega zegt dat UWV dan boetes geeft.", "UWV dan boetes geeft"),
        ("The company doctor is always right, isn't it?", "The company doctor is always right"),
    ],
)
def test_review_claims(message: str, statement: str | None) -> None:
    claim = read_asks(message).claim
    assert (claim.statement if claim else None) == statement


def test_a_leading_hedge_does_not_turn_the_statement() -> None:
    claim = read_asks("Als ik me niet vergis stopt de loondoorbetaling na 104 weken.").claim
    assert claim is not None
    assert not claim.negated


def test_an_open_question_with_a_comma_is_no_term_to_explain() -> None:
    asks = read_asks("Wat is dan handig, eerst de arbeidsdeskundige of eerst het bureau?").asks
    assert "explain_term" not in [str(a) for a in asks]


def test_a_driver_who_may_never_drive_again_in_a_firm_of_drivers() -> None:
    read = facts(
        "mn vrachtwagenchauffeur zit thuis met zn rug, arts zegt nooit meer rijden. ik heb 6 man "
        "en alleen chauffeurs. wat nu?"
    )
    assert read["oordeel_bedrijfsarts"] == "eigen_werk_niet"
    assert read["intern_passend_werk"] == "nee"
    assert "intern_passend_werk" not in facts("ik heb alleen keuken en bediening hoor.")
