"""The milestones on a 104-week axis (Altair) with a today line, and as phone-friendly cards.

Layer: UI. Colour is the status (verstreken / deze week / binnen 4 weken / later / vervallen),
shape is the kind (wettelijk / UWV-praktijk / informatief); hovering shows the legal basis.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import cast

import altair as alt
import streamlit as st

from spoorwijzer.exports.case_status import STATUS_ORDER, MilestoneView
from spoorwijzer.language.dutch_dates import format_date_short

STATUS_COLOURS = ("#9e9e9e", "#d32f2f", "#f57c00", "#1976d2", "#bdbdbd")
KINDS = ("wettelijk", "UWV-praktijk", "informatief")
SHAPES = ("circle", "diamond", "triangle-up")


def timeline_chart(views: Sequence[MilestoneView], today_week: float) -> alt.LayerChart:
    """The Altair chart: one point per milestone on the weeks 0..104 axis, a rule for today."""
    frame = alt.Data(  # type: ignore[no-untyped-call]  # altair's generated class is untyped
        values=[
            {
                "week": v.week,
                "mijlpaal": v.label,
                "datum": format_date_short(v.date),
                "status": v.status,
                "soort": v.kind,
                "grondslag": v.basis,
                "rij": index % 3,
            }
            for index, v in enumerate(views)
        ]
    )
    x = alt.X("week:Q", scale=alt.Scale(domain=[0, 108]), title="Ziekteweek")
    points = (
        alt.Chart(frame)
        .mark_point(size=160, filled=True, opacity=0.9)
        .encode(
            x=x,
            y=alt.Y("rij:Q", axis=None, scale=alt.Scale(domain=[-0.6, 2.6])),
            color=alt.Color(
                "status:N",
                scale=alt.Scale(domain=list(STATUS_ORDER), range=list(STATUS_COLOURS)),
                legend=alt.Legend(title="Status", orient="bottom", direction="vertical"),
            ),
            shape=alt.Shape(
                "soort:N",
                scale=alt.Scale(domain=list(KINDS), range=list(SHAPES)),
                legend=alt.Legend(title="Soort", orient="bottom", direction="vertical"),
            ),
            tooltip=["mijlpaal:N", "datum:N", "status:N", "soort:N", "grondslag:N"],
        )
    )
    today = (
        alt.Chart(alt.Data(values=[{"week": today_week, "label": "vandaag"}]))  # type: ignore[no-untyped-call]
        .mark_rule(color="#000000", strokeDash=[4, 3])
        .encode(x="week:Q", tooltip=["label:N"])
    )
    chart = alt.LayerChart(layer=[points, today], height=110)
    return cast("alt.LayerChart", chart.configure_legend(columns=2))  # altair returns Any


def render(views: Sequence[MilestoneView], today_week: float) -> None:
    """Render the chart and the milestones as cards (one per milestone, readable on a phone)."""
    st.markdown("**Tijdlijn (104 weken)**")
    st.altair_chart(timeline_chart(views, today_week), width="stretch", height=300)
    with st.expander("Mijlpalen als lijst"):
        for v in views:
            st.markdown(
                f"**{v.label}**  \n{format_date_short(v.date)} · {v.status} · {v.kind}  \n"
                f"_{v.basis}_"
            )
