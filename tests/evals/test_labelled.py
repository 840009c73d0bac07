"""The real-style checks: each one passes on a right answer and fails on a wrong one."""

from __future__ import annotations

from typing import Any

from evals.dataset import EvalCase
from evals.labelled import score_labelled

CLAIMS = {"claim-27": "Een te late 42e-weeksmelding levert een loonsanctie op."}


def _case(**labels: Any) -> EvalCase:
    return EvalCase.model_validate(
        {"id": "t", "question": "q", "kind": "real", "asks": ["dates"], **labels}
    )


def _answer(**fields: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "answer": "",
        "asks": ["dates"],
        "verdict": None,
        "claim": None,
        "dates": [],
        "follow_up": [],
        "dossier": {"facts": {}},
    }
    return {**base, **fields}


def _periods(first: str, certainty: str = "exact") -> dict[str, Any]:
    return {"facts": {"ziekteperiodes": {"value": [[first, None]], "certainty": certainty}}}


def test_unlabelled_case_scores_nothing() -> None:
    case = EvalCase(id="x", question="q", kind="deadline")
    assert score_labelled(case, _answer(asks=[]), CLAIMS).failures == []


def test_missing_ask_fails() -> None:
    case = _case(asks=["dates", "spoor2_decision"])
    scores = score_labelled(case, _answer(), CLAIMS)
    assert scores.asks_answered == 1
    assert any("spoor2_decision" in f for f in scores.failures)


def test_first_sick_day_right_and_wrong_exact_date() -> None:
    case = _case(facts={"eerste_ziektedag": {"value": "2026-02-03", "certainty": "exact"}})
    right = score_labelled(case, _answer(dossier=_periods("2026-02-03")), CLAIMS)
    wrong = score_labelled(case, _answer(dossier=_periods("2025-02-03")), CLAIMS)
    assert right.facts_right == 1
    assert not right.failures
    assert wrong.wrong_exact_dates == 1
    assert wrong.failures


def test_fact_read_that_the_case_does_not_state_is_a_false_positive() -> None:
    dossier = {"facts": {"medewerking": {"value": "nee", "certainty": "exact"}}}
    scores = score_labelled(_case(), _answer(dossier=dossier), CLAIMS)
    assert scores.facts_read == 1
    assert scores.facts_read_right == 0
    assert scores.failures


def test_follow_up_and_assumption() -> None:
    case = _case(
        facts={"eerste_ziektedag": {"value": "2026-02-05", "certainty": "approximate"}},
        follow_up=["eerste_ziektedag"],
    )
    good = _answer(
        answer="Uitgaande van 5 februari 2026 …",
        dossier=_periods("2026-02-05", "approximate"),
        follow_up=[{"question": "?", "options": [], "fact": "ziekteperiodes"}],
    )
    bad = _answer(dossier=_periods("2026-02-05", "approximate"))
    assert not score_labelled(case, good, CLAIMS).failures
    failures = score_labelled(case, bad, CLAIMS).failures
    assert any("vervolgvraag" in f for f in failures)
    assert any("aanname" in f for f in failures)


def test_a_follow_up_counts_for_every_fact_it_settles() -> None:
    case = _case(follow_up=["arbeidsdeskundig_onderzoek"])
    question = {"question": "?", "options": [], "fact": "intern_passend_werk"}
    both = {**question, "facts": ["intern_passend_werk", "arbeidsdeskundig_onderzoek"]}

    assert not score_labelled(case, _answer(follow_up=[both]), CLAIMS).failures
    assert score_labelled(case, _answer(follow_up=[question]), CLAIMS).failures


def test_claim_match_polarity_and_no_verdict_without_claim() -> None:
    claim = {"text": "te laat melden geeft loonsanctie", "id": "claim-27", "verdict": "fabel"}
    case = _case(asks=["claim"], claim=claim, verdict="fabel")
    good = _answer(asks=["claim"], verdict="fabel", claim=CLAIMS["claim-27"])
    flipped = _answer(asks=["claim"], verdict="feit", claim=CLAIMS["claim-27"])
    assert not score_labelled(case, good, CLAIMS).failures
    assert not score_labelled(case, flipped, CLAIMS).polarity_right
    unwanted = score_labelled(_case(), _answer(verdict="fabel"), CLAIMS)
    assert unwanted.unwanted_verdict


def test_passed_deadline_must_be_called_passed() -> None:
    case = _case(passed=["melding_42e_week_uiterlijk"])
    said = _answer(
        dates=[{"key": "melding_42e_week_uiterlijk", "date": "2026-11-24", "status": "verstreken"}]
    )
    silent = _answer(
        dates=[{"key": "melding_42e_week_uiterlijk", "date": "2026-11-24", "status": "later"}]
    )
    assert not score_labelled(case, said, CLAIMS).failures
    assert score_labelled(case, silent, CLAIMS).passed_flagged == 0


def test_a_real_case_whose_only_ask_is_out_of_scope_must_be_refused() -> None:
    assert not _case(asks=["out_of_scope"]).in_scope
    assert _case(asks=["dates", "out_of_scope"]).in_scope
    assert _case(asks=["dates"]).in_scope
