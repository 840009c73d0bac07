"""Vague, relative and yearless Dutch dates, resolved against today.

Layer: language (pure). Employers write "sinds 3 februari", "half maart vorig jaar", "begin
februari", "sinds drie weken", "vorige week dinsdag" or "zit al 10 maanden thuis". This module
turns such phrases into a date with a certainty: *exact* when the words fix one day ("vorige week
dinsdag", "gisteren", "3 februari" once the year is settled), *approximate* otherwise ("begin
februari" is read as the 1st: the earliest plausible day gives the earliest, safe deadlines).
Named days, seasons and parts of a year come from `named_days` ("de dag na Koningsdag").
A yearless date is the most recent past date that fits the story ("vorig jaar", "al 10 maanden")
unless the phrase looks ahead (a contract that ends, an AOW date): then the nearest one.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from spoorwijzer.language.date_mentions import DateMention, find_dates
from spoorwijzer.language.dutch_dates import (
    MONTH_NUMBERS,
    MONTH_PATTERN,
    WEEKDAYS,
    WEEKDAYS_SHORT,
    existing_date,
    latest_in_calendar_week,
)
from spoorwijzer.language.named_days import find_named_days
from spoorwijzer.language.sentences import sentence_at

NUMBER_WORDS = {
    "een": 1,
    "één": 1,
    "twee": 2,
    "drie": 3,
    "vier": 4,
    "vijf": 5,
    "zes": 6,
    "zeven": 7,
    "acht": 8,
    "negen": 9,
    "tien": 10,
    "elf": 11,
    "twaalf": 12,
    "dertien": 13,
    "veertien": 14,
    "vijftien": 15,
    "zestien": 16,
    "achttien": 18,
    "twintig": 20,
    "anderhalf": 1,  # "anderhalf jaar" is handled as 18 months below
}
NUMBER_PATTERN = r"\d{1,3}|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
# "drie weken", "een half jaar": an amount and its unit (groups: amount, unit).
DURATION_PATTERN = (
    rf"({NUMBER_PATTERN}|een half|anderhalf)\s+(dag|dagen|week|weken|maand|maanden|jaar)\b"
)

# "begin" is read as the 1st (earliest plausible day: the safe side for deadlines).
_PART_DAY = {"begin": 1, "half": 15, "medio": 15, "midden": 15, "eind": 25, "einde": 25}
_PART = re.compile(
    rf"\b(begin|half|medio|midden|eind|einde)\s+(?:van\s+|de\s+maand\s+)?({MONTH_PATTERN})\b\.?"
    r"(?:\s+(\d{4}|vorig jaar|dit jaar|verleden jaar))?",
    re.IGNORECASE,
)
# "sinds de 14e", "op de 3e": the latest such day of the month on or before today.
# Only when the message names no month of its own ("op 14 januari …, pas op de 15e" is the 15th
# of that January) and the day ends its phrase ("sinds de 1e werkdag" is no day of the month).
_DAY_OF_THIS_MONTH = re.compile(
    r"\b(?:op|sinds|vanaf|per)\s+de\s+(\d{1,2})(?:e|ste|de)\b"
    r"(?=\s*(?:[,.;:!?)]|$)|\s+(?:ziek|uit|af|thuis|gemeld|ziekgemeld|en|is|was|heeft|geworden)\b)",
    re.IGNORECASE,
)
# "eind vorige maand", "begin deze maand": a part of a named relative month.
_PART_OF_RELATIVE_MONTH = re.compile(
    r"\b(begin|half|medio|midden|eind|einde)\s+(vorige|afgelopen|deze)\s+maand\b", re.IGNORECASE
)
_MONTH_ONLY = re.compile(
    rf"\b(?:sinds|vanaf|per|in|rond|eind|begin)\s+(?:de\s+maand\s+)?({MONTH_PATTERN})\b\.?"
    r"(?:\s+(\d{4}|vorig jaar|dit jaar|verleden jaar))?(?!\s*\d)",
    re.IGNORECASE,
)
_AGO = re.compile(
    rf"(?<!\bover )(?<!\bbinnen )(?<!\bnog )"  # "over ruim anderhalf jaar" lies ahead
    rf"(?<!\bdaarna )(?<!\btoen )(?<!\bvervolgens )(?<!\btussendoor )"  # a stretch in the story
    rf"\b(?:sinds|al|nu|ruim|bijna|ongeveer|zo'?n|pakweg|inmiddels)\s+(?:al\s+|ruim\s+|bijna\s+)?"
    rf"({NUMBER_PATTERN}|een half|anderhalf|half)\s+(dag|dagen|week|weken|maand|maanden|jaar)\b"
    r"(?!\s+of\s+\w)",  # "nu een week of zes": about six weeks, below
    re.IGNORECASE,
)
_AGO_SUFFIX = re.compile(
    rf"\b{DURATION_PATTERN}\s+"
    r"(?:geleden|terug)\b(?!\s+(?:in|naar|bij|op)\b)",  # "3 weken terug", not "terug in zijn werk"
    re.IGNORECASE,
)
# "ben 5 maanden ziek", "na 11 maanden ziekte": a duration of the sickness itself.
_SICK_FOR = re.compile(
    rf"(?:\b(?P<verb>na|ben|is|zit|zijn|was|pas)\s+(?:(?:ze|hij|zij|ie)\s+)?|(?<=, )|(?<=: )|^)"
    rf"(?:(?:al|nu|ruim|bijna|ongeveer|vandaag|precies|exact)\s+){{0,2}}"
    rf"({NUMBER_PATTERN}|een half|anderhalf)\s+(week|weken|maand|maanden|jaar)\s+"
    r"(?:ziek|thuis|ziekte|verzuim|uitgevallen|arbeidsongeschikt|in de ziektewet|"
    r"uit de roulatie|uit de running)\b"
    # "Na twee jaar ziekte mag ik haar ontslaan": a rule about any case, no duration of this one
    r"(?!\s+(?:mag|mogen|moet|moeten|kan|kun|kunnen|hoeft|hoef|eindigt|stopt|begint|start)\b)",
    re.IGNORECASE,
)
# "een week of zes dat ze thuis zit", "een maand of drie ziek": about that long.
_ROUGHLY = re.compile(
    rf"(?<!\bover )(?<!\bbinnen )(?<!\bnog )\b(?:een|'n)\s+(week|maand)\s+of\s+"
    rf"({NUMBER_PATTERN})\b(?!\s+(?:uur|dagen))",
    re.IGNORECASE,
)
# "zit op 104 weken", "zit nu in week 40": the week of the sickness the employee is in.
_SICK_WEEK = re.compile(
    r"\b(?:zit|zitten|is|zijn)\s+(?:nu\s+|al\s+|inmiddels\s+|bijna\s+)?"
    r"(?P<phrase>op\s+(\d{1,3})\s+weken|in\s+(?:de\s+)?week\s+(\d{1,3})|"
    r"in\s+de\s+(\d{1,3})e\s+week)\b",
    re.IGNORECASE,
)
# "we zitten in week 30 van het jaar", "de wachttijd zit op 104 weken": no week of the sickness.
_NOT_THE_SICKNESS = re.compile(
    r"van het jaar|kalender|wachttijd|teller|termijn|\bwe\b|\bwij\b", re.I
)
# "we zitten in week 38 van het verzuim": the week named as the sickness's, whoever "we" are.
_OF_THE_SICKNESS = re.compile(
    r"\s+van\s+(?:het|de|zijn|haar|dit|deze)\s+"
    r"(?:verzuim|ziekteverzuim|ziekte|ziekmelding|uitval|arbeidsongeschiktheid)\b"
    # not "van de ziekte van mijn vrouw": a relative's sickness, not the employee's
    r"(?!\s+van\s+(?:mijn|zijn|haar|onze|hun)\s+(?:vrouw|man|partner|moeder|vader|kind|"
    r"zoon|dochter|broer|zus|schoon\w+)\b)",
    re.IGNORECASE,
)
# "vorige maand op de 3e", "op de 12de van deze maand": a day of a named relative month.
_DAY_OF_RELATIVE_MONTH = re.compile(
    r"\b(?:(vorige|afgelopen|deze)\s+maand\s+op\s+de\s+(\d{1,2})(?:e|ste|de)?|"
    r"(?:op|sinds|vanaf|per|sedert)\s+de\s+(\d{1,2})(?:e|ste|de)?\s+van\s+(vorige|afgelopen|deze)\s+"
    r"maand)\b",
    re.IGNORECASE,
)
# A sentence about a hypothetical case ("ik zou dan twee jaar ziek zijn") states no fact.
_HYPOTHETICAL = re.compile(r"\b(?:zou|zouden|stel dat|stel je voor|als je|als iemand)\b", re.I)


def _clause_at(text: str, start: int) -> str:
    """The clause of `text` (between commas or sentence marks) that holds position `start`."""
    return sentence_at(text, start, ".?!,;")


def _hypothetical(text: str, start: int) -> bool:
    """True when the sentence around `start` is about a hypothetical case."""
    return bool(_HYPOTHETICAL.search(sentence_at(text, start)))


_GENERIC_SUBJECT = re.compile(
    r"\b(?:je|iemand|men|een\s+(?:\w+\s+)?(?:werknemer|medewerker|medewerkster))\b", re.I
)


_RULE_VERB_AFTER = re.compile(
    r"^(?:\s+[\w']+){0,6}?\s+(?:mag|mogen|moet|moeten|hoeft|hoef|hoeven|eindigt|stopt)\b",
    re.IGNORECASE,
)


def _rule_after(text: str, match: re.Match[str]) -> bool:
    """A rule's term ("na 2 jaar ziekte … hoef ik geen loon meer te betalen"), no duration."""
    return (match.group("verb") or "").lower() == "na" and bool(
        _RULE_VERB_AFTER.search(text[match.end() :])
    )


