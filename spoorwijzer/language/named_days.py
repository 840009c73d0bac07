"""Days and times named by words: "de dag na Koningsdag", "rond de kerst", "eind vorig jaar".

Layer: language (pure). Feast days come from the maintained `holidays` package (Easter-based
ones included); a named day is *exact* ("sinds Koningsdag", "de dag na Hemelvaart"), a time
around it or a part of a year or a season is *approximate* ("rond de kerst", "na de zomer",
"eind vorig jaar"): the earliest plausible day, as for "begin februari". The year is the most
recent one in which the day is not after today, unless the words name it ("vorig jaar", 2025).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

import holidays

from spoorwijzer.language.dutch_dates import MONTH_PATTERN, nth_weekday_of
from spoorwijzer.language.sentences import sentence_at

# Dutch words -> the en_US name in holidays.NL (stable across its releases).
_FEASTS = {
    "koningsdag": "King's Day",
    "nieuwjaarsdag": "New Year's Day",
    "nieuwjaar": "New Year's Day",
    "goede vrijdag": "Good Friday",
    "eerste paasdag": "Easter Sunday",
    "pasen": "Easter Sunday",
    "paaszondag": "Easter Sunday",
    "tweede paasdag": "Easter Monday",
    "paasmaandag": "Easter Monday",
    "hemelvaartsdag": "Ascension Day",
    "hemelvaart": "Ascension Day",
    "pinksteren": "Pentecost",
    "eerste pinksterdag": "Pentecost",
    "tweede pinksterdag": "Pentecost Monday",
    "pinkstermaandag": "Pentecost Monday",
    "eerste kerstdag": "Christmas Day",
    "kerstmis": "Christmas Day",
    "kerst": "Christmas Day",
    "tweede kerstdag": "Second Day of Christmas",
    "1e paasdag": "Easter Sunday",
    "2e paasdag": "Easter Monday",
    "1e pinksterdag": "Pentecost",
    "2e pinksterdag": "Pentecost Monday",
    "1e kerstdag": "Christmas Day",
    "2e kerstdag": "Second Day of Christmas",
}
_FIXED = {
    "bevrijdingsdag": (5, 5),
    "oudejaarsdag": (12, 31),
    "oud en nieuw": (12, 31),
    "sinterklaas": (12, 5),
    "sinterklaasavond": (12, 5),
    "pakjesavond": (12, 5),
    "dierendag": (10, 4),
    "valentijnsdag": (2, 14),
    "halloween": (10, 31),
    "sint-maarten": (11, 11),  # not "Sint Maarten", the island
    "sint-maartensdag": (11, 11),
    "driekoningen": (1, 6),
    "allerheiligen": (11, 1),
    "dodenherdenking": (5, 4),
    "kerstavond": (12, 24),
    "oudejaarsavond": (12, 31),
    "keti koti": (7, 1),
}
# Days named by their place in a month: (month, weekday Monday=0, nth; 0 = the last).
_NTH_IN_MONTH = {
    "moederdag": (5, 6, 2),
    "vaderdag": (6, 6, 3),
    "prinsjesdag": (9, 1, 3),
    "veteranendag": (6, 5, 0),
}
# Several days long: the feast itself is no single day ("sinds de kerst" is approximate).
_SEVERAL_DAYS = frozenset({"pasen", "pinksteren", "kerst", "kerstmis", "oud en nieuw"})
# Seasons and holidays of several weeks: their first plausible day (month, day).
_SEASONS = {
    "voorjaar": (3, 1),
    "lente": (3, 1),
    "zomer": (6, 1),
    "zomervakantie": (7, 1),
    "bouwvak": (7, 15),
    "najaar": (9, 1),
    "herfst": (9, 1),
    "herfstvakantie": (10, 15),
    "kerstvakantie": (12, 20),
    "winter": (12, 1),
    "voorjaarsvakantie": (2, 15),
    "carnaval": (2, 10),
}
# How long a season or holiday lasts: "na de zomer" is its end, the earliest day after it.
_SEASON_DAYS = {
    "voorjaar": 92,
    "lente": 92,
    "zomer": 92,
    "zomervakantie": 62,
    "bouwvak": 21,
    "najaar": 91,
    "herfst": 91,
    "herfstvakantie": 9,
    "kerstvakantie": 16,
    "winter": 90,
    "voorjaarsvakantie": 9,
    "carnaval": 7,
}
_HOLIDAYS = frozenset(n for n in _SEASONS if n.endswith("vakantie") or n == "bouwvak")
# Parts of a year: "begin/half/eind vorig jaar".
_YEAR_PART_DAY = {"begin": (1, 1), "half": (7, 1), "medio": (7, 1), "midden": (7, 1)}
_YEAR_PART_DAY |= {"eind": (12, 1), "einde": (12, 1)}

_NAMES = "|".join(sorted([*_FEASTS, *_FIXED, *_NTH_IN_MONTH], key=len, reverse=True))
_SEASON_NAMES = "|".join(sorted(_SEASONS, key=len, reverse=True))
_COUNT_WORDS = {"een": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6}
_COUNTS = "|".join(w for w in _COUNT_WORDS if w != "een")
_YEAR = r"(?:\s+(?:van\s+)?(?P<year>vorig jaar|verleden jaar|dit jaar|\d{4}))?"
_WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
_NAMED = re.compile(
    rf"\b(?:(?P<offset>de dag|(?:een|\d{{1,2}}|{_COUNTS})\s+(?:dag|dagen|week|weken))\s+"
    rf"(?P<side>na|voor)\s+|"
    rf"(?:de\s+)?(?P<weekday>{'|'.join(_WEEKDAYS)})\s+(?P<weekday_side>na|voor)\s+)?"
    rf"(?:(?P<around>rond|na|vlak na|kort na|voor|vlak voor|tijdens|rondom)\s+)?"
    # not a compound: "de Halloween-actie", "de Moederdag-afdeling"
    rf"(?:de\s+)?(?P<name>{_NAMES})\b(?!-){_YEAR}",
    re.IGNORECASE,
)
_SEASON = re.compile(
    rf"\b(?P<around>sinds|vanaf|in|na|rond|tijdens|begin|eind|start)\s+(?:van\s+)?(?:de\s+|het\s+)?"
    rf"(?P<name>{_SEASON_NAMES})\b{_YEAR}",
    re.IGNORECASE,
)
_YEAR_PART = re.compile(
    r"\b(?P<part>begin|half|medio|midden|eind|einde)\s+(?:van\s+)?(?:het\s+)?"
    r"(?P<year>vorig jaar|verleden jaar|afgelopen jaar|dit jaar|\d{4})\b",
    re.IGNORECASE,
)
# "eerste werkdag van het jaar": the first Monday to Friday after Nieuwjaarsdag
_FIRST_WORKDAY = re.compile(
    r"\b(?:eerste|1e)\s+werkdag\s+(?:van|in)\s+(?:het\s+(?P<new>nieuwe\s+)?jaar|januari)"
    r"(?:\s+(?P<year>\d{4}))?",
    re.IGNORECASE,
)


_MONTH = re.compile(rf"\b(?:{MONTH_PATTERN})\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class NamedDay:
    """A date read from a named day, season or part of a year."""

    day: date
    exact: bool
    start: int
    end: int


@cache
def _feasts(year: int) -> dict[str, date]:
    """The Dutch feast days of a year by their en_US name in `holidays`."""
    calendar = holidays.country_holidays("NL", years=year, language="en_US")
    return {name: day for day, name in calendar.items()}


def _in_year(name: str, year: int) -> date | None:
    """The named day, or a season's first day, in the given year."""
    if name in _FIXED:
        month, day = _FIXED[name]
        return date(year, month, day)
    if name in _SEASONS:
        month, day = _SEASONS[name]
        return date(year, month, day)
    if name in _NTH_IN_MONTH:
        month, weekday, nth = _NTH_IN_MONTH[name]
        return nth_weekday_of(year, month, weekday, nth)
    return _feasts(year).get(_FEASTS[name])


