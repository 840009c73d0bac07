"""Read case facts from a Dutch question: sick periods, recovery, relapse, leave, extensions.

Layer: pure. Each date in the text is classified by the words closest before (or just after)
it: "ziek sinds", "eerste ziektedag", "uitgevallen op" start a period; "hersteld per" and
"weer aan het werk vanaf" end one; "opnieuw ziek" starts the next; "verlof van X t/m Y" is
leave. The result feeds the calculator; what cannot be read is reported, never guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from spoorwijzer.deadlines import CaseFacts, Leave, SickPeriod
from spoorwijzer.language.date_mentions import DateMention, find_dates
from spoorwijzer.language.dutch_dates import format_date

# Cue words, checked in the text just before a date (closest cue wins), else just after it.
_CUES: tuple[tuple[str, str], ...] = (
    ("probleemanalyse", r"probleemanalyse"),
    ("eerstejaarsevaluatie", r"eerstejaarsevaluatie|\beje\b"),
    ("uwv_brief", r"brief"),
    ("iva_aanvraag", r"\biva\b"),
    (
        "wia_aangevraagd",
        r"wia[- ]?(?:uitkering\s+)?(?:is\s+|werd\s+|heeft\s+)?aangevraagd|"
        r"aangevraagd",
    ),
    ("aow_datum", r"\baow"),
    ("einde_dienstverband", r"contract|dienstverband|arbeidsovereenkomst|uit dienst"),
    ("leave", r"verlof"),
    (
        "recovery",
        r"hersteld|beter gemeld|weer volledig|weer (?:aan het werk|gewerkt|aan de slag)|"
        r"volledig (?:aan het werk|hersteld)|hervat",
    ),
    ("relapse", r"opnieuw|weer ziek|nogmaals|teruggevallen|terugval"),
    (
        "first_day",
        r"eerste ziektedag|ziek sinds|ziek vanaf|ziekgemeld|ziek gemeld|uitgevallen|"
        r"viel uit|ziek geworden|ziek werd|is ziek|sinds|ziek van|ziek\b",
    ),
)
_RANGE = re.compile(r"^\s*(?:t/m|tot en met|tot|-|–)\s*$", re.IGNORECASE)
_VERLENGING = re.compile(
    r"(?:met\s+(\d{1,3})\s+weken\s+(?:\w+\s+){0,2}?verleng|(\d{1,3})\s+weken\s+"
    r"(?:vrijwillige\s+)?verlenging|verleng\w*\s+met\s+(\d{1,3})\s+weken)",
    re.IGNORECASE,
)
_LOONSANCTIE = re.compile(
    r"loonsanctie\s+van\s+(\d{1,3})\s+weken|(\d{1,3})\s+weken\s+loonsanctie", re.IGNORECASE
)
_OTHER_CAUSE = re.compile(r"andere oorzaak|andere (?:ziekte|klachten)", re.IGNORECASE)
_SAME_CAUSE = re.compile(r"dezelfde oorzaak|zelfde (?:ziekte|klachten)", re.IGNORECASE)
_MONTHS_SICK = re.compile(r"(\d{1,2})\s+maanden\s+ziek", re.IGNORECASE)
_CONTEXT_BEFORE = 70
_CONTEXT_AFTER = 45


@dataclass(frozen=True, slots=True)
class QuestionFacts:
    """What a question says about the case; `problems` explains what could not be used."""

    facts: CaseFacts | None = None
    mentioned_dates: tuple[date, ...] = ()
    problems: tuple[str, ...] = ()
    months_sick: int | None = None


@dataclass
class _Collected:
    starts: list[date] = field(default_factory=list)
    unclassified: list[DateMention] = field(default_factory=list)
    recoveries: list[date] = field(default_factory=list)
    ranges: list[tuple[date, date]] = field(default_factory=list)
    leave: tuple[date, date] | None = None
    optional: dict[str, date] = field(default_factory=dict)


def _cue_for(text: str, mention: DateMention, previous_end: int, next_start: int) -> str | None:
    """The cue nearest to the date within its sentence, before or after it."""
    before = text[max(previous_end, mention.start - _CONTEXT_BEFORE) : mention.start].lower()
    before = re.split(r"[.?!]\s", before)[-1]
    after = text[mention.end : min(next_start, mention.end + _CONTEXT_AFTER)].lower()
    after = re.split(r"[.?!](?:\s|$)|[(;]", after)[0]
    best: tuple[int, str] | None = None
    for name, pattern in _CUES:
        for match in re.finditer(pattern, before):
            distance = len(before) - match.end()
            if best is None or distance < best[0]:
                best = (distance, name)
        for match in re.finditer(pattern, after):
            distance = match.start()
            if best is None or distance < best[0]:
                best = (distance, name)
    return best[1] if best else None


def _is_range(text: str, first: DateMention, second: DateMention) -> bool:
    return bool(_RANGE.match(text[first.end : second.start]))


def read_question_facts(text: str) -> QuestionFacts:
    """Extract the case facts a question states.

    Args:
        text: The question (and earlier turns of the conversation, oldest first).

    Returns:
        Case facts for the calculator when a first sick day is known, else None with the reason.
    """
    mentions = find_dates(text)
    problems = [
        f"De datum '{m.text}' bestaat niet of mist een jaartal." for m in mentions if m.day is None
    ]
    valid = [m for m in mentions if m.day is not None]
    collected = _collect(text, valid)
    months = _MONTHS_SICK.search(text)
    facts, more_problems = _build_facts(text, collected)
    return QuestionFacts(
        facts=facts,
        mentioned_dates=tuple(m.day for m in valid if m.day is not None),
        problems=tuple(problems + more_problems),
        months_sick=int(months.group(1)) if months else None,
    )


def _collect(text: str, mentions: list[DateMention]) -> _Collected:
    collected = _Collected()
    index = 0
    while index < len(mentions):
        mention = mentions[index]
        day = mention.day
        assert day is not None  # filtered by the caller
        previous_end = mentions[index - 1].end if index else 0
        following = mentions[index + 1] if index + 1 < len(mentions) else None
        next_start = following.start if following else len(text)
        cue = _cue_for(text, mention, previous_end, next_start)
        if (
            following is not None
            and following.day is not None
            and _is_range(text, mention, following)
        ):
            if cue == "leave":
                collected.leave = (day, following.day)
            else:
                collected.ranges.append((day, following.day))
            index += 2
            continue
        if cue is None:
            collected.unclassified.append(mention)
        else:
            _classify(collected, cue, day)
        index += 1
    if not collected.starts and not collected.ranges:
        # A lone dated mention without cue words ("Per 6 januari 2025: ...") is the first day.
        dated = [m for m in collected.unclassified if m.has_year and m.day is not None]
        if len(dated) == 1 and dated[0].day is not None:
            collected.starts.append(dated[0].day)
    return collected


def _classify(collected: _Collected, cue: str, day: date) -> None:
    if cue in ("first_day", "relapse"):
        collected.starts.append(day)
    elif cue == "recovery":
        collected.recoveries.append(day)
    elif cue != "leave":
        collected.optional.setdefault(cue, day)


def _build_facts(text: str, collected: _Collected) -> tuple[CaseFacts | None, list[str]]:
    periods = _periods(collected)
    if not periods:
        return None, []
    leave = None
    if collected.leave is not None:
        same = not _OTHER_CAUSE.search(text) or bool(_SAME_CAUSE.search(text))
        leave = Leave(collected.leave[0], collected.leave[1], same_cause=same)
        periods = _close_before_leave(periods, leave)
    verlenging = _VERLENGING.search(text)
    sanctie = _LOONSANCTIE.search(text)
    facts = CaseFacts(
        periods=tuple(periods),
        leave=leave,
        verlenging_weken=int(next(g for g in verlenging.groups() if g)) if verlenging else 0,
        loonsanctie_weken=int(next(g for g in sanctie.groups() if g)) if sanctie else 0,
        **collected.optional,
    )
    return facts, []


def _periods(collected: _Collected) -> list[SickPeriod]:
    explicit = [SickPeriod(start, end) for start, end in collected.ranges]
    starts = sorted(set(collected.starts) - {p.first_day for p in explicit})
    periods: list[SickPeriod] = sorted(explicit, key=lambda p: p.first_day)
    for start in starts:
        if any(p.first_day <= start <= (p.last_day or start) for p in explicit):
            continue
        periods.append(SickPeriod(start))
    periods.sort(key=lambda p: p.first_day)
    closed: list[SickPeriod] = []
    for index, period in enumerate(periods):
        next_start = periods[index + 1].first_day if index + 1 < len(periods) else None
        end = period.last_day
        if end is None:
            recovery = next(
                (
                    r
                    for r in sorted(collected.recoveries)
                    if r > period.first_day and (next_start is None or r <= next_start)
                ),
                None,
            )
            end = recovery - timedelta(days=1) if recovery is not None else None
        closed.append(SickPeriod(period.first_day, end))
    return closed


def _close_before_leave(periods: list[SickPeriod], leave: Leave) -> list[SickPeriod]:
    """An open period that runs into the leave ends the day before the leave starts."""
    result = []
    for period in periods:
        if (
            period.last_day is None
            and period.first_day < leave.first_day
            and any(p.first_day > leave.last_day for p in periods)
        ):
            result.append(SickPeriod(period.first_day, leave.first_day - timedelta(days=1)))
        else:
            result.append(period)
    return result


def describe_periods(facts: CaseFacts) -> str:
    """Return the periods as Dutch text, e.g. for 'Berekend uit ...'."""
    parts = []
    for period in facts.periods:
        if period.last_day is None:
            parts.append(f"ziek vanaf {format_date(period.first_day)}")
        else:
            parts.append(
                f"ziek van {format_date(period.first_day)} t/m {format_date(period.last_day)}"
            )
    return "; ".join(parts)
