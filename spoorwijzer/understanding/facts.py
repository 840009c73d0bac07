"""Read case facts from a Dutch question: sick periods, recovery, relapse, leave, extensions.

Layer: understanding (pure). Each date in the text — written in full, without a year, or vague
and relative ("begin februari", "sinds drie weken", "al 10 maanden thuis", resolved against
today by `spoorwijzer.language.relative_dates`) — is classified by the words closest before (or
just after) it: "ziek sinds", "eerste ziektedag", "uitgevallen op" start a period; "hersteld per"
and "weer aan het werk vanaf" end one; "opnieuw ziek" starts the next; "verlof van X t/m Y" is
leave. The result feeds the calculator; what is approximate is named as an assumption, and what
cannot be read is reported, never guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from dataclasses import replace as dataclass_replace
from datetime import date, timedelta
from typing import Any

from spoorwijzer.deadlines import CaseFacts, Leave, SickPeriod
from spoorwijzer.language.date_mentions import DateMention, find_dates
from spoorwijzer.language.dutch_dates import WEEKDAYS, format_date
from spoorwijzer.language.relative_dates import (
    NUMBER_PATTERN,
    duration_days,
    find_vague_dates,
    mention_day,
    resolve_year,
    says_last_year,
    story_date,
    written_weekday,
)
from spoorwijzer.language.sentences import sentence_at

# Cue words, checked in the text just before a date (closest cue wins), else just after it.
_CUES: tuple[tuple[str, str], ...] = (
    # A deadline or plan the user names ("EJE moet uiterlijk op 4 januari") is no fact.
    ("deadline", r"uiterlijk(?:\s+op)?|deadline\s+(?:is|op|van)\b|(?:staat\s+)?(?:in)?gepland"),
    ("probleemanalyse", r"probleemanalyse"),
    ("eerstejaarsevaluatie", r"eerstejaarsevaluatie|\beje\b"),
    ("uwv_brief", r"brief"),
    ("iva_aanvraag", r"\biva\b"),
    (
        "wia_aangevraagd",
        r"wia[- ]?(?:uitkering\s+)?(?:is\s+|werd\s+|heeft\s+)?aangevraagd|"
        r"aangevraagd",
    ),
    ("aow_datum", r"\baow|^\s*6[5-9]\b(?!\s*(?:uur|%|procent|weken|dagen))"),  # "wordt op … 67"
    (
        "einde_dienstverband",
        r"contract|dienstverband|arbeidsovereenkomst|uit dienst|(?:liep|loopt)\s+af(?:\s+op)?",
    ),
    ("leave", r"(?<!ziekte)verlof"),  # "het ziekteverlof begon op …" is sick leave
    # "was ziek tot en met zondag 12 april", "Ziek t/m zo 18-10": the last sick day
    ("last_sick_day", r"\bziek\s+(?:geweest\s+)?(?:t/m|tm|tot en met)\s+(?:\w{2,3}\.?\s+)?$"),
    (
        "recovery",
        r"hersteld|beter gemeld|beter (?:per|vanaf|sinds|op)\b|weer beter|weer volledig|"
        r"weer (?:aan het werk|gewerkt|aan de slag)|"
        r"volledig (?:aan het werk|hersteld)|hervat|\bherstel\b|\bhm\b:?\s*$|"
        r"\bback\s+(?:full[- ]?time\s+|at work\s+|to work\s+)?(?:from|on|since)?\s*$|"
        r"recovered|fit again",
    ),
    (
        "relapse",
        r"opnieuw|weer ziek|nogmaals|teruggevallen|terugval|weer klachten|weer uitgevallen|"
        r"(?:sick|ill) again|"
        r"(?:lag|ligt)\s+(?:hij|ie|ze|zij)?\s*(?:er\s+)?weer\s+uit\b|\bweer\s+eruit\b",
    ),
    (
        "first_day",
        r"(?:eerste|1e) (?:ziekte|verzuim)?dag|\bezd\b|\b1e\s+zd\b|ziek sinds|ziek vanaf|"
        r"ziekgemeld|ziek gemeld|uitgevallen|\bzm\b:?\s*$|"
        r"viel uit|ziek geworden|ziek werd|is ziek|sinds(?!dien)|ziek van|ziek\b|thuis|"
        r"uit de running|"
        r"(?:lag|ligt)\s+(?:hij|ie|ze|zij)?\s*(?:er\s*)?uit\b|"
        r"in de ziektewet|arbeidsongeschikt|ziekmelding|uit de roulatie|"
        r"\bao\s+(?:sinds|vanaf|per|sedert)\b|\b(?:wn|werknemer)\s+ao\b(?!-)|"
        r"\bzit\s+(?:nu\s+|al\s+|inmiddels\s+|bijna\s+)?$|"
        r"sick (?:from|since)|off sick|out sick|ill since|(?:fell|got|became) (?:ill|sick)|"
        r"(?:reported|called in|phoned in|went home|went off)\s+sick(?:\s+on)?|"
        r"\b(?:ziekte|verzuim)?periode\s*\d{0,2}:?\s*(?:vanaf|sinds|per)?\s*$",  # a dossier list
    ),
)
_RANGE = re.compile(r"^\s*(?:t/m|tm|tot en met|tot|-|–|until|till|through)\s*$", re.IGNORECASE)
_AMOUNT = rf"({NUMBER_PATTERN}|een half|anderhalf)\s+(weken|week|maanden|maand|jaar)"
_VERLENGING = re.compile(
    rf"met\s+{_AMOUNT}\s+(?:\w+\s+){{0,2}}?verleng|{_AMOUNT}\s+(?:vrijwillige\s+|extra\s+)?"
    rf"verlenging|{_AMOUNT}\s+(?:\w+\s+)?verlengen\b|verleng\w*\s+(?:\w+\s+){{0,3}}?met\s+(?:nog\s+)?{_AMOUNT}|"
    rf"verlenging\s+(?:\w+\s+){{0,3}}?(?:van|met)\s+(?:nog\s+)?{_AMOUNT}",
    re.IGNORECASE,
)
_LOONSANCTIE = re.compile(
    rf"loonsanctie\s+(?:\w+\s+){{0,3}}?(?:van|voor)\s+{_AMOUNT}|{_AMOUNT}\s+(?:\w+\s+)?"
    rf"loonsanctie",
    re.IGNORECASE,
)
_SANCTION_WORDS = re.compile(
    r"loonsanctie|sanctie|onvoldoende|re-?integratie-?inspanningen|tekortkoming", re.IGNORECASE
)
_OTHER_CAUSE = re.compile(r"andere oorzaak|andere (?:ziekte|klachten)", re.IGNORECASE)
_SAME_CAUSE = re.compile(r"dezelfde oorzaak|zelfde (?:ziekte|klachten)", re.IGNORECASE)
_MONTHS_SICK = re.compile(r"(\d{1,2})\s+maanden\s+ziek", re.IGNORECASE)
_CONTEXT_BEFORE = 70
_CONTEXT_AFTER = 45


_AHEAD_CUES = frozenset({"einde_dienstverband", "aow_datum"})
_HEDGE_BEFORE = 80  # characters before and after a first day's mention where a hedge counts
_HEDGE_AFTER = 40
_APPROXIMATE_WORDS = re.compile(
    r"ongeveer|\brond\b|circa|\bca\.|\bzo'?n\b|weet .{0,30}niet precies|"
    r"precieze datum|exacte datum|ergens",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Assumption:
    """A date read from vague words; the answer names it and asks for the exact day."""

    cue: str  # "first_day", "recovery", "einde_dienstverband", ...
    day: date
    phrase: str  # the user's own words, e.g. "begin februari"


@dataclass(frozen=True, slots=True)
class QuestionFacts:
    """What a question says about the case; `problems` explains what could not be used."""

    facts: CaseFacts | None = None
    mentioned_dates: tuple[date, ...] = ()
    problems: tuple[str, ...] = ()
    months_sick: int | None = None
    assumptions: tuple[Assumption, ...] = ()
    dated_cues: tuple[tuple[str, date], ...] = ()
    verlenging_weken: int = 0  # read with or without a sick day ("loonsanctie van 52 weken")
    loonsanctie_weken: int = 0

    @property
    def first_day_exact(self) -> bool:
        """False when a sick period's start was read from vague words ("3 weken terug")."""
        return not self.start_phrase

    @property
    def start_phrase(self) -> str:
        """The vague words a sick period's start was read from ("" when all are exact)."""
        return next((a.phrase for a in self.assumptions if a.cue in _START_OF_PERIOD), "")


