"""The pure scoring functions of the eval suite."""

from __future__ import annotations

from evals.dataset import EvalCase
from evals.evaluators import score_case
from evals.normalise import contains, normalise
from spoorwijzer.records import Citation


def case(**fields: object) -> EvalCase:
    return EvalCase.model_validate(
        {"id": "t", "question": "Ziek sinds 6 januari 2025?", "kind": "deadline", **fields}
    )


def cite(quote: str) -> Citation:
    return Citation(1, "c1", "s", "T", "P", 1, quote, "")


def test_dates_match_in_any_dutch_format() -> None:
    """'27 oktober 2025', 'ma 27-10-2025' and '2025-10-27' are the same fact."""
    assert contains("uiterlijk ma 27-10-2025", "27 oktober 2025")
    assert contains("op 2025-10-27.", "27-10-2025")
    assert not contains("op 28 oktober 2025", "27 oktober 2025")


def test_key_facts_are_robust_to_case_accents_and_number_words() -> None:
    """Wording differences that do not change the fact still match."""
    assert contains("Binnen DRIE maanden", "binnen 3 maanden")
    assert contains(
        "de eerste werkdag na de 42e ziekteweek:", "eerste werkdag na de 42e ziekteweek"
    )
    assert contains("één keer", "een keer")
    assert normalise("art. 7:629 lid 3") == "art 7:629 lid 3"


def test_complete_answer_scores_without_failures() -> None:
    """Stated dates, facts, a verified quote and no invented date: no failures."""
    scores = score_case(
        case(
            expected_dates={"melding_42e_week_uiterlijk": "2025-10-27"},
            must_include=["boete"],
            must_not_include=["loonsanctie volgt"],
        ),
        {
            "answer": "Uiterlijk maandag 27 oktober 2025; te laat kan een boete geven [1].",
            "verdict": None,
            "refused": False,
        },
        [cite("Te laat melden kan een boete geven.")],
        lambda _: "Te laat melden kan een boete geven.",
        [],
    )

    assert scores.failures == []
    assert scores.stated_dates == scores.expected_dates == 1


def test_every_kind_of_failure_is_named() -> None:
    """Missing date, invented date, wrong verdict, missing fact, forbidden claim, bad quote."""
    scores = score_case(
        case(
            expected_dates={"einde_wachttijd": "2027-01-03"},
            verdict="fabel",
            must_include=["104 weken"],
            must_not_include=["twee kalenderjaren"],
        ),
        {
            "answer": "Het loon loopt twee kalenderjaren, tot 6 januari 2027 [1].",
            "verdict": "feit",
            "refused": False,
        },
        [cite("Dit staat er niet.")],
        lambda _: "Iets anders.",
        [],
    )
    failures = " | ".join(scores.failures)

    assert "datum ontbreekt: einde_wachttijd" in failures
    assert "verzonnen datum: 6 januari 2027" in failures
    assert "oordeel 'feit'" in failures
    assert "kernfeit ontbreekt: '104 weken'" in failures
    assert "verboden bewering" in failures
    assert "niet letterlijk" in failures


def test_refusal_is_scored_both_ways() -> None:
    """Refusing in scope and answering out of scope are both failures."""
    wrongly_refused = score_case(
        case(), {"answer": "Buiten", "refused": True}, [], lambda _: None, []
    )
    wrongly_answered = score_case(
        case(kind="out_of_scope"), {"answer": "x", "refused": False}, [], lambda _: None, []
    )

    assert "ten onrechte geweigerd" in wrongly_refused.failures
    assert "had moeten weigeren" in wrongly_answered.failures


def test_retrieval_rank_of_first_expected_source() -> None:
    """The rank of the first passage from an expected source is recorded."""
    scores = score_case(
        case(source_ids=["b"]),
        {"answer": "x [1]", "refused": False},
        [cite("x")],
        lambda _: "x",
        ["a", "b", "b"],
    )

    assert scores.first_relevant_rank == 2
