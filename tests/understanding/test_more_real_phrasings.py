"""More phrasings from real messages: named days, weekday years, short dates, story facts."""

from __future__ import annotations

import datetime as dt

import pytest

from spoorwijzer.language.named_days import find_named_days
from spoorwijzer.language.synonyms import expand_query, opposed
from spoorwijzer.rules.claim_terms import agreement
from spoorwijzer.understanding.asks import count_negations, read_asks
from spoorwijzer.understanding.dossier import read_messages
from spoorwijzer.understanding.story_facts import read_story_facts

TODAY = dt.date(2026, 12, 6)


def facts(*messages: str, today: dt.date = TODAY) -> dict[str, object]:
    dossier = read_messages(messages, today)
    return {name: fact.value for name, fact in dossier.facts.items()}


def certainty(*messages: str) -> str:
    return str(read_messages(messages, TODAY).facts["ziekteperiodes"].certainty)


@pytest.mark.parametrize(
    ("message", "first_day", "exact"),
    [
        ("Sinds de dag na Koningsdag zit onze schilder thuis.", "2026-04-28", "exact"),
        ("Ze is vlak na de kerst ziek geworden.", "2025-12-25", "approximate"),
        ("Hij zit sinds eind vorig jaar ziek thuis.", "2025-12-01", "approximate"),
        (
            "Na de zomervakantie ziek geworden, sindsdien niet meer gewerkt.",
            "2026-09-01",
            "approximate",
        ),
        # the weekday settles the year: 3 februari was a Monday in 2025, not in 2026
        ("Onze planner is sinds maandag 3 februari ziek.", "2025-02-03", "exact"),
        ("Burn-out, inmiddels 13 maanden. Wat nu?", "2025-11-06", "approximate"),
        ("Hij zit nu op 104 weken en UWV heeft nog niet beslist.", "2024-12-08", "approximate"),
        ("Mijn monteur is bijna een jaar uit de roulatie.", "2025-12-06", "approximate"),
        # a season gives way to the month in the same sentence
        ("Rond de zomer ziek geworden, ergens in juli denk ik.", "2026-07-01", "approximate"),
    ],
)
def test_first_sick_day_from_named_days_and_durations(
    message: str, first_day: str, exact: str
) -> None:
    periods = facts(message)["ziekteperiodes"]
    assert isinstance(periods, list)
    assert periods[0][0] == first_day
    assert certainty(message) == exact


def test_a_named_day_in_a_given_year_and_before_today() -> None:
    days = find_named_days("sinds Hemelvaart 2025, en op tweede kerstdag", TODAY)
    assert [d.day for d in days] == [dt.date(2025, 5, 29), dt.date(2025, 12, 26)]
    assert all(d.exact for d in days)


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        (  # the AOW date in parentheses is no second sick period
            "Onze oudste kracht (AOW-datum 14 juni 2028) is ziek sinds 2 februari.",
            {"ziekteperiodes": [["2026-02-02", None]], "aow_datum": "2028-06-14"},
        ),
        (  # casemanager shorthand: day-month without a year beside date words
            "WN AO vanaf 10-03-2026, per 1-7 volledig hervat, 28-7 opnieuw uitgevallen.",
            {"ziekteperiodes": [["2026-03-10", "2026-06-30"], ["2026-07-28", None]]},
        ),
        (  # the relapse verb later in the sentence still names the date
            "Beter gemeld per 2 november, maar gisteren, maandag 30 november, heeft hij zich "
            "weer ziek gemeld. Ziek was hij sinds 7 september.",
            {"ziekteperiodes": [["2026-09-07", "2026-11-01"], ["2026-11-30", None]]},
        ),
        (  # exact ranges beat the vague "in februari"
            "Ze was in februari vaak ziek. Ziek 2 t/m 20 februari, ziek 9 maart t/m 31 mei, "
            "en sinds 15 juni weer thuis.",
            {
                "ziekteperiodes": [
                    ["2026-02-02", "2026-02-20"],
                    ["2026-03-09", "2026-05-31"],
                    ["2026-06-15", None],
                ]
            },
        ),
        ("UWV legt een loonsanctie van 52 weken op.", {"loonsanctie_weken": 52}),
        (
            "Ziek sinds 3 maart 2025; we willen de loondoorbetaling samen 26 weken verlengen.",
            {"ziekteperiodes": [["2025-03-03", None]], "verlenging_weken": 26},
        ),
        ("hij werkt 1-2 dagen per week, op 3-4 uur per dag", {}),
    ],
)
def test_dates_and_weeks_from_stories(message: str, expected: dict[str, object]) -> None:
    assert facts(message) == expected


