"""`spoorwijzer deadlines`: JSON contract, readable table, .ics export and Dutch errors."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner
from icalendar import Calendar

from spoorwijzer.cli import cli

EXAMPLE_A = {
    "eerste_ziektedag": "2025-01-06",
    "probleemanalyse_uiterlijk": "2025-02-16",
    "plan_van_aanpak_uiterlijk": "2025-03-02",
    "melding_42e_week_uiterlijk": "2025-10-27",
    "eerstejaarsevaluatie_uiterlijk": "2026-01-04",
    "spoor2_uiterlijk_gestart": "2026-02-15",
    "uwv_wia_brief_circa": "2026-09-14",
    "reintegratieverslag_eindevaluatie_uiterlijk": "2026-10-04",
    "wia_aanvraag_uiterlijk": "2026-10-18",
    "einde_wachttijd": "2027-01-03",
    "wia_ingangsdatum": "2027-01-04",
}


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_json_gives_example_a() -> None:
    """`deadlines 2025-01-06 --json` prints Example A of the spec with the contract's fields."""
    code, out, _ = run("deadlines", "2025-01-06", "--json", "--vandaag", "2025-11-23")
    data = json.loads(out)

    assert code == 0
    assert data["eerste_ziektedag"] == "2025-01-06"
    assert {m["key"]: m["date"] for m in data["milestones"]} == EXAMPLE_A
    assert {"key", "date", "label", "basis", "kind"} <= set(data["milestones"][0])
    assert isinstance(data["notes"], list)
    assert data["notes"]


def test_json_reports_window_status_and_weekend_flag() -> None:
    """The JSON carries the EJE window, the status and the weekend flag."""
    _, out, _ = run("deadlines", "6 januari 2025", "--json", "--vandaag", "2025-11-23")
    milestones = {m["key"]: m for m in json.loads(out)["milestones"]}

    assert milestones["eerstejaarsevaluatie_uiterlijk"]["window_start"] == "2025-11-17"
    assert milestones["eerstejaarsevaluatie_uiterlijk"]["window_end"] == "2026-01-04"
    assert milestones["eerstejaarsevaluatie_uiterlijk"]["non_working_day"] == "zondag"
    assert milestones["melding_42e_week_uiterlijk"]["status"] == "verstreken"
    assert milestones["einde_wachttijd"]["status"] == "later"
    assert milestones["spoor2_uiterlijk_gestart"]["kind"] == "uwv-praktijk"


def test_table_is_readable_dutch() -> None:
    """Without --json the command prints a Dutch table with basis, notes and a disclaimer."""
    code, out, _ = run("deadlines", "06-01-2025", "--vandaag", "2025-11-23")

    assert code == 0
    assert "ma 27-10-2025" in out
    assert "42e-weeksmelding bij UWV uiterlijk" in out
    assert "art. 38 lid 1 Ziektewet" in out
    assert "Geen juridisch advies" in out


def test_periods_with_open_end_are_added_up() -> None:
    """--periode VAN:TOT twice, the last open, gives the samentelling example's dates."""
    _, out, _ = run(
        "deadlines",
        "--periode",
        "2025-02-03:2025-03-09",
        "--periode",
        "24 maart 2025:",
        "--json",
        "--vandaag",
        "2025-11-23",
    )
    data = json.loads(out)
    dates = {m["key"]: m["date"] for m in data["milestones"]}

    assert dates["melding_42e_week_uiterlijk"] == "2025-12-08"
    assert dates["einde_wachttijd"] == "2027-02-14"
    assert data["counting"][1]["added_up"] is True
    assert data["counting"][1]["gap_days"] == 14


def test_leave_extension_and_sanction_options_reach_the_calculator() -> None:
    """--verlof, --verlenging-weken and --loonsanctie-weken change the end dates."""
    _, out, _ = run(
        "deadlines",
        "--periode",
        "2025-04-01:2025-06-30",
        "--periode",
        "2025-10-21:",
        "--verlof",
        "2025-07-01:2025-10-20",
        "--verlenging-weken",
        "13",
        "--loonsanctie-weken",
        "52",
        "--json",
        "--vandaag",
        "2025-11-23",
    )
    dates = {m["key"]: m["date"] for m in json.loads(out)["milestones"]}

    assert dates["einde_wachttijd"] == "2027-07-19"
    assert dates["einde_loondoorbetaling"] == "2028-10-16"