# A person of the story: "na 11 maanden ziekte is hij …" tells this case's duration; "een te late
# aangifte na 42 weken ziekte …" (no one of the story in the sentence) speaks of any case.
_STORY_PERSON = re.compile(
    r"\b(?:hij|ze|zij|ie|mijn|m'n|onze|ons|zijn|haar)\b|(?<!\been )\b(?:medewerk\w*|werkne\w*|"
    r"collega|chauffeur)\b",
    re.I,
)


def _generic(text: str, start: int, verb: str | None = None) -> bool:
    """True when the sentence around `start` speaks of anyone ("na twee jaar mag je …")."""
    sentence = sentence_at(text, start)
    if verb is not None and verb.lower() == "na" and not _STORY_PERSON.search(sentence):
        return True
    return bool(_GENERIC_SUBJECT.search(sentence))


_WEEKDAY = "|".join(WEEKDAYS)
_LAST_WEEKDAY = re.compile(
    rf"\b(?:vorige\s+week\s+({_WEEKDAY})|({_WEEKDAY})\s+vorige\s+week|afgelopen\s+({_WEEKDAY})|"
    rf"vorige\s+({_WEEKDAY}))\b",
    re.IGNORECASE,
)
# "ziek sinds week 37", "sinds wk 2 out": a calendar week (a week of the sickness reads "zit in
# week 40", below).
_SINCE_WEEK = re.compile(r"\b(?:sinds|vanaf)\s+(?:week|wk)\.?\s*(\d{1,2})\b", re.IGNORECASE)