def test_a_corrected_relapse_replaces_the_last_start() -> None:
    first = "Ziek van 5 januari t/m 8 februari en sinds 2 maart weer ziek. Wanneer de 42e week?"
    second = "nee wacht, hij is pas op 9 maart weer ziek geworden, niet de 2e."
    assert facts(first, second)["ziekteperiodes"] == [
        ["2026-01-05", "2026-02-08"],
        ["2026-03-09", None],
    ]


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        (
            "Volgens de bedrijfsarts kan ze halve dagen kantoorwerk. Wij hebben geen "
            "administratieve functie vrij.",
            {"oordeel_bedrijfsarts": "ander_werk_mogelijk", "intern_passend_werk": "nee"},
        ),
        (
            "De arbeidsarts zegt dat hij zijn job niet meer kan doen, maar intern hebben we wel "
            "een plaatsje aan het onthaal.",
            {"oordeel_bedrijfsarts": "eigen_werk_niet", "intern_passend_werk": "ja"},
        ),
        (
            "Bij ons in het magazijn is wel inpakwerk dat ze zou kunnen doen.",
            {"intern_passend_werk": "ja"},
        ),
        (
            "Binnen ons bedrijf is alles fysiek, de receptie is bezet.",
            {"intern_passend_werk": "nee"},
        ),
        (
            "Het AD-rapport is binnen: eigen werk (monteur) niet meer passend, ander passend "
            "werk binnen de organisatie niet aanwezig.",
            {
                "arbeidsdeskundig_onderzoek": "gedaan",
                "oordeel_bedrijfsarts": "eigen_werk_niet",
                "intern_passend_werk": "nee",
            },
        ),
        (
            "AD heeft plaatsgevonden, conclusie: spoor 1 niet haalbaar.",
            {"arbeidsdeskundig_onderzoek": "gedaan", "intern_passend_werk": "nee"},
        ),
        ("De 42e-weeksmelding is nooit gedaan!", {"melding_42e_gedaan": "nee"}),
        ("Moet de 42e weeks melding al gedaan zijn?", {}),
        (
            "De bedrijfsarts schrijft: op dit moment geen mogelijkheden.",
            {"oordeel_bedrijfsarts": "gbm"},
        ),
        (
            "De bedrijfsarts vindt het ook passend, maar ze weigert.",
            {"oordeel_bedrijfsarts": "ander_werk_mogelijk", "medewerking": "nee"},
        ),
        ("Hij komt al twee keer niet opdagen bij de bedrijfsarts.", {"medewerking": "nee"}),
        (
            "In de FML staat dat tillen structureel niet meer gaat.",
            {"oordeel_bedrijfsarts": "eigen_werk_niet"},
        ),
        (  # a condition in a claim states nothing
            "Klopt het dat spoor 2 kan wachten als de bedrijfsarts verwacht dat hij binnen 3 "
            "maanden terug is?",
            {},
        ),
        ("wat betekend GBM in een verslag van de bedrijfsarts", {}),
        ("De bedrijfsarts verwacht geen verdere opbouw meer.", {"zicht_op_terugkeer": "geen"}),
    ],
)
def test_story_facts_in_more_words(message: str, expected: dict[str, str]) -> None:
    assert {f.name: f.value for f in read_story_facts(message)} == expected


