"""The CSV export and the printable HTML summary."""

from __future__ import annotations

import csv
import io
from datetime import date

from spoorwijzer.deadlines import CaseFacts, SickPeriod, compute_deadlines
from spoorwijzer.exports.case_status import milestone_views
from spoorwijzer.exports.summary import answer_text, case_summary_html
from spoorwijzer.exports.table import milestones_csv
from spoorwijzer.records import Answer, Citation

PERIODS = (SickPeriod(date(2025, 1, 6)),)
VIEWS = milestone_views(
    compute_deadlines(CaseFacts(periods=PERIODS), today=date(2025, 11, 23)), PERIODS
)
ANSWER = Answer(
    text="De melding was uiterlijk 27 oktober 2025 <b>.",
    citations=(Citation(1, "c1", "s1", "Ziektewet", "Overheid", 1, "art. 38", "https://x.nl/zw"),),
    dates=(),
    verdict=None,
    refused=False,
    intent="deadline",
)


def test_csv_has_one_row_per_milestone_with_iso_dates() -> None:
    """Semicolon CSV with a BOM; the 42e-weeksmelding row reads back with its date and status."""
    data = milestones_csv(VIEWS)
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))

    assert data.startswith(b"\xef\xbb\xbf")
    assert len(rows) == len(VIEWS)
    melding = next(r for r in rows if r["mijlpaal"].startswith("42e-weeksmelding"))
    assert (melding["datum"], melding["status"]) == ("2025-10-27", "verstreken")


def test_summary_escapes_and_lists_case_milestones_and_sources() -> None:
    """The HTML holds the label, facts, milestones, the answer (escaped) and the source link."""
    html = case_summary_html(
        case_label="Casus <A>",
        today=date(2025, 11, 23),
        facts=[("Ziekteperiodes", "ziek vanaf 6 januari 2025")],
        milestones=VIEWS,
        question="Wanneer?",
        answer=ANSWER,
    )

    assert "Casus &lt;A&gt;" in html
    assert "<A>" not in html
    assert "ziek vanaf 6 januari 2025" in html
    assert "2025-10-27" in html
    assert "&lt;b&gt;" in html
    assert "href='https://x.nl/zw'" in html


def test_answer_text_has_numbered_sources_with_url() -> None:
    """The copyable text has the answer and '[1] Ziektewet — Overheid (url)'."""
    text = answer_text(ANSWER)

    assert text.startswith("De melding")
    assert "[1] Ziektewet — Overheid (https://x.nl/zw)" in text
