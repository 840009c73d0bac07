"""The one case of this browser session: its dossier, chat messages and message times.

Layer: UI. Everything lives in `st.session_state` only; nothing is written to disk or logged.
The chat page and the Termijnen page read and write the same dossier through this module.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import streamlit as st

from spoorwijzer.deadlines import DeadlineInputError, DeadlineReport, SickPeriod, compute_deadlines
from spoorwijzer.records import Answer
from spoorwijzer.understanding.dossier import Dossier, DossierError, Fact

DOSSIER_KEY = "case_dossier"
VERSION_KEY = "case_version"
MESSAGES_KEY = "chat_messages"
TIMES_KEY = "case_message_times"
LABEL_KEY = "case_label"
FEEDBACK_KEY = "answer_feedback"
EDIT_SOURCE = "dossier"  # facts the user typed into the dossier panel or the Termijnen form


@dataclass(frozen=True, slots=True)
class CaseReport:
    """The calculator's report for the session's case, with the periods it was computed from."""

    report: DeadlineReport
    periods: tuple[SickPeriod, ...]


def dossier() -> Dossier:
    """The session's dossier (empty for a new case)."""
    value = st.session_state.get(DOSSIER_KEY)
    return value if isinstance(value, Dossier) else Dossier()


def version() -> int:
    """A counter that goes up on every change of the dossier (widgets re-sync on a change)."""
    return int(st.session_state.get(VERSION_KEY, 0))


def set_dossier(new: Dossier) -> None:
    """Replace the session's dossier."""
    st.session_state[DOSSIER_KEY] = new
    st.session_state[VERSION_KEY] = version() + 1


def messages() -> list[dict[str, Any]]:
    """The chat messages of this case, oldest first (the list is kept in the session)."""
    found: list[dict[str, Any]] = st.session_state.setdefault(MESSAGES_KEY, [])
    return found


def note_message_time(number: int, when: dt.datetime) -> None:
    """Remember at what time user message `number` was read (for "uit uw bericht van 14:02")."""
    times: dict[int, str] = st.session_state.setdefault(TIMES_KEY, {})
    times[number] = when.strftime("%H:%M")


def provenance(fact: Fact) -> str:
    """Where a fact came from, in Dutch."""
    source = fact.source
    if source.startswith("bericht "):
        number = source.removeprefix("bericht ")
        times: dict[int, str] = st.session_state.get(TIMES_KEY, {})
        if number.isdigit() and int(number) in times:
            return f"uit uw bericht van {times[int(number)]}"
        return f"uit uw bericht ({number})"
    if source in (EDIT_SOURCE, "formulier"):
        return "aangepast in de app"
    return f"uit {source}"


def last_answer() -> tuple[str | None, Answer | None]:
    """The last question and answer of the chat, if any."""
    question: str | None = None
    for message in reversed(messages()):
        answer = message.get("answer")
        if isinstance(answer, Answer):
            index = messages().index(message)
            if index > 0:
                question = str(messages()[index - 1]["content"])
            return question, answer
    return None, None


def case_report(today: dt.date) -> CaseReport | None:
    """The milestones of the case, or None without a first sick day or with unusable facts."""
    try:
        facts = dossier().case_facts()
        if facts is None:
            return None
        return CaseReport(compute_deadlines(facts, today=today), facts.periods)
    except (DossierError, DeadlineInputError):
        return None


def case_problem(today: dt.date, case: Dossier | None = None) -> str | None:
    """The Dutch reason the case (default: the session's) cannot be computed, or None."""
    try:
        facts = (case if case is not None else dossier()).case_facts()
        if facts is not None:
            compute_deadlines(facts, today=today)
    except (DossierError, DeadlineInputError) as error:
        return str(error)
    return None


def new_case() -> None:
    """Forget the case: dossier, chat, message times, label and the Termijnen form."""
    for key in list(st.session_state.keys()):
        if key != FEEDBACK_KEY:
            del st.session_state[key]