@pytest.mark.parametrize(
    ("message", "asks"),
    [
        # a story sentence about the doctor's judgement is no claim; the question is the decision
        (
            "De bedrijfsarts verwacht dat ze binnen 2 maanden terug is. Kan ik spoor 2 laten "
            "zitten?",
            ["spoor2_decision"],
        ),
        (
            "Spoor 2 loopt sinds 3 maanden via een bureau. Nu stelt de bedrijfsarts vast dat er geen benutbare "
            "mogelijkheden zijn. Moeten we het traject stoppen?",
            ["spoor2_decision"],
        ),
        # verb first: "toch" means "still", not "isn't it?"
        (
            "Hij heeft GBM volgens de BA. Moet er dan toch een tweede spoor komen?",
            ["spoor2_decision"],
        ),
        (
            "Werknemer werkt al maanden halve dagen. Hoe zit het dan met spoor 2?",
            ["spoor2_decision"],
        ),
        # numbered questions in one sentence are questions, not a plain statement
        (
            "Drie vragen: 1) wanneer moet de EJE uiterlijk, 2) moeten we nu al een tweede spoor "
            "starten, 3) wat kost zo'n traject ongeveer?",
            ["spoor2_decision", "dates", "costs"],
        ),
        ("Het klopt toch dat kleine werkgevers alleen spoor 2 hoeven te doen?", ["claim"]),
        (
            "Wat houdt dat 'vrijwillig verlengen van de loondoorbetaling' precies in?",
            ["explain_term"],
        ),
        ("Kunt u uitleggen wat het verschil is tussen spoor 1 en spoor 2?", ["explain_term"]),
        ("Ik hoorde iets over de 42e week. Wat precies en wanneer?", ["dates"]),
        (  # an event in the story ("UWV heeft … opgelegd") is no claim
            "UWV heeft half november een loonsanctie opgelegd. Tot wanneer moeten we nu loon "
            "betalen, en kunnen we er nog iets aan doen?",
            ["dates", "costs", "what_to_do"],
        ),
        ("Ziek sinds 3 maart. Zijn we te laat?", ["dates"]),
    ],
)
def test_asks_in_more_words(message: str, asks: list[str]) -> None:
    assert [str(a) for a in read_asks(message).asks] == asks


@pytest.mark.parametrize(
    ("statement", "claim", "opposites"),
    [
        ("Spoor 1 loopt gewoon door naast spoor 2", "Spoor 1 stopt zodra spoor 2 start.", 1),
        ("Een RIV is vrijblijvend", "Een re-integratieverslag is verplicht.", 1),
        ("Het deskundigenoordeel is maar een advies", "Een deskundigenoordeel is bindend.", 1),
        ("Spoor 1 stopt als spoor 2 begint", "Spoor 1 stopt zodra spoor 2 start.", 0),
    ],
)
def test_opposite_wordings_flip_a_claim(statement: str, claim: str, opposites: int) -> None:
    assert opposed(statement, claim) == opposites
    assert agreement(statement, claim) > 0


def test_paying_speaks_of_investing_for_the_claim_matcher_only() -> None:
    assert agreement(
        "Dat traject moeten wij zelf betalen", "De werkgever hoeft niet te investeren."
    )
    assert "investeren" not in expand_query("Moet ik het loon door blijven betalen?")


def test_a_concession_does_not_turn_a_statement_around() -> None:
    claim = "De loondoorbetaling stopt na 104 weken, ook als UWV nog niet heeft beslist."
    assert count_negations(claim) == 0
    assert count_negations("Spoor 2 hoeft niet, ook als hij niet terugkomt") == 1
    assert opposed("We moeten langer loon doorbetalen omdat UWV traag is", claim) == 1


