"""Streamlit page 'Vraag': the chat beside the case (Nu view, Dossier panel, timeline, exports).

Layer: UI. On a wide screen two columns (chat | sticky case panel), stacked on a phone. The
conversation and the dossier live only in this browser session's state; nothing is logged.
An error is shown once, at the input, and never stored with the conversation.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from typing import Any

import streamlit as st

from spoorwijzer.answering.chain import (
    MAX_QUESTION_CHARS,
    OTHER_EMPLOYEE,
    Assistant,
    QuestionError,
    check_question,
)
from spoorwijzer.exports.case_status import counted_sick_days, milestone_views
from spoorwijzer.records import Answer
from spoorwijzer.ui import answer_view, case_panel, case_state, exports_panel, now_view, timeline
from spoorwijzer.ui.texts import DISCLAIMER
from spoorwijzer.understanding.dossier import Dossier, read_message

PLACEHOLDER = "Stel je vraag over spoor 2 of de Poortwachter-termijnen"
PENDING_KEY = "chat_pending_question"
DRAFT_KEY = "chat_draft"
ERROR_KEY = "chat_error"
OTHER_KEY = "chat_other_employee"  # {"id", "question", "when"}: a message about someone else?
NOTICE_KEY = "chat_notice"
NEW_CASE_LABEL = "Nieuwe casus voor deze medewerker"
SAME_CASE_LABEL = "Hoort bij deze casus"
_STYLE = """
<style>
@media (min-width: 900px) {
  [data-testid="stColumn"]:has(.st-key-case_panel) {
    position: sticky; top: 4.5rem; align-self: flex-start;
    max-height: calc(100vh - 5.5rem); overflow-y: auto;
  }
}
</style>
"""
# A real browser prompt before a reload or close loses a non-empty conversation (Streamlit keeps
# it only in this session; nothing is stored on the server, on purpose).
_LEAVE_WARNING = """
<script>
window.onbeforeunload = %s;
</script>
"""
_WARN = "function (event) { event.preventDefault(); event.returnValue = true; return true; }"


def _ask(question: str) -> None:
    """Queue a message (a follow-up button or a resent draft) for this run."""
    st.session_state[PENDING_KEY] = question


def _resend() -> None:
    _ask(str(st.session_state.get(DRAFT_KEY, "")))


def _new_case_for(question: str) -> None:
    """Start a new case and read the message about the other employee into it."""
    case_state.new_case()
    _ask(question)


def _same_case(question: str, today: dt.date, now: dt.datetime) -> None:
    """The message was about this case after all: add its facts to the dossier."""
    reading = read_message(case_state.dossier(), question, today)
    case_state.note_message_time(reading.dossier.messages, now)
    case_state.set_dossier(reading.dossier)
    st.session_state.pop(OTHER_KEY, None)
    st.session_state[NOTICE_KEY] = "De gegevens uit dit bericht staan nu in het dossier."


def _other_employee_choice(messages: list[dict[str, Any]], today: dt.date) -> bool:
    """Ask, under the answer, whether the message starts a new case or belongs to this one.

    Returns True when the choice is shown (the follow-up buttons wait until it is made).
    """
    waiting = st.session_state.get(OTHER_KEY)
    if not isinstance(waiting, dict) or not messages or messages[-1].get("id") != waiting["id"]:
        return False
    question = str(waiting["question"])
    with st.container(border=True, key="other_employee"):
        st.markdown(
            "**Gaat dit bericht over een andere medewerker?** Het dossier van deze casus is "
            "niet veranderd. Kies wat er met dit bericht moet gebeuren."
        )
        with st.container(horizontal=True, gap="small"):
            st.button(
                NEW_CASE_LABEL,
                key="other_new_case",
                on_click=_new_case_for,
                args=(question,),
                type="primary",
                help="Wist deze casus en begint een nieuwe met dit bericht.",
            )
            st.button(
                SAME_CASE_LABEL,
                key="other_same_case",
                on_click=_same_case,
                args=(question, today, waiting["when"]),
                help="Neemt de gegevens uit dit bericht op in het dossier van deze casus.",
            )
    return True


def _too_long(question: str) -> None:
    """Keep the text in an editable box and say how many characters to cut."""
    cut = len(question.strip()) - MAX_QUESTION_CHARS
    st.session_state[ERROR_KEY] = (
        f"Uw bericht is {len(question.strip())} tekens lang; de grens is {MAX_QUESTION_CHARS}. "
        f"Haal er {cut} tekens af en verstuur het opnieuw. Uw tekst staat hieronder."
    )
    st.session_state[DRAFT_KEY] = question


def _draft_box() -> None:
    if DRAFT_KEY not in st.session_state:
        return
    st.text_area("Uw bericht (inkorten)", key=DRAFT_KEY, height=160)
    st.button("Verstuur opnieuw", on_click=_resend, type="primary")


def _answer(
    question: str,
    load_assistant: Callable[[], Assistant],
    today: dt.date,
    now: dt.datetime,
) -> None:
    """Show the question at once, compute the answer under it, then store both."""
    messages = case_state.messages()
    with st.chat_message("user"):
        st.markdown(question)
    with st.chat_message("assistant"), st.spinner("Spoorwijzer zoekt het uit ..."):
        try:
            assistant = load_assistant()
            history = [str(m["content"]) for m in messages if m["role"] == "user"]
            answer = assistant.answer(question, history, today=today, dossier=case_state.dossier())
        except QuestionError as error:
            st.session_state[ERROR_KEY] = str(error)
            st.rerun()
        except RuntimeError as error:  # the assistant could not be loaded; message is Dutch
            st.session_state[ERROR_KEY] = str(error)
            st.rerun()
        except Exception:  # the user sees a Dutch message, never a traceback
            st.session_state[ERROR_KEY] = (
                "Er ging iets mis bij het beantwoorden van deze vraag. Probeer het opnieuw of "
                "stel de vraag anders; het dossier is niet veranderd."
            )
            st.rerun()
    if answer.dossier is not None:
        updated = Dossier.from_dict(answer.dossier)
        case_state.note_message_time(updated.messages, now)
        case_state.set_dossier(updated)
    messages.append({"role": "user", "content": question})
    message_id = uuid.uuid4().hex  # keeps a 👍/👎 apart from those of an earlier case
    messages.append(
        {
            "role": "assistant",
            "content": answer.text,
            "answer": answer,
            "question": question,
            "id": message_id,
        }
    )
    st.session_state.pop(OTHER_KEY, None)
    if OTHER_EMPLOYEE in answer.warnings:  # the chain kept the dossier apart: ask the user
        st.session_state[OTHER_KEY] = {"id": message_id, "question": question, "when": now}
    st.rerun()


def _passage(load_assistant: Callable[[], Assistant]) -> Callable[[str], str | None]:
    cache: dict[str, str | None] = st.session_state.setdefault("passages", {})

    def lookup(chunk_id: str) -> str | None:
        if chunk_id not in cache:
            try:
                found = load_assistant().store.get([chunk_id])
            except Exception:  # a missing passage falls back to the quote
                return None
            cache[chunk_id] = found[0].text if found else None
        return cache[chunk_id]

    return lookup


def _case_column(today: dt.date) -> None:
    with st.container(key="case_panel"):
        now_view.render(today)
        computed = case_state.case_report(today)
        if computed is not None:
            views = milestone_views(computed.report, computed.periods)
            week = counted_sick_days(computed.report, computed.periods, today) / 7
            timeline.render(views, week)
        case_panel.render(today)
        if computed is not None:
            exports_panel.render(today, key="chat_export")


def render(
    load_assistant: Callable[[], Assistant],
    today: Callable[[], dt.date],
    now: Callable[[], dt.datetime],
) -> None:
    """Render the chat page.

    Args:
        load_assistant: Returns the (cached) assistant; may raise a Dutch RuntimeError.
        today: Returns today's date in the configured time zone.
        now: Returns the current time in that zone (for "uit uw bericht van 14:02").
    """
    st.html(_STYLE)
    messages: list[dict[str, Any]] = case_state.messages()
    st.html(
        _LEAVE_WARNING % (_WARN if messages else "null"),
        unsafe_allow_javascript=True,
    )
    st.title("Vraag het Spoorwijzer")
    st.caption(DISCLAIMER)
    typed = st.chat_input(PLACEHOLDER)
    question = typed if isinstance(typed, str) else st.session_state.pop(PENDING_KEY, None)
    day = today()
    chat, case = st.columns([3, 2], gap="large")
    with case:
        _case_column(day)
    with chat:
        for index, message in enumerate(messages):
            answer_view.show(index, message, _passage(load_assistant))
        if question:
            try:
                check_question(question)
            except QuestionError:
                if question.strip():
                    _too_long(question)
                else:
                    st.session_state[ERROR_KEY] = "Stel een vraag; het bericht is leeg."
            else:
                st.session_state.pop(DRAFT_KEY, None)
                st.session_state.pop(ERROR_KEY, None)
                _answer(question, load_assistant, day, now())
        error = st.session_state.pop(ERROR_KEY, None)
        if error:
            st.error(error)
        notice = st.session_state.pop(NOTICE_KEY, None)
        if notice:
            st.success(notice)
        _draft_box()
        asking = _other_employee_choice(messages, day)
        last = messages[-1].get("answer") if messages else None
        if isinstance(last, Answer) and last.follow_up and not asking:
            answer_view.follow_up_buttons(last, _ask)
        if not messages:
            st.info(
                "Vertel over de casus of stel een vraag. Bijvoorbeeld: 'Mijn werknemer is ziek "
                "sinds 6 januari 2025; de bedrijfsarts zegt dat hij zijn eigen werk niet meer kan "
                "doen. Wat moet ik nu doen?' of 'Klopt het dat spoor 2 pas na twee jaar begint?'"
            )
        st.caption(
            "Het gesprek blijft alleen in deze browsersessie; herladen of sluiten wist het (de "
            "browser vraagt dan eerst om bevestiging). "
            "Bewaar wat u nodig hebt met de knoppen voor agenda, tabel of samenvatting."
        )