def _year_of(words: str, today: date) -> int:
    """The year "2025", "dit jaar" or "vorig jaar" (verleden, afgelopen) names."""
    lowered = words.lower()
    return int(lowered) if lowered.isdigit() else today.year - ("dit" not in lowered)


def _latest(name: str, today: date, year_text: str | None, shift: timedelta) -> date | None:
    """The day in the year the words name, else the most recent one not after today."""
    if year_text:
        found = _in_year(name, _year_of(year_text, today))
        return found + shift if found else None
    for year in (today.year, today.year - 1, today.year - 2):
        found = _in_year(name, year)
        if found is not None and found + shift <= today:
            return found + shift
    return None


def _offset_days(words: str) -> int:
    """Days in "de dag", "3 dagen", "twee weken" (0 without words)."""
    if not words:
        return 0
    if words.lower() == "de dag":
        return 1
    count, unit = words.lower().split()
    number = int(count) if count.isdigit() else _COUNT_WORDS[count]
    return number * (7 if unit in ("week", "weken") else 1)


def _first_workday(year: int) -> date:
    """The first Monday to Friday after Nieuwjaarsdag."""
    day = date(year, 1, 2)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def _named_day(match: re.Match[str], today: date) -> NamedDay | None:
    """The day a feast's name gives, with its offset ("drie dagen voor Koningsdag") or weekday."""
    name = match.group("name").lower()
    offset = _offset_days(match.group("offset") or "")
    shift = timedelta(days=-offset if (match.group("side") or "").lower() == "voor" else offset)
    weekday = (match.group("weekday") or "").lower()
    if (match.group("around") or "").lower() in ("voor", "vlak voor"):
        shift -= timedelta(days=7)  # "voor de kerst": the earliest plausible day
    if weekday:  # "de maandag na Pasen", "de vrijdag voor Pasen": the nearest such weekday
        feast = _latest(name, today, match.group("year"), timedelta())
        if feast is None:
            return None
        if match.group("weekday_side").lower() == "na":
            shift = timedelta(days=(_WEEKDAYS.index(weekday) - feast.weekday() - 1) % 7 + 1)
        else:
            shift = -timedelta(days=(feast.weekday() - _WEEKDAYS.index(weekday) - 1) % 7 + 1)
    day = _latest(name, today, match.group("year"), shift)
    if day is None:
        return None
    # "de dag na Pasen" is one day, though Pasen lasts two
    exact = not match.group("around") and (name not in _SEVERAL_DAYS or bool(offset or weekday))
    return NamedDay(day, exact, match.start(), match.end())


