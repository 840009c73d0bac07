"""Guards on every answer, composed or generated: dates must be backed, quotes must be real.

Layer: answer checking (pure apart from reading chunks back from the store).
- Date guard: every date in the text comes from the calculator, the question or a cited quote.
- Citation guard: every quote occurs verbatim in its stored chunk; every [n] has a citation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date

from spoorwijzer.deadlines import DeadlineReport
from spoorwijzer.language.date_mentions import find_dates
from spoorwijzer.records import Citation
from spoorwijzer.retrieval.store import ChunkStore

_MARKER = re.compile(r"\[(\d+)\]")


def report_dates(report: DeadlineReport) -> set[date]:
    """Every date the calculator produced: milestones, windows and dates inside its notes."""
    dates: set[date] = {report.eerste_ziektedag, report.today}
    texts: list[str] = list(report.notes) + [s.explanation for s in report.counting]
    for step in report.counting:  # the periods as the calculator read them from the user
        dates.update(d for d in (step.period.first_day, step.period.last_day) if d)
    for milestone in report.milestones:
        dates.add(milestone.date)
        dates.update(d for d in (milestone.window_start, milestone.window_end) if d)
        texts.extend(t for t in (milestone.note, milestone.basis) if t)
    for text in texts:
        dates.update(m.day for m in find_dates(text) if m.day is not None)
    return dates


def backed_dates(
    *, report: DeadlineReport | None, question: str, citations: Sequence[Citation]
) -> set[date]:
    """The dates an answer may state."""
    allowed = report_dates(report) if report is not None else set()
    for text in [question, *(c.quote for c in citations)]:
        allowed.update(m.day for m in find_dates(text) if m.day is not None)
    return allowed


def unbacked_dates(text: str, allowed: set[date], allowed_texts: Iterable[str] = ()) -> list[str]:
    """Return every date in `text` that `allowed` does not back (as written in the text).

    A date without a year is backed when an allowed date, or a date written in `allowed_texts`
    (the question, the quotes), has the same day and month; a date that does not exist is
    backed only when one of `allowed_texts` wrote it.
    """
    literal = " ".join(allowed_texts)
    day_months = {(d.month, d.day) for d in allowed} | {
        (m.month, m.day_of_month) for m in find_dates(literal)
    }
    problems = []
    for mention in find_dates(text):
        if not mention.has_year:
            if (mention.month, mention.day_of_month) not in day_months:
                problems.append(mention.text)
        elif mention.day is None:
            if mention.text not in literal:
                problems.append(mention.text)
        elif mention.day not in allowed:
            problems.append(mention.text)
    return problems


def markers_valid(text: str, citations: Sequence[Citation]) -> bool:
    """True when every [n] in the text refers to a citation."""
    numbers = {c.n for c in citations}
    return all(int(n) in numbers for n in _MARKER.findall(text))


def verified_citations(
    citations: Sequence[Citation], store: ChunkStore
) -> tuple[tuple[Citation, ...], tuple[Citation, ...]]:
    """Split citations into (verified, rejected): a quote must occur verbatim in its chunk."""
    chunks = {c.id: " ".join(c.text.split()) for c in store.get([c.chunk_id for c in citations])}
    good, bad = [], []
    for citation in citations:
        text = chunks.get(citation.chunk_id)
        if text is not None and " ".join(citation.quote.split()) in text:
            good.append(citation)
        else:
            bad.append(citation)
    return tuple(good), tuple(bad)


def remove_markers(text: str, numbers: Iterable[int]) -> str:
    """Remove the [n] markers of rejected citations from the text."""
    for number in numbers:
        text = text.replace(f" [{number}]", "").replace(f"[{number}]", "")
    return text


def drop_sentences_with(text: str, fragments: Sequence[str]) -> str:
    """Remove each line or sentence that contains one of the fragments."""
    kept_lines = []
    for line in text.split("\n"):
        sentences = re.split(r"(?<=[.!?])\s+", line)
        kept = [s for s in sentences if not any(f in s for f in fragments)]
        if kept or not line.strip():
            kept_lines.append(" ".join(kept))
    return "\n".join(kept_lines)