_START_OF_PERIOD = ("first_day", "relapse")


@dataclass
class _Collected:
    starts: list[date] = field(default_factory=list)
    unclassified: list[DateMention] = field(default_factory=list)
    recoveries: list[date] = field(default_factory=list)
    ranges: list[tuple[date, date]] = field(default_factory=list)
    leave: tuple[date, date] | None = None
    optional: dict[str, date] = field(default_factory=dict)
    cued: list[tuple[str, date]] = field(default_factory=list)
    implied: list[date] = field(default_factory=list)  # the day after a range worked


_WORKED_FROM = re.compile(
    r"^\s*(?:(?:gewoon|weer|volledig|normaal|alles)\s+){0,2}(?:gewerkt|aan het werk|hersteld|"
    r"beter gemeld|hervat)\b"
)
_CAME_BACK_BEFORE = re.compile(r"\bkwam\s+(?:(?:maan|dins|woens|donder|vrij|zater|zon)dag\s+)?$")
_CAME_BACK_AFTER = re.compile(r"^\s*(?:\w+\s+){0,2}?(?:terug|weer\s+(?:aan\s+het\s+)?werken?)\b")
_PARTIAL_WORK = re.compile(
    r"^\s*(?:\w+\s+){0,1}?(?:werkt|werken|draait|doet)\s+(?:ze|hij|zij)?\s*(?:weer\s+)?"
    r"(?:halve dagen|\d+\s*(?:uur|%)|parttime|gedeeltelijk|deels|aangepast|therapeutisch|op "
    r"arbeidstherapeutische)"
)
# "werkt sinds 1 oktober weer …": work named before the date.
_WORKS_SINCE = re.compile(
    r"\b(?:werkt|werken|draait|doet)\s+(?:ze|hij|zij)?\s*(?:sinds|vanaf|per)\s+$"
)
# "werkt sinds 1 oktober weer": back at work. Only when nothing else follows in the sentence
# ("weer niet", "weer voor 50%", "weer, maar slechts 2 uur per dag" are no recovery).
_BACK_AT_WORK = re.compile(
    r"^\s*(?:gewoon\s+)?weer(?:\s+(?:gewoon\s+)?(?:volledig|fulltime|full-time|helemaal|normaal|"
    r"al (?:zijn|haar) uren))?\s*(?:[.!?]|$)",
    re.IGNORECASE,
)
# "… en heeft op 20 april het werk wederom gestaakt": a verb after "en" opens a clause too
_NEW_CLAUSE = re.compile(
    r"\s(?:en|maar|daarna|waarna)\s(?=(?:\w+\s)?(?:zich|hij|ze|zij|ie)\s|(?:heeft|had|is|was)\s)"
)
_LEAD_IN = re.compile(
    r"\b(?:(?:is|was|ziek|weer|opnieuw)\s+)*(?:sinds|vanaf|per|op)\s+(?:\w+dag\s+)?$"
)


