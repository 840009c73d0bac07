"""Scores for real-style labelled cases: asks answered, facts read, follow-ups, claims, status.

Layer: evals (pure). A case labelled with `asks` (see evals/README.md) is checked against the
answer's `--json` record: every ask answered, the dossier's facts (precision and recall per
fact, no wrong exact date), a follow-up for every missing fact the case names, the assumption
stated when the first sick day was approximate, the claim detected and matched with the right
polarity (and no verdict without a claim), and every passed milestone called passed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from evals.dataset import EvalCase
from evals.normalise import contains
from spoorwijzer.deadlines import CaseFacts, DeadlineInputError, SickPeriod, compute_deadlines

# Asks answered by the same kind of part: an explanation from the sources.
EXPLAINING = frozenset({"what_to_do", "process", "explain_term"})
APPROXIMATE_TOLERANCE_DAYS = 31  # an approximate first sick day may differ this much
# The follow-up facts of a case, as the dossier names them.
FOLLOW_UP_FACTS = {"eerste_ziektedag": "ziekteperiodes"}
ASSUMPTION_WORDS = ("uitgaande van", "ongeveer", "aangenomen")


@dataclass
class LabelledScores:
    """What a labelled case scored, per check."""

    asks_expected: int = 0
    asks_answered: int = 0
    facts_expected: int = 0
    facts_right: int = 0
    facts_read: int = 0  # facts of the labelled kinds the dossier holds
    facts_read_right: int = 0
    wrong_exact_dates: int = 0
    per_fact: dict[str, list[int]] = field(default_factory=dict)  # name: [expected, right]
    follow_up_expected: int = 0
    follow_up_asked: int = 0
    assumption_expected: bool = False
    assumption_stated: bool = False
    claim_expected: bool = False
    claim_detected: bool = False
    claim_id_expected: bool = False
    claim_matched: bool = False
    polarity_right: bool = False
    unwanted_verdict: bool = False
    passed_expected: int = 0
    passed_flagged: int = 0
    failures: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return dict(self.__dict__)


def _dossier_facts(answer: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    dossier = answer.get("dossier") or {}
    facts = dossier.get("facts", {}) if isinstance(dossier, dict) else {}
    return facts if isinstance(facts, dict) else {}


def _read_value(name: str, facts: Mapping[str, dict[str, Any]]) -> tuple[Any, str | None]:
    """The dossier's value for a labelled fact name, and its certainty."""
    if name == "eerste_ziektedag":
        periods = facts.get("ziekteperiodes", {})
        value = periods.get("value")
        if isinstance(value, list) and value:
            return _legal_first_day(value), periods.get("certainty")
        return None, None
    if name == "ziekteperiodes":
        periods = facts.get("ziekteperiodes", {})
        value = periods.get("value")
        return ([list(p) for p in value] if isinstance(value, list) else None), None
    fact = facts.get(name)
    return (fact.get("value"), fact.get("certainty")) if fact else (None, None)


def _legal_first_day(periods: list[Any]) -> str:
    """The first sick day that counts after samentelling.

    The labels name that day, not the first day of a chain broken by 28 days or more.
    """
    first = str(periods[0][0])
    if len(periods) < 2:
        return first
    try:
        sick = tuple(
            SickPeriod(dt.date.fromisoformat(str(s)), dt.date.fromisoformat(str(e)) if e else None)
            for s, e in periods
        )
        report = compute_deadlines(CaseFacts(periods=sick), today=dt.date.fromisoformat(first))
    except (DeadlineInputError, ValueError, TypeError):
        return first
    return report.eerste_ziektedag.isoformat()


def _same(expected: Any, read: Any) -> bool:
    if isinstance(expected, bool):
        expected = "ja" if expected else "nee"  # the dossier says ja / nee
    if isinstance(expected, dict):
        if expected.get("certainty") == "approximate" and isinstance(read, str):
            gap = abs((dt.date.fromisoformat(read) - dt.date.fromisoformat(expected["value"])).days)
            return gap <= APPROXIMATE_TOLERANCE_DAYS
        expected = expected.get("value")
    if isinstance(expected, list):
        return bool(read == [list(p) for p in expected])
    return bool(read == expected)


