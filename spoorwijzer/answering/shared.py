"""One assistant shared by many sessions, renewed safely when the index changes.

Layer: wiring helper on top of the chain. The app serves every session from one cached
`Assistant` (Streamlit's cache_resource); answering is thread-safe, but an ingest changes the
Chroma collection under the readers and leaves the BM25 snapshot of the running retriever
stale. `SharedAssistant.reindex` runs the ingest under a write lock and swaps in a freshly
built assistant (new BM25 snapshot) before readers continue, so every answer is computed
entirely before or entirely after the ingest.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from typing import TypeVar

from spoorwijzer.answering.chain import Assistant
from spoorwijzer.records import Answer
from spoorwijzer.understanding.dossier import Dossier

T = TypeVar("T")


class ReadWriteLock:
    """Many readers at once, or one writer; a waiting writer goes before new readers."""

    def __init__(self) -> None:
        self._condition = threading.Condition()
        self._readers = 0
        self._writing = False
        self._writers_waiting = 0

    @contextmanager
    def reading(self) -> Iterator[None]:
        """Hold a read lock for the block."""
        with self._condition:
            while self._writing or self._writers_waiting:
                self._condition.wait()
            self._readers += 1
        try:
            yield
        finally:
            with self._condition:
                self._readers -= 1
                if not self._readers:
                    self._condition.notify_all()

    @contextmanager
    def writing(self) -> Iterator[None]:
        """Hold the write lock for the block (waits until the readers are done)."""
        with self._condition:
            self._writers_waiting += 1
            while self._writing or self._readers:
                self._condition.wait()
            self._writers_waiting -= 1
            self._writing = True
        try:
            yield
        finally:
            with self._condition:
                self._writing = False
                self._condition.notify_all()


class SharedAssistant:
    """An assistant for concurrent sessions whose index an ingest may change while it runs."""

    def __init__(self, build: Callable[[], Assistant]) -> None:
        """Build the first assistant; `build` makes a new one over the current index."""
        self._build = build
        self._lock = ReadWriteLock()
        self._assistant = build()

    @property
    def assistant(self) -> Assistant:
        """The assistant now in use (a snapshot: replaced, never changed, by `reindex`)."""
        return self._assistant

    def answer(
        self,
        question: str,
        history: Sequence[str] = (),
        *,
        today: date | None = None,
        dossier: Dossier | None = None,
    ) -> Answer:
        """`Assistant.answer` on the current index, never during an ingest."""
        with self._lock.reading():
            return self._assistant.answer(question, history, today=today, dossier=dossier)

    def reindex(self, ingest: Callable[[], T]) -> T:
        """Run `ingest` while no answer is computed, then swap in a fresh assistant."""
        with self._lock.writing():
            result = ingest()
            self._assistant = self._build()
            return result
