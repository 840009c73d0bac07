"""Benchmark: where the time of one answer goes, stage by stage, and its query embeddings.

The stages are measured by wrapping the functions the chain calls (module attributes and
methods) for the duration of the measurement; nothing in spoorwijzer/ is changed for it. Time
is exclusive: a stage that calls another (the ask classifier calls the embedder) is charged
only for its own work. "other" is the rest of `Assistant.answer` (routing, planning, glue).
Embeddings are counted where the model runs (behind the query cache, cleared per question).
"""

from __future__ import annotations

import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from typing import Any

from benchmarks.workspace import forget_user_texts
from evals.dataset import EvalCase
from spoorwijzer.answering import chain
from spoorwijzer.answering.chain import Assistant
from spoorwijzer.retrieval import hybrid, lexical, store
from spoorwijzer.rules.claims import ClaimMatcher

# (owner, attribute, stage); owners are modules (names the chain looked up) or classes.
PROBES: tuple[tuple[Any, str, str], ...] = (
    (chain, "read_message", "fact reading"),
    (chain, "read_messages", "fact reading"),
    (chain, "read_asks", "asks"),
    (chain, "compute_deadlines", "calculator"),
    (lexical.LexicalIndex, "search", "BM25"),
    (store.ChunkStore, "search", "Chroma"),
    (hybrid, "content_stems", "fusion"),
    (hybrid, "find_injection", "fusion"),
    (ClaimMatcher, "match", "claim match"),
    (chain, "compose_claim", "composing"),
    (chain, "compose_deadline", "composing"),
    (chain, "compose_explanation", "composing"),
    (chain, "compose_missing_facts", "composing"),
    (chain, "compose_refusal", "composing"),
    (chain, "join_parts", "composing"),
    (chain, "choose_follow_ups", "composing"),
    (chain, "decide_for", "rules"),
    (chain, "verified_citations", "guards"),
    (chain, "backed_dates", "guards"),
    (chain, "unbacked_dates", "guards"),
    (chain, "drop_sentences_with", "guards"),
    (chain, "remove_markers", "guards"),
)


class StageClock:
    """Exclusive time per stage, with a stack so nested stages are not counted twice."""

    def __init__(self) -> None:
        self.seconds: defaultdict[str, float] = defaultdict(float)
        self._children: list[float] = []

    def wrap(self, function: Callable[..., Any], stage: str) -> Callable[..., Any]:
        """The function, timed under `stage`."""

        def timed(*args: Any, **kwargs: Any) -> Any:
            self._children.append(0.0)
            began = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                elapsed = time.perf_counter() - began
                inner = self._children.pop()
                self.seconds[stage] += elapsed - inner
                if self._children:
                    self._children[-1] += elapsed

        return timed


@contextmanager
def _patched(owner: Any, attribute: str, replacement: Any) -> Iterator[None]:
    original = owner.__dict__[attribute] if isinstance(owner, type) else getattr(owner, attribute)
    setattr(owner, attribute, replacement)
    try:
        yield
    finally:
        setattr(owner, attribute, original)


def breakdown(assistant: Assistant, cases: Sequence[EvalCase]) -> dict[str, Any]:
    """Mean milliseconds per stage and query embeddings per answer over the cases."""
    clock = StageClock()
    embedder = assistant.retriever.embeddings
    texts: list[Counter[str]] = []
    model_call = type(embedder)._embed_one_query  # the model itself, behind the query cache

    def counted(self: Any, text: str) -> list[float]:
        texts[-1][text] += 1
        return model_call(self, text)

    total = 0.0
    with ExitStack() as stack:
        for owner, attribute, stage in PROBES:
            original = getattr(owner, attribute)
            stack.enter_context(_patched(owner, attribute, clock.wrap(original, stage)))
        stack.enter_context(
            _patched(type(embedder), "_embed_one_query", clock.wrap(counted, "query embedding"))
        )
        for case in cases:
            texts.append(Counter())
            if hasattr(embedder, "clear_cache"):
                forget_user_texts(embedder)  # a new question: nothing of it is cached yet
            began = time.perf_counter()
            assistant.answer(case.question, case.history, today=case.today)
            total += time.perf_counter() - began
    answers = len(cases)
    stages = {k: round(v * 1000 / answers, 1) for k, v in sorted(clock.seconds.items())}
    stages["other"] = round(total * 1000 / answers - sum(stages.values()), 1)
    stages["whole answer"] = round(total * 1000 / answers, 1)
    calls = sum(sum(c.values()) for c in texts)
    distinct = sum(len(c) for c in texts)
    return {
        "stages_ms": stages,
        "embeddings_per_answer": round(calls / answers, 2),  # model calls
        "distinct_embedding_texts_per_answer": round(distinct / answers, 2),
        "max_embeddings_one_answer": max(sum(c.values()) for c in texts),
    }
