"""Story facts in the words employers use: the bedrijfsarts's judgement, internal work, prospects."""

from __future__ import annotations

import pytest

from spoorwijzer.understanding.story_facts import read_story_facts


def _facts(text: str) -> dict[str, str]:
    return {f.name: f.value for f in read_story_facts(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Volgens de bedrijfsarts is zijn eigen werk niet meer te doen, ander werk wel.",
            {"oordeel_bedrijfsarts": "ander_werk_mogelijk"},
        ),
        (
            "De arts zegt dat hij eigen werk niet kan, maar wel zittend werk.",
            {"oordeel_bedrijfsarts": "ander_werk_mogelijk"},
        ),
        (
            "Ze kan ook geen ander werk doen volgens de bedrijfsarts.",
            {"oordeel_bedrijfsarts": "eigen_werk_niet"},
        ),
        (
            "Hij kan volgens de arts geen magazijnwerk meer.",
            {"oordeel_bedrijfsarts": "eigen_werk_niet"},
        ),
        ("Intern hebben we verder helemaal niks voor hem.", {"intern_passend_werk": "nee"}),
        ("Wij hebben wel een vacature op de planning.", {"intern_passend_werk": "ja"}),
        (
            "De bedrijfsarts verwacht geen volledige terugkeer.",
            {"zicht_op_terugkeer": "geen"},
        ),
        (
            "Misschien is hij over twee tot vier maanden weer terug in zijn eigen werk.",
            {"zicht_op_terugkeer": "later_dan_3_maanden"},
        ),
    ],
)
def test_story_phrasings(text: str, expected: dict[str, str]) -> None:
    facts = _facts(text)

    assert {k: facts.get(k) for k in expected} == expected


def test_an_fml_alone_does_not_override_what_the_story_says() -> None:
    facts = _facts("In de laatste FML staat dat hij zijn eigen werk niet meer kan doen.")

    assert facts["oordeel_bedrijfsarts"] == "eigen_werk_niet"


def test_a_hypothetical_about_my_employee_states_no_fact() -> None:
    assert (
        _facts("Moet ik re-integreren als mijn werknemer niet meer terug kan naar zijn werk?") == {}
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The own work, as employers name it, with the negation after it.
        ("De bedrijfsarts zegt dat hij zijn werk als metselaar niet meer kan.", "eigen_werk_niet"),
        ("Haar oude functie lukt niet meer, zegt de arbo-arts.", "eigen_werk_niet"),
        ("volgens de ba kan ze nooit meer terug naar d'r eigen werk", "eigen_werk_niet"),
        ("FML binnen: geen mogelijkheden in de eigen functie.", "eigen_werk_niet"),
        ("Hij mag van de bedrijfsarts niet meer tillen.", "eigen_werk_niet"),
        # Other work possible, in any order, beside the own work that is not.
        (
            "Heftruck rijden mag niet meer, maar magazijnadministratie kan hij wel.",
            "ander_werk_mogelijk",
        ),
        ("Eigen werk gaat niet, wel lichter werk volgens de bedrijfsarts.", "ander_werk_mogelijk"),
        ("De bedrijfsarts zegt dat hij 3 uur per dag kan werken.", "ander_werk_mogelijk"),
        ("Na maanden GBM ziet de arts nu wel mogelijkheden.", "ander_werk_mogelijk"),
        ("De bedrijfsarts ziet op dit moment geen mogelijkheden.", "gbm"),
        # Not a judgement: the employer's own view, a term asked about, a recovery before a relapse.
        ("Ik zie haar eigenlijk niet meer terugkomen in haar functie.", None),
        ("Wat betekent 'geen benutbare mogelijkheden' precies?", None),
        ("Ziek van maart tot mei, toen hersteld gemeld, en in juni weer ziek geworden.", None),
    ],
)
def test_the_bedrijfsartss_judgement_in_many_wordings(text: str, expected: str | None) -> None:
    assert _facts(text).get("oordeel_bedrijfsarts") == expected


