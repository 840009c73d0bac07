"""The page menu: labelled links in a row that wraps, so a phone shows the words, not an icon.

Layer: UI. app.py hides Streamlit's own navigation (which collapses to an unlabelled icon on a
narrow screen) and renders this menu above every page instead.
"""

from __future__ import annotations

from collections.abc import Sequence

import streamlit as st
from streamlit.navigation.page import StreamlitPage


def render(pages: Sequence[StreamlitPage]) -> None:
    """One labelled link per page, wrapping onto more lines on a narrow screen."""
    with st.container(horizontal=True, key="menu", gap="small"):
        for page in pages:
            st.page_link(page, label=page.title, icon=page.icon or None, width="content")
