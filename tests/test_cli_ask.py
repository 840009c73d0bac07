"""`spoorwijzer ask` and `spoorwijzer chat` on the command line."""

from __future__ import annotations

import json
from typing import Any

import pytest
from click.testing import CliRunner

from spoorwijzer.cli import cli
from spoorwijzer.cli.ask_cmd import render_answer
from spoorwijzer.records import Answer, Citation


def test_ask_on_fresh_data_dir_builds_index_and_prints_json_contract() -> None:
    """The first ask builds the index, then prints the documented JSON fields."""
    result = CliRunner().invoke(
        cli,
        [
            "ask",
            "Ziek sinds 6 januari 2025. Wanneer moet de 42e-weeksmelding?",
            "--json",
            "--vandaag",
            "2025-11-23",
        ],
    )
    data: dict[str, Any] = json.loads(result.stdout)

    assert result.exit_code == 0, result.stderr
    assert "bouwt hem eerst op" in result.stderr
    # The documented fields stay (fields are added, never renamed or removed).
    assert {"answer", "citations", "dates", "verdict", "refused", "intent"} <= set(data)
    assert {"asks", "follow_up", "understood", "dossier"} <= set(data)
    assert set(data["citations"][0]) == {
        "n",
        "source_id",
        "title",
        "publisher",
        "tier",
        "quote",
        "url",
    }
    # A citation that rests on the law carries the article's link on wetten.overheid.nl.
    assert any(c["url"].startswith("https://wetten.overheid.nl/") for c in data["citations"])
    dates = {d["key"]: d for d in data["dates"]}
    assert dates["melding_42e_week_uiterlijk"]["date"] == "2025-10-27"
    assert dates["melding_42e_week_uiterlijk"]["status"] == "verstreken"
    assert data["intent"] == "deadline"
    assert data["refused"] is False
    assert data["verdict"] is None


@pytest.mark.parametrize(
    ("question", "message"),
    [("", "leeg"), ("   ", "leeg"), ("x" * 4001, "4000")],
    ids=["empty", "blank", "huge"],
)
def test_ask_refuses_empty_or_huge_question(question: str, message: str) -> None:
    """An empty or over-long question exits 2 with a Dutch message, before loading anything."""
    result = CliRunner().invoke(cli, ["ask", question])

    assert result.exit_code == 2
    assert message in result.stderr


def test_ask_rejects_bad_today() -> None:
    """--vandaag takes a Dutch date."""
    result = CliRunner().invoke(cli, ["ask", "Wat is spoor 2?", "--vandaag", "gisteren"])

    assert result.exit_code == 2
    assert "geen datum" in result.stderr


def test_chat_keeps_facts_between_turns() -> None:
    """In a chat the first sick day of the first turn counts for the second question."""
    turns = (
        "Mijn werknemer is ziek sinds 6 januari 2025.\n\nEn wanneer moet de WIA worden "
        "aangevraagd?\nstop\n"
    )
    result = CliRunner().invoke(cli, ["chat", "--vandaag", "2025-11-23"], input=turns)

    assert result.exit_code == 0, result.stderr
    assert "zondag 18 oktober 2026" in result.stdout
    assert "Bronnen:" in result.stdout


def test_dossier_from_json_output_feeds_the_next_ask(tmp_path: Any) -> None:
    """`--json` prints the dossier; `--dossier` reads it back, so a later question needs no date."""
    runner = CliRunner()
    first = runner.invoke(
        cli,
        [
            "ask",
            "Mijn werknemer is ziek sinds 3 februari 2026.",
            "--json",
            "--vandaag",
            "2026-12-02",
        ],
    )
    assert first.exit_code == 0, first.stderr
    data = json.loads(first.stdout)
    assert data["dossier"]["facts"]["ziekteperiodes"]["value"] == [["2026-02-03", None]]
    saved = tmp_path / "casus.json"
    saved.write_text(json.dumps(data), encoding="utf-8")

    second = runner.invoke(
        cli,
        [
            "ask",
            "Wanneer moet de 42e-weeksmelding?",
            "--dossier",
            str(saved),
            "--json",
            "--vandaag",
            "2026-12-02",
        ],
    )

    assert second.exit_code == 0, second.stderr
    dates = {d["key"]: d for d in json.loads(second.stdout)["dates"]}
    assert dates["melding_42e_week_uiterlijk"]["date"] == "2026-11-24"
    assert dates["melding_42e_week_uiterlijk"]["status"] == "verstreken"


@pytest.mark.parametrize(
    ("content", "message"),
    [(None, "bestaat niet"), ("{kapot", "geen leesbaar JSON"), ('{"facts": []}', "vorm")],
    ids=["missing", "not-json", "not-a-dossier"],
)
def test_bad_dossier_file_gets_a_dutch_error(
    tmp_path: Any, content: str | None, message: str
) -> None:
    """A bad --dossier file exits 2 with a Dutch message, before anything is loaded."""
    path = tmp_path / "casus.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")

    result = CliRunner().invoke(cli, ["ask", "Wat is spoor 2?", "--dossier", str(path)])

    assert result.exit_code == 2
    assert message in result.stderr


def test_text_output_prints_each_citation_with_its_link() -> None:
    """The terminal shows the law or UWV address under the source it belongs to."""
    law = "https://wetten.overheid.nl/jci1.3:c:BWBR0001888&artikel=38"
    answer = Answer(
        text="Meld uiterlijk op ziektedag 295 [1].",
        citations=(
            Citation(
                1, "c1", "notitie-tijdlijn", "Tijdlijn", "Spoorwijzer", 1, "Meld op tijd.", law
            ),
            Citation(2, "c2", "seed-x", "Blog", "Blogbedrijf", 4, "Iets.", ""),
        ),
        dates=(),
        verdict=None,
        refused=False,
        intent="deadline",
    )

    lines = render_answer(answer).splitlines()

    assert lines[lines.index(next(x for x in lines if x.startswith("[1]"))) + 1] == f"    {law}"
    assert lines[lines.index(next(x for x in lines if x.startswith("[2]"))) + 1].startswith('    "')