def score_facts(case: EvalCase, answer: Mapping[str, Any], scores: LabelledScores) -> None:
    """Precision and recall of the dossier against the case's facts; wrong exact dates."""
    facts = _dossier_facts(answer)
    for name, expected in case.facts.items():
        read, certainty = _read_value(name, facts)
        right = read is not None and _same(expected, read)
        scores.facts_expected += 1
        scores.facts_right += right
        tally = scores.per_fact.setdefault(name, [0, 0])
        tally[0] += 1
        tally[1] += right
        if read is not None:
            scores.facts_read += 1
            scores.facts_read_right += right
        if not right:
            scores.failures.append(f"gegeven {name}: gelezen {read!r}, verwacht {expected!r}")
        if name == "eerste_ziektedag" and read is not None and not right and certainty == "exact":
            scores.wrong_exact_dates += 1
    labelled_kinds = set(case.facts)
    if "eerste_ziektedag" in labelled_kinds:
        labelled_kinds.add("ziekteperiodes")
    for name in facts:
        if name not in labelled_kinds and not case.facts_partial:
            scores.facts_read += 1  # read but not in the case: a false positive
            scores.failures.append(f"gegeven {name} gelezen, maar niet in de vraag")


def score_asks(case: EvalCase, answer: Mapping[str, Any], scores: LabelledScores) -> None:
    """Every ask the case lists is among the answer's asks (a claim also by its verdict)."""
    answered = set(answer.get("asks") or ())
    for ask in case.asks:
        scores.asks_expected += 1
        ok = (
            ask in answered
            or (ask == "claim" and answer.get("verdict") is not None)
            or (ask in EXPLAINING and bool(EXPLAINING & answered))
        )
        scores.asks_answered += ok
        if not ok:
            scores.failures.append(f"vraagdeel niet beantwoord: {ask}")


def score_follow_up(case: EvalCase, answer: Mapping[str, Any], scores: LabelledScores) -> None:
    """A follow-up question for each missing fact the case names."""
    asked = {
        str(fact)
        for f in answer.get("follow_up") or ()
        for fact in (f.get("facts") or [f.get("fact", "")])
    }
    for name in case.follow_up:
        scores.follow_up_expected += 1
        ok = FOLLOW_UP_FACTS.get(name, name) in asked
        scores.follow_up_asked += ok
        if not ok:
            scores.failures.append(f"vervolgvraag ontbreekt: {name}")


def score_assumption(case: EvalCase, text: str, scores: LabelledScores) -> None:
    """An approximate first sick day is named as an assumption."""
    first = case.facts.get("eerste_ziektedag")
    if isinstance(first, dict) and first.get("certainty") == "approximate":
        scores.assumption_expected = True
        scores.assumption_stated = any(contains(text, w) for w in ASSUMPTION_WORDS)
        if not scores.assumption_stated:
            scores.failures.append("aanname over de eerste ziektedag niet genoemd")


def score_claim(
    case: EvalCase,
    answer: Mapping[str, Any],
    claim_texts: Mapping[str, str],
    scores: LabelledScores,
) -> None:
    """Claim detected, the right known claim matched, the verdict on the user's statement."""
    verdict = answer.get("verdict")
    label = case.claim
    if label is None:
        scores.unwanted_verdict = verdict is not None
        if scores.unwanted_verdict:
            scores.failures.append(f"oordeel {verdict!r} zonder bewering")
        return
    scores.claim_expected = True
    scores.claim_detected = "claim" in (answer.get("asks") or ()) or verdict is not None
    if not scores.claim_detected:
        scores.failures.append("bewering niet herkend")
    if label.id is not None:
        scores.claim_id_expected = True
        scores.claim_matched = answer.get("claim") == claim_texts.get(label.id)
        if not scores.claim_matched:
            scores.failures.append(
                f"verkeerde bewering: {answer.get('claim')!r}, verwacht {label.id}"
            )
    scores.polarity_right = label.verdict is None or verdict == label.verdict
    if not scores.polarity_right:
        scores.failures.append(f"oordeel {verdict!r}, verwacht {label.verdict!r}")


def score_passed(case: EvalCase, answer: Mapping[str, Any], scores: LabelledScores) -> None:
    """Every passed milestone the case names is stated with status verstreken."""
    statuses = {d.get("key"): d.get("status") for d in answer.get("dates") or ()}
    for key in case.passed:
        scores.passed_expected += 1
        ok = statuses.get(key) == "verstreken"
        scores.passed_flagged += ok
        if not ok:
            scores.failures.append(f"verstreken termijn niet zo genoemd: {key}")


def score_labelled(
    case: EvalCase, answer: Mapping[str, Any], claim_texts: Mapping[str, str]
) -> LabelledScores:
    """All labelled checks of one case (an unlabelled case scores nothing)."""
    scores = LabelledScores()
    if not case.labelled:
        return scores
    text = str(answer.get("answer", ""))
    score_asks(case, answer, scores)
    score_facts(case, answer, scores)
    score_follow_up(case, answer, scores)
    score_assumption(case, text, scores)
    score_claim(case, answer, claim_texts, scores)
    score_passed(case, answer, scores)
    return scores
