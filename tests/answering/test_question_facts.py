"""Reading case facts from Dutch questions."""

from __future__ import annotations

from datetime import date

import pytest

from spoorwijzer.language.date_mentions import find_dates
from spoorwijzer.understanding.dossier import read_messages
from spoorwijzer.understanding.facts import describe_periods, read_question_facts

D = date


@pytest.mark.parametrize(
    ("question", "first_day"),
    [
        ("Mijn medewerker heeft zich op maandag 6 januari 2025 ziek gemeld.", D(2025, 1, 6)),
        ("Eerste ziektedag was 6 januari 2025. Tot wanneer loon?", D(2025, 1, 6)),
        ("Werknemer is ziek sinds woensdag 15 oktober 2025.", D(2025, 10, 15)),
        ("Mijn medewerker (eerste ziektedag 15 oktober 2025) vraagt de WIA aan.", D(2025, 10, 15)),
        ("Mijn medewerker is op dinsdag 1 april 2025 uitgevallen.", D(2025, 4, 1)),
        ("Onze chauffeur viel uit op vrijdag 7 maart 2025.", D(2025, 3, 7)),
        ("Een werknemer die op 2 juni 2025 ziek werd.", D(2025, 6, 2)),
        ("Ziek sinds 03-03-2025, wanneer de PA?", D(2025, 3, 3)),
        ("Ziek sinds ma 7 juli 2025.", D(2025, 7, 7)),
        ("Per 2025-02-10: wanneer de 42e-weeksmelding?", D(2025, 2, 10)),
    ],
    ids=[
        "ziek-gemeld",
        "eerste-ziektedag",
        "ziek-sinds",
        "haakjes",
        "uitgevallen",
        "viel-uit",
        "ziek-werd",
        "numeric",
        "weekday-abbrev",
        "lone-iso",
    ],
)
def test_first_sick_day_in_many_phrasings(question: str, first_day: date) -> None:
    """The first sick day is found however the employer phrases it."""
    facts = read_question_facts(question).facts

    assert facts is not None
    assert facts.periods[0].first_day == first_day
    assert facts.periods[0].last_day is None


def test_recovery_and_relapse_make_two_periods() -> None:
    """'hersteld per X' ends a period the day before; 'opnieuw ziek' starts the next."""
    facts = read_question_facts(
        "Werknemer was ziek vanaf maandag 3 februari 2025, is per maandag 10 maart 2025 volledig "
        "hersteld gemeld en is op maandag 24 maart 2025 opnieuw ziek geworden."
    ).facts

    assert facts is not None
    assert [(p.first_day, p.last_day) for p in facts.periods] == [
        (D(2025, 2, 3), D(2025, 3, 9)),
        (D(2025, 3, 24), None),
    ]


def test_range_with_yearless_start_and_back_at_work() -> None:
    """'ziek van 6 januari t/m 28 februari 2025, werkte vanaf 1 maart weer' is one closed period."""
    facts = read_question_facts(
        "Mijn medewerker was ziek van 6 januari t/m 28 februari 2025, werkte vanaf 1 maart weer "
        "volledig en is op maandag 7 april 2025 opnieuw uitgevallen."
    ).facts

    assert facts is not None
    assert [(p.first_day, p.last_day) for p in facts.periods] == [
        (D(2025, 1, 6), D(2025, 2, 28)),
        (D(2025, 4, 7), None),
    ]


def test_pregnancy_leave_closes_the_period_before_it() -> None:
    """Leave 'van X t/m Y' is read as leave; the sickness before it ends the day before."""
    facts = read_question_facts(
        "Werkneemster is sinds dinsdag 1 april 2025 ziek door zwangerschapsklachten. Haar "
        "zwangerschaps- en bevallingsverlof loopt van 1 juli t/m 20 oktober 2025 en vanaf 21 "
        "oktober 2025 is ze weer ziek door dezelfde oorzaak."
    ).facts

    assert facts is not None
    assert facts.leave is not None
    assert (facts.leave.first_day, facts.leave.last_day) == (D(2025, 7, 1), D(2025, 10, 20))
    assert facts.leave.same_cause
    assert facts.periods[0].last_day == D(2025, 6, 30)
    assert facts.periods[1].first_day == D(2025, 10, 21)


def test_other_cause_after_leave_is_noted() -> None:
    """'andere oorzaak' after the leave means no samentelling via the leave."""
    facts = read_question_facts(
        "Ziek sinds 1 april 2025. Verlof van 1 juli t/m 20 oktober 2025, vanaf 21 oktober 2025 "
        "weer ziek met een andere oorzaak."
    ).facts

    assert facts is not None
    assert facts.leave is not None
    assert not facts.leave.same_cause


