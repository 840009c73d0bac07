"""Stories told as a pasted chat, part-time work after a date, corrections across a sentence."""

from __future__ import annotations

import datetime as dt

import pytest

from spoorwijzer.language.chat_paste import unfold_chat
from spoorwijzer.understanding.dossier import read_messages

TODAY = dt.date(2026, 12, 7)
CHAT = (
    "Even de app erbij:\n"
    "[24-11-2026 06:41] Ilse: Goedemorgen, ik kan vandaag echt niet komen, hoge koorts\n"
    "[24-11-2026 06:52] Ik: Oké, beterschap!\n"
    "[30-11-2026 07:15] Ilse: Nog steeds ziek, huisarts is geweest\n"
    "Wat is haar eerste ziektedag?"
)


def periods(message: str) -> object:
    return read_messages([message], TODAY).facts["ziekteperiodes"].value


def test_the_first_sick_report_of_a_pasted_chat_is_the_first_sick_day() -> None:
    assert periods(CHAT) == [["2026-11-24", None]]  # not today, not the "nog steeds ziek" day


def test_a_chat_line_reporting_recovery_ends_the_period_and_a_later_report_starts_one() -> None:
    chat = (
        "[03-11-2026 07:00] Ilse: ben ziek, kan niet komen\n"
        "[10-11-2026 18:00] Ilse: weer beter, kom morgen werken\n"
        "[24-11-2026 07:00] Ilse: ik ben weer ziek, kan niet komen\n"
        "Wanneer moet de probleemanalyse?"
    )
    # back at work on the 11th: the last sick day is the 10th
    assert periods(chat) == [["2026-11-03", "2026-11-10"], ["2026-11-24", None]]


@pytest.mark.parametrize(
    ("chat", "expected"),
    [
        (  # the employer's question and "kan morgen niet" are no sick report
            "[03-03-2026 08:00] Ik: heb je je rooster gezien?\n"
            "[03-03-2026 08:05] Sanne: ja, maar ik kan morgen niet, tandarts\n"
            "[10-03-2026 07:00] Sanne: ik ben ziek",
            [["2026-03-10", None]],
        ),
        (  # "sinds gisteren" is the day before the line's own date, not before today
            "[24-11-2026 06:41] Ilse: ik ben sinds gisteren ziek, vandaag gaat het niet\n"
            "[30-11-2026 07:15] Ilse: nog steeds ziek",
            [["2026-11-23", None]],
        ),
        (  # with AM/PM the month comes first
            "[11/04/2026, 6:41 AM] Ilse: I'm sick, can't come in\n[11/04/2026, 6:50 AM] Ilse: sorry",
            [["2026-11-04", None]],
        ),
    ],
)
def test_the_sick_report_of_a_chat(chat: str, expected: object) -> None:
    assert periods(chat) == expected


def test_a_log_with_one_heading_per_line_or_one_stamped_line_is_no_chat() -> None:
    line = "[24-11-2026 06:41] Ilse: kan vandaag niet komen"
    assert unfold_chat(line) == line
    log = "03-03-2026 08:00 - Ziekmelding: buikgriep\n28-04-2026 10:00 - Probleemanalyse: klaar"
    assert unfold_chat(log) == log


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        (  # part-time work in re-integration: the sickness goes on
            "Ze is ziek sinds 11 mei en werkt sinds 1 oktober weer 3 ochtenden per week.",
            [["2026-05-11", None]],
        ),
        (  # back at work: the period ended the day before
            "Hij is ziek sinds 11 mei en werkt sinds 1 oktober weer.",
            [["2026-05-11", "2026-09-30"]],
        ),
        (  # taken back, and the next sentence names the first sick day
            "Ziek sinds 14 september, nee wacht, dat is de dag van de melding bij de arbodienst. "
            "Eerste ziektedag was 10 september.",
            [["2026-09-10", None]],
        ),
        (  # English around a Dutch weekday of a calendar week
            "Team lead reported sick on dinsdag in week 36. When is the PvA due?",
            [["2026-09-01", None]],
        ),
        (  # two employees: no correction
            "Jan is ziek sinds 3 maart. Piet is sinds 10 mei ziek.",
            [["2026-03-03", None], ["2026-05-10", None]],
        ),
        (  # a polite "sorry" takes nothing back; a new period is no correction
            "Hij is ziek sinds 14 september, sorry dat ik nu pas vraag. Eerste ziektedag van de "
            "nieuwe periode was 2 november.",
            [["2026-09-14", None], ["2026-11-02", None]],
        ),
        ("Hij is ziek sinds 11 mei en werkt sinds 1 oktober weer niet.", [["2026-05-11", None]]),
        (  # "lag ie er weer uit": a relapse in a farmer's words
            "Onze knecht was ziek vanaf 12 januari t/m 12 februari. Op 13 februari heeft hij een "
            "dag gewerkt, zaterdag 14 februari lag ie er weer uit.",
            [["2026-01-12", "2026-02-12"], ["2026-02-14", None]],
        ),
        (
            "Hij is ziek sinds 11 mei en werkt sinds 1 oktober weer voor 50%.",
            [["2026-05-11", None]],
        ),
        (
            "Hij is ziek sinds 11 mei en werkt sinds 1 oktober weer, maar slechts 2 uur per dag.",
            [["2026-05-11", None]],
        ),
    ],
)
def test_periods_read_from_real_stories(message: str, expected: object) -> None:
    assert periods(message) == expected


def test_every_deadline_asked_lists_them_all(assistant: object) -> None:
    answer = assistant.answer(  # type: ignore[attr-defined]
        "Onze chauffeur is ziek sinds maandag 3 november 2025, de eerstejaarsevaluatie zit er "
        "dus al op. Welke termijnen zijn inmiddels verstreken en welke komen nog?",
        today=TODAY,
    )
    keys = {d.key for d in answer.dates}
    assert {"probleemanalyse_uiterlijk", "plan_van_aanpak_uiterlijk", "einde_wachttijd"} <= keys
    assert "verstreken" in answer.text


def test_a_message_only_the_domain_model_lets_in_gets_the_domain_s_answer(
    assistant: object,
) -> None:
    answer = assistant.answer(  # type: ignore[attr-defined]
        "Mijn vrachtwagenchauffeur heeft een hernia en kan al een maand niet rijden. Wat nu?"
    )
    assert not answer.refused
    assert "bedrijfsarts" in answer.text


def test_an_evaluation_passed_in_the_last_six_weeks_is_named_as_passed(assistant: object) -> None:
    answer = assistant.answer(  # type: ignore[attr-defined]
        "Mijn bedrijfsleider is ziek sinds 1 december 2025. Tot wanneer moet ik loon doorbetalen?",
        today=TODAY,
    )
    lines = [line for line in answer.text.splitlines() if "Eerstejaarsevaluatie" in line]
    assert lines
    assert "verstreken" in lines[0]
    older = assistant.answer(  # type: ignore[attr-defined]
        "Mijn bedrijfsleider is ziek sinds 1 september 2025. Tot wanneer moet ik loon doorbetalen?",
        today=TODAY,
    )
    assert "Eerstejaarsevaluatie uiterlijk" not in older.text  # passed long ago: no news
