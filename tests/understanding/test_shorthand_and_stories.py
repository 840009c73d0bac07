"""Casemanager shorthand, one-line corrections, durations in a story, and judgements in more words."""

from __future__ import annotations

import datetime as dt

import pytest

from spoorwijzer.language.sentences import split_sentences
from spoorwijzer.language.wording import verb_root
from spoorwijzer.understanding.asks import read_asks
from spoorwijzer.understanding.dossier import read_messages

TODAY = dt.date(2026, 12, 6)


def facts(*messages: str) -> dict[str, object]:
    dossier = read_messages(messages, TODAY)
    return {name: fact.value for name, fact in dossier.facts.items()}


def periods(message: str) -> object:
    return facts(message).get("ziekteperiodes")


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("EZD 3-9, wanneer de PvA?", [["2026-09-03", None]]),
        ("1e zd 15-10. Wat nu?", [["2026-10-15", None]]),
        ("eerste ziektedag: 2-4, BA zegt nog niets", [["2026-04-02", None]]),
        # a one-line correction names the right date and the wrong one
        ("Foutje: het is 14-08 en niet 08-14.", [["2026-08-14", None]]),
        ("correctie: EZD is 4-5, niet 5-4", [["2026-05-04", None]]),
        # "tm" for "t/m", and "weer klachten" starts the next period
        (
            "ziek 2 maart tm 20 maart, daarna gewerkt en vanaf 1 mei weer klachten",
            [["2026-03-02", "2026-03-20"], ["2026-05-01", None]],
        ),
        # a stretch of work between two periods is no date counted back from today
        (
            "Ziek van 5 jan t/m 30 jan, daarna ruim twee maanden gewoon aan het werk en sinds "
            "14 april opnieuw ziek.",
            [["2026-01-05", "2026-01-30"], ["2026-04-14", None]],
        ),
        # "Nu … sinds 2 november" runs up to today: not the year of the earlier story
        (
            "In 2025 was ze ziek van 3 februari tot en met 1 april 2025. Daarna lang gewerkt. "
            "Nu is ze sinds 2 november weer ziek.",
            [["2025-02-03", "2025-04-01"], ["2026-11-02", None]],
        ),
    ],
)
def test_sick_periods_from_shorthand_and_corrections(message: str, expected: object) -> None:
    assert periods(message) == expected


def test_a_borrowed_year_stays_within_a_story_without_now() -> None:
    message = "Ziek vanaf 3 maart 2025. Hersteld op 10 juni. Sinds 1 juli weer ziek."
    assert periods(message) == [["2025-03-03", "2025-06-09"], ["2025-07-01", None]]


@pytest.mark.parametrize(
    ("message", "first_day"),
    [
        ("Ze zit nu een week of vier thuis.", "2026-11-08"),
        ("Hij zegt dat hij niet kan werken en we zijn al 14 maanden verder.", "2025-10-06"),
        ("Samengevat: eigen werk niet, 15 maanden ziek, intern niets.", "2025-09-06"),
        ("Sinds de herfstvakantie is hij niet meer op school geweest.", "2026-10-24"),
        # an exact date beside "al bijna twee jaar" restates it, a month and more apart
        ("Ik bedoelde 10 februari vorig jaar. Hij is al bijna twee jaar thuis.", "2025-02-10"),
    ],
)
def test_first_day_from_durations_and_holidays(message: str, first_day: str) -> None:
    found = periods(message)
    assert isinstance(found, list)
    assert found[0][0] == first_day


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # a duration ahead ("over ruim een jaar") is no sick day; the AOW date across a comma
        (
            "Hij gaat over ruim een jaar met pensioen en krijgt dan AOW, op 1 maart 2028. Ziek "
            "sinds 3 juni.",
            {"ziekteperiodes": [["2026-06-03", None]], "aow_datum": "2028-03-01"},
        ),
        (
            "Onze heftruckchauffeur (66) is sinds 2 juni ziek en wordt op 5 mei 2027 67.",
            {"ziekteperiodes": [["2026-06-02", None]], "aow_datum": "2027-05-05"},
        ),
        # the next date's "is sinds" is not this date's cue
        (
            "Een uitzendkracht met een contract tot en met 28 februari 2027 is sinds 10 oktober "
            "ziek.",
            {"ziekteperiodes": [["2026-10-10", None]], "einde_dienstverband": "2027-02-28"},
        ),
    ],
)
def test_dates_that_look_ahead(message: str, expected: dict[str, object]) -> None:
    assert {k: v for k, v in facts(message).items() if k in expected} == expected