@pytest.mark.parametrize(
    ("text", "fact", "expected"),
    [
        ("Alleen heb ik geen kantoorwerk voor hem.", "intern_passend_werk", "nee"),
        ("Zittend werk hebben we hier niet.", "intern_passend_werk", "nee"),
        ("Intern hebben we zoiets niet.", "intern_passend_werk", "nee"),
        ("Het is duidelijk dat ze niet terug kan in ons bedrijf.", "intern_passend_werk", "nee"),
        ("Het AD-rapport stelt dat er niets passends is.", "arbeidsdeskundig_onderzoek", "gedaan"),
        ("AD staat gepland voor volgende maand.", "arbeidsdeskundig_onderzoek", "gepland"),
        ("Hij is drie keer niet op het spreekuur verschenen.", "medewerking", "nee"),
        ("42e wk melding is gedaan.", "melding_42e_gedaan", "ja"),
        ("We hebben nog geen 42e melding gedaan.", "melding_42e_gedaan", "nee"),
        ("Ik heb nog niks bij het UWV gedaan.", "melding_42e_gedaan", "nee"),
        ("Ik denk dat we de 42e-weeksmelding gemist hebben.", "melding_42e_gedaan", "nee"),
        # A hedged prospect is not concrete; a correction's prospect wins over the first one.
        (
            "Misschien over 2 maanden terug in zijn eigen werk, onzeker.",
            "zicht_op_terugkeer",
            "later_dan_3_maanden",
        ),
        (
            "Niet binnen 2 maanden, maar pas over 5 maanden terug in het eigen werk.",
            "zicht_op_terugkeer",
            "later_dan_3_maanden",
        ),
        # Weeks worked between two sick periods are no prospect; a condition states nothing.
        (
            "Daarna twee weken volledig gewerkt en toen weer uitgevallen.",
            "zicht_op_terugkeer",
            None,
        ),
        (
            "Mag spoor 2 wachten als er binnen 3 maanden zicht is op terugkeer?",
            "zicht_op_terugkeer",
            None,
        ),
    ],
)
def test_other_story_facts(text: str, fact: str, expected: str | None) -> None:
    assert _facts(text).get(fact) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In de garage is alles sleutelwerk, voor hem hebben we niets anders.", "nee"),
        ("Wij zijn een dakdekkersbedrijf: geen kantoorfuncties, alleen werk op het dak.", "nee"),
        ("Intern herplaatsen lukte niet, de enige binnendienstplek is bezet.", "nee"),
        ("Er is een plek vrijgekomen bij de klantenservice, die is voor haar.", "ja"),
        ("We hebben een functie in de expeditie voor hem gecreëerd.", "ja"),
        # Not about the organisation's work, or only a maybe: no fact.
        ("Over zijn inzet heb ik geen klagen.", None),
        ("Dat hebben we niet gedaan, de arbodienst vond het niet nodig.", None),
        ("Intern is er misschien een plek vrij op de planning.", None),
        ("Kleine bedrijven hebben meestal geen passend werk.", None),
    ],
)
def test_internal_work_in_the_employers_own_words(text: str, expected: str | None) -> None:
    assert _facts(text).get("intern_passend_werk") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "De arbo-arts heeft haar ongeschikt verklaard voor haar functie als kok.",
            "eigen_werk_niet",
        ),
        ("Volgens de BA is er voorlopig helemaal niets mogelijk, ook geen uurtje.", "gbm"),
        ("De bedrijfsarts noemt haar mogelijkheden marginaal.", "marginaal"),
        (
            "De bedrijfsarts: geen beperkingen meer, hij is weer volledig inzetbaar.",
            "volledig_hersteld",
        ),
        # A prognosis of full recovery is a prospect, not a recovery today.
        ("De BA verwacht dat hij binnen zes weken weer volledig inzetbaar is.", None),
        (
            "Ze mag van de bedrijfsarts weer beginnen met werken, twee ochtenden per week.",
            "ander_werk_mogelijk",
        ),
    ],
)
def test_more_judgements_in_the_doctors_words(text: str, expected: str | None) -> None:
    assert _facts(text).get("oordeel_bedrijfsarts") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bedrijfsarts acht hervatting in eigen functie uitgesloten.",
            "eigen_werk_niet",
        ),
        (
            "Volgens de FML van de bedrijfsarts is terugkeer in de bedongen arbeid uitgesloten.",
            "eigen_werk_niet",
        ),
        # Without the doctor it is the employer's view (the labelled fragments agree).
        ("Terugkeer in eigen functie is definitief uitgesloten.", None),
        (
            "De bedrijfsarts: zijn eigen job gaat niet meer, ander werk zonder tillen kan wel.",
            "ander_werk_mogelijk",
        ),
        (
            "Hij kan van de bedrijfsarts maar een paar uurtjes per week wat lichts doen.",
            "marginaal",
        ),
        ("De bedrijfsarts zegt dat ze slechts een uurtje per dag kan.", "marginaal"),
        ("De bedrijfsarts acht hervatting in eigen functie niet uitgesloten.", None),
        # a start with few hours that builds up is no marginal judgement
        (
            "Van de bedrijfsarts begint hij met maar twee uur per week en bouwt op naar 32 uur.",
            None,
        ),
        # A recovery foreseen is no recovery today.
        (
            "Bedrijfsarts: het duurt nog een half jaar voor ze weer volledig belastbaar is.",
            None,
        ),
        ("De bedrijfsarts denkt dat hij op termijn weer volledig inzetbaar zal zijn.", None),
    ],
)
def test_judgements_in_formal_and_plain_words(text: str, expected: str | None) -> None:
    """Formal wordings of a judgement, marginal hours in plain words, a recovery still to come."""
    assert _facts(text).get("oordeel_bedrijfsarts") == expected


