"""Streamlit entry point: page config, routing and the one cached service factory.

Run with `make run` (or `streamlit run app.py`). Wiring only; pages live in spoorwijzer.ui.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import streamlit as st

from ingest.pipeline import IngestReport
from ingest.runner import IndexSetupError, run_ingest
from spoorwijzer.answering.assistant_builder import AssistantSetupError, open_assistant
from spoorwijzer.answering.chain import Assistant
from spoorwijzer.clock import today_in
from spoorwijzer.config import SettingsError, get_settings
from spoorwijzer.knowledge import KnowledgeError, SourceKind, knowledge_peildatum, load_sources
from spoorwijzer.ui import chat_page, claims_page, deadlines_page, menu, quality_page, sources_page

st.set_page_config(page_title="Spoorwijzer", page_icon="🧭", layout="wide")


@st.cache_resource(show_spinner="Spoorwijzer laadt de kennisbank ...")
def _assistant() -> Assistant:
    settings = get_settings()
    try:
        return open_assistant(
            settings,
            today=today_in(settings.timezone),
            build_index=lambda: run_ingest(settings, [], kind=SourceKind.PROFESSIONEEL),
        )
    except (AssistantSetupError, IndexSetupError) as error:
        raise RuntimeError(str(error)) from None


def _today() -> date:
    return today_in(get_settings().timezone)


def _now() -> datetime:
    return datetime.now(ZoneInfo(get_settings().timezone))


def _add_document(path: Path, kind: SourceKind, title: str, publisher: str) -> IngestReport:
    """Ingest one uploaded file, then reopen the assistant so that answers can use it."""
    try:
        report = run_ingest(get_settings(), [path], kind=kind, title=title, publisher=publisher)
    except IndexSetupError as error:
        report = IngestReport(failed=[{"path": path.name, "error": str(error)}])
    _assistant.clear()
    return report


def _chat() -> None:
    chat_page.render(_assistant, _today, _now)


def _deadlines() -> None:
    deadlines_page.render(get_settings())


def _sources() -> None:
    sources_page.render(get_settings(), _add_document)


def _claims() -> None:
    claims_page.render(get_settings(), _assistant, _today)


def _quality() -> None:
    try:
        peildatum = knowledge_peildatum(load_sources(get_settings().knowledge_dir))
    except KnowledgeError:
        peildatum = None  # the Bronnen page names the problem
    quality_page.render(peildatum=peildatum)


try:
    get_settings()
except SettingsError as error:
    st.error(str(error))
    st.stop()

PAGES = [
    st.Page(_chat, title="Vraag", icon=":material/chat:", url_path="vraag", default=True),
    st.Page(_deadlines, title="Termijnen", icon=":material/event:", url_path="termijnen"),
    st.Page(_sources, title="Bronnen", icon=":material/menu_book:", url_path="bronnen"),
    st.Page(_claims, title="Feit of fabel", icon=":material/fact_check:", url_path="feit-of-fabel"),
    st.Page(_quality, title="Kwaliteit", icon=":material/analytics:", url_path="kwaliteit"),
]
current = st.navigation(PAGES, position="hidden")
menu.render(PAGES)
current.run()
