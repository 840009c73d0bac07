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


def test_a_chat_line_reporting_recovery_ends_the_period() -> None:
    chat = (
        "[03-11-2026 07:00] Ilse: ben ziek, kan niet komen\n"
        "[10-11-2026 18:00] Ilse: weer beter, kom morgen werken\n"
        "Wanneer moet de probleemanalyse?"
    )
    assert "Hersteld op 10-11-2026." in unfold_chat(chat)
    assert "Ziek sinds 03-11-2026." in unfold_chat(chat)


def test_one_stamped_line_is_no_chat() -> None:
    line = "[24-11-2026 06:41] Ilse: kan vandaag niet komen"
    assert unfold_chat(line) == line


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
