"""The calculator's report as plain JSON-ready data; the field names are a public contract.

Layer: pure. The CLI's `--json`, the app and the evals all read this shape:
{"eerste_ziektedag", "vandaag", "milestones": [{"key", "date", "label", "basis", "kind", ...}],
"counting": [...], "notes": [...]}. Fields are only ever added, never renamed; "lapsed" (True when
the milestone vervalt met het einde van het dienstverband) was added with amendment A8.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from spoorwijzer.deadlines.model import DeadlineReport, MilestoneDate


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day is not None else None


def milestone_to_dict(milestone: MilestoneDate) -> dict[str, Any]:
    """Return one milestone as a JSON-ready dict."""
    return {
        "key": milestone.key,
        "date": milestone.date.isoformat(),
        "label": milestone.label,
        "basis": milestone.basis,
        "kind": str(milestone.kind),
        "status": str(milestone.status),
        "window_start": _iso(milestone.window_start),
        "window_end": _iso(milestone.window_end),
        "non_working_day": milestone.non_working_day,
        "note": milestone.note,
        "counted_day": milestone.counted_day,
        "lapsed": milestone.lapsed,
    }


def report_to_dict(report: DeadlineReport) -> dict[str, Any]:
    """Return the whole report as a JSON-ready dict."""
    return {
        "eerste_ziektedag": report.eerste_ziektedag.isoformat(),
        "vandaag": report.today.isoformat(),
        "milestones": [milestone_to_dict(m) for m in report.milestones],
        "counting": [
            {
                "first_day": step.period.first_day.isoformat(),
                "last_day": _iso(step.period.last_day),
                "gap_days": step.gap_days,
                "added_up": step.added_up,
                "explanation": step.explanation,
            }
            for step in report.counting
        ],
        "notes": list(report.notes),
    }
