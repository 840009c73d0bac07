"""The vector store: a Chroma collection of chunks. The only module that imports chromadb.

Layer: storage. Embedded `PersistentClient` under the data dir by default; `HttpClient` to a
`chroma run` server when a host and port are configured (the scale-out path; Chroma 1.5.9's
server has no authentication, so keep it on loopback or behind an authenticating proxy).
Telemetry is off. Vectors are computed by our own embeddings and passed in; the collection
records which model built it and refuses another.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from spoorwijzer.records import Chunk, RetrievedChunk

MODEL_KEY = "embedding_model"
_METADATA_FIELDS = (
    "source_id",
    "title",
    "publisher",
    "kind",
    "tier",
    "section",
    "page",
    "position",
    "url",
    "content_hash",
    "doc_hash",
    "origin",
)


class StoreError(RuntimeError):
    """The store cannot do what was asked; the message is Dutch."""


class StoreUnavailableError(StoreError):
    """The Chroma server cannot be reached."""


class ModelMismatchError(StoreError):
    """The collection was built with another embedding model."""


def chunk_metadata(chunk: Chunk) -> dict[str, str | int]:
    """Return the flat metadata Chroma stores for a chunk."""
    return {name: getattr(chunk, name) for name in _METADATA_FIELDS}


def _chunk_from(chunk_id: str, text: str, metadata: Any) -> Chunk:
    values = {name: metadata[name] for name in _METADATA_FIELDS}
    return Chunk(id=chunk_id, text=text, **values)


class ChunkStore:
    """Typed access to one Chroma collection of chunks."""

    def __init__(self, client: Any, collection: Any, *, model_id: str, location: str) -> None:
        self._client = client
        self._collection = collection
        self.model_id = model_id
        self.location = location

    def close(self) -> None:
        """Release the client's connections and files (safe to call twice)."""
        _close_client(self._client)

    def count(self) -> int:
        """Return the number of chunks in the collection."""
        return int(self._collection.count())

    def upsert(self, chunks: Sequence[Chunk], vectors: Sequence[Sequence[float]]) -> None:
        """Insert or replace chunks with their precomputed vectors."""
        if not chunks:
            return
        self._collection.upsert(
            ids=[c.id for c in chunks],
            embeddings=[list(v) for v in vectors],
            documents=[c.text for c in chunks],
            metadatas=[chunk_metadata(c) for c in chunks],
        )

    def update_metadata(self, chunks: Sequence[Chunk]) -> None:
        """Change the metadata of stored chunks without embedding them again."""
        if chunks:
            self._collection.update(
                ids=[c.id for c in chunks], metadatas=[chunk_metadata(c) for c in chunks]
            )

    def delete(self, ids: Iterable[str]) -> None:
        """Delete chunks by id."""
        id_list = list(ids)
        if id_list:
            self._collection.delete(ids=id_list)

    def all_chunks(self) -> list[Chunk]:
        """Return every stored chunk (for the lexical index and for change detection)."""
        result = self._collection.get(include=["documents", "metadatas"])
        return [
            _chunk_from(i, text, meta)
            for i, text, meta in zip(
                result["ids"], result["documents"], result["metadatas"], strict=True
            )
        ]

    def get(self, ids: Sequence[str]) -> list[Chunk]:
        """Return the stored chunks with these ids (missing ids are left out)."""
        if not ids:
            return []
        unique = list(dict.fromkeys(ids))
        result = self._collection.get(ids=unique, include=["documents", "metadatas"])
        return [
            _chunk_from(i, text, meta)
            for i, text, meta in zip(
                result["ids"], result["documents"], result["metadatas"], strict=True
            )
        ]

    def vectors(self, ids: Sequence[str]) -> dict[str, list[float]]:
        """Return the stored vectors of these ids, so unchanged text is never embedded twice."""
        if not ids:
            return {}
        result = self._collection.get(ids=list(dict.fromkeys(ids)), include=["embeddings"])
        return {
            i: [float(x) for x in vector]
            for i, vector in zip(result["ids"], result["embeddings"], strict=True)
        }

    def as_langchain_vectorstore(self, embeddings: Any) -> Any:
        """The same collection as a plain `langchain_chroma.Chroma` (the evals baseline)."""
        from langchain_chroma import Chroma

        return Chroma(
            client=self._client,
            collection_name=self._collection.name,
            embedding_function=embeddings,
        )

    def search(
        self,
        query_vector: Sequence[float],
        k: int,
        *,
        source_id: str | None = None,
        leave_out: Sequence[str] = (),
    ) -> list[RetrievedChunk]:
        """Return the k nearest chunks; score = 1 - cosine distance.

        `source_id`: only that source's chunks; `leave_out`: none of these sources' chunks.
        """
        total = self.count()
        if total == 0:
            return []
        where: dict[str, Any] | None = None
        if source_id:
            where = {"source_id": source_id}
        elif leave_out:
            where = {"source_id": {"$nin": list(leave_out)}}
        result = self._collection.query(
            query_embeddings=[list(query_vector)],
            n_results=min(k, total),
            include=["documents", "metadatas", "distances"],
            where=where,
        )
        return [
            RetrievedChunk(_chunk_from(i, text, meta), 1.0 - float(distance))
            for i, text, meta, distance in zip(
                result["ids"][0],
                result["documents"][0],
                result["metadatas"][0],
                result["distances"][0],
                strict=True,
            )
        ]