def _work_told(before: str, after: str, rest: str = "") -> str | None:
    """Work told around a date: "recovery", "" (partial work: no cue at all) or None.

    "Sinds 11 april gewoon gewerkt" and "kwam maandag 19 oktober terug" end a sick period (not
    "kwam 14 april op spreekuur"); "Sinds 2 november werkt ze halve dagen aangepast" starts none.
    """
    if _WORKED_FROM.match(after) or (
        _CAME_BACK_BEFORE.search(before) and _CAME_BACK_AFTER.match(after)
    ):
        return "recovery"
    if _PARTIAL_WORK.match(after):
        return ""
    if _WORKS_SINCE.search(before):
        # "werkt sinds 1 oktober weer.": back at work, the period ended; "… weer 3 ochtenden",
        # "… weer voor 50%", "… weer niet": work told, no new period
        back = _BACK_AT_WORK.match(re.split(r"(?<=[.!?])\s", rest)[0])
        return "recovery" if back else ""
    return None


def _cue_for(text: str, mention: DateMention, previous_end: int, next_start: int) -> str | None:
    """The cue nearest to the date within its sentence, before or after it."""
    before = text[max(previous_end, mention.start - _CONTEXT_BEFORE) : mention.start].lower()
    before = re.split(r"[.?!;]\s|,\s|\(", before)[-1]
    # "… weer volledig mee en meldde zich zondag 30 augustus …": a new clause, its own cue
    before = _NEW_CLAUSE.split(before)[-1]
    after = text[mention.end : min(next_start, mention.end + _CONTEXT_AFTER)].lower()
    if next_start <= mention.end + _CONTEXT_AFTER:  # "contract t/m 31 januari is sinds 9 nov"
        after = _LEAD_IN.sub("", after)  # the next date's own cue is not this one's
    after = re.split(r"[.?!](?:\s|$)|[();,]", after)[0]
    if mention.text.rstrip().endswith((".", "?", "!")):
        after = ""  # the date ends its sentence: the next sentence's words are not its cue
    told = _work_told(before, after, text[mention.end : mention.end + _CONTEXT_AFTER])
    if told is not None:
        return told or None
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
    if best is None:  # "krijgt dan AOW, op 1 juni 2028": a looking-ahead cue across a comma
        sentence = re.split(r"[.?!]\s", text[max(previous_end, mention.start - 40) : mention.start])
        for name, pattern in _CUES:
            if name in _AHEAD_CUES and re.search(
                rf"(?:{pattern})\W*,\s*(?:op|per)?\s*$", sentence[-1].lower()
            ):
                return name
    return best[1] if best else None


_WORK_RANGE = re.compile(
    r"tussendoor|tussentijds|gewerkt|hersteld|beter (?:geweest|gemeld)|aan het werk|hervat",
    re.IGNORECASE,
)
_WORK_RANGE_CONTEXT = 40  # characters before and after a range where its work words stand


