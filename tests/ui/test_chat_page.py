"""The 'Vraag' chat page under Streamlit's AppTest, on the real chain and a fresh index."""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

APP = str(Path(__file__).resolve().parents[2] / "app.py")


def test_chat_answers_with_sources_and_keeps_the_conversation() -> None:
    """A question gets a cited answer; a follow-up uses the first sick day given before."""
    at = AppTest.from_file(APP, default_timeout=180).run()
    at.chat_input[0].set_value(
        "Mijn werknemer is ziek sinds 6 januari 2025. Wanneer moet de 42e-weeksmelding?"
    ).run()
    at.chat_input[0].set_value("En wanneer moet de WIA worden aangevraagd?").run()
    messages = at.chat_message

    assert not at.exception
    assert [m.name for m in messages] == ["user", "assistant", "user", "assistant"]
    assert "maandag 27 oktober 2025" in messages[1].markdown[0].value
    assert "zondag 18 oktober 2026" in messages[3].markdown[0].value
    assert "Bronnen" in at.expander[0].label
    assert "Geen juridisch advies" in at.caption[0].value


def test_chat_shows_verdict_for_a_myth() -> None:
    """A claim check shows its verdict as a badge and in the text."""
    at = AppTest.from_file(APP, default_timeout=180).run()
    at.chat_input[0].set_value("Klopt het dat spoor 2 pas begint na twee jaar ziekte?").run()
    reply = at.chat_message[1].markdown

    assert reply[0].value == ":blue-badge[Fabel]"
    assert reply[1].value.startswith("**Fabel.**")


def test_too_long_question_shows_dutch_error_and_keeps_history() -> None:
    """A question over 4000 characters is refused in Dutch; nothing is lost or added."""
    at = AppTest.from_file(APP, default_timeout=180).run()
    at.chat_input[0].set_value("a" * 4001).run()

    assert "4000" in at.error[0].value
    assert len(at.chat_message) == 0
