"""Phrasings from real messages: work ranges, corrections, relative months, plain claims."""

from __future__ import annotations

import datetime as dt

import pytest

from spoorwijzer.language.date_mentions import find_dates
from spoorwijzer.understanding.asks import Ask, count_negations, read_asks
from spoorwijzer.understanding.dossier import Dossier, read_message, read_messages

TODAY = dt.date(2026, 12, 2)


def periods(*messages: str) -> object:
    dossier = read_messages(messages[:-1], TODAY)
    return read_message(dossier, messages[-1], TODAY).dossier.get("ziekteperiodes")


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        (
            "Ziek sinds 31 januari 2026, met tussendoor van 1 t/m 14 juni gewoon volledig "
            "gewerkt, sinds 15 juni weer ziek.",
            [["2026-01-31", "2026-05-31"], ["2026-06-15", None]],
        ),
        (  # the day after the worked range starts the next period when no date says so
            "Ziek sinds 6 mei; tussendoor van 1 t/m 20 juni hersteld geweest.",
            [["2026-05-06", "2026-05-31"], ["2026-06-21", None]],
        ),
        (  # a range of sickness stays a sick period
            "ziek geweest van 3 t/m 20 maart 2026 en sinds 1 mei weer",
            [["2026-03-03", "2026-03-20"], ["2026-05-01", None]],
        ),
        (  # the exact date beats the vague "sinds 2 weken"
            "hij is sinds 2 weken ziek, vanaf dinsdag 17 november. wat moet ik regelen?",
            [["2026-11-17", None]],
        ),
        (
            "Vorige maand op de 3e ziek geworden. Wanneer de probleemanalyse?",
            [["2026-11-03", None]],
        ),
        ("Onze koster is sinds de 2de februari ziek.", [["2026-02-02", None]]),  # an ordinal
        ("Employee sick since Oct 1st 2025.", [["2025-10-01", None]]),  # English, month first
        ("She has been sick since October 1, 2025.", [["2025-10-01", None]]),
        ("ziek sinds 3 maart, om 5 uur gebeld", [["2026-03-03", None]]),  # "maart 5" no date
        ("She fell ill on 3 November and has been home since then.", [["2026-11-03", None]]),
        # "wederom" of a visit is no relapse; "niet uitgesloten" below is no judgement
        (
            "Ziek sinds 2 februari 2026. Op 12 maart 2026 heeft de bedrijfsarts hem wederom gezien.",
            [["2026-02-02", None]],
        ),
        (  # two employees within a week: two periods, the assistant asks which one
            "Anna is ziek sinds 2 november 2026 en Bram sinds 6 november 2026.",
            [["2026-11-02", None], ["2026-11-06", None]],
        ),
        # "sindsdien" and a closing "since" name no start
        ("De bedrijfsarts schreef in maart 'gbm' en sindsdien niets. Spoor 2 overslaan?", None),
        (
            "Our doctor wrote 'gbm' back in March and we haven't heard anything since. Skip spoor 2?",
            None,
        ),
        ("Ziek sinds 1ste maart 2026.", [["2026-03-01", None]]),
        (
            "ziek van 2e t/m 14de juni 2026, sinds 1 juli weer",
            [["2026-06-02", "2026-06-14"], ["2026-07-01", None]],
        ),
        (  # formal: the work resumed, then "het werk wederom gestaakt" on the later date
            "Zij was arbeidsongeschikt van 5 januari 2026 tot en met 22 maart 2026. Zij heeft haar "
            "werkzaamheden per 23 maart 2026 volledig hervat en heeft op 20 april 2026 wegens "
            "ziekte het werk wederom gestaakt.",
            [["2026-01-05", "2026-03-22"], ["2026-04-20", None]],
        ),
    ],
)
def test_periods_from_stories(message: str, expected: object) -> None:
    assert periods(message) == expected


def test_a_denied_date_is_no_fact_and_the_correction_wins() -> None:
    first = "Hoi, mijn werknemer is ziek sinds 2 maart. Wanneer moet de 42e week melding?"
    assert periods(first, "De datum was 2 april, niet 2 maart. Kun je het opnieuw uitrekenen?") == [
        ["2026-04-02", None]
    ]


def test_a_correction_keeps_an_end_told_before() -> None:
    first = "Ziek sinds 9 januari, beter per 1 april, weer ziek op 20 april."
    assert periods(first) == [["2026-01-09", "2026-03-31"], ["2026-04-20", None]]
    second = "Nee, ze werd pas op 5 mei weer ziek, niet op 20 april. Eerste dag was 9 januari."
    assert periods(first, second) == [["2026-01-09", "2026-03-31"], ["2026-05-05", None]]
    third = "Sorry, ze werd pas op 5 mei weer ziek, niet op 20 april."
    assert periods(first, third) == [["2026-01-09", "2026-03-31"], ["2026-05-05", None]]