def _is_work_range(text: str, first: DateMention, second: DateMention) -> bool:
    """True for a range the employee worked ("tussendoor van 1 t/m 14 juni gewerkt")."""
    before = re.split(r"[.?!,;]\s", text[max(0, first.start - _WORK_RANGE_CONTEXT) : first.start])
    # "… t/m twaalf april toen heeft hij een dag gewerkt": the work comes after the range
    after = re.split(
        r"[.?!,;]|\b(?:toen|daarna|daarop|vervolgens|maar|en|sindsdien)\b",
        text[second.end : second.end + _WORK_RANGE_CONTEXT],
    )
    if second.text.rstrip().endswith((".", "?", "!")):
        after = [""]  # "… t/m 10 april. Sinds 11 april gewerkt": the next sentence's words
    return bool(_WORK_RANGE.search(before[-1]) or _WORK_RANGE.search(after[0]))


# Verbs that still say what a date is when a clause stands between them ("maar gisteren,
# maandag 30 november, precies vier weken later, heeft hij zich weer ziek gemeld").
_LATER_CUES: tuple[tuple[str, re.Pattern[str]], ...] = (
    # "heeft op 20 april wegens ziekte het werk wederom gestaakt"
    (
        "relapse",
        re.compile(
            r"\b(?:weer|opnieuw|wederom)\s+(?:ziek|uitgevallen|gestaakt|neergelegd|"
            r"arbeidsongeschikt)",
            re.I,
        ),
    ),
    ("recovery", re.compile(r"\b(?:hersteld|beter)\s+gemeld|\bhervat", re.I)),
    ("first_day", re.compile(r"\bziek\s?gemeld|\buitgevallen|\bziek geworden", re.I)),
)


def _cue_later_in_sentence(text: str, mention: DateMention, next_start: int) -> str | None:
    """A start or end verb later in the date's sentence, with no other date in between."""
    rest = re.split(r"[.?!](?:\s|$)", text[mention.end : next_start])[0]
    if len(re.split(r"[.?!](?:\s|$)", text[mention.end :])[0]) > len(rest):
        return None  # another date stands in the same sentence after this one
    for name, pattern in _LATER_CUES:
        if pattern.search(rest):
            return name
    return None


def _is_range(text: str, first: DateMention, second: DateMention) -> bool:
    return bool(_RANGE.match(text[first.end : second.start]))


def read_question_facts(text: str, today: date | None = None) -> QuestionFacts:
    """Extract the case facts a question states.

    Args:
        text: The question (and earlier turns of the conversation, oldest first).
        today: The reference date for dates without a year and relative dates; without it
            those are reported as missing a year.

    Returns:
        Case facts for the calculator when a first sick day is known, else None with the reason.
    """
    mentions, problems, assumptions = _mentions(text, today)
    collected = _collect(text, mentions)
    _only_the_person_asked(text, mentions, collected)
    vague_days = {m.day for m in mentions if _is_vague(m) and m.day is not None}
    _exact_for_vague_start(collected, vague_days, today)
    _drop_vague_starts_near_exact(collected, vague_days)
    months = _MONTHS_SICK.search(text)
    verlenging = _weeks(extension := _VERLENGING.search(text))
    loonsanctie = _weeks(_LOONSANCTIE.search(text))
    if extension and _SANCTION_WORDS.search(sentence_at(text, extension.start())):
        # "UWV heeft vastgesteld dat de inspanningen onvoldoende zijn; de wachttijd wordt verlengd
        # met 52 weken": a loonsanctie, not a verlenging the parties chose
        loonsanctie, verlenging = loonsanctie or verlenging, 0
    facts, more_problems = _build_facts(text, collected, verlenging, loonsanctie)
    approximate_days = {m.day: m.text.lstrip(_VAGUE_MARK) for m in mentions if _is_vague(m)}
    read = [
        Assumption(cue, day, approximate_days[day])
        for cue, day in collected.cued
        if day in approximate_days
    ]
    # "ongeveer 12 januari", "ik weet de precieze datum niet. Het was 3 maart": hedged near the
    # first day's mention (not "zo'n traject" at the end of a long message)
    first_told = (
        []
        if facts is None
        else [_told_around(text, m) for m in mentions if m.day == facts.periods[0].first_day]
    )
    if facts is not None and any(_APPROXIMATE_WORDS.search(told) for told in first_told):
        first = facts.periods[0].first_day
        if not any(a.cue == "first_day" for a in read):
            read.append(Assumption("first_day", first, format_date(first)))
    return QuestionFacts(
        facts=facts,
        mentioned_dates=tuple(m.day for m in mentions if m.day is not None),
        problems=tuple(problems + more_problems),
        months_sick=int(months.group(1)) if months else None,
        assumptions=tuple(dict.fromkeys([*assumptions, *read])),
        # "de EJE is dus in maart": a month is no date an event was held on
        dated_cues=tuple(
            (cue, day)
            for cue, day in collected.cued
            if not (cue in _HELD_EVENTS and day in vague_days)
        ),
        verlenging_weken=verlenging,
        loonsanctie_weken=loonsanctie,
    )


