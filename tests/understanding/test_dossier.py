"""The case dossier: facts read from real Dutch, with provenance, corrections and a JSON form."""

import json
from datetime import date

import pytest

from spoorwijzer.understanding.dossier import (
    Certainty,
    Dossier,
    DossierError,
    Fact,
    read_message,
    read_messages,
)
from spoorwijzer.understanding.story_facts import mentions_diagnosis, read_story_facts

TODAY = date(2026, 12, 1)


def test_story_with_vague_date_and_judgement() -> None:
    reading = read_message(
        Dossier(),
        "Mijn medewerker zit sinds begin februari thuis met rugklachten, de bedrijfsarts zegt "
        "dat hij zijn eigen werk als chauffeur niet meer kan doen.",
        TODAY,
    )
    dossier = reading.dossier

    assert dossier.first_sick_day == date(2026, 2, 1)
    assert not dossier.first_sick_day_exact
    assert dossier.facts["ziekteperiodes"].certainty is Certainty.APPROXIMATE
    assert dossier.facts["ziekteperiodes"].source == "bericht 1"
    assert dossier.get("oordeel_bedrijfsarts") == "eigen_werk_niet"
    assert reading.diagnosis_given
    assert "rugklachten" not in json.dumps(dossier.to_dict())


def test_a_later_message_corrects_the_first_day() -> None:
    dossier = read_messages(["Ze is ziek sinds 3 februari.", "nee, het was 3 maart"], TODAY)

    assert dossier.first_sick_day == date(2026, 3, 3)
    assert dossier.facts["ziekteperiodes"].source == "bericht 2"
    assert dossier.first_sick_day_exact


def test_a_relapse_in_a_later_message_adds_a_period() -> None:
    dossier = read_messages(
        ["Ziek van 12 januari 2026 t/m 19 april 2026.", "Sinds 11 mei 2026 is hij weer ziek."],
        TODAY,
    )

    assert dossier.get("ziekteperiodes") == [["2026-01-12", "2026-04-19"], ["2026-05-11", None]]


def test_a_later_message_telling_a_recovery_closes_the_open_period() -> None:
    """ "Tussendoor van 1 t/m 20 juni gewerkt" splits the period told before; nothing is lost."""
    dossier = read_messages(
        [
            "Ziek sinds 6 mei 2026.",
            "Correctie: van 1 t/m 20 juni heeft ze gewoon gewerkt, op 21 juni weer ziek.",
        ],
        TODAY,
    )

    assert dossier.get("ziekteperiodes") == [["2026-05-06", "2026-05-31"], ["2026-06-21", None]]


def test_a_relapse_without_its_recovery_never_silently_replaces_the_first_day() -> None:
    """ "Op 10 juni weer ziek" keeps 6 mei and waits for the recovery; then two periods."""
    told = read_messages(["Ziek sinds 6 mei 2026.", "Op 10 juni werd ze weer ziek."], TODAY)

    assert told.get("ziekteperiodes") == [["2026-05-06", None]]
    assert told.get("herval") == "2026-06-10"

    recovered = read_message(told, "Ze was per 25 mei hersteld.", TODAY).dossier

    assert recovered.get("ziekteperiodes") == [["2026-05-06", "2026-05-24"], ["2026-06-10", None]]
    assert "herval" not in recovered.facts


@pytest.mark.parametrize(
    ("messages", "periods", "herval"),
    [
        # Found in review: none of these may lose the first sick day told before.
        (
            ["ziek sinds 3 maart", "Op 10 juni weer ziek.", "Nee, ze werd op 12 juni weer ziek."],
            [["2026-03-03", None]],
            "2026-06-12",
        ),
        (
            ["ziek sinds 3 maart", "Sorry, ze werd op 10 juni weer ziek."],
            [["2026-03-03", None]],
            "2026-06-10",
        ),
        (
            ["ziek sinds 3 maart", "Ze is op 10 juni weer ziek geworden na herstel op 1 juni"],
            [["2026-03-03", "2026-05-31"], ["2026-06-10", None]],
            None,
        ),
        (
            [
                "ziek sinds 3 maart",
                "weer ziek op 10 juni",
                "hersteld op 1 juni, op 10 juni weer ziek",
            ],
            [["2026-03-03", "2026-05-31"], ["2026-06-10", None]],
            None,
        ),
    ],
)
def test_relapses_keep_the_first_sick_day(
    messages: list[str], periods: list[list[str | None]], herval: str | None
) -> None:
    dossier = read_messages(messages, TODAY)

    assert dossier.get("ziekteperiodes") == periods
    assert dossier.get("herval") == herval


def test_an_approximate_first_day_stays_approximate_after_a_relapse() -> None:
    dossier = read_messages(["Ze is al een half jaar ziek.", "Op 10 november weer ziek."], TODAY)

    assert not dossier.first_sick_day_exact
    assert dossier.facts["ziekteperiodes"].quote


def test_a_date_after_ziekmelding_is_the_first_sick_day() -> None:
    dossier = read_messages(["Wat zijn de deadlines bij ziekmelding 3 maart?"], TODAY)

    assert dossier.get("ziekteperiodes") == [["2026-03-03", None]]


