"""Streamlit entry point: page config and routing. Wiring only; pages live in spoorwijzer.ui.

Run with `make run` (or `streamlit run app.py`).
"""

from __future__ import annotations

import streamlit as st

from spoorwijzer.config import get_settings
from spoorwijzer.ui import deadlines_page

st.set_page_config(page_title="Spoorwijzer", page_icon="🧭", layout="wide")


def _deadlines() -> None:
    deadlines_page.render(get_settings())


st.navigation([st.Page(_deadlines, title="Termijnen", url_path="termijnen", default=True)]).run()