_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z]|\s*$)")  # not the dot of "14 sept. ongeveer"


def _told_around(text: str, mention: DateMention) -> str:
    """The words near a date that may hedge it: a stretch before, the rest of its sentence after.

    "… was woensdag 23 september. En wat hoort er in zo'n probleemanalyse?" hedges nothing.
    """
    before = text[max(0, mention.start - _HEDGE_BEFORE) : mention.end]
    after = text[mention.end : mention.end + _HEDGE_AFTER]
    if mention.text[-1:] in ".!?" and _SENTENCE_END.match(f".{after}"):
        return before
    return before + _SENTENCE_END.split(after, 1)[0]


_HELD_EVENTS = frozenset({"probleemanalyse", "eerstejaarsevaluatie", "uwv_brief"})
_VAGUE_MARK = "\u2248"  # marks a mention read from vague words (never shown to users)


def _is_vague(mention: DateMention) -> bool:
    return mention.text.startswith(_VAGUE_MARK)


def _mentions(
    text: str, today: date | None
) -> tuple[list[DateMention], list[str], list[Assumption]]:
    """Full, yearless and vague dates as one list of mentions in reading order."""
    written = find_dates(text, day_ranges=True)
    problems: list[str] = []
    mentions: list[DateMention] = []
    near = story_date(text, today) if today is not None else None
    for index in range(len(written)):
        mention = _in_story_order(
            written, index, _without_borrowed_future(text, written, index, today), today
        )
        if mention.day is not None:
            mentions.append(_since_now(text, written, mention, today))
            continue
        has_years = any(m.has_year for m in written)
        if today is None or mention.has_year or has_years:
            problems.append(f"De datum '{mention.text}' bestaat niet of mist een jaartal.")
            continue
        previous_end = written[index - 1].end if index else 0
        following = written[index + 1].start if index + 1 < len(written) else len(text)
        cue = _cue_for(text, mention, previous_end, following)
        day = resolve_year(
            mention.month,
            mention.day_of_month,
            today,
            last_year=says_last_year(text[max(0, mention.start - 40) : mention.end + 25]),
            near=near,
            ahead=cue in _AHEAD_CUES,
            weekday=written_weekday(mention.text),
        )
        if day is None:
            problems.append(f"De datum '{mention.text}' bestaat niet.")
            continue
        mentions.append(replace_day(mention, day))
    if today is not None:
        for vague in find_vague_dates(text, today):
            if any(vague.start < m.end and vague.end > m.start for m in written):
                continue
            label = vague.text if vague.exact else _VAGUE_MARK + vague.text
            mentions.append(DateMention(vague.day, vague.start, vague.end, label))
    mentions.sort(key=lambda m: m.start)
    return [m for m in mentions if not denies(text, m)], problems, []


# "ze werd op 5 mei weer ziek, niet op 20 april": the denied date is no fact of the case.
_DENIED = re.compile(r"(?:\bniet|in plaats van|i\.p\.v\.)\s+(?:op|per|vanaf|sinds|de)?\s*$", re.I)


def denied_days(text: str, today: date) -> set[date]:
    """The dates a message says are not the ones ("niet op 20 april")."""
    days: set[date] = set()
    for mention in find_dates(text, day_ranges=True):
        if not denies(text, mention):
            continue
        day = mention_day(mention, today)
        if day is not None:
            days.add(day)
    return days


def denies(text: str, mention: DateMention) -> bool:
    """True for a date the text says is not the one ("niet 2 maart", "in plaats van 3 mei")."""
    return bool(_DENIED.search(text[max(0, mention.start - 20) : mention.start]))


_START_CUES = frozenset({"first_day", "relapse", "recovery", "last_sick_day"})


def _without_borrowed_future(
    text: str, written: list[DateMention], index: int, today: date | None
) -> DateMention:
    """The mention, its year taken from today when a yearless start borrowed a future one.

    "2 december ziek geworden, … afloopt op 2 december 2028": a sick day lies in the past, so
    the first date is the last 2 december, not one in 2028.
    """
    mention = written[index]
    if today is None or mention.has_year or mention.day is None or mention.day <= today:
        return mention
    previous_end = written[index - 1].end if index else 0
    following = written[index + 1].start if index + 1 < len(written) else len(text)
    if _cue_for(text, mention, previous_end, following) not in _START_CUES:
        return mention
    day = resolve_year(
        mention.month, mention.day_of_month, today, weekday=written_weekday(mention.text)
    )
    return replace_day(mention, day) if day is not None else mention


