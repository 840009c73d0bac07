"""Streamlit page 'Feit of fabel': the known claims with their verdicts, and checking one.

Layer: UI. The claims come from knowledge/claims.yaml; a statement typed in the box goes
through the same assistant as the chat (outside the case: the dossier is not touched).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import streamlit as st

from spoorwijzer.answering.chain import Assistant, QuestionError
from spoorwijzer.config import Settings
from spoorwijzer.knowledge import KnowledgeError, load_claims
from spoorwijzer.ui.answer_view import VERDICT_STYLES

CHECK_KEY = "claims_check"


def _check(load_assistant: Callable[[], Assistant], today: dt.date) -> None:
    with st.form("claim_check"):
        statement = st.text_input(
            "Controleer een bewering",
            key="claim_statement",
            placeholder="bijv. Spoor 2 begint pas na twee jaar ziekte",
        )
        submitted = st.form_submit_button("Controleer")
    if not submitted:
        return
    question = statement if statement.rstrip().endswith("?") else f"Klopt het dat {statement}?"
    try:
        answer = load_assistant().answer(question, today=today)
    except (QuestionError, RuntimeError) as error:
        st.error(str(error))
        return
    if answer.verdict in VERDICT_STYLES:
        kind, title = VERDICT_STYLES[answer.verdict]
        getattr(st, kind)(f"**{title}**" + (f": {answer.claim}" if answer.claim else ""))
    else:
        st.info("Hier is geen oordeel over te geven uit de bekende beweringen.")
    st.markdown(answer.text)


def render(
    settings: Settings, load_assistant: Callable[[], Assistant], today: Callable[[], dt.date]
) -> None:
    """Render the page: a check box, a search field and every claim with its verdict."""
    st.title("Feit of fabel")
    _check(load_assistant, today())
    try:
        claims = load_claims(settings.knowledge_dir)
    except KnowledgeError as error:
        st.error(str(error))
        return
    term = st.text_input("Zoek in de bekende beweringen", key="claim_search").strip().lower()
    verdicts = st.multiselect(
        "Oordeel", ["feit", "fabel", "genuanceerd"], default=["feit", "fabel", "genuanceerd"]
    )
    shown = [
        c
        for c in claims
        if str(c.verdict) in verdicts
        and (not term or term in c.claim.lower() or term in c.explanation.lower())
    ]
    st.caption(f"{len(shown)} van {len(claims)} beweringen.")
    for claim in shown:
        kind, title = VERDICT_STYLES[str(claim.verdict)]
        sources = ", ".join(claim.sources)
        getattr(st, kind)(f"**{title}:** {claim.claim}  \n{claim.explanation}  \n_Bron: {sources}_")