def _close_client(client: Any) -> None:
    # chromadb 1.5.9's HttpClient.close() leaves the httpx sessions of the client and of its
    # admin client open; close them ourselves so no socket outlives the store.
    for owner in (client, getattr(client, "_admin_client", None)):
        session = getattr(getattr(owner, "_server", None), "_session", None)
        if session is not None:
            session.close()
    client.close()


def _client(data_dir: Path, host: str | None, port: int | None) -> tuple[Any, str]:
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    settings = ChromaSettings(anonymized_telemetry=False)
    if host:
        location = f"Chroma-server {host}:{port}"
        client = None
        try:
            client = chromadb.HttpClient(host=host, port=port or 8000, settings=settings)
            client.heartbeat()
        except Exception as error:
            if client is not None:
                _close_client(client)
            raise StoreUnavailableError(
                f"De {location} is niet bereikbaar ({type(error).__name__}). Start de server "
                "(chroma run --host 127.0.0.1 --port ...) of laat SPOORWIJZER_CHROMA_HOST leeg "
                "om de lokale index te gebruiken."
            ) from None
        return client, location
    path = data_dir / "chroma"
    path.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(path), settings=settings), f"lokale index {path}"


def open_store(
    *,
    data_dir: Path,
    collection: str,
    model_id: str,
    host: str | None = None,
    port: int | None = None,
    reset: bool = False,
) -> ChunkStore:
    """Open (or create) the chunk collection.

    Args:
        data_dir: Folder for the embedded store.
        collection: Collection name.
        model_id: Id of the embedding model that computes the vectors.
        host: Chroma server host; None for the embedded store.
        port: Chroma server port.
        reset: Delete the collection first (rebuild with another model).

    Returns:
        The store.

    Raises:
        StoreUnavailableError: The server cannot be reached.
        ModelMismatchError: The collection was built with another model.
    """
    client, location = _client(data_dir, host, port)
    if reset and collection in [c.name for c in client.list_collections()]:
        client.delete_collection(collection)
    handle = client.get_or_create_collection(
        collection,
        embedding_function=None,
        metadata={"hnsw:space": "cosine", MODEL_KEY: model_id},
    )
    stored_model = (handle.metadata or {}).get(MODEL_KEY)
    if stored_model != model_id:
        _close_client(client)
        raise ModelMismatchError(
            f"De index in de {location} is gebouwd met embeddingmodel '{stored_model}', niet met "
            f"'{model_id}'. Gebruik hetzelfde model of bouw de index opnieuw op met "
            "'spoorwijzer ingest --opnieuw'."
        )
    return ChunkStore(client, handle, model_id=model_id, location=location)
