"""A printable HTML summary of one case: the facts, the milestones and the last answer.

Layer: exports (pure). Every value is HTML-escaped; the page needs no network (inline CSS).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from html import escape

from spoorwijzer.exports.case_status import MilestoneView
from spoorwijzer.records import Answer

_CSS = (
    "body{font-family:sans-serif;max-width:46em;margin:2em auto;line-height:1.4}"
    "table{border-collapse:collapse;width:100%}td,th{border:1px solid #999;padding:4px;"
    "text-align:left;vertical-align:top}blockquote{color:#444;border-left:3px solid #999;"
    "margin:0 0 0 1em;padding-left:.5em}@media print{a{color:black}}"
)


def answer_text(answer: Answer) -> str:
    """An answer as plain text with its numbered sources (for copying)."""
    lines = [answer.text]
    if answer.citations:
        lines += ["", "Bronnen:"]
        for c in answer.citations:
            lines.append(f"[{c.n}] {c.title} — {c.publisher}" + (f" ({c.url})" if c.url else ""))
            lines.append(f'    "{c.quote}"')
    return "\n".join(lines)


def case_summary_html(
    *,
    case_label: str,
    today: dt.date,
    facts: Sequence[tuple[str, str]],
    milestones: Sequence[MilestoneView],
    question: str | None = None,
    answer: Answer | None = None,
) -> str:
    """Return the summary page.

    Args:
        case_label: The user's label for the case (may be empty).
        today: The reference day.
        facts: (label, value) pairs of the dossier, in Dutch.
        milestones: The case's milestones.
        question: The last question asked, if any.
        answer: The last answer, if any.
    """
    title = f"Spoorwijzer — {case_label}" if case_label.strip() else "Spoorwijzer — casus"
    parts = [
        f"<!doctype html><html lang='nl'><head><meta charset='utf-8'><title>{escape(title)}"
        f"</title><style>{_CSS}</style></head><body>",
        f"<h1>{escape(title)}</h1>",
        f"<p>Stand op {today.isoformat()}. Informatie, geen juridisch advies.</p>",
        "<h2>Dossier</h2>",
    ]
    if facts:
        parts.append("<ul>")
        parts += [f"<li>{escape(label)}: {escape(value)}</li>" for label, value in facts]
        parts.append("</ul>")
    else:
        parts.append("<p>Nog geen gegevens.</p>")
    parts.append("<h2>Mijlpalen</h2>")
    if milestones:
        parts.append(
            "<table><tr><th>Mijlpaal</th><th>Datum</th><th>Soort</th><th>Status</th>"
            "<th>Grondslag</th></tr>"
        )
        for m in milestones:
            cells = (m.label, m.date.isoformat(), m.kind, m.status, m.basis)
            parts.append("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in cells) + "</tr>")
        parts.append("</table>")
    else:
        parts.append("<p>Geen mijlpalen: de eerste ziektedag is nog niet bekend.</p>")
    if answer is not None:
        parts.append("<h2>Laatste antwoord</h2>")
        if question:
            parts.append(f"<p><strong>Vraag:</strong> {escape(question)}</p>")
        parts += [f"<p>{escape(line)}</p>" for line in answer.text.split("\n") if line.strip()]
        if answer.citations:
            parts.append("<h3>Bronnen</h3><ol>")
            for c in answer.citations:
                link = (
                    f" <a href='{escape(c.url, quote=True)}'>{escape(c.url)}</a>" if c.url else ""
                )
                parts.append(
                    f"<li value='{c.n}'>{escape(c.title)} — {escape(c.publisher)}{link}"
                    f"<blockquote>{escape(c.quote)}</blockquote></li>"
                )
            parts.append("</ol>")
    parts.append("</body></html>")
    return "\n".join(parts)
