"""Run Spoorwijzer and the baseline over eval cases, aggregate the metrics, check thresholds.

Layer: evals. Receives the assistant, the baseline and the store; builds none of them.
"""

from __future__ import annotations

import statistics
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import yaml

from evals.baseline import NaiveBaseline
from evals.dataset import EvalCase
from evals.evaluators import Scores, score_case
from spoorwijzer.answering.chain import Assistant
from spoorwijzer.retrieval.store import ChunkStore

THRESHOLDS_FILE = Path(__file__).resolve().parent / "thresholds.yaml"
RANKED_K = 5


@dataclass
class CaseResult:
    """One case answered by one system."""

    case: EvalCase
    system: str
    answer: dict[str, Any]
    scores: Scores
    seconds: float

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "id": self.case.id,
            "kind": self.case.kind,
            "system": self.system,
            "question": self.case.question,
            "turns": list(self.case.turns),
            "expected": {
                "dates": self.case.expected_dates,
                "verdict": self.case.verdict,
                "must_include": list(self.case.must_include),
                "reference_answer": self.case.reference_answer,
            },
            "answer": self.answer,
            "scores": self.scores.to_dict(),
            "failures": self.scores.failures,
            "seconds": round(self.seconds, 4),
        }


def _chunk_reader(store: ChunkStore) -> Callable[[str], str | None]:
    cache: dict[str, str | None] = {}

    def read(chunk_id: str) -> str | None:
        if chunk_id not in cache:
            found = store.get([chunk_id])
            cache[chunk_id] = found[0].text if found else None
        return cache[chunk_id]

    return read


def run_spoorwijzer(cases: Sequence[EvalCase], assistant: Assistant) -> list[CaseResult]:
    """Answer every case with the real chain and score it."""
    read = _chunk_reader(assistant.store)
    claim_texts = assistant.claims.texts_by_id
    results = []
    for case in cases:
        began = time.perf_counter()
        answer = assistant.answer(case.question, case.history, today=case.today)
        seconds = time.perf_counter() - began
        ranked = (
            [p.chunk.source_id for p in assistant.retriever.retrieve(case.question, RANKED_K)]
            if case.source_ids
            else []
        )
        scores = score_case(case, answer.to_dict(), answer.citations, read, ranked, claim_texts)
        results.append(CaseResult(case, "spoorwijzer", answer.to_dict(), scores, seconds))
    return results


def run_baseline(
    cases: Sequence[EvalCase], baseline: NaiveBaseline, store: ChunkStore
) -> list[CaseResult]:
    """Answer every case with the naive baseline and score it the same way."""
    read = _chunk_reader(store)
    results = []
    for case in cases:
        began = time.perf_counter()
        answer, citations = baseline.answer(case.question)
        seconds = time.perf_counter() - began
        ranked = [c.source_id for c in citations]
        scores = score_case(case, answer, citations, read, ranked)
        answer["citations"] = [asdict(c) for c in citations]
        results.append(CaseResult(case, "baseline", answer, scores, seconds))
    return results


def _ratio(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, round(share * (len(ordered) - 1)))
    return round(ordered[index] * 1000, 1)


