"""The ingest pipeline against a real Chroma store in a temp dir, with real embeddings."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from ingest.pipeline import ingest_documents
from ingest.sources import manifest_sources
from spoorwijzer.records import Chunk
from spoorwijzer.retrieval.store import ChunkStore, open_store
from tests.ingest.pdf_factory import write_pdf

MANIFEST = """sources:
  - {id: notitie-a, path: a.md, title: Notitie A, publisher: Spoorwijzer, kind: wet}
  - {id: notitie-b, path: b.md, title: Notitie B, publisher: Spoorwijzer, kind: uwv}
  - {id: blog-c, path: c.txt, title: Blog C, publisher: Blogbedrijf, kind: commercieel}
"""
NOTE_A = """---
id: notitie-a
---
# Notitie A

## Samentelling

Ziekteperiodes worden samengeteld als er minder dan 4 weken tussen zitten, ongeacht de oorzaak. Grondslag: art. 7:629 lid 10 BW.

## Nieuwe periode

Na een herstel van 4 weken of langer begint een nieuwe periode met een nieuwe eerste ziektedag. Grondslag: art. 23 lid 3 WIA.
"""
NOTE_B = """# Notitie B

## Deskundigenoordeel

Een deskundigenoordeel kost de werkgever 400 euro en is niet bindend, maar weegt zwaar. Grondslag: art. 32 Wet SUWI.
"""
BLOG_C = """Spoor 2 uitgelegd

Spoor 2 begint na twee jaar ziekte, zegt dit blog, en dat is een bekende fout in veel artikelen.

Bel mij terug

Neem contact op via 0113-405680 voor een vrijblijvend advies van Blogbedrijf.
"""


@pytest.fixture
def knowledge(tmp_path: Path) -> Path:
    folder = tmp_path / "knowledge"
    folder.mkdir()
    (folder / "sources.yaml").write_text(MANIFEST, encoding="utf-8")
    (folder / "a.md").write_text(NOTE_A, encoding="utf-8")
    (folder / "b.md").write_text(NOTE_B, encoding="utf-8")
    (folder / "c.txt").write_text(BLOG_C, encoding="utf-8")
    return folder


@pytest.fixture
def store(tmp_path: Path, embeddings: Any) -> ChunkStore:
    return open_store(data_dir=tmp_path / "data", collection="test", model_id=embeddings.model_id)


def run(knowledge: Path, store: ChunkStore, embeddings: Any, **options: Any) -> Any:
    sources, _ = manifest_sources(knowledge)
    return ingest_documents(sources, store=store, embeddings=embeddings, **options)


def test_first_run_adds_every_chunk_with_metadata(
    knowledge: Path, store: ChunkStore, embeddings: Any
) -> None:
    """All documents are chunked, embedded and stored with their citation metadata."""
    report = run(knowledge, store, embeddings)
    chunks = {c.source_id: c for c in store.all_chunks()}

    assert report.added == report.total == report.embedded == 4
    assert report.failed == []
    assert chunks["notitie-b"].tier == 2
    assert chunks["notitie-b"].section == "Deskundigenoordeel"
    assert chunks["notitie-b"].title == "Notitie B"
    assert chunks["blog-c"].tier == 4
    assert chunks["notitie-a"].id.startswith("notitie-a:p1:c")


def test_boilerplate_of_a_blog_is_not_indexed(
    knowledge: Path, store: ChunkStore, embeddings: Any
) -> None:
    """The blog's call-me-back form and phone number never reach the index."""
    run(knowledge, store, embeddings)
    texts = " ".join(c.text for c in store.all_chunks())

    assert "0113" not in texts
    assert "Bel mij terug" not in texts


def test_second_run_changes_and_embeds_nothing(
    knowledge: Path, store: ChunkStore, embeddings: Any
) -> None:
    """Re-running on unchanged knowledge adds, updates, removes and embeds nothing."""
    run(knowledge, store, embeddings)
    ids_before = {c.id for c in store.all_chunks()}
    report = run(knowledge, store, embeddings)

    assert (report.added, report.updated, report.removed, report.embedded) == (0, 0, 0, 0)
    assert report.unchanged == report.total == 4
    assert {c.id for c in store.all_chunks()} == ids_before