def find_named_days(text: str, today: date) -> list[NamedDay]:
    """Every named day, season and part of a year in the text, resolved against today.

    Args:
        text: Dutch text.
        today: The reference date; no day after it is returned unless the words name the year.

    Returns:
        The days in the order of the patterns (the caller sorts and drops overlaps).
    """
    found: list[NamedDay] = []
    for match in _NAMED.finditer(text):
        named = _named_day(match, today)
        if named is not None:
            found.append(named)
    for match in _FIRST_WORKDAY.finditer(text):
        year = int(match.group("year") or today.year)
        workday = _first_workday(year)
        if match.group("new") and workday <= today:  # "het nieuwe jaar": the one coming
            workday = _first_workday(year + 1)
        elif workday > today and not match.group("year"):
            workday = _first_workday(year - 1)
        found.append(NamedDay(workday, True, match.start(), match.end()))
    for match in _SEASON.finditer(text):
        if _MONTH.search(sentence_at(text, match.start())):
            continue  # "rond de zomer, ergens in juli": the month says it more precisely
        name = match.group("name").lower()
        around = match.group("around").lower()
        # "sinds de zomervakantie" (the school year began again): after a holiday, as "na".
        after = around in ("na", "eind") or (around == "sinds" and name in _HOLIDAYS)
        # "begin van de zomervakantie", "start van de bouwvak": its first plausible day
        shift = timedelta(days=_SEASON_DAYS.get(name, 60)) if after else timedelta()
        day = _latest(name, today, match.group("year"), shift)
        if day is not None:
            found.append(NamedDay(day, False, match.start("name"), match.end()))
    for match in _YEAR_PART.finditer(text):
        month, day_of_month = _YEAR_PART_DAY[match.group("part").lower()]
        day = date(_year_of(match.group("year"), today), month, day_of_month)
        if day <= today:  # "eind dit jaar" in January has not come yet: no sick day
            found.append(NamedDay(day, False, match.start(), match.end()))
    return found