def test_other_dates_reach_the_calculator() -> None:
    """The optional date options each change their milestone."""
    _, out, _ = run(
        "deadlines",
        "2025-01-06",
        "--probleemanalyse",
        "7 maart 2025",
        "--eerstejaarsevaluatie",
        "2026-01-31",
        "--uwv-brief",
        "2026-09-14",
        "--wia-aangevraagd",
        "2026-11-08",
        "--iva-aanvraag",
        "2025-04-01",
        "--aow-datum",
        "2030-01-01",
        "--einde-dienstverband",
        "2025-08-31",
        "--json",
        "--vandaag",
        "2025-11-23",
    )
    dates = {m["key"]: m["date"] for m in json.loads(out)["milestones"]}

    assert dates["plan_van_aanpak_uiterlijk"] == "2025-03-21"
    assert dates["einde_loondoorbetaling"] == "2027-01-24"
    assert dates["vervroegde_iva_vroegste_ingang"] == "2025-06-10"
    assert dates["ziek_uit_dienst_melding_uwv"] == "2025-08-29"


def test_period_without_colon_is_ongoing() -> None:
    """--periode DATUM without a colon is a period that is still ongoing."""
    _, out, _ = run("deadlines", "--periode", "6 januari 2025", "--json", "--vandaag", "2025-11-23")

    assert {m["key"]: m["date"] for m in json.loads(out)["milestones"]} == EXAMPLE_A


def test_second_review_options_reach_the_calculator() -> None:
    """The new options change their milestones; the JSON adds 'lapsed' and keeps every field."""
    _, out, _ = run(
        "deadlines",
        "2025-10-15",
        "--loonsanctie-weken",
        "52",
        "--loonsanctie-besluit",
        "2027-08-20",
        "--herstel-gemeld",
        "2028-01-10",
        "--herstel-vastgesteld",
        "2028-01-24",
        "--uwv-brief",
        "2027-07-01",
        "--melding-42e-gedaan",
        "2026-08-05",
        "--json",
        "--vandaag",
        "2025-11-23",
    )
    milestones = {m["key"]: m for m in json.loads(out)["milestones"]}

    assert milestones["einde_loondoorbetaling"]["date"] == "2028-03-06"
    assert milestones["loonsanctie_besluit_uwv_uiterlijk"]["date"] == "2027-08-31"
    assert milestones["wia_aanvraag_uiterlijk"]["date"] == "2027-07-29"
    assert set(milestones["einde_wachttijd"]) == {
        "key",
        "date",
        "label",
        "basis",
        "kind",
        "status",
        "window_start",
        "window_end",
        "non_working_day",
        "note",
        "counted_day",
        "lapsed",
    }


def test_contract_end_marks_lapsed_milestones_unless_erd(tmp_path: Path) -> None:
    """Ziek uit dienst: lapsed milestones are flagged in JSON, the table and left out of .ics."""
    args = ["deadlines", "2025-01-06", "--einde-dienstverband", "2025-08-31"]
    _, out, _ = run(*args, "--json", "--vandaag", "2025-11-23")
    milestones = {m["key"]: m for m in json.loads(out)["milestones"]}
    _, erd_out, _ = run(*args, "--eigenrisicodrager-zw", "--json", "--vandaag", "2025-11-23")
    _, table, _ = run(*args, "--vandaag", "2025-11-23")
    target = tmp_path / "t.ics"
    run(*args, "--ics", str(target), "--vandaag", "2025-11-23")
    summaries = {str(e["summary"]) for e in Calendar.from_ical(target.read_bytes()).walk("VEVENT")}

    assert milestones["melding_42e_week_uiterlijk"]["lapsed"] is True
    assert milestones["reintegratieverslag_uit_dienst_uiterlijk"]["date"] == "2025-08-29"
    assert not any(m["lapsed"] for m in json.loads(erd_out)["milestones"])
    assert "vervalt (einde dienstverband)" in table
    assert "42e-weeksmelding bij UWV uiterlijk" not in summaries
    assert "Ziek uit dienst: re-integratieverslag klaar uiterlijk" in summaries


def test_help_names_the_new_options_and_aow_ages() -> None:
    """--help lists the second-review options and the AOW ages."""
    _, out, _ = run("deadlines", "--help")

    for option in (
        "--melding-42e-gedaan",
        "--loonsanctie-besluit",
        "--herstel-gemeld",
        "--herstel-vastgesteld",
        "--eigenrisicodrager-zw",
    ):
        assert option in out
    assert "67 jaar en 3 maanden" in " ".join(out.split())