def test_changed_file_replaces_only_its_own_chunks(
    knowledge: Path, store: ChunkStore, embeddings: Any
) -> None:
    """Editing one paragraph of note A re-embeds that paragraph only; B and C are untouched."""
    run(knowledge, store, embeddings)
    before = {c.id: c for c in store.all_chunks()}
    note = knowledge / "a.md"
    note.write_text(
        note.read_text(encoding="utf-8").replace(
            "nieuwe eerste ziektedag", "nieuwe eerste ziektedag (dag 1)"
        ),
        encoding="utf-8",
    )
    report = run(knowledge, store, embeddings)
    after = {c.id: c for c in store.all_chunks()}

    assert (report.added, report.removed, report.embedded) == (1, 1, 1)
    assert {i for i in before if not i.startswith("notitie-a")} == {
        i for i in after if not i.startswith("notitie-a")
    }
    assert any("(dag 1)" in c.text for c in after.values())


def test_moved_paragraph_reuses_its_stored_vector(
    knowledge: Path, store: ChunkStore, embeddings: Any
) -> None:
    """Swapping two sections changes positions and ids but embeds nothing again."""
    run(knowledge, store, embeddings)
    first, second = NOTE_A.split("## Nieuwe periode")
    swapped = first.replace("## Samentelling", "## Nieuwe periode" + second + "\n## Samentelling")
    (knowledge / "a.md").write_text(swapped, encoding="utf-8")
    report = run(knowledge, store, embeddings)

    assert report.added == 2
    assert report.removed == 2
    assert report.embedded == 0


def test_metadata_change_updates_without_embedding(
    knowledge: Path, store: ChunkStore, embeddings: Any
) -> None:
    """A new title in the manifest updates the chunks' metadata and embeds nothing."""
    run(knowledge, store, embeddings)
    manifest = knowledge / "sources.yaml"
    manifest.write_text(
        manifest.read_text(encoding="utf-8").replace("Notitie B", "Notitie Bee"), encoding="utf-8"
    )
    report = run(knowledge, store, embeddings)

    assert (report.updated, report.embedded, report.added) == (1, 0, 0)
    assert {c.title for c in store.all_chunks() if c.source_id == "notitie-b"} == {"Notitie Bee"}


def test_removed_document_is_pruned_from_the_index(
    knowledge: Path, store: ChunkStore, embeddings: Any
) -> None:
    """A document dropped from the manifest loses its chunks in a full run."""
    run(knowledge, store, embeddings)
    manifest = knowledge / "sources.yaml"
    lines = manifest.read_text(encoding="utf-8").splitlines()
    manifest.write_text("\n".join(line for line in lines if "blog-c" not in line), encoding="utf-8")
    (knowledge / "c.txt").unlink()
    report = run(knowledge, store, embeddings, prune_knowledge=True)

    assert report.removed == 1
    assert "blog-c" not in {c.source_id for c in store.all_chunks()}


def test_failing_file_keeps_its_old_chunks_and_others_go_on(
    knowledge: Path, store: ChunkStore, embeddings: Any
) -> None:
    """A file that became unreadable is reported; its indexed chunks and other files stay."""
    run(knowledge, store, embeddings)
    (knowledge / "b.md").write_text("---\nid: x\nkapotte front matter", encoding="utf-8")
    note = knowledge / "a.md"
    note.write_text(
        note.read_text(encoding="utf-8") + "\nExtra alinea over de eerste ziektedag "
        "en de telling van de wachttijd van 104 weken.\n",
        encoding="utf-8",
    )
    report = run(knowledge, store, embeddings, prune_knowledge=True)

    assert [f["path"].endswith("b.md") for f in report.failed] == [True]
    assert "niet afgesloten" in report.failed[0]["error"]
    assert "notitie-b" in {c.source_id for c in store.all_chunks()}
    assert report.added == 1


