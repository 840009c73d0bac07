"""Every prompt template parses and uses only the shared placeholder vocabulary."""

from __future__ import annotations

from pathlib import Path

import pytest

from spoorwijzer.answering.prompts import (
    ALLOWED_PLACEHOLDERS,
    PromptError,
    load_answer_prompt,
    load_read_case_prompt,
    load_template,
    placeholders,
)

PROMPTS = Path(__file__).resolve().parents[2] / "prompts"
FILES = sorted(PROMPTS.glob("*.md"))


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_template_uses_only_allowed_placeholders(path: Path) -> None:
    """{question}, {context}, {history}, {deadlines} and nothing else."""
    assert placeholders(load_template(PROMPTS, path.stem)) <= ALLOWED_PLACEHOLDERS


def test_answer_prompt_has_system_and_user_parts() -> None:
    """The answer prompt asks for its four inputs; the read-case prompt for the message and today."""
    prompt = load_answer_prompt(PROMPTS)

    assert set(prompt.input_variables) == {"question", "context", "history", "deadlines"}
    assert set(load_read_case_prompt(PROMPTS).input_variables) == {"question", "today"}
    assert {"question", "context", "history", "deadlines", "today"} == ALLOWED_PLACEHOLDERS


def test_read_case_prompt_keeps_its_json_braces_literal() -> None:
    """The JSON example in the system prompt is text, not a placeholder."""
    prompt = load_read_case_prompt(PROMPTS)
    text = prompt.format_messages(question="Ziek sinds 3 maart.", today="2026-12-06")[0].content
    assert '{"facts": {...}, "asks": [...]}' in str(text)


def test_unknown_placeholder_is_refused(tmp_path: Path) -> None:
    """A template with an unknown placeholder is an error, not a silent KeyError later."""
    (tmp_path / "answer_system.md").write_text("Systeem.", encoding="utf-8")
    (tmp_path / "answer_user.md").write_text("{vraag}", encoding="utf-8")

    with pytest.raises(PromptError, match="onbekende"):
        load_answer_prompt(tmp_path)


def test_missing_template_is_refused(tmp_path: Path) -> None:
    """A missing template names the file."""
    with pytest.raises(PromptError, match="ontbreekt"):
        load_template(tmp_path, "answer_user")
