"""Lexical search: BM25 (bm25s) with Dutch Snowball stemming over the chunks of the store.

Layer: retrieval. The index is rebuilt from the store's chunks, never kept as a second truth.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spoorwijzer.language.synonyms import expand_query
from spoorwijzer.records import Chunk, RetrievedChunk

_TOKEN = re.compile(r"\w+(?:[-']\w+)*", re.UNICODE)


class LexicalIndex:
    """BM25 over chunk search texts, with a Dutch stemmer and stopword list."""

    def __init__(self, chunks: Sequence[Chunk]) -> None:
        import bm25s
        import Stemmer

        self._stemmer = Stemmer.Stemmer("dutch")
        self._stopwords = frozenset(bm25s.stopwords.STOPWORDS_DUTCH)
        self._chunks = list(chunks)
        self._bm25 = bm25s.BM25()
        if self._chunks:
            self._bm25.index(
                [self.tokenize(c.search_text) for c in self._chunks], show_progress=False
            )

    def tokenize(self, text: str) -> list[str]:
        """Lower-case, split on words (keeping 're-integratie' whole), drop stopwords, stem."""
        words = [w for w in _TOKEN.findall(text.lower()) if w not in self._stopwords]
        stems: list[str] = self._stemmer.stemWords(words)
        return stems or ["_"]

    def search(self, question: str, k: int) -> list[RetrievedChunk]:
        """Return up to k chunks with a positive BM25 score, best first."""
        if not self._chunks:
            return []
        scores = self._bm25.get_scores(self.tokenize(expand_query(question)))
        ranked = sorted(range(len(self._chunks)), key=lambda i: -float(scores[i]))
        return [
            RetrievedChunk(self._chunks[i], float(scores[i]))
            for i in ranked[:k]
            if float(scores[i]) > 0
        ]