@pytest.mark.parametrize(
    ("message", "first_day"),
    [
        # a season in a sentence without sickness words is no sick day
        ("Burn-out, inmiddels 13 maanden. Dat zeiden ze in het voorjaar ook.", "2025-11-06"),
        ("Sinds juni ziek, vorig jaar was ze ook eens ziek.", "2026-06-01"),
        ("Vorig jaar in juni ziek geworden.", "2025-06-01"),
    ],
)
def test_vague_dates_read_in_their_own_clause(message: str, first_day: str) -> None:
    periods = facts(message)["ziekteperiodes"]
    assert isinstance(periods, list)
    assert periods[0][0] == first_day


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("De BA rekent op terugkeer over een maand of zes.", "later_dan_3_maanden"),
        (
            "Volgens de BA is de prognose onduidelijk, terugkeer niet op korte termijn.",
            "later_dan_3_maanden",
        ),
        (
            "De arbeidsarts verwacht dat ze binnen de twee maanden haar job volledig hervat.",
            "binnen_3_maanden",
        ),
        ("Terugkeer binnen het eigen bedrijf is uitgesloten, zegt de BA.", "geen"),
        ("Er is geen enkel perspectief dat ze bij ons terugkomt.", "geen"),
    ],
)
def test_the_prospect_in_more_words(message: str, expected: str) -> None:
    found = {f.name: f.value for f in read_story_facts(message)}
    assert found["zicht_op_terugkeer"] == expected


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("Het AD is in week 40 uitgevoerd door de arbodienst.", "gedaan"),
        ("Morgen heeft ze haar eerste gesprek met de arbeidsdeskundige.", "gepland"),
        ("Van een arbeidsdeskundig onderzoek is het nog niet gekomen.", "niet_gedaan"),
        ("AD: nog niet uitgevoerd.", "niet_gedaan"),
    ],
)
def test_the_arbeidsdeskundig_onderzoek_by_its_cue(message: str, expected: str) -> None:
    found = {f.name: f.value for f in read_story_facts(message)}
    assert found["arbeidsdeskundig_onderzoek"] == expected


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("Ze werkt heel goed mee aan het plan van aanpak.", "ja"),
        ("Hij heeft drie afspraken bij de arbo-arts zonder reden afgezegd.", "nee"),
        ("Werknemer verleent volledige medewerking.", "ja"),
    ],
)
def test_cooperation_in_more_words(message: str, expected: str) -> None:
    found = {f.name: f.value for f in read_story_facts(message)}
    assert found["medewerking"] == expected


@pytest.mark.parametrize(
    ("message", "today", "expected"),
    [  # ordinary sentences that name no sick day (from a review of this change)
        ("Ziek sinds 1 februari 2026. Op 1 december zit ik met hem bij de BA.", TODAY, 1),
        ("De AO-beoordeling was op 1 oktober 2026. Ziek sinds 3 maart 2026.", TODAY, 1),
        ("Ze werkt op 4/5 basis en is sinds 3 maart 2026 ziek.", TODAY, 1),
        ("De wachttijd zit op 104 weken, klopt dat? Ziek sinds 3 maart 2026.", TODAY, 1),
        ("Hij is al ziek; we zitten nu in week 30 van het jaar.", TODAY, 0),
        ("Ze is eind dit jaar uitgevallen.", dt.date(2027, 1, 3), 0),
    ],
)
def test_no_extra_sick_period_from_ordinary_words(
    message: str, today: dt.date, expected: int
) -> None:
    periods = facts(message, today=today).get("ziekteperiodes") or []
    assert isinstance(periods, list)
    assert len(periods) == expected


@pytest.mark.parametrize(
    ("message", "first_day"),
    [
        ("Werknemer is ziek sinds dinsdag 2 maart.", "2026-03-02"),  # weekday of no past year
        ("Ze is in de zomer van 2025 uitgevallen.", "2025-06-01"),
        ("Ze is na de zomer uitgevallen.", "2026-09-01"),
        ("Vlak voor de kerst vorig jaar ziek geworden.", "2025-12-18"),
    ],
)
def test_named_times_read_from_their_words(message: str, first_day: str) -> None:
    periods = facts(message)["ziekteperiodes"]
    assert isinstance(periods, list)
    assert periods[0][0] == first_day