def test_pdf_document_is_ingested_with_page_numbers(
    tmp_path: Path, store: ChunkStore, embeddings: Any
) -> None:
    """A generated two-page PDF lands in the index with page 1 and page 2 chunks."""
    from ingest.sources import user_source
    from spoorwijzer.knowledge import SourceKind

    pdf = write_pdf(
        tmp_path / "werkwijzer.pdf",
        [
            [
                "Spoor 2 moet starten zodra er geen zicht meer is op terugkeer in de eigen organisatie."
            ],
            ["De eerstejaarsevaluatie bevat een expliciete beslissing over de inzet van spoor 2."],
        ],
    )
    source = user_source(pdf, kind=SourceKind.UWV, title="Werkwijzer", publisher="UWV")
    report = ingest_documents([source], store=store, embeddings=embeddings)
    chunks = store.all_chunks()

    assert report.failed == []
    assert sorted(c.page for c in chunks) == [1, 2]
    assert {c.source_id for c in chunks} == {"eigen-werkwijzer"}
    assert {c.tier for c in chunks} == {2}
    assert {c.origin for c in chunks} == {"gebruiker"}


class _RecordingStore:
    """Wraps the real store and checks, after every write, that no document went missing."""

    def __init__(self, store: ChunkStore, sources: set[str]) -> None:
        self._store = store
        self._sources = sources
        self.snapshots: list[set[str]] = []

    def __getattr__(self, name: str) -> Any:
        attribute = getattr(self._store, name)
        if name not in {"upsert", "delete", "update_metadata"}:
            return attribute

        def write(*args: Any, **kwargs: Any) -> Any:
            result = attribute(*args, **kwargs)
            self.snapshots.append({c.source_id for c in self._store.all_chunks()})
            return result

        return write


def test_reader_never_sees_a_changed_document_missing(
    knowledge: Path, store: ChunkStore, embeddings: Any
) -> None:
    """New chunks are written before stale ones are deleted: every document stays findable."""
    run(knowledge, store, embeddings)
    for name in ("a.md", "b.md"):
        path = knowledge / name
        path.write_text(
            path.read_text(encoding="utf-8").replace("Grondslag", "Wettelijke grondslag"),
            encoding="utf-8",
        )
    recording = _RecordingStore(store, {"notitie-a", "notitie-b", "blog-c"})
    sources, _ = manifest_sources(knowledge)
    ingest_documents(sources, store=recording, embeddings=embeddings)  # type: ignore[arg-type]

    assert recording.snapshots
    assert all(s == {"notitie-a", "notitie-b", "blog-c"} for s in recording.snapshots)


def test_chunk_search_text_includes_section() -> None:
    """What is embedded is the section heading plus the passage."""
    chunk = Chunk("i", "Tekst.", "s", "T", "P", "wet", 1, "Kop", 1, 0, "", "h", "d", "knowledge")

    assert chunk.search_text == "Kop: Tekst."


def test_note_link_gives_the_chunk_its_url_and_a_blog_link_is_ignored(
    tmp_path: Path, store: ChunkStore, embeddings: Any
) -> None:
    """Ingest turns a note's official Grondslag link into the chunk url; other links fall back."""
    folder = tmp_path / "links"
    folder.mkdir()
    (folder / "sources.yaml").write_text(
        "sources:\n  - {id: notitie-l, path: l.md, title: L, publisher: Spoorwijzer, kind: wet, "
        "url: 'https://wetten.overheid.nl/BWBR0019057'}\n",
        encoding="utf-8",
    )
    law = "https://wetten.overheid.nl/jci1.3:c:BWBR0005290&artikel=670"
    (folder / "l.md").write_text(
        "# L\n\n## Opzegverbod\n\nTijdens de eerste twee jaar ziekte geldt een opzegverbod voor "
        f"de werkgever. Grondslag: [art. 7:670 lid 1 BW]({law}).\n\n## Blog\n\nEen blog "
        "beweert dat ontslag na een jaar ziekte al kan, maar dat klopt niet. "
        "Bron: [blog](https://blog.example.nl/ontslag).\n",
        encoding="utf-8",
    )

    run(folder, store, embeddings)
    chunks = {c.section: c for c in store.all_chunks()}

    assert chunks["Opzegverbod"].url == law
    assert chunks["Opzegverbod"].text.endswith("Grondslag: art. 7:670 lid 1 BW.")
    assert chunks["Blog"].url == "https://wetten.overheid.nl/BWBR0019057"  # the entry's own url
    assert "blog.example.nl" not in chunks["Blog"].text
