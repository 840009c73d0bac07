"""Streamlit page 'Vraag': a chat on the same answer chain as `spoorwijzer ask`.

Layer: UI. Renders messages and citations; the conversation (and so the case facts in it)
lives only in this browser session's state. Nothing is logged.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import streamlit as st

from spoorwijzer.answering.chain import Assistant, QuestionError, check_question
from spoorwijzer.knowledge import TIER_LABELS
from spoorwijzer.records import Answer
from spoorwijzer.ui.texts import DISCLAIMER

MESSAGES_KEY = "chat_messages"
PLACEHOLDER = "Stel je vraag over spoor 2 of de Poortwachter-termijnen"


def _show_citations(answer: Answer) -> None:
    if not answer.citations:
        return
    with st.expander(f"Bronnen ({len(answer.citations)})"):
        for c in answer.citations:
            st.markdown(
                f"**[{c.n}] {c.title}** — {c.publisher} "
                f"(tier {c.tier}: {TIER_LABELS.get(c.tier, '?')})"
            )
            st.markdown(f"> {c.quote}")


def _show(message: dict[str, object]) -> None:
    with st.chat_message(str(message["role"])):
        answer = message.get("answer")
        if isinstance(answer, Answer):
            if answer.verdict:
                st.badge(answer.verdict.capitalize())
            st.markdown(answer.text)
            _show_citations(answer)
        else:
            st.markdown(str(message["content"]))


def render(load_assistant: Callable[[], Assistant], today: Callable[[], date]) -> None:
    """Render the chat page.

    Args:
        load_assistant: Returns the (cached) assistant; may raise a Dutch RuntimeError.
        today: Returns today's date in the configured time zone.
    """
    st.title("Vraag het Spoorwijzer")
    st.caption(DISCLAIMER)
    messages: list[dict[str, object]] = st.session_state.setdefault(MESSAGES_KEY, [])
    for message in messages:
        _show(message)
    question = st.chat_input(PLACEHOLDER)
    if not question:
        if not messages:
            st.info(
                "Bijvoorbeeld: 'Mijn werknemer is ziek sinds 6 januari 2025. Wanneer moet de "
                "42e-weeksmelding?' of 'Klopt het dat spoor 2 pas na twee jaar begint?'"
            )
        return
    try:
        check_question(question)
    except QuestionError as error:
        st.error(str(error))
        return
    try:
        assistant = load_assistant()
    except RuntimeError as error:
        st.error(str(error))
        return
    history = [str(m["content"]) for m in messages if m["role"] == "user"]
    with st.spinner("Spoorwijzer zoekt het uit ..."):
        answer = assistant.answer(question, history, today=today())
    user_message: dict[str, object] = {"role": "user", "content": question}
    reply: dict[str, object] = {"role": "assistant", "content": answer.text, "answer": answer}
    messages.extend([user_message, reply])
    _show(user_message)
    _show(reply)