@pytest.mark.parametrize(
    ("text", "fact", "wrong"),
    [
        # Found in review: each of these once read as a fact it does not state.
        (
            "Volgens de bedrijfsarts kan ze ook een paar uurtjes werken.",
            "oordeel_bedrijfsarts",
            "gbm",
        ),
        (
            "De bedrijfsarts is op vakantie, dus ik kan nu niets doen.",
            "oordeel_bedrijfsarts",
            "gbm",
        ),
        ("Hij is nog niet volledig belastbaar.", "oordeel_bedrijfsarts", "volledig_hersteld"),
        ("Volledige hervatting zit er niet in.", "oordeel_bedrijfsarts", "volledig_hersteld"),
        ("Hij is niet geschikt voor licht werk.", "oordeel_bedrijfsarts", "ander_werk_mogelijk"),
        ("Mogelijkheden zijn er niet.", "oordeel_bedrijfsarts", "ander_werk_mogelijk"),
        (
            "Maar het gaat nog steeds niet goed met haar.",
            "oordeel_bedrijfsarts",
            "ander_werk_mogelijk",
        ),
        ("Is die deadline nog haalbaar?", "oordeel_bedrijfsarts", "ander_werk_mogelijk"),
        ("Zijn werk is niet zwaar.", "oordeel_bedrijfsarts", "eigen_werk_niet"),
        ("Hij wil niet terug naar zijn werk.", "oordeel_bedrijfsarts", "eigen_werk_niet"),
        ("Ik kan haar niet meer bereiken, wat nu?", "oordeel_bedrijfsarts", "eigen_werk_niet"),
        ("We hebben passend werk gevonden, alles is geregeld.", "intern_passend_werk", "nee"),
        ("Ander werk hebben we nog niet gezocht.", "intern_passend_werk", "nee"),
        ("Het AD-rapport is nog niet verschenen.", "medewerking", "nee"),
        ("De 42e-weeksmelding is gedaan en niet te laat.", "melding_42e_gedaan", "nee"),
        ("De bedrijfsarts ziet hooguit 20 uur per week.", "oordeel_bedrijfsarts", "marginaal"),
    ],
)
def test_phrases_that_do_not_state_the_fact(text: str, fact: str, wrong: str) -> None:
    assert _facts(text).get(fact) != wrong


