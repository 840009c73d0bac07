"""Builds the long-lived services (embeddings, store) from settings.

Layer: wiring, shared by the write path and the answering side. The assistant on top of these
is assembled in `spoorwijzer.answering.assistant_builder`.
"""

from __future__ import annotations

from dataclasses import dataclass

from spoorwijzer.config import Settings
from spoorwijzer.retrieval.embeddings import NamedEmbeddings, make_embeddings
from spoorwijzer.retrieval.store import ChunkStore, open_store


@dataclass(frozen=True, slots=True)
class Services:
    """What the answering and ingest paths need at run time."""

    embeddings: NamedEmbeddings
    store: ChunkStore


def open_services(settings: Settings, *, reset_store: bool = False) -> Services:
    """Load the embedding model and open the store named by the settings.

    Raises:
        EmbeddingModelError: The embedding model is not available locally.
        StoreError: The store cannot be opened (server down, other model).
    """
    embeddings = make_embeddings(settings.embedding_model)
    store = open_store(
        data_dir=settings.data_dir,
        collection=settings.collection,
        model_id=embeddings.model_id,
        host=settings.chroma_host,
        port=settings.chroma_port,
        reset=reset_store,
    )
    return Services(embeddings, store)
