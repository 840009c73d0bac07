"""Hybrid, authority-aware retrieval: dense (Chroma) and BM25 fused by reciprocal rank.

Layer: retrieval. Passages from sources with a better authority tier get a small bonus, so a
blog never outranks a note written from the law on a near tie. A passage that contains one of
its source's known errors, or instructions aimed at the assistant, is marked and is never used
as support; the composer uses known errors only to correct them.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from spoorwijzer.knowledge import WORDINGS_SOURCE_ID, KnownError, SourceEntry
from spoorwijzer.language.synonyms import expand_query
from spoorwijzer.language.wording import content_stems
from spoorwijzer.records import Chunk
from spoorwijzer.retrieval.embeddings import NamedEmbeddings
from spoorwijzer.retrieval.lexical import LexicalIndex
from spoorwijzer.retrieval.store import ChunkStore
from spoorwijzer.understanding.injection import find_injection

RRF_K = 60  # reciprocal rank fusion constant (measured best on Dutch: stack.md §2)
# Authority bonus per tier. A rank-1 RRF score is 1/61 = 0.016: law and UWV practice clearly
# outrank a blog, and law outranks UWV practice only on a near tie.
TIER_BONUS = {1: 0.0085, 2: 0.0075, 3: 0.004, 4: 0.0}
COVERAGE_WEIGHT = 0.008  # bonus for a passage that uses all the question's content words
MATCHER_ONLY_SOURCES = (WORDINGS_SOURCE_ID,)  # never retrieved as support, never cited
KNOWN_ERROR_PENALTY = 0.015  # a passage that repeats a known error sinks below sound sources
CANDIDATES = 30  # passages taken from each ranking before fusion


@dataclass(frozen=True, slots=True)
class Passage:
    """A retrieved chunk with its fused score and what it may be used for."""

    chunk: Chunk
    score: float
    similarity: float  # cosine similarity of the dense model, 0 when only BM25 found it
    known_errors: tuple[KnownError, ...] = ()
    injection: str | None = None

    @property
    def usable_as_support(self) -> bool:
        """False for passages with a known error or with instructions aimed at the assistant."""
        return not self.known_errors and self.injection is None


def _sub_questions(question: str) -> list[str]:
    """Each question sentence, prefixed with the statements that come before the first one."""
    sentences = [s.strip() for s in re.split(r"(?<=[.?!])\s+", question) if s.strip()]
    statements = " ".join(s for s in sentences if not s.endswith("?"))
    return [f"{statements} {s}".strip() for s in sentences if s.endswith("?")]


def _normalised(text: str) -> str:
    return " ".join(text.split())


class HybridRetriever:
    """Fuses the dense and the lexical ranking; knows each source's known errors."""

    def __init__(
        self,
        *,
        store: ChunkStore,
        embeddings: NamedEmbeddings,
        sources: Sequence[SourceEntry],
    ) -> None:
        self._store = store
        self.embeddings = embeddings
        # The claim wordings are searched by the claim matcher only (search_source).
        self._lexical = LexicalIndex(
            [c for c in store.all_chunks() if c.source_id not in MATCHER_ONLY_SOURCES]
        )
        self._errors = {entry.id: entry.known_errors for entry in sources}

    def known_errors_in(self, chunk: Chunk) -> tuple[KnownError, ...]:
        """Return the known errors whose quotes this chunk contains."""
        text = _normalised(chunk.text)
        return tuple(
            e for e in self._errors.get(chunk.source_id, ()) if _normalised(e.quote) in text
        )

    def retrieve(
        self, question: str, k: int = 8, *, dense_text: str | None = None, fixed: bool = False
    ) -> list[Passage]:
        """Return the k best passages for a question, best first.

        Args:
            question: The search text (BM25 and the coverage bonus read it).
            k: How many passages.
            dense_text: The text the dense model embeds instead, when a text already embedded
                (the user's message) says the same: one model call saved.
            fixed: The question is one of the program's own texts (a rule's reason),
                embedded once per process.
        """
        embed = self.embeddings.embed_fixed if fixed else self.embeddings.embed_query
        return self._retrieve(question, embed(dense_text or question), k)

    def _topic_vector(self, labels: Sequence[str]) -> list[float]:
        """The mean of the labels' vectors (each label embedded once per process)."""
        vectors = [self.embeddings.embed_fixed(label) for label in labels]
        mean = [sum(column) / len(vectors) for column in zip(*vectors, strict=True)]
        norm = math.sqrt(sum(x * x for x in mean)) or 1.0
        return [x / norm for x in mean]

    def _retrieve(self, question: str, vector: Sequence[float], k: int) -> list[Passage]:
        dense = self._store.search(list(vector), CANDIDATES, leave_out=MATCHER_ONLY_SOURCES)
        lexical = self._lexical.search(expand_query(question), CANDIDATES)
        fused: dict[str, float] = {}
        chunks: dict[str, Chunk] = {}
        similarity: dict[str, float] = {}
        for ranking in (dense, lexical):
            for rank, hit in enumerate(ranking, start=1):
                fused[hit.chunk.id] = fused.get(hit.chunk.id, 0.0) + 1.0 / (RRF_K + rank)
                chunks[hit.chunk.id] = hit.chunk
        for hit in dense:
            similarity[hit.chunk.id] = hit.score
        wanted = content_stems(question)
        for chunk_id, chunk in chunks.items():
            fused[chunk_id] += TIER_BONUS.get(chunk.tier, 0.0)
            if wanted:
                covered = len(wanted & content_stems(chunk.text)) / len(wanted)
                fused[chunk_id] += COVERAGE_WEIGHT * covered

        # Known-error passages stay among the k (the composer corrects them) but sink in order.
        top = sorted(fused, key=lambda i: -fused[i])[:k]
        for chunk_id in top:
            if self.known_errors_in(chunks[chunk_id]):
                fused[chunk_id] -= KNOWN_ERROR_PENALTY
        best = sorted(top, key=lambda i: -fused[i])
        return [
            Passage(
                chunks[i],
                fused[i],
                similarity.get(i, 0.0),
                self.known_errors_in(chunks[i]),
                find_injection(chunks[i].text),
            )
            for i in best
        ]

    def retrieve_parts(
        self,
        question: str,
        k: int,
        *,
        topic: Sequence[str] = (),
        dense_text: str | None = None,
    ) -> list[Passage]:
        """Retrieve for a question with several sub-questions: each part's best passage first.

        "Pauzeert de termijn? En wanneer moet de WIA worden aangevraagd?" gets the best passage
        for each question mark, then the rest of the ranking for the whole question (plus the
        optional `topic` labels, e.g. those of the milestones asked about: the program's own
        words, each embedded once per process and searched as the mean of their vectors).

        `dense_text`: the same question as the user wrote it, already embedded (with dates the
        search text leaves out); the dense model reads it and its sub-questions instead.
        """
        topic_text = " ".join(topic)
        whole = self.retrieve(f"{question} {topic_text}".strip(), k, dense_text=dense_text)
        parts = _sub_questions(question)
        if len(parts) < 2 and not topic:
            return whole
        leading: list[Passage] = []
        if topic:
            leading.extend(self._retrieve(topic_text, self._topic_vector(topic), 1))
        written: list[str | None] = list(_sub_questions(dense_text)) if dense_text else []
        if len(written) != len(parts):
            written = [None] * len(parts)
        pairs = list(zip(parts, written, strict=True)) if len(parts) > 1 else []
        for part, dense in pairs or [(question, dense_text)]:
            best = self.retrieve(part, 1, dense_text=dense)
            if best and best[0].chunk.id not in {p.chunk.id for p in leading}:
                leading.append(best[0])
        rest = [p for p in whole if p.chunk.id not in {x.chunk.id for x in leading}]
        return (leading + rest)[:k]

    def search_source(self, question: str, source_id: str, k: int) -> list[Passage]:
        """Dense search within one source (e.g. the claims), nearest first."""
        hits = self._store.search(self.embeddings.embed_query(question), k, source_id=source_id)
        return [
            Passage(
                h.chunk,
                h.score,
                h.score,
                self.known_errors_in(h.chunk),
                find_injection(h.chunk.text),
            )
            for h in hits
        ]