def test_a_dated_recovery_is_no_judgement_of_the_bedrijfsarts() -> None:
    message = "Hij was ziek vanaf 15 juni, hersteld gemeld per 7 september, 5 oktober opnieuw ziek."
    dossier = read_message(Dossier(), message, TODAY).dossier
    assert dossier.get("oordeel_bedrijfsarts") is None
    assert (
        read_message(Dossier(), "Hij is volledig hersteld.", TODAY).dossier.get(
            "oordeel_bedrijfsarts"
        )
        == "volledig_hersteld"
    )


def test_day_ranges_only_when_reading_a_message() -> None:
    text = "week 42 loopt van 20 t/m 26 oktober 2025"
    assert [m.text for m in find_dates(text)] == ["26 oktober 2025"]
    assert [m.day for m in find_dates("van 1 t/m 14 juni 2026", day_ranges=True)] == [
        dt.date(2026, 6, 1),
        dt.date(2026, 6, 14),
    ]


@pytest.mark.parametrize(
    "message",
    [
        "De wachttijd eindigt gewoon twee jaar na de datum dat hij zich ziek meldde.",
        "Tijdens ziekte kun je iemand gewoon niet ontslaan, punt.",
        "Een te late 42e-weeksmelding levert hooguit een boete op, geen loonsanctie.",
        "Onze arbodienst zegt dat we na de eerstejaarsevaluatie nog 6 weken hebben. Klopt dat?",
    ],
)
def test_plain_and_passed_on_statements_are_claims(message: str) -> None:
    assert read_asks(message).claim is not None


@pytest.mark.parametrize(
    "message",
    [
        "De bedrijfsarts zegt dat hij zijn eigen werk niet meer kan. Moet spoor 2 nu?",
        "Hij is sinds 3 maart ziek en de bedrijfsarts zegt dat hij niet terug kan.",
    ],
)
def test_what_the_bedrijfsarts_says_is_the_story_not_a_claim(message: str) -> None:
    reading = read_asks(message)
    assert reading.claim is None
    assert Ask.CLAIM not in reading.asks


def test_wel_of_niet_is_no_negation() -> None:
    assert count_negations("Een werknemer kan niet zelf bepalen of hij wel of niet meedoet") == 1
    assert count_negations("Het mag niet, en geen enkele uitzondering") == 2


@pytest.mark.parametrize(
    "message",
    [
        "de bedrijfsarts zegt dat ze haar werk als kapster niet meer kan, ik heb alleen kapsters. "
        "spoor 2?",
        "Bedrijfsarts: eigen werk niet, ander werk wel. Intern hebben we niets. Wat betekent dat "
        "voor spoor 2?",
        "Onze arbodienst zegt dat spoor 2 pas na de eerstejaarsevaluatie hoeft. Maar intern is er "
        "al maanden niks. Moeten we nu?",
        "Moet er voor mijn bediende al een tweede spoor komen, ze is 7 maanden ziek?",
    ],
)
def test_spoor2_decisions_asked_in_few_words(message: str) -> None:
    assert Ask.SPOOR2_DECISION in read_asks(message).asks


@pytest.mark.parametrize(
    "message",
    ["Wat is spoor 2 precies?", "Hoe verloopt een spoor 2 traject?", "Spoor 2 is maatwerk."],
)
def test_what_spoor2_is_asks_no_decision(message: str) -> None:
    assert Ask.SPOOR2_DECISION not in read_asks(message).asks


def test_a_month_on_its_own_is_no_first_sick_day_but_a_duration_of_sickness_is() -> None:
    assert periods("Wat is de beste vakantiebestemming in juni?") is None
    assert periods("Na 11 maanden ziekte zegt de bedrijfsarts dat hij terug kan.") == [
        ["2026-01-02", None]
    ]
    assert periods("Hij is in maart uitgevallen.") == [["2026-03-01", None]]


def test_ranges_that_run_backwards_or_dates_still_to_come_are_no_facts() -> None:
    # an appointment still to come is not the exact form of "sinds 2 weken"
    assert periods("Sinds 2 weken ziek. Op 10 december gesprek met de bedrijfsarts.") == [
        ["2026-11-18", None]
    ]
    # "28 t/m 3 juni" is no range within one month
    found = periods("sinds 1 mei ziek, tussendoor van 28 t/m 3 juni gewerkt")
    assert isinstance(found, list)
    assert found[0][0] == "2026-05-01"
    assert all(start <= (end or start) for start, end in found)