def _in_story_order(
    written: list[DateMention], index: int, mention: DateMention, today: date | None
) -> DateMention:
    """A yearless date told after a dated one, a year later when its borrowed year puts it first.

    "ziek sinds 1 okt. 2025, hersteld 1 maart, weer ziek 15 maart": the story runs forward, so
    1 maart is in 2026 (unless that lies after today).
    """
    if today is None or mention.has_year or mention.day is None or index == 0:
        return mention
    if any(m.has_year for m in written[index + 1 :]):
        return mention  # its year came from a date after it
    earlier = [m.day for m in written[:index] if m.day is not None]
    if not earlier or mention.day >= max(earlier):
        return mention
    try:
        later = mention.day.replace(year=mention.day.year + 1)
    except ValueError:
        return mention  # 29 February
    return replace_day(mention, later) if max(earlier) <= later <= today else mention


_SINCE = re.compile(r"\bsinds\s+(?:\w+dag\s+)?$", re.IGNORECASE)
_NOW = re.compile(r"\b(?:nu|inmiddels|momenteel|dit jaar)\b", re.IGNORECASE)


def _since_now(
    text: str, written: list[DateMention], mention: DateMention, today: date | None
) -> DateMention:
    """A yearless "sinds 19 oktober" runs up to today: its year is the most recent one.

    The year a yearless date borrows from a dated mention in another sentence ("Vorig jaar was
    hij ziek tot 10 juni 2025. … Nu is hij sinds 19 oktober weer ziek") is not its own.
    """
    if today is None or mention.has_year or not _SINCE.search(text[: mention.start]):
        return mention
    sentence = sentence_at(text, mention.start)
    if any(m.has_year and sentence_at(text, m.start) == sentence for m in written):
        return mention
    before = text[: text.find(sentence)]
    if not (_NOW.search(sentence) or says_last_year(before)):  # "Nu is hij sinds …"
        return mention
    day = resolve_year(
        mention.month, mention.day_of_month, today, weekday=written_weekday(mention.text)
    )
    return replace_day(mention, day) if day is not None else mention


def replace_day(mention: DateMention, day: date) -> DateMention:
    """The mention with its year resolved."""
    return DateMention(
        day, mention.start, mention.end, mention.text, True, mention.month, mention.day_of_month
    )


# A date corrected in the same message: "3 maart, nee wacht, het was 4 maart", "12 mei, sorry
# ik bedoel 13 mei", "5 jan (of was het 6 jan? nee 6 jan klopt)".
# Words that take back what was just said, in this message or in an answer to an earlier one.
CORRECTION_WORDS = r"nee|neen|sorry|correctie|oeps|pardon|foutje|excuus"
_SELF_CORRECTION = re.compile(
    rf"^[^.!]{{0,40}}?\b(?:{CORRECTION_WORDS}|ik bedoel|bedoelde|"
    r"het was|moet zijn|of was het)\b[^.!]{0,45}$",  # "nee wacht, ik kijk even in het rooster:"
    re.IGNORECASE,
)
# "ziek — nee, excuus, ik zie in de agenda dat zij die maandag nog heeft gewerkt en dat de
# ziekmelding op …": an apology, then the reason, then the day that counts
_CORRECTED_AT_LENGTH = re.compile(
    rf"^[^!?]{{0,12}}?\b(?:{CORRECTION_WORDS})\b(?!\s+(?:voor|dat)\b)[^.!?]{{0,140}}\b(?:ziek\s?melding|ziek\s?gemeld|"
    r"eerste\s+ziektedag|uitgevallen|ziek geworden)\b[^.!?]{0,20}$",
    re.IGNORECASE,
)
# "ziek sinds 14 september, nee wacht, dat is de dag van de melding. Eerste ziektedag was 10
# september": taken back, and the next sentence names the first sick day itself.
_CORRECTED_IN_NEXT_SENTENCE = re.compile(
    r"^[^.!?]{0,40}?\b(?:nee,?\s+wacht|wacht\s+even|klopt\s+niet|verkeerd|foutje|correctie|"
    r"ik bedoel|bedoelde|dat (?:is|was) (?:de (?:dag|datum) van )?de (?:ziek)?melding)\b"
    r"[^.!?]{0,80}[.!]\s*"
    r"(?:de\s+|haar\s+|zijn\s+)?(?:echte\s+)?(?:eerste\s+ziektedag|ezd|1e\s+ziektedag)\b"
    # not "Eerste ziektedag van de nieuwe periode / na zijn herstel / van zijn collega"
    r"(?![^.!?]{0,30}\b(?:nieuwe|tweede|volgende|herstel|collega|van\s+[A-Z]))"
    r"[^.!?]{0,30}$",
    re.IGNORECASE,
)


