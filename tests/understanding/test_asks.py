"""Every ask in a message; claims only when a claim is made."""

import pytest

from spoorwijzer.understanding.asks import (
    Ask,
    count_negations,
    extract_claim,
    read_asks,
    referred_throughout,
)


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        (
            "De bedrijfsarts zegt dat hij zijn eigen werk niet meer kan doen. Moet ik nu al met "
            "spoor 2 beginnen en moet ik iets bij UWV melden?",
            [Ask.SPOOR2_DECISION, Ask.DATES],
        ),
        (
            "moet spoor 2 al starten, en wat als hij niet meewerkt?",
            [Ask.SPOOR2_DECISION, Ask.WHAT_TO_DO],
        ),
        ("Wat kost een spoor 2 traject en wie betaalt dat?", [Ask.COSTS]),
        ("Wat is een arbeidsdeskundige?", [Ask.EXPLAIN_TERM]),
        ("Hoe verloopt een spoor 2 traject?", [Ask.PROCESS]),
        ("Ziek sinds 12 februari 2026, moet ik nu al met spoor 2 beginnen?", [Ask.SPOOR2_DECISION]),
    ],
)
def test_asks_found(text: str, asks: list[Ask]) -> None:
    reading = read_asks(text)

    assert list(reading.asks) == asks
    assert reading.claim is None


@pytest.mark.parametrize(
    ("text", "statement", "negated"),
    [
        (
            "Na de eerstejaarsevaluatie heb je altijd nog zes weken.",
            "Na de eerstejaarsevaluatie heb je altijd nog zes weken",
            False,
        ),
        (
            "de werknemer mag spoor 2 niet weigeren, toch?",
            "de werknemer mag spoor 2 niet weigeren",
            True,
        ),
        (
            "Mijn collega zegt dat spoor 2 pas na een jaar hoeft. Klopt dat?",
            "spoor 2 pas na een jaar hoeft",
            False,
        ),
    ],
)
def test_claims_with_polarity(text: str, statement: str, negated: bool) -> None:
    reading = read_asks(text)

    assert reading.asks[0] is Ask.CLAIM
    assert reading.claim is not None
    assert reading.claim.statement == statement
    assert reading.claim.negated is negated


def test_out_of_scope_part_is_referred_alone() -> None:
    reading = read_asks(
        "We sluiten een vaststellingsovereenkomst, krijgt hij dan WW? En wanneer moet de WIA "
        "aangevraagd worden?"
    )

    assert Ask.OUT_OF_SCOPE in reading.asks
    assert Ask.DATES in reading.asks
    assert "WW" in reading.referrals[0]


def test_a_message_without_cues_gets_the_safe_reading() -> None:
    reading = read_asks("spoor twee")

    assert reading.asks == (Ask.WHAT_TO_DO,)
    assert not reading.confident


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        (
            "Spoor 2 is toch alleen iets voor grote bedrijven? Wij hebben maar 8 medewerkers.",
            "Spoor 2 is alleen iets voor grote bedrijven",
        ),
        ("Hij mag spoor 2 toch niet weigeren?", "Hij mag spoor 2 niet weigeren"),
    ],
)
def test_toch_inside_a_question_verifies_a_statement(text: str, statement: str) -> None:
    reading = read_asks(text)

    assert reading.asks[0] is Ask.CLAIM
    assert reading.claim is not None
    assert reading.claim.statement == statement


def test_toch_nog_is_no_claim() -> None:
    assert Ask.CLAIM not in read_asks("Moet ik toch nog spoor 2 starten?").asks


def test_a_dated_statement_is_the_story_not_a_claim() -> None:
    reading = read_asks("Hij is sinds 3 maart 2026 ziek. Wanneer is de eerstejaarsevaluatie?")

    assert reading.claim is None
    assert reading.asks == (Ask.DATES,)


def test_a_short_part_that_refers_back_gets_its_context() -> None:
    reading = read_asks("Hoe werkt spoor 2 en wat kost het?")

    assert "spoor 2" in reading.part_text(Ask.COSTS)


def test_a_short_part_with_its_own_subject_stands_alone() -> None:
    reading = read_asks("moet spoor 2 al starten, en wat als hij niet meewerkt?")

    assert reading.part_text(Ask.WHAT_TO_DO) == "wat als hij niet meewerkt?"


