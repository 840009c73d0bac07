"""Claim wordings: other words for the known claims, searched by the claim matcher only."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from ingest.loaders import read_document
from ingest.pipeline import DocumentSource, build_chunks
from spoorwijzer.knowledge import (
    WORDINGS_FILE,
    WORDINGS_SOURCE_ID,
    KnowledgeError,
    load_claim_wordings,
    load_claims,
    load_sources,
)
from spoorwijzer.records import Chunk
from spoorwijzer.retrieval.store import open_store
from tests.test_store import make_chunk

KNOWLEDGE = Path(__file__).resolve().parents[1] / "knowledge"


def test_every_claim_has_wordings_and_none_repeats_its_claim() -> None:
    wordings = load_claim_wordings(KNOWLEDGE)
    claims = {c.id: c.claim.strip().lower() for c in load_claims(KNOWLEDGE)}

    assert set(wordings) == set(claims)
    for claim_id, group in wordings.items():
        assert len(group) >= 5
        assert claims[claim_id] not in {w.strip().lower() for w in group}


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("wordings:\n  claim-999:\n    - Een formulering die niet bestaat.\n", "onbekende"),
        (
            "wordings:\n  claim-01:\n    - Twee keer hetzelfde.\n  claim-02:\n"
            "    - twee keer hetzelfde.\n",
            "meer dan eens",
        ),
        ("wordings: [een lijst]\n", "klopt niet"),
    ],
)
def test_invalid_wordings_are_refused_in_dutch(tmp_path: Path, text: str, reason: str) -> None:
    shutil.copy(KNOWLEDGE / "claims.yaml", tmp_path / "claims.yaml")
    (tmp_path / WORDINGS_FILE).write_text(text, encoding="utf-8")

    with pytest.raises(KnowledgeError, match=reason):
        load_claim_wordings(tmp_path)


def test_each_wording_is_a_chunk_of_its_own_under_its_claim_id() -> None:
    entry = next(e for e in load_sources(KNOWLEDGE) if e.id == WORDINGS_SOURCE_ID)
    wordings = load_claim_wordings(KNOWLEDGE)
    chunks = build_chunks(DocumentSource(entry, KNOWLEDGE / entry.path), "hash")

    assert read_document(KNOWLEDGE / entry.path).pages == []
    assert len(chunks) == sum(len(group) for group in wordings.values())
    assert {c.section for c in chunks} == set(wordings)
    assert {c.source_id for c in chunks} == {WORDINGS_SOURCE_ID}


def _chunk(number: int, source_id: str) -> Chunk:
    return replace(make_chunk(number, f"tekst {number}"), source_id=source_id)


def test_the_store_leaves_sources_out_on_request(tmp_path: Path) -> None:
    store = open_store(data_dir=tmp_path, collection="test", model_id="m")
    store.upsert([_chunk(1, "notitie"), _chunk(2, WORDINGS_SOURCE_ID)], [[1.0, 0.0], [0.9, 0.1]])

    assert [r.chunk.source_id for r in store.search([0.9, 0.1], k=5)] == [
        WORDINGS_SOURCE_ID,
        "notitie",
    ]
    left_out = store.search([0.9, 0.1], k=5, leave_out=[WORDINGS_SOURCE_ID])
    assert [r.chunk.source_id for r in left_out] == ["notitie"]


def test_a_wording_is_never_retrieved_as_a_passage(assistant: Any) -> None:
    wording = load_claim_wordings(KNOWLEDGE)["claim-15"][0]
    passages = assistant.retriever.retrieve_parts(wording, 8)

    assert passages
    assert WORDINGS_SOURCE_ID not in {p.chunk.source_id for p in passages}


def test_a_claim_in_other_words_is_matched_through_its_wordings(assistant: Any) -> None:
    statement = "he's only allowed to apply for WIA once he's hit week 93"
    match = assistant.claims.match(statement)

    assert match is not None
    assert match.claim.id == "claim-17"
    assert match.passage.chunk.source_id == "claims"  # the claim's own passage is quoted