# A person named before a first sick day: "Jan is ziek sinds 3 maart en Piet sinds 10 mei".
_NAME = re.compile(r"\b([A-Z][a-zé]{2,})\b")
_NOT_A_NAME = frozenset(
    [
        "Ik",
        "Mijn",
        "Onze",
        "Ons",
        "Hij",
        "Zij",
        "Ze",
        "Zijn",
        "Haar",
        "Het",
        "Een",
        "Sinds",
        "Ziek",
        "Vanaf",
        "Per",
        "Maar",
        "Dus",
        "Wij",
        "We",
        "Die",
        "Dat",
        "Deze",
        "Dit",
        "Wat",
        "Wanneer",
        "Hoe",
        "Moet",
        "Mag",
        "Kan",
        "Graag",
        "Vraag",
        "Hallo",
        "Hoi",
        "Goedemorgen",
        "Goedemiddag",
        "Beste",
        "Werknemer",
        "Medewerker",
        "Medewerkster",
        "Collega",
        "Klant",
        "Cliënt",
        "Casus",
        "Dossier",
        "Eerste",
        "Tweede",
        "Tegen",
        "Ook",
        "Nog",
        "Verder",
        "Daarna",
        "Toen",
        "Nu",
        "Vandaag",
        "Gisteren",
        "Bij",
        "Voor",
        "Na",
        "Van",
        "Met",
        "Uit",
        "Als",
    ]
    + [day.capitalize() for day in WEEKDAYS]
)


def _person_before(text: str, mention: DateMention) -> str | None:
    """The name that opens the clause of a date ("…, en zijn collega Ans sinds 15 september")."""
    clause = re.split(r"[.?!;,]|\ben\b", text[: mention.start])[-1]
    names = [n for n in _NAME.findall(clause) if n not in _NOT_A_NAME]
    return names[0] if names else None


def _only_the_person_asked(text: str, mentions: list[DateMention], collected: _Collected) -> None:
    """Two employees, each with a first sick day: keep the one the question names.

    "Jan is ziek sinds 3 maart en Piet sinds 10 mei. Wanneer moet voor Piet de 42e melding?"
    tells two cases, not a relapse. Without a name in the question nothing changes.
    """
    if len(collected.starts) < 2 or collected.recoveries or collected.ranges:
        return
    people = {}
    for mention in mentions:
        if mention.day in collected.starts and (person := _person_before(text, mention)):
            people[mention.day] = person
    if len(set(people.values())) < 2 or len(people) != len(collected.starts):
        return
    asked = " ".join(q for q in re.findall(r"[^.?!]*\?", text))
    named = {day for day, person in people.items() if re.search(rf"\b{person}\b", asked)}
    if len(named) == 1:
        collected.starts = [d for d in collected.starts if d in named]
        collected.cued = [(c, d) for c, d in collected.cued if c != "first_day" or d in named]


def _takes_back(between: str) -> bool:
    """True when the words between two days take the first back ("nee wacht, … 10 november")."""
    between = between.replace("...", ",").replace("\u2026", ",")  # "ik kijk even in de app..."
    return bool(
        _SELF_CORRECTION.search(between)
        or _CORRECTED_IN_NEXT_SENTENCE.search(between)
        or _CORRECTED_AT_LENGTH.search(between)
    )


def _drop_implied_starts(collected: _Collected) -> None:
    """The day after a range worked is no start when the text names one within that week.

    "van 2 t/m vrijdag 20 februari gewerkt, sinds maandag 23 februari weer uitgevallen": the
    new start is the Monday told, not the Saturday after the range.
    """
    for implied in collected.implied:
        if any(implied < d <= implied + timedelta(days=6) for d in collected.starts):
            collected.starts.remove(implied)


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
            and following.day >= day  # "28 t/m 3 juni" names no range of one month
            and _is_range(text, mention, following)
        ):
            if cue == "leave":
                collected.leave = (day, following.day)
            elif cue == "recovery" or _is_work_range(text, mention, following):
                # "tussendoor van 1 t/m 14 juni gewerkt": sick until the day before, and again
                # from the day after (unless the text names that day itself).
                collected.recoveries.append(day)
                collected.starts.append(following.day + timedelta(days=1))
                collected.implied.append(following.day + timedelta(days=1))
                collected.cued.append(("recovery", day))
            else:
                collected.ranges.append((day, following.day))
            index += 2
            continue
        previous = mentions[index - 1].day if index else None
        if (
            previous is not None
            and collected.starts
            and collected.starts[-1] == previous
            and cue in (None, "first_day", "relapse")
            and _takes_back(text[previous_end : mention.start])
        ):  # "ziek sinds 3 maart, nee wacht, het was 4 maart": the later day replaces it
            collected.starts[-1] = day
            collected.cued = [
                (c, day if d == previous and c in ("first_day", "relapse") else d)
                for c, d in collected.cued
            ]
            index += 1
            continue
        if cue is None:
            cue = _cue_later_in_sentence(text, mention, next_start)
        if cue == "last_sick_day":  # sick up to and including the day: back the day after
            cue, day = "recovery", day + timedelta(days=1)
        if cue is None:
            collected.unclassified.append(mention)
        else:
            _classify(collected, cue, day)
            collected.cued.append((cue, day))
        index += 1
    _drop_implied_starts(collected)
    if not collected.starts and not collected.ranges:
        # A lone dated day without cue words ("Per 6 januari 2025: ...") is the first day.
        dated = [
            m
            for m in collected.unclassified
            if m.has_year
            and m.day is not None
            and not (_is_vague(m) and not _SICKNESS.search(sentence_at(text, m.start)))
        ]
        # "tweede paasdag … op de maandag na Pasen belde hij": one day named twice
        if len({m.day for m in dated}) == 1 and dated[0].day is not None:
            collected.starts.append(dated[0].day)
            collected.cued.append(("first_day", dated[0].day))
    return collected


