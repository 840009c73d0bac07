"""Chat model factory for the optional phrasing step: Ollama or any OpenAI-compatible server.

Layer: model factory. Provider packages are imported inside the branches. "fake" gives the
deterministic echo model of `spoorwijzer.testing` (for tests and demos, no network).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the return type only; importing it costs ~0.5 s of cold start
    from langchain_core.language_models import BaseChatModel


class ChatModelError(ValueError):
    """The configured chat model cannot be built; the message is Dutch."""


def make_chat_model(
    spec: str, *, base_url: str | None = None, api_key: str | None = None
) -> BaseChatModel:
    """Build the chat model named by SPOORWIJZER_LLM.

    Args:
        spec: "ollama:MODEL", "openai:MODEL" or "fake".
        base_url: Server URL (Ollama default http://127.0.0.1:11434; any OpenAI-compatible URL).
        api_key: Key for an OpenAI-compatible server (else the SDK reads OPENAI_API_KEY).

    Returns:
        The chat model.

    Raises:
        ChatModelError: Unknown provider or missing model name.
    """
    provider, _, model = spec.partition(":")
    if provider == "fake":
        from spoorwijzer.testing import EchoDraftChatModel

        return EchoDraftChatModel()
    if not model:
        raise ChatModelError(f"Geef een modelnaam op, bijvoorbeeld '{provider}:llama3.1'.")
    if provider == "ollama":
        from langchain_ollama import ChatOllama

        return ChatOllama(model=model, base_url=base_url or "http://127.0.0.1:11434", temperature=0)
    if provider == "openai":
        from langchain_openai import ChatOpenAI
        from pydantic import SecretStr

        return ChatOpenAI(
            model=model,
            base_url=base_url,
            api_key=SecretStr(api_key) if api_key else None,
            temperature=0,
        )
    raise ChatModelError(
        f"Onbekende modelaanbieder '{provider}'. Kies 'ollama:MODEL', 'openai:MODEL' of 'fake'."
    )
