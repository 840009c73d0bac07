"""Run an ingest from settings: the shared entry used by the CLI and the app.

Layer: ingest wiring. Resolves the documents (the manifest, or files a user names), opens the
services, runs the pipeline and closes the store.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from ingest.errors import IngestError
from ingest.pipeline import DocumentSource, IngestReport, ingest_documents
from ingest.sources import manifest_sources, user_source
from spoorwijzer.config import Settings
from spoorwijzer.knowledge import KnowledgeError, SourceKind
from spoorwijzer.retrieval.embeddings import EmbeddingModelError
from spoorwijzer.retrieval.services import open_services
from spoorwijzer.retrieval.store import StoreError


class IndexSetupError(RuntimeError):
    """The manifest, the embedding model or the store cannot be used; the message is Dutch."""


def run_ingest(
    settings: Settings,
    paths: Sequence[Path],
    *,
    kind: SourceKind,
    title: str | None = None,
    publisher: str | None = None,
    rebuild: bool = False,
    track: Callable[[Sequence[DocumentSource]], Iterable[DocumentSource]] = iter,
) -> IngestReport:
    """Ingest the manifest (no paths) or the given files; used by `ingest` and by `ask`.

    Raises:
        IndexSetupError: The manifest, the model or the store cannot be used.
    """
    try:
        if paths:
            sources = [user_source(p, kind=kind, title=title, publisher=publisher) for p in paths]
            problems: list[IngestError] = []
        else:
            sources, problems = manifest_sources(settings.knowledge_dir)
        services = open_services(settings, reset_store=rebuild)
    except (KnowledgeError, EmbeddingModelError, StoreError) as error:
        raise IndexSetupError(str(error)) from None
    try:
        report = ingest_documents(
            sources,
            store=services.store,
            embeddings=services.embeddings,
            prune_knowledge=not paths,
            track=track,
        )
    finally:
        services.store.close()
    report.failed[:0] = [{"path": p.path, "error": p.reason} for p in problems]
    return report