def test_an_eigenrisicodrager_for_the_wga_is_none_for_the_ziektewet() -> None:
    assert "eigenrisicodrager_zw" not in facts("Wij zijn eigenrisicodrager voor de WGA.")
    assert facts("Wij zijn eigenrisicodrager voor de Ziektewet.")["eigenrisicodrager_zw"] == "ja"


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        (
            "De bedrijfsarts ziet geen terugkeer in zijn eigen functie. Terugkeer bij ons lijkt "
            "er niet in te zitten.",
            {"oordeel_bedrijfsarts": "eigen_werk_niet", "zicht_op_terugkeer": "geen"},
        ),
        (
            "BA zegt: de dakgoot op gaat niet meer. Bij ons kan hij niet meer terug.",
            {
                "oordeel_bedrijfsarts": "eigen_werk_niet",
                "intern_passend_werk": "nee",
                "zicht_op_terugkeer": "geen",
            },
        ),
        (
            "Volgens de arbo-arts kan onze kok de keuken nooit meer in.",
            {"oordeel_bedrijfsarts": "eigen_werk_niet"},
        ),
        (
            "BA: EW nee, AW wel. AD is gedaan: geen intern PW.",
            {
                "oordeel_bedrijfsarts": "ander_werk_mogelijk",
                "arbeidsdeskundig_onderzoek": "gedaan",
                "intern_passend_werk": "nee",
            },
        ),
        (
            "The bedrijfsarts says he can do other work, not his own job. No other jobs here. "
            "No arbeidsdeskundige yet.",
            {
                "oordeel_bedrijfsarts": "ander_werk_mogelijk",
                "intern_passend_werk": "nee",
                "arbeidsdeskundig_onderzoek": "niet_gedaan",
            },
        ),
        (
            "Onze stratenmaker mag van de bedrijfsarts geen zwaar werk meer doen. In de "
            "bestrating is alles zwaar.",
            {"oordeel_bedrijfsarts": "ander_werk_mogelijk", "intern_passend_werk": "nee"},
        ),
        (
            "De arbeidsdeskundige zegt dat de functie op de planning passend is voor haar.",
            {
                "oordeel_bedrijfsarts": "ander_werk_mogelijk",
                "arbeidsdeskundig_onderzoek": "gedaan",
                "intern_passend_werk": "ja",
            },
        ),
        (
            "Ze kan volgens de bedrijfsarts licht werk doen en werkt nu 60% in aangepast werk.",
            {"oordeel_bedrijfsarts": "ander_werk_mogelijk", "intern_passend_werk": "ja"},
        ),
        (
            "De bedrijfsarts zegt dat ze op dit moment niet kan werken, helemaal niks.",
            {"oordeel_bedrijfsarts": "gbm"},
        ),
        ("Hij wil niet aan dat traject meedoen.", {"medewerking": "nee"}),
        ("Of hij ooit terugkomt weet niemand.", {"zicht_op_terugkeer": "later_dan_3_maanden"}),
        # the employer's own view is no judgement of the bedrijfsarts
        ("Volgens mij kan hij best licht werk doen.", {}),
        # a told clause before the question is told; a rule about the melding tells nothing
        ("42e melding nog niet gedaan, wanneer had die gemoeten?", {"melding_42e_gedaan": "nee"}),
        ("De 42e-weeksmelding mag niet tot na week 52 wachten, klopt dat?", {}),
        # a recovery followed by "weer klachten" is no judgement of full recovery
        ("Ze is hersteld gemeld en had daarna weer klachten.", {}),
        # "re-integrerende" is no "mag re-integreren"
        ("Mag een re-integrerende medewerker een week weg?", {}),
    ],
)
def test_story_facts_in_still_more_words(message: str, expected: dict[str, str]) -> None:
    found = facts(message)
    assert {k: v for k, v in found.items() if k != "ziekteperiodes"} == expected


