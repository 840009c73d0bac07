"""Rewrite dates that are spelled out into the forms the date readers know.

Layer: pure. Dictated or typed-out dates ("vijftien maart", "de derde februari", "tweeduizend
vijfentwintig"), English ("March 3rd", "since last Monday", "two weeks ago"), Flemish
("verleden week") and a weekday of a calendar week ("maandag week 14") become "15 maart",
"3 februari", "2025", "3 maart", "sinds afgelopen maandag", "2 weken geleden", "vorige week" and
a written date. The case reader reads the rewritten text; nothing else changes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, timedelta

from spoorwijzer.language.dutch_dates import (
    ENGLISH_MONTHS,
    MONTH_NUMBERS,
    MONTH_PATTERN,
    MONTHS,
    WEEKDAYS,
    WEEKDAYS_SHORT,
    existing_date,
    format_date_long,
    latest_in_calendar_week,
    nth_weekday_of,
)
from spoorwijzer.language.sentences import sentence_at

_UNITS = ("een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen")
_TEENS = (
    "tien",
    "elf",
    "twaalf",
    "dertien",
    "veertien",
    "vijftien",
    "zestien",
    "zeventien",
    "achttien",
    "negentien",
)
_TENS = ("twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig")
_ORDINAL_UNITS = ("eerste", "tweede", "derde", "vierde", "vijfde", "zesde", "zevende", "achtste")


def _cardinals() -> dict[str, int]:
    words = {w: i for i, w in enumerate(_UNITS, start=1)} | {"één": 1}
    words |= {w: i for i, w in enumerate(_TEENS, start=10)}
    for tens, ten_word in enumerate(_TENS, start=2):
        words[ten_word] = tens * 10
        for unit, unit_word in enumerate(_UNITS, start=1):
            joint = "ën" if unit_word.endswith("e") else "en"  # tweeëntwintig, vierentwintig
            # dictated apart too: "vijf en twintig"
            for spelled in (f"{unit_word}{joint}{ten_word}", f"{unit_word}en{ten_word}"):
                words[spelled] = tens * 10 + unit
            words[f"{unit_word} en {ten_word}"] = tens * 10 + unit
    return words


def _ordinals(cardinals: dict[str, int]) -> dict[str, int]:
    words = {w: i for i, w in enumerate(_ORDINAL_UNITS, start=1)} | {"negende": 9}
    for word, value in cardinals.items():
        if 10 <= value <= 31 and value not in words.values():
            words[f"{word}ste" if value >= 20 else f"{word}de"] = value
    return words


CARDINALS = _cardinals()
ORDINALS = _ordinals(CARDINALS)
# "een maart of twee" is no date: the article "een" never names a day.
_DAY_WORDS = {
    w: v for w, v in {**CARDINALS, **ORDINALS}.items() if 1 <= v <= 31 and w not in {"een", "één"}
}


def _alternatives(words: Iterable[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


_SPELLED_DAY = re.compile(
    rf"(?<!\ben )\b(?:de\s+)?({_alternatives(_DAY_WORDS)})\s+(?:van\s+)?({MONTH_PATTERN})\b",
    re.IGNORECASE,
)
_YEAR_WORDS = _alternatives(c for c, v in CARDINALS.items() if v < 100)
_SPELLED_YEAR = re.compile(rf"\btwee\s*duizend(?:\s*en)?\s*({_YEAR_WORDS})\b", re.IGNORECASE)

_WEEKDAY_NAMES = _alternatives((*WEEKDAYS, *WEEKDAYS_SHORT))
_ENGLISH_WEEKDAYS = dict(
    zip(
        ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
        WEEKDAYS,
        strict=True,
    )
)
_EN_MONTH = _alternatives(ENGLISH_MONTHS)
# "March 3rd": only months Dutch spells otherwise ("in december 2 keer ziek" stays Dutch).
_EN_ONLY_MONTH = _alternatives(m for m in ENGLISH_MONTHS if m not in MONTHS)
_EN_MONTH_DAY = re.compile(
    rf"\b({_EN_ONLY_MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}}))?", re.IGNORECASE
)
_EN_DAY_MONTH = re.compile(
    rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_EN_MONTH})\b(?:,?\s+(\d{{4}}))?", re.IGNORECASE
)
_EN_NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_EN_AGO = re.compile(
    rf"\b(\d{{1,3}}|{_alternatives(_EN_NUMBERS)})\s+(day|days|week|weeks|month|months)\s+ago\b",
    re.IGNORECASE,
)
_EN_UNITS = {"day": "dag", "days": "dagen", "week": "week", "weeks": "weken"}
_EN_UNITS |= {"month": "maand", "months": "maanden"}
_EN_LAST_WEEKDAY = re.compile(rf"\blast\s+({_alternatives(_ENGLISH_WEEKDAYS)})\b", re.I)
_EN_LAST = re.compile(r"\blast\s+(week|month|year)\b", re.I)
_EN_LAST_WORDS = {"week": "vorige week", "month": "vorige maand", "year": "vorig jaar"}
_EN_PLAIN = (
    # "sick from 5 januari until and including zondag 1 februari": the last sick day
    (re.compile(r"\b(?:until|up to|through|till)\s+and\s+including\b", re.I), "t/m"),
    # "since 3 March", not "haven't heard anything since." or "since then"
    (re.compile(r"\bsince\b(?!\s*[.,;:!?]|\s*$|\s+then\b)", re.I), "sinds"),
    (re.compile(r"\b(?:off\s+)?sick\b", re.I), "ziek"),
)
_FLEMISH = re.compile(r"\bverleden\s+(week|maand|jaar)\b", re.IGNORECASE)
_FLEMISH_UNITS = {"week": "week", "maand": "month", "jaar": "year"}
_ENGLISH_CUE = re.compile(rf"\b(?:since|ago|last|sick|{_EN_MONTH})\b", re.IGNORECASE)

# "maandag week 14", "di wk 40", "donderdag in week 41": that weekday of the calendar week, the
# latest one before today.
# Only in a sentence that tells the start of the sickness ("ziek sinds", "uitgevallen op") and
# names no other event: "week 42" is also the 42nd week of the sickness (the 42e-weeksmelding),
# and "donderdag week 50 het gesprek" an appointment.
_WEEKDAY_OF_WEEK = re.compile(
    rf"\b({_WEEKDAY_NAMES})\.?\s+(?:van\s+|in\s+)?(?:week|wk)\.?\s*(\d{{1,2}})\b",
    re.IGNORECASE,
)
_SICK_START = re.compile(
    r"\bziek(?:\s?gemeld)?\s+(?:sinds|vanaf|op|per)\b|\b(?:ziek\s?gemeld|uitgevallen|ziek "
    r"geworden|thuis\s+(?:sinds|vanaf))\b|\bezd\b|eerste ziektedag|\b1e zd\b|"
    r"\b(?:reported|called in|phoned in|went home|went off)\s+(?:sick|ziek)\b|"
    r"\bverzuimt\s+(?:sinds|vanaf)\b|\b(?:ao|arbeidsongeschikt|afwezig|verzuim)\s+(?:sinds|vanaf|per)\b",
    re.IGNORECASE,
)
_OTHER_EVENT = re.compile(
    r"melding|probleemanalyse|\bpa\b|plan van aanpak|\bpva\b|gesprek|afspraak|evaluatie|"
    r"\beje\b|spreekuur|gepland|\bmoet\b|\bmoeten\b|uiterlijk",
    re.IGNORECASE,
)
_SHORT_WEEKDAYS = dict(zip(WEEKDAYS_SHORT, WEEKDAYS, strict=True))


def _english(text: str) -> str:
    def dutch(day: str, month: str, year: str | None) -> str:
        written = f"{int(day)} {MONTHS[ENGLISH_MONTHS[month.lower()] - 1]}"
        return f"{written} {year}" if year else written

    def month_day(match: re.Match[str]) -> str:
        month, day, year = match.groups()
        return dutch(day, month, year)

    def day_month(match: re.Match[str]) -> str:
        return dutch(*match.groups())

    def ago(match: re.Match[str]) -> str:
        amount, unit = match.groups()
        number = _EN_NUMBERS.get(amount.lower())
        return f"{number if number is not None else amount} {_EN_UNITS[unit.lower()]} geleden"

    text = _EN_MONTH_DAY.sub(month_day, text)
    text = _EN_DAY_MONTH.sub(day_month, text)
    text = _EN_AGO.sub(ago, text)
    text = _EN_LAST_WEEKDAY.sub(
        lambda m: f"afgelopen {_ENGLISH_WEEKDAYS[m.group(1).lower()]}", text
    )
    text = _EN_LAST.sub(lambda m: _EN_LAST_WORDS[m.group(1).lower()], text)
    for pattern, word in _EN_PLAIN:
        text = pattern.sub(word, text)
    return text


def _weekday_of_week(text: str, today: date) -> str:
    def written(match: re.Match[str]) -> str:
        sentence = sentence_at(text, match.start())
        if not _SICK_START.search(sentence) or _OTHER_EVENT.search(sentence):
            return match.group(0)
        name = match.group(1).lower()
        weekday = WEEKDAYS.index(_SHORT_WEEKDAYS.get(name, name))
        day = latest_in_calendar_week(int(match.group(2)), weekday, today)
        return format_date_long(day) if day is not None else match.group(0)

    return _WEEKDAY_OF_WEEK.sub(written, text)


# "EZD: di 14/4": a weekday before a day-month stands in the way of the short-date reader.
_WEEKDAY_BEFORE_SHORT_DATE = re.compile(
    rf"\b(?:{_WEEKDAY_NAMES})\.?,?\s+(?=\d{{1,2}}[-/]\d{{1,2}}\b(?![-/]\d))",
    re.IGNORECASE,
)


# "14 augustus '25": a year of two digits after a month.
_SHORT_YEAR = re.compile(rf"\b({MONTH_PATTERN})\.?\s+['’`](\d{{2}})\b", re.IGNORECASE)
# "op de vijftiende", "sinds de 14e": a day of this or last month ("de tweede keer" stays).
_SPELLED_ORDINAL = re.compile(
    rf"\b(op|sinds|vanaf|per)\s+de\s+({_alternatives(ORDINALS)})\b",
    re.IGNORECASE,
)


# "vrijdag de dertiende, in november", "sinds dinsdag de 14e", "maandag de 3e november 2025": a
# weekday and a day of the month (a spelled day only before its month); "de eerste maandag van
# maart", "de laatste vrijdag van oktober". Read only in a sentence that tells the start of the
# sickness and no other event ("De probleemanalyse is op dinsdag de 15e" is an appointment).
_MONTH_AFTER = rf",?\s+(?:in\s+|van\s+)?({MONTH_PATTERN})\b"
_MONTH_IN_SENTENCE = re.compile(rf"\b(?:in|van)\s+({MONTH_PATTERN})\b", re.IGNORECASE)
_WEEKDAY_AND_DAY = re.compile(
    r"(?<!volgende )(?<!komende )(?<!aanstaande )(?<!week )"
    rf"\b({_alternatives(WEEKDAYS)})\s+de\s+"
    rf"(?:(\d{{1,2}})(?:e|ste|de)?|({_alternatives(_DAY_WORDS)})"
    rf"(?=,?\s+(?:in\s+|van\s+)?(?:{MONTH_PATTERN})\b))\b"
    r"(?!\s+(?:keer|helft|week|weken|uur|uren|dag|dagen|maand|ronde|plaats)\b)"
    rf"(?:{_MONTH_AFTER}(?:\s+(\d{{4}}))?(?:\s+dus\b)?)?",
    re.IGNORECASE,
)
_NTH_WEEKDAY = re.compile(
    rf"\b(?:de\s+)?(eerste|1e|tweede|2e|derde|3e|vierde|4e|laatste)\s+({_alternatives(WEEKDAYS)})"
    rf"\s+(?:van|in)\s+({MONTH_PATTERN})\b(?:\s+(\d{{4}}))?",
    re.IGNORECASE,
)
# nth_weekday_of counts 0 as the last
_NTH = {
    "eerste": 1,
    "1e": 1,
    "tweede": 2,
    "2e": 2,
    "derde": 3,
    "3e": 3,
    "vierde": 4,
    "4e": 4,
    "laatste": 0,
}


def _weekday_dates(text: str, today: date) -> str:
    """Weekday-and-day and nth-weekday phrases as written dates, the latest not after today."""

    def weekday_and_day(match: re.Match[str]) -> str:
        sentence = sentence_at(text, match.start())
        if not _SICK_START.search(sentence) or _OTHER_EVENT.search(sentence):
            return match.group(0)
        weekday = WEEKDAYS.index(match.group(1).lower())
        spelled = match.group(3)
        day_of_month = _DAY_WORDS[_spaced(spelled)] if spelled else int(match.group(2))
        month_text, year_text = match.group(4), match.group(5)
        if month_text and year_text:  # "maandag de 3e november 2025": the date as written
            told = existing_date(int(year_text), MONTH_NUMBERS[month_text.lower()], day_of_month)
            return format_date_long(told) if told else match.group(0)
        # "op vrijdag de 13e ziek geworden, in maart": the one month named later in the sentence
        named = {m.lower() for m in _MONTH_IN_SENTENCE.findall(sentence)}
        month_text = month_text or (next(iter(named)) if len(named) == 1 else None)
        months = [MONTH_NUMBERS[month_text.lower()]] if month_text else range(1, 13)
        candidates = [
            found
            for year in (today.year, today.year - 1)
            for month in months
            if (found := existing_date(year, month, day_of_month)) is not None
            and today - timedelta(days=400) <= found <= today
            and found.weekday() == weekday
        ]
        return format_date_long(max(candidates)) if candidates else match.group(0)

    def nth_weekday(match: re.Match[str]) -> str:
        nth = _NTH[match.group(1).lower()]
        weekday = WEEKDAYS.index(match.group(2).lower())
        month = MONTH_NUMBERS[match.group(3).lower()]
        if match.group(4):
            return format_date_long(nth_weekday_of(int(match.group(4)), month, weekday, nth))
        for year in (today.year, today.year - 1):
            found = nth_weekday_of(year, month, weekday, nth)
            if found <= today:
                return format_date_long(found)
        return match.group(0)

    text = _WEEKDAY_AND_DAY.sub(weekday_and_day, text)
    return _NTH_WEEKDAY.sub(nth_weekday, text)


def spell_out_dates(text: str, today: date | None = None) -> str:
    """The text with spelled-out, English and Flemish dates written as the date readers know them.

    Args:
        text: A user's message.
        today: The reference date for "maandag week 14" (left as written without it).

    Returns:
        The rewritten text (the same text when it holds none of these).
    """
    text = _SPELLED_YEAR.sub(lambda m: str(2000 + CARDINALS[_spaced(m.group(1))]), text)
    text = _SPELLED_DAY.sub(lambda m: f"{_DAY_WORDS[_spaced(m.group(1))]} {m.group(2)}", text)
    text = _FLEMISH.sub(lambda m: _EN_LAST_WORDS[_FLEMISH_UNITS[m.group(1).lower()]], text)
    text = _WEEKDAY_BEFORE_SHORT_DATE.sub("", text)
    text = _SHORT_YEAR.sub(lambda m: f"{m.group(1)} 20{m.group(2)}", text)
    text = _SPELLED_ORDINAL.sub(lambda m: f"{m.group(1)} de {ORDINALS[m.group(2).lower()]}e", text)
    if _ENGLISH_CUE.search(text):
        text = _english(text)
    if today is not None:
        text = _weekday_of_week(text, today)
        text = _weekday_dates(text, today)
    return text


def _spaced(words: str) -> str:
    return re.sub(r"\s+", " ", words.lower())