# "vandaag precies 10 weken ziek" tells a duration, not today as the day.
# "de bedrijfsarts zei vandaag …": the day of a conversation, not of the sickness.
_SIMPLE = re.compile(
    r"(?<!\bzei )(?<!\bzegt )(?<!\bschreef )"
    r"\b(gisteren|eergisteren|vandaag|vanochtend|vanmorgen)\b"
    rf"(?!\s+(?:dus\s+|nu\s+|(?:is|zit)\s+(?:ze|hij|zij|ie)\s+)?(?:precies\s+|exact\s+|al\s+|ruim\s+)?"
    rf"(?:{NUMBER_PATTERN}|een half|anderhalf)\s+(?:week|weken|maand|maanden|jaar)\b)"
    # "vandaag belt hij dat het nog duurt": news told today, not the day he fell ill
    r"(?!\s+(?:belt|belde|zegt|zei|meldt|meldde|appt|appte|mailt|mailde|laat|liet|hoorde|"
    r"sprak|spreek|heb ik|hebben we|kreeg|kregen)\b)",
    re.IGNORECASE,
)
_LAST_YEAR = re.compile(r"vorig jaar|verleden jaar|afgelopen jaar", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class VagueDate:
    """A date read from a phrase that is not a full written date."""

    day: date
    exact: bool
    start: int
    end: int
    text: str


def months_before(today: date, months: int) -> date:
    """The same day of the month `months` months before today (clipped to the month's end)."""
    year, month = divmod(today.year * 12 + today.month - 1 - months, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(today.day, last))


def _number(word: str) -> float:
    lowered = word.lower()
    if lowered in ("een half", "half"):
        return 0.5
    if lowered == "anderhalf":
        return 1.5
    return float(lowered) if lowered.isdigit() else float(NUMBER_WORDS[lowered])


def duration_days(amount: str, unit: str) -> int:
    """Days in 'drie weken', 'een half jaar', '10 maanden' (a month counted as 365/12 days)."""
    number = _number(amount)
    lowered = unit.lower()
    if lowered.startswith("dag"):
        return round(number)
    if lowered.startswith("we"):
        return round(number * 7)
    if lowered.startswith("maand"):
        return round(number * 365 / 12)
    return round(number * 365)


def _ago(today: date, amount: str, unit: str) -> date:
    number = _number(amount)
    if unit.lower().startswith("maand") and number.is_integer():
        return months_before(today, int(number))
    if unit.lower() == "jaar" and (number * 12).is_integer():  # "een half jaar": 6 months
        return months_before(today, int(number * 12))
    return today - timedelta(days=duration_days(amount, unit))


def resolve_year(
    month: int,
    day: int,
    today: date,
    *,
    last_year: bool = False,
    near: date | None = None,
    ahead: bool = False,
    weekday: int | None = None,
) -> date | None:
    """The year of a yearless date, from today and the story.

    Args:
        month: Month number.
        day: Day of the month.
        today: The reference date.
        last_year: The text says "vorig jaar".
        near: An approximate date the story implies ("al 10 maanden"): pick the closest.
        ahead: The phrase looks ahead (contract end, AOW): pick the nearest, future or past.
        weekday: The weekday written beside the date ("maandag 3 februari", 0 = Monday): only
            the years in which the date falls on that weekday, when there is one.

    Returns:
        The date, or None when the day does not exist in any candidate year.
    """
    candidates = [
        found
        for year in (today.year - 2, today.year - 1, today.year, today.year + 1)
        if (found := existing_date(year, month, day)) is not None
    ]
    if weekday is not None:  # among the years the other words allow; else the weekday is a typo
        allowed = [c for c in candidates if ahead or near is not None or c <= today]
        if last_year:
            allowed = [c for c in allowed if c.year == today.year - 1]
        candidates = [c for c in allowed if c.weekday() == weekday] or candidates
    if not candidates:
        return None
    if last_year:
        return next((c for c in candidates if c.year == today.year - 1), None)
    if near is not None:
        return min(candidates, key=lambda c: abs((c - near).days))
    if ahead:
        return min(candidates, key=lambda c: abs((c - today).days))
    past = [c for c in candidates if c <= today]
    return past[-1] if past else None


def mention_day(mention: DateMention, today: date, *, ahead: bool = False) -> date | None:
    """A written date's day; a yearless one resolved against today (see `resolve_year`)."""
    return mention.day or resolve_year(
        mention.month,
        mention.day_of_month,
        today,
        ahead=ahead,
        weekday=written_weekday(mention.text),
    )


def written_weekday(text: str) -> int | None:
    """The weekday a written date starts with ("maandag 3 februari", "di 3 feb"), 0 = Monday."""
    first = re.split(r"[\s.,]+", text.strip().lower(), maxsplit=1)[0]
    for names in (WEEKDAYS, WEEKDAYS_SHORT):
        if first in names:
            return names.index(first)
    return None


def _days_of_relative_months(text: str, today: date) -> list[tuple[int, int, date, bool]]:
    """Days of last or this month: "op de 3e van vorige maand" exactly, "eind vorige maand" roughly.

    Returns (start, end, day, exact) for each.
    """

    def first_of(which: str) -> date:
        month_start = today.replace(day=1)
        if which.lower() != "deze":
            month_start = (month_start - timedelta(days=1)).replace(day=1)
        return month_start

    days = []
    for match in _DAY_OF_RELATIVE_MONTH.finditer(text):
        number = int(match.group(2) or match.group(3))
        try:
            day = first_of(match.group(1) or match.group(4)).replace(day=number)
        except ValueError:
            continue  # "op de 31e van vorige maand" in a month of 30 days: not a date
        days.append((match.start(), match.end(), day, True))
    for match in _PART_OF_RELATIVE_MONTH.finditer(text):
        day = first_of(match.group(2)).replace(day=_PART_DAY[match.group(1).lower()])
        if day <= today:
            days.append((match.start(), match.end(), day, False))
    bare_days = list(_DAY_OF_THIS_MONTH.finditer(text))
    for match in bare_days if bare_days and not find_dates(text) else ():
        number = int(match.group(1))
        for month_start in (first_of("deze"), first_of("vorige")):
            try:
                day = month_start.replace(day=number)
            except ValueError:
                continue
            if day <= today:
                days.append((match.start(), match.end(), day, True))
                break
    return days


def find_vague_dates(text: str, today: date) -> list[VagueDate]:
    """Every vague or relative date phrase in the text, resolved against today.

    Args:
        text: Dutch text.
        today: The reference date.

    Returns:
        The dates in reading order; overlapping phrases keep the first, longest match.
    """
    found: list[VagueDate] = []

    def add(start: int, end: int, day: date | None, *, exact: bool) -> None:
        if day is None or any(start < f.end and end > f.start for f in found):
            return
        found.append(VagueDate(day, exact, start, end, text[start:end]))

    for match in _PART.finditer(text):
        part, month_text, year_text = match.groups()
        month = MONTH_NUMBERS[month_text.lower()]
        day_of_month = _PART_DAY[part.lower()]
        day = _month_day(month, day_of_month, year_text, today, text, match.start())
        add(match.start(), match.end(), day, exact=False)
    for match in _MONTH_ONLY.finditer(text):
        month_text, year_text = match.groups()
        start = match.start(1)
        day = _month_day(MONTH_NUMBERS[month_text.lower()], 1, year_text, today, text, start)
        add(start, match.end(), day, exact=False)
    for match in _LAST_WEEKDAY.finditer(text):
        name = next(g for g in match.groups() if g).lower()
        weekday = WEEKDAYS.index(name)
        this_monday = today - timedelta(days=today.weekday())
        if match.group(3):  # "afgelopen dinsdag": the most recent one before today
            back = (today.weekday() - weekday) % 7 or 7
            add(match.start(), match.end(), today - timedelta(days=back), exact=True)
        else:
            add(match.start(), match.end(), this_monday - timedelta(days=7 - weekday), exact=True)
    for start, end, day, exact in _days_of_relative_months(text, today):
        add(start, end, day, exact=exact)
    for named in find_named_days(text, today):
        add(named.start, named.end, named.day, exact=named.exact)
    for match in _SINCE_WEEK.finditer(text):  # "sinds week 37": its Monday, roughly
        monday = latest_in_calendar_week(int(match.group(1)), 0, today)
        add(match.start(), match.end(), monday, exact=False)
    for match in _SIMPLE.finditer(text):
        back = {"gisteren": 1, "eergisteren": 2}.get(match.group(1).lower(), 0)
        add(match.start(), match.end(), today - timedelta(days=back), exact=True)
    for start, end, day in _durations(text, today):
        said = text[max(0, start - 16) : end]
        add(start, end, day, exact=bool(_PRECISELY.search(said)))
    found.sort(key=lambda f: f.start)
    return found


# "een week of zes" counts back only in a sentence about being sick, not about what lies ahead
# ("het herstel duurt een week of zes", "ze blijft nog zeker een maand of drie thuis").
_SICK_CONTEXT = re.compile(r"\b(?:thuis|ziek\w*|geleden|terug|sinds|uitgevallen|uit)\b", re.I)
_AHEAD_WORDS = re.compile(
    r"\b(?:duurt|duren|nog|blijft|blijven|verwacht\w*|over|binnen|straks|zal|zullen)\b", re.I
)
# A bare list item ("…, 20 maanden ziek, …") tells a duration only when it stands alone: not
# "…, 6 weken thuis volgens de chirurg", nor in a sentence about what may come ("als", "straks").
_LIST_ITEM_END = re.compile(r"\s*(?:[,.;:!?]|$)")
_MAY_COME = re.compile(r"\b(?:als|straks|volgende|zal|zullen|wordt|worden|betekent)\b", re.I)


# "precies drie weken geleden", "vandaag precies 10 weken ziek": a duration that fixes the day.
_PRECISELY = re.compile(rf"\b(?:precies|exact)\s+(?:{NUMBER_PATTERN})\b", re.IGNORECASE)


# "werkt al zes jaar bij mij", "is al 12 jaar in dienst": years of service, no sickness.
_SERVICE_BEFORE = re.compile(r"\b(?:werkt|werkte|werkzaam|dienst)\s*$", re.IGNORECASE)
_SERVICE_AFTER = re.compile(r"^\s+(?:in dienst|bij (?:ons|mij|de zaak)|werkzaam)\b", re.I)
_NOT_WORKING = re.compile(r"^\s+(?:\w+\s+)?(?:niet|nauwelijks|amper)\b", re.IGNORECASE)
SERVICE_WINDOW = 12


def _years_of_service(text: str, match: re.Match[str]) -> bool:
    """True for a duration of employment ("werkt al zes jaar bij mij"), not of sickness.

    "werkt al 6 weken niet" tells the sickness.
    """
    before = text[max(0, match.start() - SERVICE_WINDOW) : match.start()]
    after = text[match.end() :]
    if _NOT_WORKING.match(after):
        return False
    return bool(_SERVICE_BEFORE.search(before) or _SERVICE_AFTER.match(after))


def _bare_item_not_told(text: str, match: re.Match[str]) -> bool:
    """True for a duration after a comma or colon that is no told fact of this case."""
    if match.group("verb"):
        return False  # "is 5 maanden ziek": a verb tells it
    return not _LIST_ITEM_END.match(text, match.end()) or bool(
        _MAY_COME.search(sentence_at(text, match.start()))
    )


def _durations(text: str, today: date) -> list[tuple[int, int, date]]:
    """Starts told as a duration: "al 10 maanden", "3 weken terug", "zit op 104 weken"."""
    starts = []
    for pattern in (_AGO, _AGO_SUFFIX, _SICK_FOR):
        for match in pattern.finditer(text):
            if (
                _hypothetical(text, match.start())
                or _years_of_service(text, match)
                or (
                    pattern is _SICK_FOR
                    and (
                        _generic(text, match.start(), match.group("verb"))
                        or _bare_item_not_told(text, match)
                        or _rule_after(text, match)
                    )
                )
            ):
                continue
            amount, unit = match.groups()[-2:]  # _SICK_FOR names its verb first
            starts.append((match.start(), match.end(), _ago(today, amount, unit)))
    for match in _ROUGHLY.finditer(text):  # "een week of zes"
        clause = _clause_at(text, match.start())
        if (
            not _hypothetical(text, match.start())
            and _SICK_CONTEXT.search(sentence_at(text, match.start()))
            and not _AHEAD_WORDS.search(clause)
        ):
            unit, amount = match.groups()
            starts.append((match.start(), match.end(), _ago(today, amount, unit)))
    for match in _SICK_WEEK.finditer(text):
        if not _hypothetical(text, match.start()) and (
            _OF_THE_SICKNESS.match(text, match.end())
            or not _NOT_THE_SICKNESS.search(
                _clause_at(text, match.start()) + text[match.end() : match.end() + 20]
            )
        ):
            week = int(next(g for g in match.groups()[1:] if g))
            days = week * 7 if match.group(2) else (week - 1) * 7
            starts.append((match.start("phrase"), match.end(), today - timedelta(days=days)))
    return starts


def _month_day(
    month: int, day: int, year_text: str | None, today: date, text: str, at: int = 0
) -> date | None:
    if not year_text and _LAST_YEAR.search(_clause_at(text, at)):
        year_text = "vorig jaar"  # "vorig jaar in juni"
    last = calendar.monthrange(today.year, month)[1]
    day = min(day, last)
    if year_text and year_text.isdigit():
        return date(int(year_text), month, min(day, calendar.monthrange(int(year_text), month)[1]))
    last_year = bool(year_text) and bool(_LAST_YEAR.match(year_text or ""))
    this_year = bool(year_text) and "dit" in (year_text or "").lower()
    if this_year:
        return date(today.year, month, day)
    return resolve_year(month, day, today, last_year=last_year, near=story_date(text, today))


_STORY_AGO = re.compile(
    rf"\b({NUMBER_PATTERN}|een half|anderhalf)\s+(maand|maanden|jaar|week|weken)\s+"
    r"(?:ziek|thuis|uit de running|uit de roulatie|uitgevallen|in de ziektewet|"
    r"arbeidsongeschikt|geleden)",
    re.IGNORECASE,
)


def story_date(text: str, today: date) -> date | None:
    """The first sick day a story implies ("zit al 10 maanden thuis"), if it says so.

    A rule's term about anyone ("na een jaar ziek mag je …") and a hypothetical case imply no
    day.
    """
    for match in _STORY_AGO.finditer(text):
        rule = _RULE_VERB_AFTER.search(text[match.end() :]) and _generic(text, match.start())
        if rule or _hypothetical(text, match.start()):
            continue  # "na een jaar ziek mag je iemand …", not "is 14 maanden ziek en ik moet …"
        return _ago(today, match.group(1), match.group(2))
    return None


def says_last_year(text: str) -> bool:
    """True when the text places something in the previous calendar year."""
    return bool(_LAST_YEAR.search(text))