def test_ics_file_holds_one_all_day_event_per_milestone(tmp_path: Path) -> None:
    """--ics writes an iCalendar file that parses back with every milestone as an all-day event."""
    target = tmp_path / "termijnen.ics"
    code, out, _ = run("deadlines", "2025-01-06", "--ics", str(target), "--vandaag", "2025-11-23")
    calendar = Calendar.from_ical(target.read_bytes())
    events = {str(e["summary"]): e.decoded("dtstart") for e in calendar.walk("VEVENT")}

    assert code == 0
    assert "Agendabestand geschreven" in out
    assert len(events) == len(EXAMPLE_A)
    assert events["42e-weeksmelding bij UWV uiterlijk"] == date(2025, 10, 27)
    assert events["Einde wachttijd (104 weken)"] == date(2027, 1, 3)


def test_ics_to_unwritable_path_is_a_dutch_error(tmp_path: Path) -> None:
    """An .ics path in a missing folder gives a Dutch error and exit code 2."""
    code, _, err = run("deadlines", "2025-01-06", "--ics", str(tmp_path / "nee" / "x.ics"))

    assert code == 2
    assert "Kan het agendabestand" in err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["31-02-2025"], "bestaat niet"),
        (["2010-01-04"], "vóór 1 juli 2013"),
        ([], "Geef de eerste ziektedag op"),
        (["--periode", "2025-03-01:2025-02-01"], "eindigt vóór"),
        (["--periode", "2025-01-06:2025-03-01", "--periode", "2025-02-01:"], "overlappen"),
        (["--periode", "31-02-2025"], "bestaat niet"),
        (["2025-01-06", "--melding-42e-gedaan", "2024-12-01"], "vóór de eerste ziektedag"),
        (["2025-01-06", "--loonsanctie-besluit", "2026-12-01"], "duur van de loonsanctie"),
        (
            [
                "2025-01-06",
                "--loonsanctie-weken",
                "52",
                "--herstel-gemeld",
                "2027-03-01",
                "--herstel-vastgesteld",
                "2027-02-01",
            ],
            "Controleer de volgorde",
        ),
        (["2025-01-06", "--herstel-gemeld", "30-02-2027"], "bestaat niet"),
        (["2025-01-06", "--verlof", "2025-03-01:"], "laatste verlofdag"),
        (["2025-01-06", "--verlenging-weken", "5"], "minimaal 13 weken"),
        (["2025-01-06", "--vandaag", "morgen"], "geen datum"),
    ],
    ids=[
        "impossible",
        "too-old",
        "missing",
        "reversed",
        "overlap",
        "impossible-period",
        "melding-before-d",
        "besluit-without-sanction",
        "finding-before-report",
        "impossible-herstel",
        "open-leave",
        "short-extension",
        "bad-today",
    ],
)
def test_bad_input_gives_dutch_error_without_traceback(args: list[str], message: str) -> None:
    """Bad input exits with code 2 and one Dutch line on stderr, never a traceback."""
    code, out, err = run("deadlines", *args)

    assert code == 2
    assert err.startswith("Fout: ")
    assert message in err
    assert "Traceback" not in err + out


def test_default_today_comes_from_the_clock() -> None:
    """Without --vandaag the command still works and prints today's date in the header."""
    code, out, _ = run("deadlines", "2025-01-06")

    assert code == 0
    assert "vandaag:" in out


def test_every_command_has_help() -> None:
    """Every registered command answers --help with a description."""
    for name in cli.commands:  # type: ignore[attr-defined]
        code, out, _ = run(name, "--help")

        assert code == 0
        assert "Usage:" in out
        assert len(out) > 200


def test_invalid_setting_is_a_dutch_error(monkeypatch: pytest.MonkeyPatch) -> None:
    """A SPOORWIJZER_* value of the wrong type stops every command with a Dutch message."""
    from spoorwijzer.config import get_settings

    monkeypatch.setenv("SPOORWIJZER_CHROMA_PORT", "geen-getal")
    get_settings.cache_clear()
    code, _, err = run("deadlines", "2025-01-06")

    assert code == 2
    assert "Ongeldige instelling: SPOORWIJZER_CHROMA_PORT" in err


def test_empty_setting_counts_as_unset(monkeypatch: pytest.MonkeyPatch) -> None:
    """An empty value copied from .env.example means 'use the default'."""
    from spoorwijzer.config import get_settings

    monkeypatch.setenv("SPOORWIJZER_CHROMA_PORT", "")
    get_settings.cache_clear()

    assert get_settings().chroma_port is None
