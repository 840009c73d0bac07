"""Ingest pipeline: documents -> clean -> chunk -> embed -> store. Idempotent and incremental.

Layer: ingest. A document whose file and metadata are unchanged is skipped without reading or
embedding. A changed document gets its new chunks added first and its stale chunks deleted
afterwards, so a reader never finds it missing. Text that was embedded before (same content
hash) reuses its stored vector. A file that fails is reported and leaves its old chunks alone.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from ingest.chunking import ChunkDraft, split_into_chunks
from ingest.cleaning import clean_text
from ingest.errors import IngestError
from ingest.loaders import read_document
from spoorwijzer.knowledge import SourceEntry
from spoorwijzer.records import Chunk
from spoorwijzer.retrieval.embeddings import NamedEmbeddings
from spoorwijzer.retrieval.store import ChunkStore

ORIGIN_KNOWLEDGE = "knowledge"
ORIGIN_USER = "gebruiker"
EMBED_BATCH = 16


@dataclass(frozen=True, slots=True)
class DocumentSource:
    """A file to ingest with the manifest entry that describes it."""

    entry: SourceEntry
    path: Path
    origin: str = ORIGIN_KNOWLEDGE


@dataclass
class IngestReport:
    """What one run did, counted in chunks; `failed` lists files with their Dutch reason."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0
    total: int = 0
    embedded: int = 0
    failed: list[dict[str, str]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """Return the report with the field names of the CLI's --json contract."""
        return {
            "added": self.added,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "removed": self.removed,
            "total": self.total,
            "embedded": self.embedded,
            "failed": list(self.failed),
        }


def slugify(text: str) -> str:
    """Return a lower-case id made of letters, digits and hyphens."""
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return slug or "document"


def document_hash(source: DocumentSource) -> str:
    """Hash of the file's bytes and its metadata: unchanged hash = nothing to do.

    Raises:
        IngestError: The file cannot be read.
    """
    try:
        content = source.path.read_bytes()
    except FileNotFoundError:
        raise IngestError(source.path, "het bestand bestaat niet.") from None
    except OSError as error:
        raise IngestError(
            source.path, f"het bestand is niet te lezen ({error.strerror})."
        ) from None
    digest = hashlib.sha256(content)
    digest.update(json.dumps(source.entry.model_dump(mode="json"), sort_keys=True).encode())
    digest.update(source.origin.encode())
    return digest.hexdigest()[:16]


def build_chunks(source: DocumentSource, doc_hash: str) -> list[Chunk]:
    """Read, clean and chunk one document into chunks with stable ids and full metadata.

    Raises:
        IngestError: The file cannot be read or yields no text.
    """
    entry = source.entry
    loaded = read_document(source.path)
    pages = [clean_text(text, publisher=entry.publisher) for text in loaded.pages]
    drafts = split_into_chunks(pages, title=entry.title) + [
        ChunkDraft(text, section, 1) for section, text in loaded.passages
    ]
    if not drafts:
        raise IngestError(source.path, "na het opschonen blijft er geen tekst over.")
    chunks = []
    for position, draft in enumerate(drafts):
        content_hash = hashlib.sha256(draft.text.encode()).hexdigest()[:12]
        chunks.append(
            Chunk(
                id=f"{entry.id}:p{draft.page}:c{position}:{content_hash}",
                text=draft.text,
                source_id=entry.id,
                title=entry.title,
                publisher=entry.publisher,
                kind=str(entry.kind),
                tier=entry.tier,
                section=draft.section,
                page=draft.page,
                position=position,
                url=draft.url or entry.url or "",
                content_hash=content_hash,
                doc_hash=doc_hash,
                origin=source.origin,
            )
        )
    return chunks


def _same_except_doc_hash(a: Chunk, b: Chunk) -> bool:
    return a == replace(b, doc_hash=a.doc_hash)


class _Run:
    def __init__(self, store: ChunkStore, embeddings: NamedEmbeddings) -> None:
        self.store = store
        self.embeddings = embeddings
        self.report = IngestReport()
        self.by_source: dict[str, list[Chunk]] = defaultdict(list)
        for chunk in store.all_chunks():
            self.by_source[chunk.source_id].append(chunk)

    def ingest(self, source: DocumentSource) -> None:
        old = self.by_source.get(source.entry.id, [])
        doc_hash = document_hash(source)
        if old and all(c.doc_hash == doc_hash for c in old):
            self.report.unchanged += len(old)
            return
        new = build_chunks(source, doc_hash)
        old_by_id = {c.id: c for c in old}
        fresh = [c for c in new if c.id not in old_by_id]
        kept = [c for c in new if c.id in old_by_id]
        changed = [c for c in kept if not _same_except_doc_hash(c, old_by_id[c.id])]
        self._add(fresh, old)
        self.store.update_metadata(kept)
        stale = [c.id for c in old if c.id not in {n.id for n in new}]
        self.store.delete(stale)
        self.report.added += len(fresh)
        self.report.updated += len(changed)
        self.report.unchanged += len(kept) - len(changed)
        self.report.removed += len(stale)

    def _add(self, fresh: list[Chunk], old: list[Chunk]) -> None:
        reusable = {c.content_hash: c.id for c in old}
        known = self.store.vectors(
            [reusable[c.content_hash] for c in fresh if c.content_hash in reusable]
        )
        vectors: dict[str, list[float]] = {}
        to_embed = []
        for chunk in fresh:
            old_id = reusable.get(chunk.content_hash)
            if old_id in known:
                vectors[chunk.id] = known[old_id]
            else:
                to_embed.append(chunk)
        for start in range(0, len(to_embed), EMBED_BATCH):
            batch = to_embed[start : start + EMBED_BATCH]
            for chunk, vector in zip(
                batch, self.embeddings.embed_documents([c.search_text for c in batch]), strict=True
            ):
                vectors[chunk.id] = vector
        self.report.embedded += len(to_embed)
        self.store.upsert(fresh, [vectors[c.id] for c in fresh])

    def prune(self, keep_ids: set[str]) -> None:
        """Delete knowledge documents that the manifest no longer lists."""
        for source_id, chunks in self.by_source.items():
            if source_id not in keep_ids and chunks[0].origin == ORIGIN_KNOWLEDGE:
                self.store.delete([c.id for c in chunks])
                self.report.removed += len(chunks)


def ingest_documents(
    sources: Sequence[DocumentSource],
    *,
    store: ChunkStore,
    embeddings: NamedEmbeddings,
    prune_knowledge: bool = False,
    track: Callable[[Sequence[DocumentSource]], Iterable[DocumentSource]] = iter,
) -> IngestReport:
    """Bring the store in line with these documents.

    Args:
        sources: The documents to ingest.
        store: The chunk store (its model must be `embeddings.model_id`).
        embeddings: The embedding model.
        prune_knowledge: Delete knowledge documents that are not among `sources` (a run over the
            whole manifest); documents a user added are never pruned.
        track: Wraps the document sequence, e.g. with a progress bar.

    Returns:
        The report, counted in chunks.
    """
    run = _Run(store, embeddings)
    for source in track(sources):
        try:
            run.ingest(source)
        except IngestError as error:
            run.report.failed.append({"path": error.path, "error": error.reason})
    if prune_knowledge:
        run.prune({s.entry.id for s in sources})
    run.report.total = store.count()
    return run.report
