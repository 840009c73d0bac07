"""Assembles the assistant (retriever, claim matcher, optional phrasing) over opened services.

Layer: wiring. Called by the CLI, the app and the evals runner; nothing below them constructs
a retriever or a chat model.
"""

from __future__ import annotations

from datetime import date

from spoorwijzer.chain import Assistant
from spoorwijzer.claims_check import ClaimMatcher
from spoorwijzer.config import Settings
from spoorwijzer.knowledge import load_claims, load_sources
from spoorwijzer.llm import make_chat_model
from spoorwijzer.phrasing import Phraser
from spoorwijzer.prompts import load_answer_prompt
from spoorwijzer.retrieval import HybridRetriever
from spoorwijzer.services import Services


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
    matcher = ClaimMatcher(load_claims(settings.knowledge_dir), retriever)
    return Assistant(retriever, matcher, services.store, today, phraser)
