"""A weekday with a day of the month, the nth weekday of a month, more named days, story verbs.

Read first on holdout-19/20 (session 13): "op vrijdag de dertiende, in november dus", "sinds
dinsdag de 14e", "sinds de eerste maandag van maart", "sinds Dierendag", "opnieuw uitgevallen
zo 29-3", "sick from 5 januari until and including zondag 1 februari".
"""

from __future__ import annotations

import datetime as dt

import pytest

from spoorwijzer.language.named_days import find_named_days
from spoorwijzer.language.spelled_dates import spell_out_dates
from spoorwijzer.understanding.dossier import read_messages
from tests.understanding.test_period_ends_named_days_and_corrections import TODAY, periods


@pytest.mark.parametrize(
    ("text", "written"),
    [
        # the latest Friday the 13th of November not after today
        (
            "op vrijdag de dertiende, in november dus, ziek geworden",
            "op vrijdag 13 november 2026, ziek geworden",
        ),
        # no month: the latest 14th that was a Tuesday (July 2026)
        ("ziek sinds dinsdag de 14e, ziekgemeld", "ziek sinds dinsdag 14 juli 2026, ziekgemeld"),
        # the month named later in the sentence
        (
            "Ze is op vrijdag de 13e ziek geworden, in maart.",
            "Ze is op vrijdag 13 maart 2026 ziek geworden, in maart.",
        ),
        # a month and a year: the date as written
        ("Ziek sinds dinsdag de 2e december 2025.", "Ziek sinds dinsdag 2 december 2025."),
        ("sinds de eerste maandag van maart ziek", "sinds maandag 2 maart 2026 ziek"),
        ("ziek sinds de laatste vrijdag van oktober", "ziek sinds vrijdag 30 oktober 2026"),
        ("uitgevallen op de 2e woensdag van januari 2025", "op woensdag 8 januari 2025"),
    ],
)
def test_weekday_phrases_become_written_dates(text: str, written: str) -> None:
    assert written in spell_out_dates(text, TODAY)


@pytest.mark.parametrize(
    "text",
    [
        "we hebben volgende week dinsdag de 15e een gesprek",
        "komende vrijdag de 11e komt de arbeidsdeskundige",
        # an appointment, not the start of the sickness
        "Ziek sinds 2 november 2026. De probleemanalyse is op dinsdag de 15e. Is dat op tijd?",
        # an ordinal that is no day of the month
        "Hij is op zondag de derde keer gevallen en nu weer uitgevallen.",
        "ziek sinds maandag de 1e week van de vakantie",
    ],
)
def test_a_weekday_day_that_is_no_first_sick_day_stays_as_written(text: str) -> None:
    assert spell_out_dates(text, TODAY) == text


def test_a_weekday_day_is_sought_back_through_the_months() -> None:
    # the last Tuesday the 31st before 7 December 2026 was in March
    assert "dinsdag 31 maart 2026" in spell_out_dates("ziek sinds dinsdag de 31e", TODAY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("sinds Dierendag ziek thuis", dt.date(2026, 10, 4)),
        ("vlak voor Valentijnsdag", None),  # around a day: approximate, checked below
        ("met Moederdag werd ze onwel", dt.date(2026, 5, 10)),  # second Sunday of May
        ("sinds Prinsjesdag thuis", dt.date(2026, 9, 15)),  # third Tuesday of September
        ("op Veteranendag viel hij", dt.date(2026, 6, 27)),  # last Saturday of June
        ("sinds Sint-Maarten ziek", dt.date(2026, 11, 11)),
    ],
)
def test_more_named_days(text: str, expected: dt.date | None) -> None:
    found = find_named_days(text, TODAY)
    if expected is None:
        assert [d.exact for d in found] == [False]
    else:
        assert [(d.day, d.exact) for d in found] == [(expected, True)]


def test_story_verbs_open_and_close_periods_in_shorthand() -> None:
    assert periods(
        "Wn EZD 5-1-2026. Hersteld gemeld per ma 2-3 (laatste ziektedag zo 1-3). Opnieuw "
        "uitgevallen zo 29-3 tijdens weekenddienst."
    ) == [["2026-01-05", "2026-03-01"], ["2026-03-29", None]]


def test_an_english_last_sick_day_ends_the_period() -> None:
    assert periods(
        "He was sick from 5 januari until and including zondag 1 februari, came back to work "
        "on maandag 2 februari. Then sick again since maandag 2 maart."
    ) == [["2026-01-05", "2026-02-01"], ["2026-03-02", None]]


def test_a_month_is_no_date_an_evaluation_was_held_on() -> None:
    facts = read_messages(
        ["Ziek sinds 9 maart. Wanneer is de EJE uiterlijk? De EJE is dus in maart."], TODAY
    ).facts
    assert "eerstejaarsevaluatie" not in facts
    assert facts["ziekteperiodes"].value == [["2026-03-09", None]]


@pytest.mark.parametrize(
    ("message", "certainty"),
    [
        # "zo'n" in the next sentence hedges nothing
        (
            "Correctie: de eerste ziektedag was woensdag 23 september. En wat hoort er eigenlijk "
            "in zo'n probleemanalyse te staan?",
            "exact",
        ),
        ("Ziek sinds 3 maart ongeveer. Wanneer is de probleemanalyse?", "approximate"),
        ("Ik weet de precieze datum niet. Het was 3 maart.", "approximate"),
    ],
)
def test_a_hedge_after_the_first_day_counts_in_its_own_sentence(
    message: str, certainty: str
) -> None:
    fact = read_messages([message], dt.date(2026, 11, 2)).facts["ziekteperiodes"]
    assert fact.certainty.value == certainty


@pytest.mark.parametrize(
    "text",
    [
        "Sinds de Halloween-actie is hij overspannen.",
        "Sinds de Moederdag-actie in de winkel is ze overspannen.",
        "Hij is op vakantie naar Sint Maarten gegaan en daar ziek geworden.",
    ],
)
def test_a_named_day_in_another_sense_is_no_date(text: str) -> None:
    assert find_named_days(text, TODAY) == []


def test_a_hedge_after_an_abbreviated_month_still_counts() -> None:
    fact = read_messages(["Hij is sinds 14 sept. ongeveer ziek."], TODAY).facts["ziekteperiodes"]
    assert fact.certainty.value == "approximate"