def summarise(results: Sequence[CaseResult]) -> dict[str, Any]:
    """Aggregate metrics over all results, plus per case kind."""
    s = [r.scores for r in results]
    myths = [x for x in s if x.verdict_expected is not None]
    confusion: Counter[str] = Counter(f"{x.verdict_expected}->{x.verdict_given}" for x in myths)
    ranked = [r.scores for r in results if r.case.source_ids]
    in_scope = [r for r in results if r.case.in_scope]
    latency: dict[str, list[float]] = defaultdict(list)
    for r in results:
        latency[r.case.kind].append(r.seconds)
    return {
        "cases": len(results),
        "passed_cases": sum(not r.scores.failures for r in results),
        "date_exactness": _ratio(sum(x.stated_dates for x in s), sum(x.expected_dates for x in s)),
        "invented_dates": sum(len(x.invented_dates) for x in s),
        "verdict_accuracy": _ratio(
            sum(x.verdict_given == x.verdict_expected for x in myths), len(myths)
        ),
        "verdict_confusion": dict(sorted(confusion.items())),
        "key_fact_coverage": _ratio(sum(x.facts_found for x in s), sum(x.facts_total for x in s)),
        "forbidden_hits": sum(len(x.forbidden_hits) for x in s),
        "refusal_accuracy": _ratio(sum(x.refusal_ok for x in s), len(s)),
        "citation_validity": _ratio(sum(x.quotes_valid for x in s), sum(x.quotes_total for x in s)),
        "in_scope_cited": _ratio(sum(r.scores.cited for r in in_scope), len(in_scope)),
        "recall_at_3": _ratio(
            sum(x.first_relevant_rank is not None and x.first_relevant_rank <= 3 for x in ranked),
            len(ranked),
        ),
        "mrr": round(
            statistics.fmean(
                [1 / x.first_relevant_rank if x.first_relevant_rank else 0.0 for x in ranked]
            ),
            4,
        )
        if ranked
        else None,
        **summarise_labelled([r for r in results if r.case.labelled]),
        "latency_ms": {
            kind: {"p50": _percentile(v, 0.5), "p95": _percentile(v, 0.95)}
            for kind, v in sorted(latency.items())
        },
    }


def summarise_labelled(results: Sequence[CaseResult]) -> dict[str, Any]:
    """The real-style metrics over the labelled cases (None where no case has the check)."""
    s = [r.scores.labelled for r in results]
    claims = [x for x in s if x.claim_expected]
    matched = [x for x in claims if x.claim_id_expected]
    without_claim = [x for x in s if not x.claim_expected]
    assumptions = [x for x in s if x.assumption_expected]
    per_fact: dict[str, list[int]] = {}
    for x in s:
        for name, (expected, right) in x.per_fact.items():
            tally = per_fact.setdefault(name, [0, 0])
            tally[0] += expected
            tally[1] += right
    return {
        "labelled_cases": len(results),
        "labelled_pass_rate": _ratio(sum(not r.scores.failures for r in results), len(results)),
        "asks_answered": _ratio(sum(x.asks_answered for x in s), sum(x.asks_expected for x in s)),
        "facts_recall": _ratio(sum(x.facts_right for x in s), sum(x.facts_expected for x in s)),
        "facts_precision": _ratio(sum(x.facts_read_right for x in s), sum(x.facts_read for x in s)),
        "wrong_exact_dates": sum(x.wrong_exact_dates for x in s) if s else None,
        "facts_per_fact": {k: _ratio(v[1], v[0]) for k, v in sorted(per_fact.items())},
        "follow_up_recall": _ratio(
            sum(x.follow_up_asked for x in s), sum(x.follow_up_expected for x in s)
        ),
        "assumption_stated": _ratio(
            sum(x.assumption_stated for x in assumptions), len(assumptions)
        ),
        "claim_detected": _ratio(sum(x.claim_detected for x in claims), len(claims)),
        "claim_matched": _ratio(sum(x.claim_matched for x in matched), len(matched)),
        "polarity_right": _ratio(sum(x.polarity_right for x in claims), len(claims)),
        "no_verdict_without_claim": _ratio(
            sum(not x.unwanted_verdict for x in without_claim), len(without_claim)
        ),
        "passed_flagged": _ratio(
            sum(x.passed_flagged for x in s), sum(x.passed_expected for x in s)
        ),
    }


def load_thresholds(path: Path = THRESHOLDS_FILE) -> dict[str, float]:
    """Read the pass bars."""
    data: dict[str, float] = yaml.safe_load(path.read_text(encoding="utf-8"))["thresholds"]
    return data


def check_thresholds(summary: dict[str, Any], thresholds: dict[str, float]) -> list[str]:
    """Return a Dutch line for every threshold the summary misses."""
    missed = []
    for name, bar in thresholds.items():
        if name.endswith("_max"):
            metric = name.removesuffix("_max")
            value = summary.get(metric)
            if value is not None and value > bar:
                missed.append(f"{metric} = {value}, maximaal {bar}")
        else:
            value = summary.get(name)
            if value is not None and value < bar:
                missed.append(f"{name} = {value}, minimaal {bar}")
    return missed
