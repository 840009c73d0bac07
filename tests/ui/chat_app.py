"""AppTest scripts: the chat page (and the Termijnen page) on the real chain, today 23-11-2025."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

STORY = "Mijn werknemer is sinds 6 januari 2025 ziek. Moet ik al met spoor 2 beginnen?"


def _case_script(assistant: object) -> None:
    import datetime as dt

    import streamlit as st

    from spoorwijzer.config import get_settings
    from spoorwijzer.ui import chat_page, deadlines_page

    if st.session_state.get("test_page") == "termijnen":
        deadlines_page.render(get_settings())
    else:
        chat_page.render(
            lambda: assistant,  # type: ignore[return-value]
            lambda: dt.date(2025, 11, 23),
            lambda: dt.datetime(2025, 11, 23, 14, 2, tzinfo=dt.UTC),
        )


def case_app(assistant: object) -> AppTest:
    """The chat page over the session's real assistant, run once."""
    return AppTest.from_function(_case_script, default_timeout=120, args=(assistant,)).run()


def ask(at: AppTest, text: str) -> AppTest:
    """Type a message in the chat and run."""
    return at.chat_input[0].set_value(text).run()


def markdown_text(at: AppTest) -> str:
    """Every markdown block of the page, joined."""
    return "\n".join(str(m.value) for m in at.markdown)
