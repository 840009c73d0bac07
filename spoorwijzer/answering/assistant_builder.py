"""Assembles the assistant (retriever, claim matcher, optional phrasing) over opened services.

Layer: wiring. Called by the CLI, the app and the evals runner; nothing below them constructs
a retriever or a chat model.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Protocol, TypeVar

from spoorwijzer.answering.case_reader import ModelCaseReader
from spoorwijzer.answering.chain import Assistant
from spoorwijzer.answering.llm import ChatModelError, make_chat_model
from spoorwijzer.answering.phrasing import Phraser
from spoorwijzer.answering.prompts import (
    PromptError,
    load_answer_prompt,
    load_read_case_prompt,
)
from spoorwijzer.config import Settings
from spoorwijzer.knowledge import KnowledgeError, knowledge_peildatum, load_claims, load_sources
from spoorwijzer.retrieval.embeddings import EmbeddingModelError, NamedEmbeddings
from spoorwijzer.retrieval.hybrid import HybridRetriever
from spoorwijzer.retrieval.services import Services, open_services
from spoorwijzer.retrieval.store import StoreError
from spoorwijzer.rules.claim_ranker import ClaimRanker, load_claim_ranker
from spoorwijzer.rules.claims import ClaimMatcher
from spoorwijzer.understanding.ask_classifier import AskModelError, load_ask_model, make_classifier
from spoorwijzer.understanding.asks import Classifier
from spoorwijzer.understanding.message_models import (
    MessageScorer,
    load_claim_model,
    load_domain_model,
    make_scorer,
)
from spoorwijzer.understanding.story_model import StoryJudge, load_story_model, make_story_judge


class AssistantSetupError(RuntimeError):
    """Settings, knowledge, model or store cannot be used; the message is Dutch."""


def build_phraser(settings: Settings) -> Phraser | None:
    """The optional chat-model phrasing step, when SPOORWIJZER_LLM is set.

    Raises:
        ChatModelError: The model setting cannot be used.
        PromptError: A prompt template is missing or invalid.
    """
    if not settings.llm:
        return None
    key = settings.llm_api_key.get_secret_value() if settings.llm_api_key else None
    model = make_chat_model(settings.llm, base_url=settings.llm_base_url, api_key=key)
    return Phraser(model, load_answer_prompt(settings.prompts_dir))


def build_case_reader(settings: Settings) -> ModelCaseReader | None:
    """The optional second reader of the case, when SPOORWIJZER_LLM is set (and the reader on).

    Raises:
        ChatModelError: The model setting cannot be used.
        PromptError: A prompt template is missing or invalid.
    """
    if not settings.llm or not settings.llm_reader:
        return None
    key = settings.llm_api_key.get_secret_value() if settings.llm_api_key else None
    model = make_chat_model(settings.llm, base_url=settings.llm_base_url, api_key=key)
    return ModelCaseReader(model, load_read_case_prompt(settings.prompts_dir))


class _Tagged(Protocol):
    """A stored model that names the embedding model it was trained on."""

    @property
    def embedding_model(self) -> str: ...


M = TypeVar("M", bound=_Tagged)


def _fitting(model: M | None, embeddings: NamedEmbeddings) -> M | None:
    """A stored model only when it was trained on this embedding model's vectors."""
    return model if model is not None and model.embedding_model == embeddings.model_id else None


def build_classifier(embeddings: NamedEmbeddings) -> Classifier | None:
    """The trained ask classifier, when its weights fit this embedding model (else the rules).

    Raises:
        AskModelError: The stored model is unreadable.
    """
    model = _fitting(load_ask_model(), embeddings)
    return make_classifier(model, embeddings.embed_query) if model else None


def build_story_judge(embeddings: NamedEmbeddings) -> StoryJudge | None:
    """The trained story model, when its weights fit this embedding model (else the lexicon).

    Raises:
        AskModelError: The stored model is unreadable.
    """
    model = _fitting(load_story_model(), embeddings)
    return make_story_judge(model, embeddings.embed_query) if model else None


def build_claim_detector(embeddings: NamedEmbeddings) -> MessageScorer | None:
    """The trained claim model, when its weights fit this embedding model (else the rules only).

    Raises:
        AskModelError: The stored model is unreadable.
    """
    model = _fitting(load_claim_model(), embeddings)
    return make_scorer(model, embeddings.embed_query) if model else None


def build_domain_judge(embeddings: NamedEmbeddings) -> MessageScorer | None:
    """The trained domain model, when its weights fit this embedding model (else the words only).

    Raises:
        AskModelError: The stored model is unreadable.
    """
    model = _fitting(load_domain_model(), embeddings)
    return make_scorer(model, embeddings.embed_query) if model else None


def build_claim_ranker(embeddings: NamedEmbeddings) -> ClaimRanker | None:
    """The trained claim ranker, when it was fitted on this embedding model's similarities.

    Raises:
        AskModelError: The stored ranker is unreadable.
    """
    return _fitting(load_claim_ranker(), embeddings)


def build_assistant(
    settings: Settings, services: Services, *, today: date, phraser: Phraser | None = None
) -> Assistant:
    """Assemble the answer chain over an opened store.

    Raises:
        KnowledgeError: sources.yaml or claims.yaml is missing or invalid.
    """
    sources = load_sources(settings.knowledge_dir)
    retriever = HybridRetriever(
        store=services.store, embeddings=services.embeddings, sources=sources
    )
    ranker = build_claim_ranker(services.embeddings)
    matcher = ClaimMatcher(load_claims(settings.knowledge_dir), retriever, ranker)
    classify = build_classifier(services.embeddings)
    return Assistant(
        retriever,
        matcher,
        services.store,
        today,
        phraser,
        classify,
        build_case_reader(settings),
        peildatum=knowledge_peildatum(sources),
        judge=build_story_judge(services.embeddings),
        detect_claim=build_claim_detector(services.embeddings),
        in_domain=build_domain_judge(services.embeddings),
    )


def open_assistant(
    settings: Settings, *, today: date, build_index: Callable[[], object]
) -> Assistant:
    """Open the store, build the index first when it is empty, and assemble the assistant.

    Args:
        settings: The settings.
        today: Default reference date of the assistant.
        build_index: Fills an empty index (the wiring point passes the ingest run).

    Raises:
        AssistantSetupError: Settings, knowledge, model or store cannot be used.
    """
    try:
        services = open_services(settings)
        if services.store.count() == 0:
            services.store.close()
            build_index()
            services = open_services(settings)
        return build_assistant(settings, services, today=today, phraser=build_phraser(settings))
    except (
        KnowledgeError,
        EmbeddingModelError,
        StoreError,
        ChatModelError,
        PromptError,
        AskModelError,
    ) as error:
        raise AssistantSetupError(str(error)) from None
