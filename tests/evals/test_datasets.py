"""The shipped eval datasets: valid, large enough, covering every branch and every claim."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from evals.dataset import default_datasets, load_cases
from spoorwijzer.knowledge import load_claims

KNOWLEDGE = Path(__file__).resolve().parents[2] / "knowledge"
CASES = [case for path in default_datasets() for case in load_cases(path)]


def test_at_least_150_cases_with_unique_ids() -> None:
    """The full suite has 150+ cases and no id twice."""
    ids = [c.id for c in CASES]

    assert len(CASES) >= 150
    assert len(set(ids)) == len(ids)


def test_at_least_60_deadline_cases_across_the_branches() -> None:
    """60+ deadline cases, with samentelling at 27/28 days, leave, extensions and holidays."""
    deadlines = [c for c in CASES if c.kind == "deadline"]
    tags = Counter(tag for c in deadlines for tag in c.tags)

    assert len(deadlines) >= 60
    for tag in (
        "gap-27",
        "gap-28",
        "zwangerschap",
        "verlenging",
        "loonsanctie",
        "late-wia",
        "iva",
        "feestdag",
        "pa-datum",
        "eje-datum",
    ):
        assert tags[tag] >= 1, tag


def test_every_claim_has_a_myth_case() -> None:
    """Each claim of claims.yaml is checked by a myth case with its verdict."""
    myth_ids = {c.id for c in CASES if c.kind == "myth"}

    assert all(f"mythe-{claim.id}" in myth_ids for claim in load_claims(KNOWLEDGE))


def test_multi_turn_injection_and_out_of_scope_cases_exist() -> None:
    """The suite covers conversations, injection attempts and refusals."""
    kinds = Counter(c.kind for c in CASES)

    assert kinds["multiturn"] >= 5
    assert sum("injection" in c.tags for c in CASES) >= 5
    assert kinds["out_of_scope"] >= 10
    assert all(len(c.turns) >= 2 for c in CASES if c.kind == "multiturn")


def test_every_new_knowledge_topic_has_real_style_questions() -> None:
    """topics.jsonl asks 2+ questions per note added for issue 10, each with key facts."""
    topics = load_cases(Path(__file__).resolve().parents[2] / "evals/datasets/topics.jsonl")
    answered = [c for c in topics if c.kind == "topic"]
    per_note = Counter(source for c in answered for source in c.source_ids[:1])

    assert all(c.must_include for c in topics)
    for note in (
        "notitie-ontslag-na-104-weken",
        "notitie-kosten-spoor2",
        "notitie-kleine-werkgevers",
        "notitie-vakantie",
        "notitie-hervatting",
        "notitie-arbeidsconflict",
        "notitie-termijn-gemist",
        "notitie-oneens-bedrijfsarts",
        "notitie-geen-brief-uwv",
        "notitie-privacy",
        "notitie-ziektewet-vangnet",
        "notitie-wia-uitkomsten",
    ):
        assert per_note[note] >= 2, note
