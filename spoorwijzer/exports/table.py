"""CSV export of the milestones of one case (semicolon-separated, as Dutch spreadsheets expect).

Layer: exports (pure).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from spoorwijzer.exports.case_status import MilestoneView

CSV_COLUMNS = (
    "mijlpaal",
    "datum",
    "soort",
    "status",
    "dagen_tot",
    "week",
    "grondslag",
    "toelichting",
)


def milestones_csv(views: Sequence[MilestoneView]) -> bytes:
    """The milestones as CSV (UTF-8 with BOM so Excel reads the accents; ISO dates)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for v in views:
        writer.writerow(
            [v.label, v.date.isoformat(), v.kind, v.status, v.days_left, v.week, v.basis, v.note]
        )
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")