# A vague month ("in juni") is a first sick day only in a sentence about sickness.
_SICKNESS = re.compile(
    r"\bziek|uitgevallen|\buitval|verzuim|arbeidsongeschikt|\bthuis\b|burn-?out|overspannen|"
    r"\b(?:fell|got|became) (?:ill|sick)\b|"
    r"uit de (?:roulatie|running)|\bao\s+(?:sinds|vanaf|per)\b|niet kan werken|"
    r"\bzit\s+(?:nu\s+)?op\s+\d+\s+weken",
    re.I,
)
# "sinds 2 weken, vanaf dinsdag 17 november": the exact day wins; for a long duration ("al bijna
# twee jaar … 20 januari vorig jaar") the window grows with it (an eighth of the time ago).
EXACT_FOR_VAGUE_DAYS = 31


def _exact_for_vague_start(collected: _Collected, vague: set[date], today: date | None) -> None:
    """An uncued exact date near a vague start is that start, stated precisely.

    For example "sinds 2 weken ziek, vanaf dinsdag 17 november".
    """
    exact = [
        m.day
        for m in collected.unclassified
        if m.day is not None and not _is_vague(m) and (today is None or m.day <= today)
    ]
    for index, start in enumerate(collected.starts):
        if start not in vague:
            continue
        window = max(EXACT_FOR_VAGUE_DAYS, (today - start).days // 8 if today else 0)
        near = [d for d in exact if abs((d - start).days) <= window]
        if len(near) == 1:
            collected.starts[index] = near[0]
            collected.cued = [
                ("first_day", near[0]) if (c, d) == ("first_day", start) else (c, d)
                for c, d in collected.cued
            ]


VAGUE_NEAR_EXACT_DAYS = 92  # "al 10 maanden" beside an exact first day restates that day


def _drop_vague_starts_near_exact(collected: _Collected, vague: set[date]) -> None:
    """A vague start ("al 10 maanden thuis") beside an exact one is the same period."""
    exact = [d for d in collected.starts if d not in vague]
    exact += [start for start, _ in collected.ranges]  # "ziek 2 t/m 20 februari"
    if not exact:
        return
    keep = [
        d
        for d in collected.starts
        if d not in vague or all(abs((d - e).days) > VAGUE_NEAR_EXACT_DAYS for e in exact)
    ]
    dropped = set(collected.starts) - set(keep)
    collected.starts = keep
    collected.cued = [(c, d) for c, d in collected.cued if not (c == "first_day" and d in dropped)]


def _classify(collected: _Collected, cue: str, day: date) -> None:
    if cue in ("first_day", "relapse"):
        collected.starts.append(day)
    elif cue == "recovery":
        collected.recoveries.append(day)
    elif cue not in ("leave", "deadline"):
        collected.optional.setdefault(cue, day)


def _build_facts(
    text: str, collected: _Collected, verlenging: int, loonsanctie: int
) -> tuple[CaseFacts | None, list[str]]:
    periods = _periods(collected)
    if not periods:
        return None, []
    leave = None
    if collected.leave is not None:
        same = not _OTHER_CAUSE.search(text) or bool(_SAME_CAUSE.search(text))
        leave = Leave(collected.leave[0], collected.leave[1], same_cause=same)
        periods = _close_before_leave(periods, leave)
    facts = CaseFacts(
        periods=tuple(periods),
        leave=leave,
        verlenging_weken=verlenging,
        loonsanctie_weken=loonsanctie,
    )
    optional: dict[str, Any] = dict(collected.optional)
    facts = dataclass_replace(facts, **optional)
    return facts, []


def _weeks(match: re.Match[str] | None) -> int:
    """Weeks in a matched duration: '26 weken', 'een half jaar' (26), 'een jaar' (52)."""
    if match is None:
        return 0
    groups = [g for g in match.groups() if g]
    amount, unit = groups[0], groups[1]
    if unit.lower().startswith("maand"):
        return round(duration_days(amount, unit) / 7)
    if unit.lower() == "jaar":
        return round(duration_days(amount, unit) / 365 * 52)
    return round(duration_days(amount, unit) / 7)


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
