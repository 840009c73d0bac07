"""Claims verified by a check that points back or forward, decisions asked about a spoor 2
named just before, and the bedrijfsarts's "own work not, other work yes" in more wordings."""

from __future__ import annotations

import pytest

from spoorwijzer.understanding.asks import Ask, extract_claim, read_asks
from spoorwijzer.understanding.routing import is_in_domain
from spoorwijzer.understanding.story_facts import read_story_facts


def _facts(text: str) -> dict[str, str]:
    return {f.name: f.value for f in read_story_facts(text)}


def test_a_check_verifies_the_sentence_before_whatever_follows_it() -> None:
    reading = read_asks(
        "iemand zei dat een zieke werknemer niet op vakantie mag. klopt dat? hij wil naar Spanje"
    )
    assert reading.claim is not None
    assert "vakantie" in reading.claim.statement


def test_a_statement_naming_its_topic_by_daar_keeps_the_part_before() -> None:
    reading = read_asks(
        "Wat is een FML precies, en klopt het dat de werknemer daar zelf om moet vragen?"
    )
    assert reading.claim is not None
    assert reading.claim.context.startswith("Wat is een FML")
    assert "FML" not in reading.claim.statement


@pytest.mark.parametrize(
    "text",
    [
        "Ik heb begrepen dat de werkgever altijd een re-integratiebureau moet inhuren.",
        "Mij is door de accountant verteld dat het loon na een jaar ziekte stopt.",
        "Als ik het goed begrijp, hoeft een kleine werkgever geen bedrijfsarts in te schakelen?",
    ],
)
def test_more_ways_to_put_up_a_rule(text: str) -> None:
    reading = read_asks(text)
    assert Ask.CLAIM in reading.asks
    assert reading.claim is not None


def test_a_doctors_judgement_told_by_the_arts_is_news_not_a_claim() -> None:
    reading = read_asks("De arts van de arbodienst zegt dat ze beperkt belastbaar is.")
    assert reading.claim is None


@pytest.mark.parametrize(
    "text",
    [
        "Onze planner is overspannen. HR begint al over spoor 2. Is dat nu al nodig?",
        "WAT BETEKENT DAT VOOR HET TWEEDE SPOOR. MOET IK NU AL BEGINNEN",
    ],
)
def test_a_spoor_2_decision_asked_without_naming_it_or_without_a_question_mark(
    text: str,
) -> None:
    assert Ask.SPOOR2_DECISION in read_asks(text).asks


@pytest.mark.parametrize(
    "text",
    [
        "De BA zegt: niet meer terug als stukadoor, kantoorwerk kan wel.",
        "Haar eigen werk aan de kassa kan niet meer, maar licht administratief werk met "
        "pauzes wel gaat, schrijft de bedrijfsarts.",
        "Zijn eigen werk (sjouwen, bukken) lukt niet meer volgens de bedrijfsarts, lichter werk wel.",
        "Volgens de arts mag hij geen nachten meer draaien. Ochtendwerk van een paar uur mag "
        "volgens haar wel.",
        "De bedrijfsarts zegt dat ze nooit meer kan koken, maar de bediening zou ze wel kunnen.",
    ],
)
def test_own_work_not_but_other_work_yes(text: str) -> None:
    assert _facts(text).get("oordeel_bedrijfsarts") == "ander_werk_mogelijk"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "De BA denkt dat hij weer volledig de wagen op kan, maar pas over zo'n vier maanden.",
            "later_dan_3_maanden",
        ),
        ("Ze kan haar eigen werk pas na ongeveer twee maanden weer oppakken.", "binnen_3_maanden"),
        ("- zicht op terugkeer: nul", "geen"),
    ],
)
def test_a_prospect_told_after_the_return(text: str, expected: str) -> None:
    assert _facts(text).get("zicht_op_terugkeer") == expected


@pytest.mark.parametrize(
    ("text", "statement_part", "negations"),
    [
        (  # a predecessor, not a listed adviser, put the rule up
            "Mijn voorganger schreef in de overdracht dat een zieke werknemer geen "
            "vakantiedagen opbouwt. Dat lijkt me sterk.",
            "vakantiedagen",
            1,
        ),
        (  # a policy stated; "ook al … nog niet" is a concession, not the polarity
            "Bij ons is het beleid: na 104 weken stopt het loon, ook al is er nog geen "
            "WIA-beslissing.",
            "104 weken",
            0,
        ),
    ],
)
def test_a_rule_put_up_by_a_policy_or_a_predecessor(
    text: str, statement_part: str, negations: int
) -> None:
    reading = read_asks(text)
    assert reading.claim is not None
    assert statement_part in reading.claim.statement
    assert reading.claim.negations == negations


def test_news_of_our_own_people_is_no_claim() -> None:
    reading = read_asks(
        "Onze planner zei dat ze vanaf maandag weer ingeroosterd staat. Moet ik iets?"
    )
    assert reading.claim is None


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        ("Mag ik gewoon vragen wat hij heeft? Ik wil hem helpen.", True),
        ("Tellen de periodes alleen op bij dezelfde kwaal?", True),
        ("Mag ik vragen wat de offerte kost?", False),
    ],
)
def test_health_words_name_the_domain(text: str, inside: bool) -> None:
    assert is_in_domain(text) is inside


def test_a_comment_after_the_question_is_not_the_statement() -> None:
    said = extract_claim(
        "als spoor 2 begint hoef ik haar toch geen loon meer te betalen? ik snap er niks meer van"
    )
    assert "snap" not in said.statement
    assert said.negations == 1


@pytest.mark.parametrize(
    "message",
    [
        # an opinion with the article it rests on; "doet" is a verb of a general statement
        "Volgens mij doet de werknemer de 42e-weeksmelding zelf bij UWV, dat staat in art. 64 WIA.",
    ],
)
def test_more_ways_to_put_a_statement_up(message: str) -> None:
    assert Ask.CLAIM in read_asks(message).asks


@pytest.mark.parametrize(
    "message",
    [
        "When is the 42e-weeksmelding due, she is sick since 3 March?",
        "My HR manager explained the process to me. He is sick since March 3. What should I do?",
        "He has been off sick since May, yes? I think so.",
        # story sentences with verbs of a general statement, and no question
        "De bedrijfsarts doet helemaal niks.",
        "De werknemer vraagt een deskundigenoordeel aan.",
    ],
)
def test_news_of_the_case_is_no_claim(message: str) -> None:
    assert Ask.CLAIM not in read_asks(message).asks


def test_not_even_and_also_not_keep_the_polarity_of_one_negation() -> None:
    from spoorwijzer.language.synonyms import opposed
    from spoorwijzer.understanding.asks import count_negations

    claim = "De werkgever mag bij een ziekmelding vragen hoe lang het verzuim duurt."
    # "niet eens mag vragen" is "not even allowed to ask", no disagreement
    assert opposed("je mag bij een ziekmelding niet eens vragen hoe lang het duurt", claim) == 0
    # "het niet eens zijn" is "het oneens zijn": its "niet" is no negation of the statement
    assert opposed("hij is het niet eens met de bedrijfsarts", "Een werknemer kan …") == 1
    # "niets …, ook niet …" repeats the negation
    assert count_negations("je mag niets vragen, ook niet hoe lang het duurt") == 1
    assert count_negations("je mag niet vragen wat hij heeft") == 1
    # a concession keeps out of the count, "ook niet als …" included
    assert (
        count_negations(
            "Een zieke werknemer mag niet op vakantie, ook niet als hij niet meer kan werken"
        )
        == 1
    )