@pytest.mark.parametrize(
    ("question", "field", "value"),
    [
        (
            "Ziek sinds 6 januari 2025; we willen met 26 weken vrijwillig verlengen.",
            "verlenging_weken",
            26,
        ),
        (
            "Eerste ziektedag 15 oktober 2025, UWV legt een loonsanctie van 52 weken op.",
            "loonsanctie_weken",
            52,
        ),
        (
            "Eerste ziektedag 6 januari 2025. De probleemanalyse kwam op 7 maart 2025.",
            "probleemanalyse",
            D(2025, 3, 7),
        ),
        (
            "De eerstejaarsevaluatie was pas op 31 januari 2026 (eerste ziektedag 6 januari 2025).",
            "eerstejaarsevaluatie",
            D(2026, 1, 31),
        ),
        (
            "Ziek sinds 6 januari 2025, de WIA is aangevraagd op 8 november 2026.",
            "wia_aangevraagd",
            D(2026, 11, 8),
        ),
        ("Ziek sinds 6 januari 2025; AOW vanaf 1 juni 2026.", "aow_datum", D(2026, 6, 1)),
    ],
    ids=["verlenging", "loonsanctie", "pa", "eje", "wia", "aow"],
)
def test_optional_facts(question: str, field: str, value: object) -> None:
    """Extensions, sanctions and known dates go to their own field."""
    facts = read_question_facts(question).facts

    assert facts is not None
    assert getattr(facts, field) == value


def test_holiday_question_does_not_add_a_sick_period() -> None:
    """'Telt 5 mei als vrije dag?' is not a second first sick day."""
    facts = read_question_facts(
        "Eerste ziektedag dinsdag 15 juli 2025. Wat is de uiterste dag? Telt 5 mei als vrije dag?"
    ).facts

    assert facts is not None
    assert [p.first_day for p in facts.periods] == [D(2025, 7, 15)]


def test_impossible_date_is_reported_not_guessed() -> None:
    """A date that does not exist is a problem, never a fact."""
    result = read_question_facts("Mijn werknemer is ziek sinds 31 februari 2025.")

    assert result.facts is None
    assert "31 februari 2025" in result.problems[0]


def test_no_dates_no_facts_but_durations() -> None:
    """'10 maanden ziek' is kept as a duration; no dates means no calculator input."""
    result = read_question_facts("Mijn werknemer is 10 maanden ziek. Moet spoor 2 al starten?")

    assert result.facts is None
    assert result.months_sick == 10


def test_month_words_are_not_dates() -> None:
    """'sinds november', '2 maanden' and 'in juli 2026' are not dates."""
    assert find_dates("werkt sinds november weer; over 2 maanden; in juli 2026 op vakantie") == []


def test_yearless_date_borrows_nearest_year() -> None:
    """'6 januari t/m 28 februari 2025': the first date gets 2025 from the second."""
    mentions = find_dates("van 6 januari t/m 28 februari 2025")

    assert [m.day for m in mentions] == [D(2025, 1, 6), D(2025, 2, 28)]
    assert not mentions[0].has_year


def test_describe_periods_in_dutch() -> None:
    """The periods are described the way the answer footer shows them."""
    facts = read_question_facts(
        "Ziek van 6 januari t/m 28 februari 2025 en opnieuw ziek vanaf 7 april 2025."
    ).facts

    assert facts is not None
    assert describe_periods(facts) == (
        "ziek van 6 januari 2025 t/m 28 februari 2025; ziek vanaf 7 april 2025"
    )


def test_since_a_day_worked_again_is_a_recovery_not_a_sick_day() -> None:
    dossier = read_messages(
        [
            "Ziek van 9 maart t/m 10 april. Sinds 11 april gewoon gewerkt tot ze op 25 mei "
            "opnieuw uitviel."
        ],
        date(2026, 12, 6),
    )

    assert dossier.facts["ziekteperiodes"].value == [
        ["2026-03-09", "2026-04-10"],
        ["2026-05-25", None],
    ]


@pytest.mark.parametrize(
    ("message", "periods"),
    [
        # the story runs forward: 1 maart after 1 okt. 2025 is in 2026
        (
            "ziek sinds 1 okt. 2025, hersteld 1 maart, weer ziek 15 maart",
            [["2025-10-01", "2026-02-28"], ["2026-03-15", None]],
        ),
        ("ziek sinds 14 augustus '25", [["2025-08-14", None]]),
        ("hij viel op de vijftiende uit", [["2026-11-15", None]]),
    ],
    ids=["story-order", "short-year", "day-of-month"],
)
def test_years_and_days_told_in_passing(message: str, periods: list[list[str | None]]) -> None:
    dossier = read_messages([message], date(2026, 12, 7))

    assert dossier.facts["ziekteperiodes"].value == periods
