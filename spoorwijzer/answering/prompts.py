"""Load the Dutch prompt templates from `prompts/` and check their placeholders.

Layer: templates. One placeholder vocabulary across all files: {question}, {context},
{history}, {deadlines}, {today}.
"""

from __future__ import annotations

import string
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported where a prompt is loaded (only with a chat model configured)
    from langchain_core.prompts import ChatPromptTemplate

ALLOWED_PLACEHOLDERS = frozenset({"question", "context", "history", "deadlines", "today"})


class PromptError(ValueError):
    """A template is missing or uses an unknown placeholder."""


def placeholders(template: str) -> set[str]:
    """Return the {names} a template uses."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def load_template(prompts_dir: Path, name: str) -> str:
    """Read one template and check its placeholders.

    Raises:
        PromptError: The file is missing or uses a placeholder outside the vocabulary.
    """
    path = prompts_dir / f"{name}.md"
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise PromptError(f"Het promptsjabloon {path} ontbreekt.") from None
    unknown = placeholders(text) - ALLOWED_PLACEHOLDERS
    if unknown:
        raise PromptError(f"{path} gebruikt onbekende plaatsaanduidingen: {sorted(unknown)}")
    return text


def load_answer_prompt(prompts_dir: Path) -> ChatPromptTemplate:
    """The system and user templates of the phrasing step as one chat prompt."""
    system = load_template(prompts_dir, "answer_system")
    if placeholders(system):
        raise PromptError("answer_system.md mag geen plaatsaanduidingen bevatten.")
    user = load_template(prompts_dir, "answer_user")
    from langchain_core.prompts import ChatPromptTemplate

    return ChatPromptTemplate.from_messages([("system", system), ("human", user)])


def load_read_case_prompt(prompts_dir: Path) -> ChatPromptTemplate:
    """The system and user templates of the optional second reader as one chat prompt."""
    system = load_template(prompts_dir, "read_case_system")
    if placeholders(system):
        raise PromptError("read_case_system.md mag geen plaatsaanduidingen bevatten.")
    user = load_template(prompts_dir, "read_case_user")
    from langchain_core.prompts import ChatPromptTemplate

    return ChatPromptTemplate.from_messages([("system", system), ("human", user)])
