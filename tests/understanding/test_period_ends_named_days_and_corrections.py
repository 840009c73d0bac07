"""Sick "tot en met" a day, days named after a feast, corrections at length, month-first dates."""

from __future__ import annotations

import datetime as dt

import pytest

from spoorwijzer.language.month_first import day_first
from spoorwijzer.language.named_days import find_named_days
from spoorwijzer.understanding.dossier import read_messages

TODAY = dt.date(2026, 12, 7)


def periods(message: str, today: dt.date = TODAY) -> object:
    fact = read_messages([message], today).facts.get("ziekteperiodes")
    return fact.value if fact else None


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        (  # "tot en met" names the last sick day: back the day after, a relapse later
            "De monteur werd ziek op dinsdag 3 maart, was ziek tot en met vrijdag 10 april en "
            "werkte daarna weer. Op woensdag 6 mei viel hij opnieuw uit.",
            [["2026-03-03", "2026-04-10"], ["2026-05-06", None]],
        ),
        (  # shorthand
            "EZD 7-9. Ziek t/m wo 30-9, do 1-10 weer aan het werk, ma 12-10 weer ziek.",
            [["2026-09-07", "2026-09-30"], ["2026-10-12", None]],
        ),
        (  # a cue of the earlier clause ("weer volledig") is not the later day's
            "Ze was ziek van 1 juni t/m 28 juni, werkte vanaf 29 juni weer volledig en meldde "
            "zich vrijdag 24 juli op het werk (dienst D2) weer ziek.",
            [["2026-06-01", "2026-06-28"], ["2026-07-24", None]],
        ),
    ],
)
def test_a_last_sick_day_ends_the_period(message: str, expected: object) -> None:
    assert periods(message) == expected


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        (
            "Ziek sinds 16 november, nee wacht, even in het rooster kijken... 17 november.",
            "2026-11-17",
        ),
        (
            "Hij meldde zich op woensdag 4 november ziek. Nee sorry, ik zie in de planning "
            "dat hij die woensdag nog heeft gewerkt en dat de ziekmelding op donderdag 5 "
            "november binnenkwam.",
            "2026-11-05",
        ),
        (  # "ziekteverlof" is sick leave, not leave
            "Ik had het fout: het ziekteverlof begon op dinsdag 8 september, niet op de 18e.",
            "2026-09-08",
        ),
    ],
)
def test_a_day_taken_back_gives_way_to_the_day_meant(message: str, expected: str) -> None:
    assert periods(message) == [[expected, None]]


def test_a_later_day_of_another_kind_is_no_correction() -> None:
    value = read_messages(
        ["Ziek sinds 3 maart, sorry voor het lange verhaal. Haar contract loopt af op 1 mei."],
        TODAY,
    ).facts
    assert value["ziekteperiodes"].value == [["2026-03-03", None]]
    assert value["einde_dienstverband"].value == "2027-05-01"


@pytest.mark.parametrize(
    ("text", "today", "expected"),
    [
        ("ziek sinds de donderdag voor Pasen", dt.date(2026, 8, 1), dt.date(2026, 4, 2)),
        ("vier dagen voor Koningsdag uitgevallen", dt.date(2026, 8, 1), dt.date(2026, 4, 23)),
        ("twee weken na Hemelvaart", dt.date(2026, 8, 1), dt.date(2026, 5, 28)),
        ("op pakjesavond werd hij onwel", dt.date(2027, 1, 20), dt.date(2026, 12, 5)),
        ("op Sinterklaasavond werd hij onwel", dt.date(2027, 1, 20), dt.date(2026, 12, 5)),
        # 1 January 2027 is a Friday, the 2nd a Saturday: the first workday is Monday the 4th
        ("uitgevallen op de eerste werkdag van het jaar", dt.date(2027, 3, 1), dt.date(2027, 1, 4)),
    ],
)
def test_days_named_after_a_feast(text: str, today: dt.date, expected: dt.date) -> None:
    found = find_named_days(text, today)
    assert [(d.day, d.exact) for d in found] == [(expected, True)]


def test_a_reviewers_counterexamples_read_as_before() -> None:
    # a sick report told "gisteren" beside a first sick day is news, not a second period
    assert periods("Ziek sinds 5 oktober. Gisteren appte hij dat hij ziek is.") == [
        ["2026-10-05", None]
    ]
    # "toen hij …" says when: the cue before it still holds
    assert periods(
        "Hij is uitgevallen toen hij op 3 maart viel, sinds 10 maart werkt hij halve dagen."
    ) == [["2026-03-03", None]]
    # an apology for something else takes no date back
    assert periods("Ze is sinds 1 april ziek, excuus voor de late reactie.") == [
        ["2026-04-01", None]
    ]


def test_the_first_workday_of_the_new_year_is_the_coming_one() -> None:
    found = find_named_days("hij begint weer op de eerste werkdag van het nieuwe jaar", TODAY)
    assert [d.day for d in found] == [dt.date(2027, 1, 4)]


def test_half_a_year_ago_counts_six_months_back() -> None:
    assert periods("Hij is precies een half jaar geleden uitgevallen.", dt.date(2026, 12, 8)) == [
        ["2026-06-08", None]
    ]
    assert periods("Vandaag is ze precies een half jaar ziek.", dt.date(2026, 12, 8)) == [
        ["2026-06-08", None]
    ]


def test_month_first_dates_only_when_the_writer_says_so() -> None:
    assert day_first("sick since 9/4 (US format)") == "sick since 4/9 (US format)"
    assert day_first("ziek sinds 9/4") == "ziek sinds 9/4"
    assert day_first("month/day: 13/4 and 4/13") == "month/day: 13/4 and 13/4"
    # a declaration taken back, or day-first named beside it, swaps nothing
    assert day_first("ziek sinds 3/11, geen Amerikaanse notatie, gewoon dag/maand") == (
        "ziek sinds 3/11, geen Amerikaanse notatie, gewoon dag/maand"
    )
    assert periods("I'm American, so month/day: she called in sick on 10/5.") == [
        ["2026-10-05", None]
    ]


def test_a_hedge_counts_only_near_the_first_day() -> None:
    exact = read_messages(
        [
            "Mijn kok is ziek sinds 9 februari 2026. De bedrijfsarts zegt dat hij ander werk kan "
            "doen. Moet ik spoor 2 starten en wat kost zo'n traject eigenlijk?"
        ],
        TODAY,
    ).facts["ziekteperiodes"]
    assert exact.certainty.value == "exact"
    hedged = read_messages(
        ["Ik weet de precieze datum niet meer. Het was 9 februari."], TODAY
    ).facts["ziekteperiodes"]
    assert hedged.certainty.value == "approximate"