@pytest.mark.parametrize(
    ("text", "ask"),
    [
        ("Moeten we voor de overgebleven uren ook spoor 2 doen?", "spoor2_decision"),
        ("Zetten we het tweede spoor in voor of na de EJE?", "spoor2_decision"),
        ("Het AD-rapport komt in maart. Wachten we het rapport af?", "spoor2_decision"),
        ("Is de factuur van het re-integratiebureau fiscaal aftrekbaar?", "out_of_scope"),
        ("Hoe hoog wordt haar WIA-uitkering?", "out_of_scope"),
        ("Welke verzuimverzekering is het beste voor ons?", "out_of_scope"),
    ],
)
def test_more_ways_to_ask_for_the_spoor2_decision_or_something_out_of_scope(
    text: str, ask: str
) -> None:
    assert ask in {str(a) for a in read_asks(text).asks}


def test_a_one_person_business_with_an_employee_is_in_scope() -> None:
    asks = read_asks("Ik heb een eenmanszaak met één werknemer. Moet ik spoor 2 inzetten?")

    assert "out_of_scope" not in {str(a) for a in asks.asks}


@pytest.mark.parametrize(
    ("statement", "negations"),
    [
        ("Het loon stopt niet na 104 weken zolang UWV nog niet heeft beslist", 1),
        ("Tenzij hij weigert mag ik het loon niet stoppen", 1),
        ("Zolang er geen FML is, hoeft spoor 2 niet te starten", 1),
    ],
)
def test_a_condition_of_the_rule_is_no_part_of_its_polarity(statement: str, negations: int) -> None:
    assert extract_claim(statement).negations == negations


@pytest.mark.parametrize(
    ("message", "asks"),
    [
        ("Hoeveel moet ik doorbetalen?", ["costs"]),
        ("De bedrijfsarts had de probleemanalyse in week 6 moeten maken, klopt dat?", ["claim"]),
        ("Wanneer hadden PA en PvA er moeten zijn?", ["dates", "what_to_do"]),
    ],
)
def test_late_steps_and_wage_amounts(message: str, asks: list[str]) -> None:
    assert [str(a) for a in read_asks(message).asks] == asks


def test_a_part_marked_as_another_subject_is_referred_when_outside_the_domain() -> None:
    reading = read_asks(
        "Trainer ziek sinds 10 augustus. Wanneer moet de 42e-weeksmelding? En los daarvan: mag "
        "ik de abonnementsprijzen halverwege het jaar verhogen voor bestaande leden?"
    )
    assert reading.asks == (Ask.DATES, Ask.OUT_OF_SCOPE)
    assert len(reading.referrals) == 1
    # the same cue before a question of the domain refers nothing
    inside = read_asks(
        "Ziek sinds 3 maart. Wanneer is de EJE? En los daarvan: moet ik spoor 2 al starten?"
    )
    assert Ask.OUT_OF_SCOPE not in inside.asks


def test_not_yet_after_a_verb_of_rules_states_the_rule() -> None:
    rule = "Als de BA verwacht dat ze binnen drie maanden terug is, hoeft spoor 2 nog niet."
    assert read_asks(rule).asks == (Ask.CLAIM,)
    # "nog niet" of the story stays the story
    assert Ask.CLAIM not in read_asks("Spoor 2 is nog niet gestart.").asks


@pytest.mark.parametrize(
    ("question", "referred"),
    [
        ("Moet ik btw betalen over de factuur van het re-integratiebureau?", True),
        ("Is de btw op een spoor 2-traject aftrekbaar?", True),
        ("btw de wachttijd is gewoon 2 jaar na de ziekmelding toch? wanneer eindigt die?", False),
        ("Btw, hoe lang moet ik het loon doorbetalen als hij ziek blijft?", False),
        ("Los daarvan: moet ik btw rekenen over de taarten die ik lever?", True),
    ],
    ids=["vat-pay", "vat-the", "by-the-way", "by-the-way-comma", "vat-inside-a-clause"],
)
def test_btw_is_the_tax_only_where_it_names_it(question: str, referred: bool) -> None:
    """The tax "btw" is referred; "btw" for "by the way" opens an ordinary question."""
    reading = read_asks(question)

    assert any("Belastingdienst" in r for r in reading.referrals) is referred


