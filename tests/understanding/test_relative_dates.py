"""Yearless, vague and relative Dutch dates resolved against today."""

from datetime import date

import pytest

from spoorwijzer.language.relative_dates import find_vague_dates, months_before, resolve_year

TODAY = date(2026, 12, 1)  # a Tuesday


@pytest.mark.parametrize(
    ("text", "expected", "exact"),
    [
        ("sinds begin februari thuis", date(2026, 2, 1), False),
        ("ziek sinds half maart vorig jaar", date(2025, 3, 15), False),
        ("medio april ziek", date(2026, 4, 15), False),
        ("sinds drie weken ziek", date(2026, 11, 10), False),
        ("zit al 10 maanden thuis", date(2026, 2, 1), False),
        ("vorige week dinsdag ziek gemeld", date(2026, 11, 24), True),
        ("afgelopen maandag uitgevallen", date(2026, 11, 30), True),
        ("gisteren ziek gemeld", date(2026, 11, 30), True),
        ("sinds maart 2025 ziek", date(2025, 3, 1), False),
        ("twee maanden geleden uitgevallen", date(2026, 10, 1), False),
        # "precies" fixes the day; "vandaag" before a duration is no first sick day
        ("meldde zich precies drie weken geleden ziek", date(2026, 11, 10), True),
        ("ze is vandaag precies 10 weken ziek", date(2026, 9, 22), True),
        ("Ik ben 5 maanden ziek en HR belt me", date(2026, 7, 1), False),
        (
            "Na 11 maanden ziekte zegt de bedrijfsarts dat onze monteur terugkomt",
            date(2026, 1, 1),
            False,
        ),
    ],
)
def test_vague_phrases_become_dates(text: str, expected: date, exact: bool) -> None:
    found = find_vague_dates(text, TODAY)

    assert [(v.day, v.exact) for v in found] == [(expected, exact)]


def test_words_that_only_look_like_dates_are_not_read() -> None:
    assert find_vague_dates("binnen 6 weken terug in zijn eigen werk", TODAY) == []
    assert find_vague_dates("een plan van aanpak binnen twee weken", TODAY) == []


def test_yearless_date_is_the_most_recent_past_one() -> None:
    assert resolve_year(2, 3, TODAY) == date(2026, 2, 3)
    assert resolve_year(12, 20, TODAY) == date(2025, 12, 20)
    assert resolve_year(3, 15, TODAY, last_year=True) == date(2025, 3, 15)


def test_yearless_date_follows_the_story() -> None:
    """'al 16 maanden ziek' puts 3 februari in the year before."""
    assert resolve_year(2, 3, TODAY, near=months_before(TODAY, 16)) == date(2025, 2, 3)


def test_a_date_that_looks_ahead_is_the_nearest_one() -> None:
    assert resolve_year(1, 31, TODAY, ahead=True) == date(2027, 1, 31)


def test_a_day_that_never_exists_gives_none() -> None:
    assert resolve_year(2, 30, TODAY) is None


@pytest.mark.parametrize(
    "text",
    [
        "Ik zou dan ten onrechte bijna twee jaar ziek zijn en in de WIA komen.",
        "Na twee jaar ziekte mag je als werkgever iemand gewoon ontslaan, toch?",
        "Is het juist dat een te late aangifte na 42 weken ziekte geen loonsanctie geeft?",
    ],
    ids=["hypothetical", "general-rule", "no-one-of-the-story"],
)
def test_durations_in_hypothetical_or_general_sentences_are_no_facts(text: str) -> None:
    assert find_vague_dates(text, TODAY) == []


def test_after_a_duration_with_someone_of_the_story_is_the_cases_own() -> None:
    found = find_vague_dates("Na 11 maanden ziekte is hij nog steeds thuis.", TODAY)

    assert [f.exact for f in found] == [False]


def test_since_a_calendar_week_is_its_monday_roughly() -> None:
    found = find_vague_dates("ziek sinds week 37, welke dag weet ik niet meer", TODAY)

    assert [(f.day, f.exact) for f in found] == [(date(2026, 9, 7), False)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("eind vorige maand ziek geworden", date(2026, 11, 25)),
        ("rond Sinterklaas vorig jaar uitgevallen", date(2025, 12, 5)),
    ],
)
def test_parts_of_last_month_and_sinterklaas_are_rough_days(text: str, expected: date) -> None:
    assert [(f.day, f.exact) for f in find_vague_dates(text, TODAY)] == [(expected, False)]


def test_the_day_of_a_conversation_is_no_sick_day() -> None:
    assert (
        find_vague_dates("de bedrijfsarts zei vandaag: geen benutbare mogelijkheden", TODAY) == []
    )


def test_calling_in_sick_the_day_before_yesterday_is_the_sick_day() -> None:
    found = find_vague_dates("ze belde eergisteren af, griep", TODAY)

    assert [(f.day, f.exact) for f in found] == [(date(2026, 11, 29), True)]


@pytest.mark.parametrize(
    "text",
    [
        "ziek sinds de 1e werkdag van dit jaar",  # no day of the month
        "eerste ziektedag 14 januari 2025, pas op de 15e ziek gemeld",  # the 15th of that month
    ],
)
def test_a_bare_day_is_read_only_without_a_month_or_a_noun(text: str) -> None:
    assert [f.text for f in find_vague_dates(text, TODAY) if "de 1" in f.text] == []