def test_a_past_tense_doctors_ban_still_counts() -> None:
    assert _facts("Ze mocht van de bedrijfsarts niet meer tillen.")["oordeel_bedrijfsarts"] == (
        "eigen_werk_niet"
    )


@pytest.mark.parametrize(
    ("text", "fact", "expected"),
    [
        (
            "Uit het verslag van de BA: 'Ongeschikt voor de eigen functie. Wel benutbare "
            "mogelijkheden, zie FML.' Wat nu?",
            "oordeel_bedrijfsarts",
            "ander_werk_mogelijk",
        ),
        ("BA: AW ja, EW nee.", "oordeel_bedrijfsarts", "ander_werk_mogelijk"),
        ("BA zegt: EW nee.", "oordeel_bedrijfsarts", "eigen_werk_niet"),
        (
            "Hij kan zijn werk als monteur niet meer doen, maar lichte taken wel.",
            "oordeel_bedrijfsarts",
            "ander_werk_mogelijk",
        ),
        # a letter about a loonsanctie is not the letter about the WIA application
        (
            "We kregen een brief van UWV: 'u moet het loon langer doorbetalen'. Wat nu?",
            "uwv_brief_ontvangen",
            None,
        ),
        ("We kregen vorige week een brief van UWV over de WIA.", "uwv_brief_ontvangen", "ja"),
    ],
    ids=["quoted-wel-benutbaar", "aw-ja", "ew-nee", "taken-wel", "sanction-letter", "wia-letter"],
)
def test_judgements_in_the_bedrijfsartss_own_terms(
    text: str, fact: str, expected: str | None
) -> None:
    assert _facts(text).get(fact) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die ziekmelding bij het UWV is nog altijd niet verzonden.", "nee"),
        ("De melding van week 42 is bij ons doorgeglipt.", "nee"),
        ("UWV heeft onze 42e-weeksmelding ontvangen en bevestigd.", "ja"),
        ("We zijn de 42e melding niet vergeten, die ging in week 41 al de deur uit.", "ja"),
        ("Ik twijfel of de 42e melding al gedaan is, dat vraag ik na.", None),
        # "ziek gemeld" at the employer, then a question about the report: nothing told
        ("Ze is op 3 maart ziek gemeld en de arbodienst belde over de melding bij UWV.", None),
    ],
)
def test_the_42nd_week_report_in_other_words(text: str, expected: str | None) -> None:
    assert _facts(text).get("melding_42e_gedaan") == expected


@pytest.mark.parametrize(
    ("text", "fact", "expected"),
    [
        ("Een AD-onderzoek is nog niet gedaan.", "arbeidsdeskundig_onderzoek", "niet_gedaan"),
        ("Zicht op terugkeer is er volgens de BA niet.", "zicht_op_terugkeer", "geen"),
        (
            "De BA zegt dat hij niet meer terug kan als lasser.",
            "oordeel_bedrijfsarts",
            "eigen_werk_niet",
        ),
        ("De BA zegt dat hij niet meer terug kan als lasser.", "zicht_op_terugkeer", None),
        ("Hij reageert helemaal niet meer op mijn appjes.", "medewerking", "nee"),
        ("De afspraak bij de bedrijfsarts heeft ze laten schieten.", "medewerking", "nee"),
    ],
)
def test_more_story_wordings(text: str, fact: str, expected: str | None) -> None:
    assert _facts(text).get(fact) == expected


