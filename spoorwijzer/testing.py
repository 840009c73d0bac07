"""Deterministic fake chat models, shipped for tests, evals smoke runs and offline demos.

Layer: testing helpers. `EchoDraftChatModel` returns the composed draft it was given;
`scripted_chat_model` answers with fixed texts and records the prompts it received.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel
from langchain_core.language_models.fake_chat_models import FakeListChatModel
from langchain_core.messages import AIMessage, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatResult

_CONCEPT = "CONCEPT:\n"
_SOURCES = "\n\nBRONNEN:"


class EchoDraftChatModel(BaseChatModel):
    """Answers with the composed draft found in the prompt (a perfect, boring phraser)."""

    @property
    def _llm_type(self) -> str:
        return "spoorwijzer-echo"

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        prompt = str(messages[-1].content)
        start = prompt.find(_CONCEPT)
        end = prompt.find(_SOURCES, start)
        text = prompt[start + len(_CONCEPT) : end] if start >= 0 and end > start else ""
        return ChatResult(generations=[ChatGeneration(message=AIMessage(content=text))])


class RecordingChatModel(FakeListChatModel):
    """FakeListChatModel that keeps every prompt it was sent in `history`."""

    history: list[str] = []  # noqa: RUF012 - pydantic field, copied per instance

    def _call(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> str:
        self.history.append("\n".join(str(m.content) for m in messages))
        return super()._call(messages, stop, run_manager, **kwargs)


def scripted_chat_model(responses: Sequence[str]) -> RecordingChatModel:
    """A chat model that answers with `responses` in turn and records its prompts."""
    return RecordingChatModel(responses=list(responses), history=[])
