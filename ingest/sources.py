"""Which documents an ingest run covers: the manifest's, or files a user names.

Layer: ingest. A supported file in knowledge/ that the manifest does not list is reported, not
silently indexed.
"""

from __future__ import annotations

from pathlib import Path

from ingest.errors import IngestError
from ingest.loaders import SUPPORTED_SUFFIXES
from ingest.pipeline import ORIGIN_USER, DocumentSource, slugify
from spoorwijzer.knowledge import SourceEntry, SourceKind, load_sources

_NOT_DOCUMENTS = {"sources.yaml", "README.md"}


def manifest_sources(knowledge_dir: Path) -> tuple[list[DocumentSource], list[IngestError]]:
    """Return the manifest's documents, and an error for each unlisted or missing file.

    Raises:
        KnowledgeError: The manifest itself is missing or invalid.
    """
    entries = load_sources(knowledge_dir)
    sources = [DocumentSource(e, knowledge_dir / e.path) for e in entries]
    listed = {s.path.resolve() for s in sources}
    problems = [
        IngestError(path, "staat niet in knowledge/sources.yaml; voeg het daar toe.")
        for path in sorted(knowledge_dir.rglob("*"))
        if path.is_file()
        and path.suffix.lower() in SUPPORTED_SUFFIXES
        and path.name not in _NOT_DOCUMENTS
        and path.resolve() not in listed
    ]
    return sources, problems


def user_source(
    path: Path, *, kind: SourceKind, title: str | None, publisher: str | None
) -> DocumentSource:
    """Describe a file the user adds on the command line (e.g. the UWV Werkwijzer PDF)."""
    entry = SourceEntry(
        id=f"eigen-{slugify(path.stem)}"[:80],
        path=str(path),
        title=title or path.stem,
        publisher=publisher or "Eigen document",
        kind=kind,
    )
    return DocumentSource(entry, path, origin=ORIGIN_USER)