@pytest.mark.parametrize(
    ("text", "fact", "expected"),
    [
        ("Lichte klusjes heb ik in mijn bedrijf niet.", "intern_passend_werk", "nee"),
        ("De AD heeft intern wel iets gevonden: planner.", "intern_passend_werk", "ja"),
        ("We hebben een functie als receptionist open.", "intern_passend_werk", "ja"),
        ("AD zegt: bij ons is geen passende functie.", "arbeidsdeskundig_onderzoek", "gedaan"),
        ("Na het AD-onderzoek is er niets passends.", "arbeidsdeskundig_onderzoek", "gedaan"),
        (
            "Terug naar haar eigen werk zit er volgens hem niet meer in.",
            "zicht_op_terugkeer",
            "geen",
        ),
    ],
)
def test_internal_work_and_research_in_passing(text: str, fact: str, expected: str | None) -> None:
    assert _facts(text).get(fact) == expected


@pytest.mark.parametrize(
    ("text", "fact", "value"),
    [
        ("Spoor 2 bureau ingeschakeld, wn is 3x niet verschenen bij intake.", "medewerking", "nee"),
        ("ze is nu al 2 keer niet kom opdagen bij de bedrijfsarts.", "medewerking", "nee"),
        (
            "Driver did not come to the bedrijfsarts appointment two times now.",
            "medewerking",
            "nee",
        ),
        ("Ik heb nog niks naar UWV gestuurd.", "melding_42e_gedaan", "nee"),
        (
            "We've booked an arbeidsdeskundig onderzoek, it's planned for next week.",
            "arbeidsdeskundig_onderzoek",
            "gepland",
        ),
        (
            "Er is een vaste plek vrij, dat hebben we samen met de arbeidsdeskundige bekeken.",
            "arbeidsdeskundig_onderzoek",
            "gedaan",
        ),
    ],
)
def test_cooperation_melding_and_ad_in_more_words(text: str, fact: str, value: str) -> None:
    assert (fact, value) in [(f.name, f.value) for f in read_story_facts(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Ik vraag me af of hij niet komt opdagen morgen",
        "The bedrijfsarts refuses to give a prognosis.",
        "The arbodienst is not answering my emails.",
        "He did not come to work for three days and then called in sick.",
        "We haven't booked an arbeidsdeskundig onderzoek yet.",
        "We planned ad hoc meetings with him every week.",
        "Dat moet nog door de arbeidsdeskundige bekeken worden.",
    ],
)
def test_what_others_do_or_is_still_to_come_is_no_fact(text: str) -> None:
    read = {(f.name, f.value) for f in read_story_facts(text)}
    assert not read & {
        ("medewerking", "nee"),
        ("arbeidsdeskundig_onderzoek", "gepland"),
        ("arbeidsdeskundig_onderzoek", "gedaan"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place that may come free in half a year is no internal work today
        (
            "Wij hebben intern misschien een administratieve functie die over een half jaar "
            "vrijkomt. Kunnen we spoor 2 uitstellen tot die functie vrij is?",
            None,
        ),
        ("Over twee maanden komt er een plek vrij op de planning.", None),
        # a question about any employee tells nothing of this organisation
        (
            "Een werknemer in spoor 2 moet elke vacature accepteren die hem wordt aangeboden, toch?",
            None,
        ),
        # placed in other work inside the organisation: there is internal work
        (
            "We hebben hem intern op een andere afdeling geplaatst in aangepast werk, 100% van "
            "zijn uren.",
            "ja",
        ),
        ("Er kwam vorige week een plek vrij op de administratie.", "ja"),
        ("Na een gesprek op vrijdag werkt ze nu in passend werk op de administratie.", "ja"),
        # placed with another employer (spoor 2), or a placement that ended: none here
        ("Via het re-integratiebureau geplaatst in een functie bij een andere werkgever.", None),
    ],
)
def test_internal_work_now_not_later_and_not_asked(text: str, expected: str | None) -> None:
    """Internal work is read when it is there now: not a place later, not from a question."""
    assert _facts(text).get("intern_passend_werk") == expected