@pytest.mark.parametrize(
    ("question", "statement"),
    [
        (
            "Klopt: spoor 2 mag wachten zolang er concreet perspectief is op hervatting?",
            "spoor 2 mag wachten zolang er concreet perspectief is op hervatting",
        ),
        ("Stelling: een werknemer mag spoor 2 weigeren.", "een werknemer mag spoor 2 weigeren"),
        ("Klopt dit: de werkgever betaalt het bureau?", "de werkgever betaalt het bureau"),
    ],
)
def test_a_label_before_a_colon_asks_to_verify(question: str, statement: str) -> None:
    """Klopt: and Stelling: put a statement to check; "Check: wanneer …?" asks a date."""
    reading = read_asks(question)

    assert reading.claim is not None
    assert reading.claim.statement == statement
    assert read_asks("Check: wanneer moet de probleemanalyse klaar zijn?").claim is None


@pytest.mark.parametrize(
    ("question", "decision"),
    [
        (
            "Wij vernemen gaarne of thans een re-integratietraject bij een andere werkgever dient "
            "te worden aangevangen.",
            True,
        ),
        ("Moeten we nu al met re-integratie bij een andere werkgever beginnen?", True),
        ("Is inzet van het tweede spoor thans aangewezen?", True),
        ("Moet ik een extern re-integratiebureau inhuren?", False),  # a provider, not the decision
    ],
)
def test_the_decision_in_other_words_for_spoor_2(question: str, decision: bool) -> None:
    """Spoor 2 named as re-integration with another employer, and asked in formal words."""
    assert (Ask.SPOOR2_DECISION in read_asks(question).asks) is decision


@pytest.mark.parametrize(
    ("question", "statement"),
    [
        (
            "Mijn verzuimverzekering zegt UWV betaalt het re-integratiebureau voor spoor 2.",
            "UWV betaalt het re-integratiebureau voor spoor 2",
        ),
        (
            "mijn vrouw doet de boekhouding en zegt spoor twee moet je pas doen na een jaar",
            "spoor twee moet je pas doen na een jaar",
        ),
        ("Onze casemanager zegt: spoor 2 moet pas na een jaar.", "spoor 2 moet pas na een jaar"),
    ],
)
def test_someone_elses_statement_told_without_dat(question: str, statement: str) -> None:
    """A third party's statement put up by "zegt" without "dat" is a claim to check."""
    reading = read_asks(question)

    assert reading.claim is not None
    assert reading.claim.statement == statement


@pytest.mark.parametrize(
    "story",
    [
        "De bedrijfsarts zegt hij kan niet meer rijden. Moet spoor 2 nu starten?",
        "Mijn werknemer zegt ze is nog te moe. Wanneer moet de probleemanalyse klaar zijn?",
        "Mijn collega zei het is onzin. Wanneer moet de probleemanalyse klaar zijn?",
    ],
)
def test_news_told_without_dat_is_no_claim(story: str) -> None:
    """The doctor's or the employee's words are the case; "het is onzin" states no rule."""
    assert read_asks(story).claim is None


def test_geen_benutbare_mogelijkheden_is_a_term_not_a_negation() -> None:
    """The claim on GBM and "bij GBM … nooit meer" count one negation each ("nooit")."""
    claim = (
        "Bij geen benutbare mogelijkheden hoeft de werkgever nooit meer iets aan spoor 2 te doen."
    )

    assert count_negations(claim) == count_negations("Bij GBM hoeft hij nooit meer iets te doen")


@pytest.mark.parametrize(
    ("text", "throughout"),
    [
        ("Zijn de kosten aftrekbaar voor de vennootschapsbelasting, en moet er btw op?", True),
        ("Hoe hoog wordt de WW-uitkering na zijn ontslag?", True),
        ("Zijn de kosten aftrekbaar voor de vennootschapsbelasting, of betaalt UWV ze?", False),
        ("Wie betaalt het re-integratiebureau en zijn die kosten aftrekbaar?", False),
        ("Wanneer moet de probleemanalyse klaar zijn?", False),
    ],
)
def test_a_text_is_referred_throughout_only_when_every_clause_is(
    text: str, throughout: bool
) -> None:
    assert referred_throughout(text) is throughout
