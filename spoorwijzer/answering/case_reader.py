"""The optional second reader: a chat model reads a message into JSON facts and asks.

Layer: LLM edge. Runs the read-case prompt through the configured chat model and returns its
raw reply; nothing here trusts it. `spoorwijzer.understanding.second_reading` checks every fact,
date and ask before the dossier takes it, and the deterministic reading wins on conflict.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # types only: the reader exists only when a chat model is configured
    from langchain_core.language_models import BaseChatModel
    from langchain_core.prompts import ChatPromptTemplate


@dataclass
class ModelCaseReader:
    """A `CaseReader` over a chat model: (message, today) -> the model's raw reply or None."""

    model: BaseChatModel
    prompt: ChatPromptTemplate

    def __call__(self, message: str, today: date) -> str | None:
        """The model's reply, or None when it fails or says nothing."""
        try:
            reply: Any = (self.prompt | self.model).invoke(
                {"question": message, "today": today.isoformat()}
            )
        except Exception:  # any failure of a remote model: the rules' reading stands alone
            return None
        content = getattr(reply, "content", "")
        return content.strip() or None if isinstance(content, str) else None
