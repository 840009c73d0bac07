"""Optional phrasing by a chat model: it rewrites the composed answer, nothing more.

Layer: LLM edge. Receives a `BaseChatModel` and a prompt; builds the prompt inputs from the
composed draft and its citations. The chain guards the result.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # types only: langchain_core's model classes cost ~0.5 s to import
    from langchain_core.language_models import BaseChatModel
    from langchain_core.prompts import ChatPromptTemplate

    from spoorwijzer.answering.compose import Draft


@dataclass
class Phraser:
    """Runs the answer prompt through a chat model."""

    model: BaseChatModel
    prompt: ChatPromptTemplate

    def inputs(self, *, question: str, draft: Draft, history: str = "") -> dict[str, str]:
        """The prompt's placeholders filled from a composed draft."""
        sources = "\n".join(
            f'[{c.n}] {c.title} ({c.publisher}, tier {c.tier}): "{c.quote}"'
            for c in draft.citations
        )
        deadlines = "\n".join(f"{d.key}: {d.date}" for d in draft.dates) or "(geen)"
        return {
            "question": question,
            "history": history or "(geen)",
            "deadlines": deadlines,
            "context": f"CONCEPT:\n{draft.text}\n\nBRONNEN:\n{sources or '(geen)'}",
        }

    def phrase(self, *, question: str, draft: Draft) -> str | None:
        """Return the model's rewrite, or None when it fails or answers nothing."""
        try:
            message: Any = (self.prompt | self.model).invoke(
                self.inputs(question=question, draft=draft)
            )
        except Exception:
            return None
        content = getattr(message, "content", "")
        text = content if isinstance(content, str) else ""
        return text.strip() or None