@pytest.mark.parametrize(
    "message",
    [
        "Er is niks mis met zijn motivatie.",
        "Dat regelen we ad hoc, volgende week bellen we hem.",
        "Moet een arbeidsdeskundig onderzoek altijd worden gedaan voor spoor 2?",
        "Hij doet niet echt mee aan de zumba.",
        "Ze reageert niet goed op de medicatie.",
        "We hebben de gesprekken afgezegd vanwege corona.",
    ],
)
def test_no_story_fact_from_ordinary_sentences(message: str) -> None:
    assert read_story_facts(message) == []


@pytest.mark.parametrize(
    ("message", "asks"),
    [
        ("Is het toch zo dat spoor 1 stopt als spoor 2 start?", ["claim"]),
        ("Mag je toch niet ontslaan tijdens ziekte?", ["claim"]),
        ("De bedrijfsarts stelt vast of er benutbare mogelijkheden zijn.", ["claim"]),
        ("Werknemer mag spoor 2 weigeren.", ["claim"]),
        ("Ze moeten als werkgever spoor 2 altijd na een jaar starten.", ["claim"]),
        (
            "Zij wil niet naar een andere werkgever. Moeten we spoor 2 toch starten?",
            ["spoor2_decision"],
        ),
    ],
)
def test_claims_kept_beside_the_story_rules(message: str, asks: list[str]) -> None:
    assert [str(a) for a in read_asks(message).asks] == asks


@pytest.mark.parametrize(
    ("statement", "claim", "parity"),
    [
        ("Inhuren is niet nodig", "De werkgever is verplicht een bureau in te huren.", 0),
        ("De loondoorbetaling loopt niet door na 104 weken", "De loondoorbetaling stopt.", 1),
        ("Spoor 1 loopt niet door als spoor 2 start", "Spoor 1 stopt zodra spoor 2 start.", 1),
    ],
)
def test_a_negated_wording_is_read_once(statement: str, claim: str, parity: int) -> None:
    """ "loopt niet door" says "stopt": one turn that cancels the statement's own "niet"."""
    assert opposed(statement, claim) == parity


def test_a_stranger_story_in_chat_style() -> None:
    found = read_story_facts(
        "BA zegt dat ie nooit meer op de vrachtwagen kan. we hebben alleen chauffeurs."
    )
    assert {f.name: f.value for f in found} == {
        "oordeel_bedrijfsarts": "eigen_werk_niet",
        "intern_passend_werk": "nee",
    }
    assert read_story_facts("We hebben alleen een vraag over de kosten.") == []
    assert read_story_facts("ik heb alleen de bedrijfsarts een keer gebeld") == []


@pytest.mark.parametrize(
    ("message", "first_day"),
    [  # the week named as the sickness's own, also when "we" tell it
        ("We zitten in week 38 van het verzuim, wanneer moet de 42e week melding?", "2026-03-23"),
        ("we zitten nu in week 12 van haar ziekte, wat nu", "2026-09-21"),
    ],
)
def test_the_week_of_the_sickness_told_by_we(message: str, first_day: str) -> None:
    dossier = read_messages([message], dt.date(2026, 12, 7))
    fact = dossier.facts["ziekteperiodes"]
    assert fact.value[0][0] == first_day  # type: ignore[index]
    assert str(fact.certainty) == "approximate"
    # the calendar week, and another person's sickness, are still no sick day
    assert "ziekteperiodes" not in read_messages(["we zitten in week 40"], TODAY).facts
    wife = "we zitten in week 3 van de ziekte van mijn vrouw, kan ik zorgverlof geven?"
    assert "ziekteperiodes" not in read_messages([wife], TODAY).facts
