"""One chat message: the answer with its verdict card, sources, follow-ups and a 👍/👎.

Layer: UI. Sources show their link and the full passage on demand; the answer can be copied;
the 👍/👎 is kept in the session only.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import streamlit as st

from spoorwijzer.exports.summary import answer_text
from spoorwijzer.knowledge import TIER_LABELS
from spoorwijzer.records import Answer
from spoorwijzer.ui import case_state

# verdict -> (Streamlit alert, Dutch title)
VERDICT_STYLES = {
    "feit": ("success", "Feit"),
    "fabel": ("error", "Fabel"),
    "genuanceerd": ("warning", "Genuanceerd"),
}


def _verdict_card(answer: Answer) -> None:
    if not answer.verdict or answer.verdict not in VERDICT_STYLES:
        return
    kind, title = VERDICT_STYLES[answer.verdict]
    text = f"**{title}**" + (f": {answer.claim}" if answer.claim else "")
    getattr(st, kind)(text)


def _citations(index: int, answer: Answer, passage: Callable[[str], str | None]) -> None:
    if not answer.citations:
        return
    with st.expander(f"Bronnen ({len(answer.citations)})"):
        for c in answer.citations:
            tier = TIER_LABELS.get(c.tier, "?")
            link = f" — [{c.url}]({c.url})" if c.url else ""
            st.markdown(f"**[{c.n}] {c.title}** — {c.publisher} (tier {c.tier}: {tier}){link}")
            st.markdown(f"> {c.quote}")
            with st.popover("Hele passage", key=f"passage_{index}_{c.n}"):
                st.markdown(passage(c.chunk_id) or c.quote)


def _feedback(message_id: str, question: str, answer: Answer) -> None:
    choice = st.feedback("thumbs", key=f"feedback_{message_id}")
    store: dict[str, dict[str, Any]] = st.session_state.setdefault(case_state.FEEDBACK_KEY, {})
    if choice is not None:
        store[message_id] = {
            "question": question,
            "answer": answer.text,
            "verdict": answer.verdict,
            "intent": answer.intent,
            "rating": "goed" if choice == 1 else "fout",
            "citations": [c.chunk_id for c in answer.citations],
        }


def show(index: int, message: dict[str, Any], passage: Callable[[str], str | None]) -> None:
    """Render message `index` of the chat."""
    with st.chat_message(str(message["role"])):
        answer = message.get("answer")
        if not isinstance(answer, Answer):
            st.markdown(str(message["content"]))
            return
        _verdict_card(answer)
        st.markdown(answer.text)
        for warning in answer.warnings:
            st.caption(warning)
        _citations(index, answer, passage)
        with st.expander("Kopieer antwoord"):
            st.code(answer_text(answer), language=None, wrap_lines=True)
        question = str(message.get("question", ""))
        _feedback(str(message.get("id", index)), question, answer)


def follow_up_buttons(answer: Answer, ask: Callable[[str], None]) -> None:
    """One button per ready answer of a follow-up question; a click sends it as the next message."""
    for f_index, follow_up in enumerate(answer.follow_up):
        options = [o for o in follow_up.options if not o.rstrip().endswith("…")]
        st.markdown(f"**{follow_up.question}**")
        if not options:
            st.caption("Typ het antwoord hieronder in de chat.")
            continue
        for o_index, option in enumerate(options):
            st.button(
                option,
                key=f"follow_{f_index}_{o_index}",
                on_click=ask,
                args=(option,),
            )