def test_a_deadline_the_user_names_is_no_fact_of_the_case() -> None:
    """ "EJE moet uiterlijk op 4 januari." ends its sentence: the next one's "sinds" is not its cue."""
    dossier = read_messages(
        ["De EJE moet uiterlijk op 4 januari. Hij is sinds 6 januari 2026 uit."], TODAY
    )

    assert dossier.get("ziekteperiodes") == [["2026-01-06", None]]
    assert "eerstejaarsevaluatie" not in dossier.facts


def test_durations_and_contract_end() -> None:
    dossier = read_messages(
        [
            "Ziek sinds 6 januari 2025; we verlengen de loondoorbetaling met een half jaar.",
            "Zijn contract loopt af op 31 januari.",
        ],
        TODAY,
    )
    facts = dossier.case_facts()

    assert facts is not None
    assert facts.verlenging_weken == 26
    assert dossier.get("einde_dienstverband") == "2027-01-31"


@pytest.mark.parametrize(
    ("text", "fact", "value"),
    [
        (
            "de bedrijfsarts zegt dat hij nooit meer kan rijden",
            "oordeel_bedrijfsarts",
            "eigen_werk_niet",
        ),
        ("intern is er niets voor hem", "intern_passend_werk", "nee"),
        ("er is geen passend werk in ons bedrijf", "intern_passend_werk", "nee"),
        ("we hebben wel ander werk voor haar", "intern_passend_werk", "ja"),
        ("ze kan wel halve dagen werken", "oordeel_bedrijfsarts", "ander_werk_mogelijk"),
        ("de bedrijfsarts ziet geen benutbare mogelijkheden", "oordeel_bedrijfsarts", "gbm"),
        (
            "er is nog geen arbeidsdeskundige bij betrokken",
            "arbeidsdeskundig_onderzoek",
            "niet_gedaan",
        ),
        ("de arbeidsdeskundige komt volgende week", "arbeidsdeskundig_onderzoek", "gepland"),
        ("hij weigert mee te werken", "medewerking", "nee"),
        (
            "verwacht wordt dat hij binnen 6 weken terug is in zijn eigen werk",
            "zicht_op_terugkeer",
            "binnen_3_maanden",
        ),
        ("over een half jaar is ze misschien terug", "zicht_op_terugkeer", "later_dan_3_maanden"),
        ("we hebben nog geen brief van UWV gehad", "uwv_brief_ontvangen", "nee"),
        ("de 42e weeks melding is nog niet gedaan", "melding_42e_gedaan", "nee"),
        ("wij zijn geen eigenrisicodrager", "eigenrisicodrager_zw", "nee"),
        (
            "de bedrijfsarts zegt dat terugkeer in haar eigen werk niet meer gaat",
            "oordeel_bedrijfsarts",
            "eigen_werk_niet",
        ),
        (
            "de bedrijfsarts zegt dat mijn werknemer 20 uur per week aangepast werk kan doen",
            "oordeel_bedrijfsarts",
            "ander_werk_mogelijk",
        ),
        (
            "we wachten tot de arbeidsdeskundige is langs geweest",
            "arbeidsdeskundig_onderzoek",
            "gepland",
        ),
        (
            "Na 11 maanden ziekte zegt de bedrijfsarts dat hij over 2 maanden weer volledig in "
            "zijn eigen werk kan",
            "zicht_op_terugkeer",
            "binnen_3_maanden",
        ),
    ],
)
def test_story_facts_with_negation(text: str, fact: str, value: str) -> None:
    found = {f.name: f.value for f in read_story_facts(text)}

    assert found.get(fact) == value


def test_no_diagnosis_in_plain_text() -> None:
    assert mentions_diagnosis("hij heeft een burn-out")
    assert not mentions_diagnosis("hij is ziek sinds maart")


def test_round_trip_and_bad_files() -> None:
    dossier = read_messages(["Ziek sinds 3 februari 2026, intern is er niets."], TODAY)
    again = Dossier.from_dict(json.loads(json.dumps(dossier.to_dict())))

    assert again == dossier
    with pytest.raises(DossierError, match="vorm"):
        Dossier.from_dict([1, 2])
    with pytest.raises(DossierError, match="ongeldig"):
        Dossier.from_dict({"facts": {"ziekteperiodes": {"value": [["2026-02-31", None]]}}})
    with pytest.raises(DossierError, match="Onbekend gegeven"):
        Dossier().with_fact(Fact("diagnose", "griep", "formulier"))


def test_a_general_or_hypothetical_sentence_states_no_case_fact() -> None:
    text = (
        "Klopt het dat als je iemand 100% beter meldt en hij valt weer uit, alles opnieuw begint?"
    )
    assert read_story_facts(text) == []


def test_a_relapse_weeks_back_is_a_new_period_named_as_approximate() -> None:
    """A relapse "3 weken terug" after a closed period: a new start, approximate, not exact."""
    dossier = read_messages(
        ["Ze is 3 weken terug weer ziek geworden, daarvoor was ze van 10 maart t/m 20 juli ziek."],
        date(2026, 12, 6),
    )

    assert dossier.get("ziekteperiodes") == [["2026-03-10", "2026-07-20"], ["2026-11-15", None]]
    assert not dossier.first_sick_day_exact
    assert dossier.facts["ziekteperiodes"].quote == "3 weken terug"