@pytest.mark.parametrize(
    ("message", "asks"),
    [
        ("Intern is er een vacature. Moet het dan via spoor 2?", ["spoor2_decision"]),
        ("Hij is 9 maanden ziek. Nu al spoor 2 of wachten tot de EJE?", ["spoor2_decision"]),
        (
            "Graag verneem ik of wij gehouden zijn een tweede spoortraject in te zetten.",
            ["spoor2_decision"],
        ),
        ("Hoe regelen we dat tweede spoor?", ["process"]),
        ("wat is een PvA en wat moet erin?", ["explain_term", "process"]),
        # a story sentence typed without capitals is no claim beside the question after it
        ("hij is vorig jaar in mei ziek geworden. wanneer moet de eerstejaars", ["dates"]),
        (
            "Twee weken terug heeft ze zich ziek gemeld. Moet de probleemanalyse al klaar zijn?",
            ["dates"],
        ),
        # a question beside other asks that no rule names is still answered
        (
            "Wanneer moet het plan van aanpak klaar zijn? En moet de werknemer dat ook tekenen?",
            ["dates", "what_to_do"],
        ),
        ("Die 42e-weeksmelding, heb ik die nog op tijd gedaan?", ["dates"]),
        # a step that "had er al moeten zijn" is late: its date, and what to do now
        (
            "Ze zit al een week of vijf thuis. Had de probleemanalyse er al moeten zijn?",
            ["dates", "what_to_do"],
        ),
        # a rule verb before "toch" and tag questions verify a claim; a decision stays one
        ("Spoor 2 betekent toch dat hij uit dienst moet?", ["claim"]),
        ("als ze 3 weken op vakantie gaat schort de wachttijd toch op?", ["claim"]),
        ("Het deskundigenoordeel is niet bindend hè?", ["claim"]),
        ("Moet er dan toch een tweede spoor komen?", ["spoor2_decision"]),
        # "de datum waarop …" names no date asked for
        ("Mag de datum waarop hij hersteld is later worden doorgegeven?", ["what_to_do"]),
    ],
)
def test_asks_in_still_more_words(message: str, asks: list[str]) -> None:
    assert [str(a) for a in read_asks(message).asks] == asks


def test_a_lowercase_question_word_starts_a_sentence() -> None:
    assert split_sentences("ze is ziek. wanneer moet ik melden") == [
        "ze is ziek.",
        "wanneer moet ik melden",
    ]


@pytest.mark.parametrize(
    ("word", "root"),
    [
        ("bouwen", "bouw"),
        ("bouwt", "bouw"),
        ("stoppen", "stop"),
        ("stopt", "stop"),
        ("start", "start"),
        ("weigert", "weiger"),
        ("weigeren", "weiger"),
        ("recht", "recht"),
    ],
)
def test_verb_roots_for_the_claim_matcher(word: str, root: str) -> None:
    assert verb_root(word) == root


def test_a_rule_about_two_years_of_sickness_tells_no_duration() -> None:
    assert "ziekteperiodes" not in facts("Na twee jaar ziekte mag ik hem ontslaan, toch?")
    assert "ziekteperiodes" in facts("Hij is 5 maanden ziek, mag ik hem bellen?")


@pytest.mark.parametrize(
    "message",
    [
        # found in review: words about what may come, or about anyone, tell no sick day
        "Ze wordt volgende maand geopereerd, 6 weken thuis volgens de chirurg.",
        "Als hij straks uitvalt, 6 weken ziek, wat moeten we dan doen?",
        "Ons verzuimprotocol zegt: 2 weken ziek betekent een gesprek met de bedrijfsarts.",
        "Ze is ziek, ze blijft nog zeker een maand of drie thuis.",
        # a fraction is no corrected date
        "Hij werkt nu 3/5 en niet 5/5.",
    ],
)
def test_no_sick_day_from_what_may_come_or_fractions(message: str) -> None:
    assert "ziekteperiodes" not in facts(message)


def test_a_contract_or_aow_word_earlier_in_the_sentence_is_no_cue_for_a_later_date() -> None:
    found = facts(
        "Hij is ziek sinds 1 juni 2026. Zijn contract hebben we verlengd, op 12 november 2026 "
        "hadden we daarover een gesprek."
    )
    assert "einde_dienstverband" not in found


def test_an_expected_recovery_is_no_recovery() -> None:
    found = facts(
        "Ze is ziek sinds 1 oktober 2026, het herstel duurt volgens de arts een week of zes."
    )
    assert found["ziekteperiodes"] == [["2026-10-01", None]]


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("Hoe weet ik of een functie geschikt is voor haar?", {}),
        ("Ik wil niet dat hij te vroeg moet meewerken aan spoor 2.", {}),
        ("Wij zijn eigenrisicodrager voor de WGA en voor de ZW.", {"eigenrisicodrager_zw": "ja"}),
    ],
)
def test_review_findings_on_story_facts(message: str, expected: dict[str, str]) -> None:
    assert facts(message) == expected


def test_op_tijd_outside_a_question_asks_no_date() -> None:
    asks = read_asks("Hij komt nooit op tijd op afspraken. Mag ik zijn loon stoppen?").asks
    assert "dates" not in [str(a) for a in asks]
