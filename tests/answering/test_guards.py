"""The date guard and the citation guard."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from spoorwijzer.answering.guards import (
    backed_dates,
    drop_sentences_with,
    markers_valid,
    remove_markers,
    unbacked_dates,
    verified_citations,
)
from spoorwijzer.deadlines import CaseFacts, SickPeriod, compute_deadlines
from spoorwijzer.records import Chunk, Citation
from spoorwijzer.retrieval.store import open_store

REPORT = compute_deadlines(
    CaseFacts(periods=(SickPeriod(date(2025, 1, 6)),)), today=date(2025, 11, 23)
)


def citation(n: int, quote: str, chunk_id: str = "doc:p1:c0:h") -> Citation:
    return Citation(n, chunk_id, "doc", "Doc", "P", 1, quote, "")


def test_calculator_dates_and_dates_in_its_notes_are_backed() -> None:
    """Milestones, windows and the dates inside the calculator's notes may be stated."""
    allowed = backed_dates(report=REPORT, question="", citations=())

    assert date(2025, 10, 27) in allowed  # 42e-weeksmelding
    assert date(2025, 10, 20) in allowed  # week 42 window start
    assert date(2025, 2, 14) in allowed  # "handel uiterlijk op vrijdag 14 februari 2025"


def test_invented_date_is_caught() -> None:
    """A date that neither calculator, question nor quote gives is reported."""
    allowed = backed_dates(report=REPORT, question="Ziek sinds 6 januari 2025?", citations=())
    text = "Meld uiterlijk op maandag 27 oktober 2025, of anders op 3 november 2025."

    assert unbacked_dates(text, allowed) == ["3 november 2025"]


def test_question_and_quote_dates_are_backed() -> None:
    """Dates from the question or from a cited quote may be repeated."""
    allowed = backed_dates(
        report=None,
        question="De EJE was op 31 januari 2026.",
        citations=[citation(1, "Sinds 1 juli 2013 geldt 11 weken.")],
    )

    assert unbacked_dates("Op 31 januari 2026 en sinds 1 juli 2013.", allowed) == []


def test_yearless_date_needs_a_backed_day_and_month() -> None:
    """'20 oktober' is backed by 20 oktober 2025; '21 oktober' is not."""
    allowed = backed_dates(report=REPORT, question="", citations=())

    assert unbacked_dates("week 42 loopt van 20 oktober", allowed) == []
    assert unbacked_dates("tot 21 oktober", allowed) == ["21 oktober"]


def test_impossible_date_only_when_the_question_wrote_it() -> None:
    """'31 februari 2025' may be echoed when the user wrote it, never otherwise."""
    assert (
        unbacked_dates(
            "De datum '31 februari 2025' bestaat niet.", set(), ["ziek sinds 31 februari 2025"]
        )
        == []
    )
    assert unbacked_dates("Op 31 februari 2025.", set()) == ["31 februari 2025"]


def test_markers_must_refer_to_citations() -> None:
    """[n] without a citation n is invalid."""
    cites = [citation(1, "x")]

    assert markers_valid("Zo is het [1].", cites)
    assert not markers_valid("Zo is het [2].", cites)


def test_sentence_with_fragment_is_dropped_and_markers_removed() -> None:
    """Helpers that repair a text keep everything else."""
    text = "Eerste zin. Tweede zin op 3 mei 2031. Derde zin [2]."

    assert drop_sentences_with(text, ["3 mei 2031"]) == "Eerste zin. Derde zin [2]."
    assert remove_markers("Zin [2]. Andere [1].", [2]) == "Zin. Andere [1]."


def test_citation_quote_must_occur_in_stored_chunk(tmp_path: Path) -> None:
    """A quote found verbatim in its chunk passes; an altered quote is rejected."""
    store = open_store(data_dir=tmp_path, collection="test", model_id="m")
    chunk = Chunk(
        "doc:p1:c0:h",
        "De werkgever beslist over spoor 2.  In overleg.",
        "doc",
        "Doc",
        "P",
        "wet",
        1,
        "S",
        1,
        0,
        "",
        "h",
        "d",
        "knowledge",
    )
    store.upsert([chunk], [[1.0, 0.0]])
    good, bad = verified_citations(
        [
            citation(1, "De werkgever beslist over spoor 2. In overleg."),
            citation(2, "De werknemer beslist over spoor 2."),
            citation(3, "In overleg.", chunk_id="missing:p1:c0:h"),
        ],
        store,
    )

    assert [c.n for c in good] == [1]
    assert [c.n for c in bad] == [2, 3]
