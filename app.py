"""Streamlit entry point: page config, routing and the one cached service factory.

Run with `make run` (or `streamlit run app.py`). Wiring only; pages live in spoorwijzer.ui.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import streamlit as st

from ingest.runner import IndexSetupError, run_ingest
from spoorwijzer.answering.assistant_builder import AssistantSetupError, open_assistant
from spoorwijzer.answering.chain import Assistant
from spoorwijzer.clock import today_in
from spoorwijzer.config import SettingsError, get_settings
from spoorwijzer.knowledge import SourceKind
from spoorwijzer.ui import chat_page, deadlines_page

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


def _chat() -> None:
    chat_page.render(_assistant, _today, _now)


def _deadlines() -> None:
    deadlines_page.render(get_settings())


try:
    get_settings()
except SettingsError as error:
    st.error(str(error))
    st.stop()

st.navigation(
    [
        st.Page(_chat, title="Vraag", url_path="vraag", default=True),
        st.Page(_deadlines, title="Termijnen", url_path="termijnen"),
    ]
).run()
