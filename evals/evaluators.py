"""Pure scoring functions: one case and one answer in, named scores and failures out.

Layer: evals (pure). Deterministic checks only: dates, verdicts, key facts, refusals,
citations and retrieval ranks. An LLM judge is not part of the default suite.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from evals.dataset import EvalCase
from evals.labelled import LabelledScores, score_labelled
from evals.normalise import contains
from spoorwijzer.answering.guards import backed_dates, unbacked_dates
from spoorwijzer.deadlines import DeadlineInputError, compute_deadlines
from spoorwijzer.knowledge import KnowledgeError, load_sources
from spoorwijzer.language.dutch_dates import format_date
from spoorwijzer.records import Citation
from spoorwijzer.understanding.dossier import Dossier, DossierError
from spoorwijzer.understanding.facts import read_question_facts

KNOWLEDGE_DIR = Path(__file__).resolve().parents[1] / "knowledge"


@dataclass
class Scores:
    """What one case scored; `failures` says in Dutch what went wrong."""

    expected_dates: int = 0
    stated_dates: int = 0
    invented_dates: list[str] = field(default_factory=list)
    verdict_expected: str | None = None
    verdict_given: str | None = None
    facts_total: int = 0
    facts_found: int = 0
    forbidden_hits: list[str] = field(default_factory=list)
    refusal_ok: bool = True
    quotes_total: int = 0
    quotes_valid: int = 0
    cited: bool = False
    first_relevant_rank: int | None = None
    failures: list[str] = field(default_factory=list)
    labelled: LabelledScores = field(default_factory=LabelledScores)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {**self.__dict__, "labelled": self.labelled.to_dict()}


def score_dates(case: EvalCase, text: str, scores: Scores) -> None:
    """Every expected date must be stated (in any Dutch format)."""
    for key, iso in case.expected_dates.items():
        scores.expected_dates += 1
        if contains(text, format_date(date.fromisoformat(iso))):
            scores.stated_dates += 1
        else:
            scores.failures.append(f"datum ontbreekt: {key} = {iso}")


@cache
def knowledge_checked_dates() -> frozenset[date]:
    """The days the knowledge was checked (sources.yaml `checked_on`): backed by the manifest."""
    try:
        sources = load_sources(KNOWLEDGE_DIR)
    except KnowledgeError:
        return frozenset()
    return frozenset(s.checked_on for s in sources if s.checked_on is not None)


def score_invented_dates(
    case: EvalCase,
    text: str,
    citations: Sequence[Citation],
    scores: Scores,
    dossier: object = None,
) -> None:
    """No date that the calculator, the user's words or a cited quote does not back.

    The calculator's dates are recomputed from the dossier the answer reports (the facts the
    system read), so a yearless or vague date read from the question counts as backed; whether
    it was read right is the labelled checks' business.
    """
    question = " ".join([*case.turns, case.question])
    user_dates: set[date] = set()
    facts = None
    if isinstance(dossier, dict):
        try:
            read = Dossier.from_dict(dossier)
            facts = read.case_facts()
            user_dates = read.dates()
        except DossierError:
            facts = None
    if facts is None:
        facts = read_question_facts(question, case.today).facts
    report = None
    if facts is not None:
        try:
            report = compute_deadlines(facts, today=case.today)
        except DeadlineInputError:
            report = None
    allowed = backed_dates(report=report, question=question, citations=citations) | user_dates
    allowed |= knowledge_checked_dates()  # the peildatum an answer about changes states
    scores.invented_dates = unbacked_dates(text, allowed, [question, *(c.quote for c in citations)])
    scores.failures += [f"verzonnen datum: {d}" for d in scores.invented_dates]


def score_verdict(case: EvalCase, verdict: str | None, scores: Scores) -> None:
    """Myth cases: the verdict must match."""
    scores.verdict_expected = case.verdict
    scores.verdict_given = verdict
    if case.verdict is not None and verdict != case.verdict:
        scores.failures.append(f"oordeel {verdict!r}, verwacht {case.verdict!r}")


def score_key_facts(case: EvalCase, text: str, scores: Scores) -> None:
    """must_include phrases present, must_not_include phrases absent."""
    for phrase in case.must_include:
        scores.facts_total += 1
        if contains(text, phrase):
            scores.facts_found += 1
        else:
            scores.failures.append(f"kernfeit ontbreekt: {phrase!r}")
    scores.forbidden_hits = [p for p in case.must_not_include if contains(text, p)]
    scores.failures += [f"verboden bewering: {p!r}" for p in scores.forbidden_hits]


def score_refusal(case: EvalCase, refused: bool, scores: Scores) -> None:
    """Out of scope refused, in scope answered."""
    scores.refusal_ok = refused is not case.in_scope
    if not scores.refusal_ok:
        scores.failures.append("ten onrechte geweigerd" if refused else "had moeten weigeren")


def score_citations(
    case: EvalCase,
    citations: Sequence[Citation],
    chunk_text: Callable[[str], str | None],
    scores: Scores,
) -> None:
    """Each quote occurs verbatim in its source chunk; each in-scope answer has one."""
    for citation in citations:
        scores.quotes_total += 1
        text = chunk_text(citation.chunk_id)
        if text is not None and " ".join(citation.quote.split()) in " ".join(text.split()):
            scores.quotes_valid += 1
        else:
            scores.failures.append(f"citaat [{citation.n}] niet letterlijk in de bron")
    scores.cited = bool(citations)
    if case.in_scope and not citations:
        scores.failures.append("geen bronverwijzing")


def score_retrieval(case: EvalCase, ranked_sources: Sequence[str], scores: Scores) -> None:
    """Rank of the first passage from one of the case's expected sources (1-based)."""
    if not case.source_ids:
        return
    wanted = set(case.source_ids)
    scores.first_relevant_rank = next(
        (rank for rank, source in enumerate(ranked_sources, start=1) if source in wanted), None
    )


def score_case(
    case: EvalCase,
    answer: Mapping[str, Any],
    citations: Sequence[Citation],
    chunk_text: Callable[[str], str | None],
    ranked_sources: Sequence[str],
    claim_texts: Mapping[str, str] | None = None,
) -> Scores:
    """All scores of one case (real-style labels too, when the case has them)."""
    scores = Scores()
    text = str(answer["answer"])
    score_dates(case, text, scores)
    score_invented_dates(case, text, citations, scores, answer.get("dossier"))
    score_verdict(case, answer.get("verdict"), scores)
    score_key_facts(case, text, scores)
    score_refusal(case, bool(answer["refused"]), scores)
    score_citations(case, citations, chunk_text, scores)
    score_retrieval(case, ranked_sources, scores)
    scores.labelled = score_labelled(case, answer, claim_texts or {})
    scores.failures += scores.labelled.failures
    return scores
