"""The timeline chart spec: statuses as colours, kinds as shapes, the legal basis on hover."""

from __future__ import annotations

from datetime import date

from spoorwijzer.deadlines import CaseFacts, SickPeriod, compute_deadlines
from spoorwijzer.exports.case_status import STATUS_ORDER, milestone_views
from spoorwijzer.ui.timeline import timeline_chart

PERIODS = (SickPeriod(date(2025, 1, 6)),)


def test_chart_has_every_milestone_a_today_rule_and_the_basis_in_the_tooltip() -> None:
    """One point per milestone on weeks 0..108, coloured by status, shaped by kind; today at 46."""
    views = milestone_views(
        compute_deadlines(CaseFacts(periods=PERIODS), today=date(2025, 11, 23)), PERIODS
    )
    spec = timeline_chart(views, 45.9).to_dict()
    points, today = spec["layer"]
    encoding = points["encoding"]

    assert len(points["data"]["values"]) == len(views)
    assert encoding["color"]["scale"]["domain"] == list(STATUS_ORDER)
    assert encoding["shape"]["scale"]["domain"] == ["wettelijk", "UWV-praktijk", "informatief"]
    assert {"field": "grondslag", "type": "nominal"} in encoding["tooltip"]
    assert today["mark"]["type"] == "rule"
    assert today["data"]["values"] == [{"week": 45.9, "label": "vandaag"}]
    melding = next(v for v in points["data"]["values"] if v["mijlpaal"].startswith("42e"))
    assert (melding["week"], melding["status"]) == (42.1, "verstreken")
