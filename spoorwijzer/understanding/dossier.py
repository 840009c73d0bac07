"""The case dossier: every fact Spoorwijzer understood of one case, with where it came from.

Layer: understanding (pure). The dossier is the conversation's state. It lives in the session
(the app's session state, the `chat` loop, or a `--dossier FILE.json` the user keeps); nothing
writes it to disk on its own, and it has no field for a diagnosis. Each fact carries its value,
its source ("bericht 2", "formulier") and its certainty (exact / approximate / assumed). A later
message adds to it or corrects it ("nee, het was 3 maart"); an edit in the app replaces a fact.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from enum import StrEnum

from spoorwijzer.deadlines import CaseFacts, Leave, SickPeriod
from spoorwijzer.language.chat_paste import unfold_chat
from spoorwijzer.language.date_mentions import find_dates
from spoorwijzer.language.dutch_dates import format_date
from spoorwijzer.language.month_first import day_first
from spoorwijzer.language.relative_dates import find_vague_dates, mention_day
from spoorwijzer.language.sentences import end_lines
from spoorwijzer.language.spelled_dates import spell_out_dates
from spoorwijzer.language.spelling import correct_spelling
from spoorwijzer.understanding.facts import (
    CORRECTION_WORDS,
    QuestionFacts,
    denied_days,
    denies,
    read_question_facts,
)
from spoorwijzer.understanding.story_facts import (
    StoryFact,
    mentions_diagnosis,
    read_story_facts,
)


class Certainty(StrEnum):
    """How sure the reading of a fact is."""

    EXACT = "exact"
    APPROXIMATE = "approximate"  # read from vague words: "begin februari", "al 10 maanden"
    ASSUMED = "assumed"  # not stated; a default the answer names


class DossierError(ValueError):
    """A dossier file or field that cannot be read; the message is Dutch."""


# Every fact the dossier knows: name -> Dutch label. Dates are ISO strings, periods lists.
FACT_LABELS: dict[str, str] = {
    "ziekteperiodes": "Ziekteperiodes",
    "zwangerschapsverlof": "Zwangerschaps- en bevallingsverlof",
    "verlenging_weken": "Verlenging loondoorbetaling (weken)",
    "loonsanctie_weken": "Loonsanctie (weken)",
    "einde_dienstverband": "Einde dienstverband",
    "eigenrisicodrager_zw": "Eigenrisicodrager Ziektewet",
    "aow_datum": "AOW-datum",
    "probleemanalyse": "Probleemanalyse gemaakt op",
    "eerstejaarsevaluatie": "Eerstejaarsevaluatie gehouden op",
    "melding_42e_gedaan": "42e-weeksmelding gedaan",
    "uwv_brief": "WIA-brief van UWV ontvangen op",
    "uwv_brief_ontvangen": "WIA-brief van UWV ontvangen",
    "wia_aangevraagd": "WIA aangevraagd op",
    "iva_aanvraag": "Vervroegde IVA aangevraagd op",
    "oordeel_bedrijfsarts": "Oordeel bedrijfsarts",
    "arbeidsdeskundig_onderzoek": "Arbeidsdeskundig onderzoek",
    "intern_passend_werk": "Passend werk in de eigen organisatie",
    "zicht_op_terugkeer": "Zicht op terugkeer in eigen organisatie",
    "medewerking": "Werknemer werkt mee",
    "deskundigenoordeel": "Deskundigenoordeel aangevraagd",
    "herval": "Opnieuw ziek op (hersteldatum nog onbekend)",
}
VALUE_LABELS: dict[str, str] = {
    "eigen_werk_niet": "eigen werk niet meer",
    "ander_werk_mogelijk": "ander of aangepast werk mogelijk",
    "gbm": "geen benutbare mogelijkheden",
    "marginaal": "marginale mogelijkheden",
    "volledig_hersteld": "volledig hersteld",
    "niet_gedaan": "nog niet gedaan",
    "gepland": "gepland",
    "gedaan": "gedaan",
    "binnen_3_maanden": "binnen 3 maanden",
    "later_dan_3_maanden": "pas na meer dan 3 maanden",
    "geen": "geen zicht",
    "ja": "ja",
    "nee": "nee",
}
# The facts whose value is one date (ISO); the calculator reads those it knows.
DATE_FACTS = (
    "einde_dienstverband",
    "aow_datum",
    "probleemanalyse",
    "eerstejaarsevaluatie",
    "uwv_brief",
    "wia_aangevraagd",
    "iva_aanvraag",
    "herval",
)
_CUE_TO_FACT = {
    "probleemanalyse": "probleemanalyse",
    "eerstejaarsevaluatie": "eerstejaarsevaluatie",
    "uwv_brief": "uwv_brief",
    "iva_aanvraag": "iva_aanvraag",
    "wia_aangevraagd": "wia_aangevraagd",
    "aow_datum": "aow_datum",
    "einde_dienstverband": "einde_dienstverband",
}
_CORRECTION = re.compile(
    rf"^\s*(?:{CORRECTION_WORDS})\b|\bhet was\b|\bbedoel(?:de)?\b|"
    r"\bmoet zijn\b|\bniet\s+\d{1,2}\s+\w+\s+maar\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Fact:
    """One fact of the case with its provenance."""

    name: str
    value: object  # str, int, bool, ISO date, or a list of [start, end|None] periods
    source: str
    certainty: Certainty = Certainty.EXACT
    quote: str = ""

    def to_dict(self) -> dict[str, object]:
        """JSON-ready form (the `--json` and `--dossier` format)."""
        return {
            "value": self.value,
            "source": self.source,
            "certainty": str(self.certainty),
            "quote": self.quote,
        }


@dataclass(frozen=True, slots=True)
class Dossier:
    """The facts of one case, keyed by fact name; immutable, every update returns a new one."""

    facts: Mapping[str, Fact] = field(default_factory=dict)
    messages: int = 0  # how many user messages were read into it
    problems: tuple[str, ...] = ()  # what the latest message said that could not be used

    def get(self, name: str) -> object | None:
        """The value of a fact, or None."""
        fact = self.facts.get(name)
        return fact.value if fact is not None else None

    @property
    def first_sick_day(self) -> dt.date | None:
        """The first day of the first sick period, when known."""
        periods = self.get("ziekteperiodes")
        if not isinstance(periods, list) or not periods:
            return None
        return dt.date.fromisoformat(str(periods[0][0]))

    @property
    def first_sick_day_exact(self) -> bool:
        """True when the first sick day was stated exactly (not read from vague words)."""
        fact = self.facts.get("ziekteperiodes")
        return fact is not None and fact.certainty is Certainty.EXACT

    def with_fact(self, fact: Fact) -> Dossier:
        """A copy with this fact added or replaced."""
        if fact.name not in FACT_LABELS:
            raise DossierError(f"Onbekend gegeven in het dossier: '{fact.name}'.")
        return replace(self, facts={**self.facts, fact.name: fact})

    def without(self, name: str) -> Dossier:
        """A copy without this fact."""
        return replace(self, facts={k: v for k, v in self.facts.items() if k != name})

    def case_facts(self) -> CaseFacts | None:
        """The calculator's input, or None without a first sick day.

        Raises:
            DossierError: A stored value cannot be read.
        """
        periods_value = self.get("ziekteperiodes")
        if not isinstance(periods_value, list) or not periods_value:
            return None
        try:
            periods = tuple(
                SickPeriod(
                    dt.date.fromisoformat(str(start)),
                    dt.date.fromisoformat(str(end)) if end else None,
                )
                for start, end in periods_value
            )
            extra: dict[str, object] = {
                name: dt.date.fromisoformat(str(self.get(name)))
                for name in DATE_FACTS
                if isinstance(self.get(name), str)
            }
        except (TypeError, ValueError) as error:
            raise DossierError(f"Een datum in het dossier is ongeldig: {error}") from None
        leave_value = self.get("zwangerschapsverlof")
        leave = None
        if isinstance(leave_value, list) and len(leave_value) == 2:
            leave = Leave(
                dt.date.fromisoformat(str(leave_value[0])),
                dt.date.fromisoformat(str(leave_value[1])),
            )
        known = {f.name for f in fields(CaseFacts)}
        if "eigenrisicodrager_zw" in known and self.get("eigenrisicodrager_zw") == "ja":
            extra["eigenrisicodrager_zw"] = True
        melding = self.get("melding_42e_gedaan")
        if "melding_42e_gedaan" in known and isinstance(melding, str) and _is_iso(melding):
            extra["melding_42e_gedaan"] = dt.date.fromisoformat(melding)
        return CaseFacts(
            periods=periods,
            leave=leave,
            verlenging_weken=_int(self.get("verlenging_weken")),
            loonsanctie_weken=_int(self.get("loonsanctie_weken")),
            **{k: v for k, v in extra.items() if k in known},  # type: ignore[arg-type]
        )

    def to_dict(self) -> dict[str, object]:
        """JSON-ready form: {"facts": {name: {...}}, "messages": n}."""
        return {
            "facts": {name: fact.to_dict() for name, fact in self.facts.items()},
            "messages": self.messages,
        }

    @classmethod
    def from_dict(cls, data: object) -> Dossier:
        """Read a dossier written by `to_dict` (a `--dossier FILE.json`).

        Raises:
            DossierError: The data is not a dossier.
        """
        if not isinstance(data, dict) or not isinstance(data.get("facts", {}), dict):
            raise DossierError('Het dossierbestand heeft niet de vorm {"facts": {...}}.')
        dossier = cls(messages=_int(data.get("messages")))
        for name, raw in data.get("facts", {}).items():
            if not isinstance(raw, dict) or "value" not in raw:
                raise DossierError(f"Het gegeven '{name}' in het dossier mist een waarde.")
            try:
                certainty = Certainty(raw.get("certainty", "exact"))
            except ValueError:
                raise DossierError(
                    f"Onbekende zekerheid bij '{name}': {raw.get('certainty')!r}."
                ) from None
            dossier = dossier.with_fact(
                Fact(
                    name,
                    raw["value"],
                    str(raw.get("source", "bestand")),
                    certainty,
                    str(raw.get("quote", "")),
                )
            )
        dossier.case_facts()  # validates the dates
        return dossier

    def understood(self) -> list[str]:
        """Dutch lines: what Spoorwijzer understood of the case, for the answer and the panel."""
        lines = []
        for name, fact in self.facts.items():
            lines.append(f"{FACT_LABELS[name].lower()}: {describe_value(fact)}")
        return lines

    def dates(self) -> set[dt.date]:
        """Every date in the dossier (these come from the user's own input)."""
        found: set[dt.date] = set()
        for fact in self.facts.values():
            values = fact.value if isinstance(fact.value, list) else [fact.value]
            for item in values:
                for part in item if isinstance(item, list) else [item]:
                    if isinstance(part, str) and _is_iso(part):
                        found.add(dt.date.fromisoformat(part))
        return found


# Readers whose facts the answer names as theirs: the story model and an optional chat model.
MODEL_READERS = frozenset({"leesmodel", "taalmodel"})


def describe_value(fact: Fact) -> str:
    """A fact's value in Dutch, with its certainty when it is not exact."""
    value = fact.value
    if fact.name == "ziekteperiodes" and isinstance(value, list):
        text = "; ".join(
            f"ziek vanaf {format_date(dt.date.fromisoformat(str(s)))}"
            if not e
            else f"ziek van {format_date(dt.date.fromisoformat(str(s)))} t/m "
            f"{format_date(dt.date.fromisoformat(str(e)))}"
            for s, e in value
        )
    elif isinstance(value, list):
        text = " t/m ".join(format_date(dt.date.fromisoformat(str(v))) for v in value)
    elif isinstance(value, str) and _is_iso(value):
        text = format_date(dt.date.fromisoformat(value))
    elif isinstance(value, bool):
        text = "ja" if value else "nee"
    else:
        text = VALUE_LABELS.get(str(value), str(value))
    if fact.certainty is Certainty.APPROXIMATE:
        text += f" (ongeveer, uit '{fact.quote}')" if fact.quote else " (ongeveer)"
    elif fact.certainty is Certainty.ASSUMED:
        text += " (aangenomen)"
    reader = fact.source.split(" (")[0]
    if reader in MODEL_READERS:  # read by a model, not by the rules: say so, so it is checked
        text += f" (gelezen door het {reader}; klopt dat niet, verbeter het dan)"
    return text


def _is_iso(value: str) -> bool:
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _int(value: object) -> int:
    if isinstance(value, bool):
        return 0
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.isdigit():
        return int(value)
    return 0


@dataclass(frozen=True, slots=True)
class MessageReading:
    """What one message added to the dossier, plus what the answer must know about it."""

    dossier: Dossier
    facts: QuestionFacts
    problems: tuple[str, ...]
    diagnosis_given: bool
    corrected: tuple[str, ...] = ()
    story: tuple[StoryFact, ...] = ()  # every qualitative fact the lexicon read in the message


def read_message(
    dossier: Dossier, text: str, today: dt.date, *, source: str | None = None
) -> MessageReading:
    """Read one user message into the dossier.

    Args:
        dossier: The dossier so far (empty for a new case).
        text: The user's message.
        today: The reference date for yearless and relative dates.
        source: Where the facts come from (default "bericht n").

    Returns:
        The updated dossier and the facts of this message.
    """
    number = dossier.messages + 1
    origin = source or f"bericht {number}"
    text = correct_spelling(text)  # "ziek sins 3 febuari"
    # The dates as the date readers know them ("vijftien maart", "last Monday"); the story and
    # the quotes keep the user's own words (with slips in domain words corrected).
    dated = spell_out_dates(end_lines(unfold_chat(day_first(text))), today)
    facts = read_question_facts(dated, today)
    updated = replace(dossier, messages=number, problems=facts.problems)
    corrected: list[str] = []
    if facts.facts is not None:
        certainty = Certainty.EXACT if facts.first_day_exact else Certainty.APPROXIMATE
        phrase = facts.start_phrase
        periods = [
            [p.first_day.isoformat(), p.last_day.isoformat() if p.last_day else None]
            for p in facts.facts.periods
        ]
        periods, relapse = _merged_periods(dossier, periods, facts, dated, today)
        updated = _with_periods(
            updated, Fact("ziekteperiodes", periods, origin, certainty, phrase), relapse
        )
        case = facts.facts
        if case.leave is not None:
            updated = updated.with_fact(
                Fact(
                    "zwangerschapsverlof",
                    [case.leave.first_day.isoformat(), case.leave.last_day.isoformat()],
                    origin,
                )
            )
    elif isinstance(dossier.get("herval"), str) and _recovery_day(facts.dated_cues) is not None:
        updated, corrected = _close_before_relapse(updated, facts.dated_cues, origin)
    elif _CORRECTION.search(dated) and dossier.first_sick_day is not None:
        updated, corrected = _correct_first_day(updated, dated, today, origin)
    for name, weeks in (
        ("verlenging_weken", facts.verlenging_weken),
        ("loonsanctie_weken", facts.loonsanctie_weken),
    ):
        if weeks:
            updated = updated.with_fact(Fact(name, weeks, origin))
    for cue, day in facts.dated_cues:
        fact_name = _CUE_TO_FACT.get(cue)
        if fact_name is not None:
            updated = updated.with_fact(Fact(fact_name, day.isoformat(), origin))
    recovery_dated = any(cue == "recovery" for cue, _ in facts.dated_cues)
    told = tuple(read_story_facts(text))
    for story in told:
        if (
            recovery_dated
            and story.value == "volledig_hersteld"
            and updated.first_sick_day is not None
        ):
            continue  # "hersteld gemeld per 7 september": a period's end, not a judgement
        updated = updated.with_fact(Fact(story.name, story.value, origin, quote=story.quote))
    return MessageReading(
        updated,
        facts,
        facts.problems,
        diagnosis_given=mentions_diagnosis(text),
        corrected=tuple(corrected),
        story=told,
    )


def _recovery_in_open_period(
    earlier: object, periods: list[list[str | None]], cues: Sequence[tuple[str, dt.date]]
) -> str | None:
    """The last sick day of the earlier open period, when this message tells its recovery.

    The message names a recovery after the earlier period's start and every period it tells
    starts after that recovery: the earlier period closed the day before.
    """
    if not isinstance(earlier, list) or not earlier or earlier[-1][1] is not None:
        return None
    start = str(earlier[-1][0])
    for cue, day in cues:
        if cue == "recovery" and start < day.isoformat() <= str(periods[0][0]):
            return (day - dt.timedelta(days=1)).isoformat()
    return None


def _with_periods(dossier: Dossier, fact: Fact, relapse: str | None) -> Dossier:
    """The dossier with its new periods and any relapse still waiting for its recovery."""
    earlier = dossier.facts.get("ziekteperiodes")
    told = dossier.get("ziekteperiodes")
    periods = fact.value
    assert isinstance(periods, list)
    if (
        earlier is not None
        and isinstance(told, list)
        and told
        and periods
        and periods[0][0] == told[0][0]
    ):
        # The first sick day stays the one told before: so do its certainty and its words.
        fact = replace(fact, certainty=earlier.certainty, quote=earlier.quote)
    if relapse is not None:
        dossier = dossier.with_fact(Fact("herval", relapse, fact.source))
    elif any(str(p[0]) == dossier.get("herval") for p in periods):
        dossier = dossier.without("herval")  # the relapse is a period of its own now
    return dossier.with_fact(fact)


def _merged_periods(
    dossier: Dossier,
    periods: list[list[str | None]],
    facts: QuestionFacts,
    text: str,
    today: dt.date,
) -> tuple[list[list[str | None]], str | None]:
    """The message's periods merged with the dossier's, and a relapse awaiting its recovery.

    "Op 10 juni werd ze weer ziek": until the recovery is told, the earlier first day stands,
    never silently replaced, and the answer asks for the recovery.
    """
    earlier = dossier.get("ziekteperiodes")
    if not isinstance(earlier, list) or not earlier:
        return periods, None
    correction = bool(_CORRECTION.search(text))
    cues = {cue for cue, _ in facts.dated_cues}
    recovered = _recovery_in_open_period(earlier, periods, facts.dated_cues)
    if recovered is not None:  # "tussendoor van 1 t/m 20 juni gewerkt" in a later message
        return [*earlier[:-1], [earlier[-1][0], recovered], *periods], None
    relapse = _relapse_without_recovery(earlier, periods, cues)
    denied = denied_days(text, today) if correction else set()
    if correction and (relapse is None or len(earlier) > 1 or denied):
        return _corrected_relapse(periods, earlier, relapse, denied), None
    if relapse is None and earlier[-1][1] is not None and str(periods[0][0]) > str(earlier[-1][1]):
        return [*earlier, *periods], None  # a relapse after a recovery told earlier
    if relapse is None and ("first_day" in cues or str(periods[0][0]) <= str(earlier[0][0])):
        return periods, None
    # A relapse (or a later start) without a first sick day or a correction: the start told
    # before stays, the new day waits for its recovery.
    return earlier, relapse or str(periods[-1][0])


def _relapse_without_recovery(
    earlier: object, periods: list[list[str | None]], cues: set[str]
) -> str | None:
    """The new sick day of a relapse told without its recovery, after an open period."""
    if (
        not isinstance(earlier, list)
        or not earlier
        or earlier[-1][1] is not None
        or "relapse" not in cues
        or cues & {"first_day", "recovery"}
        or len(periods) != 1
        or periods[0][1] is not None
    ):
        return None
    new = str(periods[0][0])
    return new if new > str(earlier[-1][0]) else None


def _recovery_day(cues: Sequence[tuple[str, dt.date]]) -> dt.date | None:
    return next((day for cue, day in cues if cue == "recovery"), None)


def _close_before_relapse(
    dossier: Dossier, cues: Sequence[tuple[str, dt.date]], origin: str
) -> tuple[Dossier, list[str]]:
    """A told recovery ends the open period; the pending relapse starts a new one."""
    relapse = str(dossier.get("herval"))
    recovery = _recovery_day(cues)
    periods = dossier.get("ziekteperiodes")
    assert recovery is not None
    assert isinstance(periods, list)
    start = str(periods[-1][0])
    if not start < recovery.isoformat() <= relapse:
        return dossier, []
    last = (recovery - dt.timedelta(days=1)).isoformat()
    closed = [*periods[:-1], [start, last], [relapse, None]]
    fact = dossier.facts["ziekteperiodes"]
    updated = dossier.without("herval").with_fact(
        Fact("ziekteperiodes", closed, origin, fact.certainty, fact.quote)
    )
    return updated, ["ziekteperiodes"]


def _corrected_relapse(
    periods: list[list[str | None]],
    earlier: list[list[object]],
    relapse: str | None,
    denied: set[dt.date],
) -> list[list[str | None]]:
    """The periods after a correction; a corrected relapse replaces the last start.

    For example "correctie: ze is pas op 25 mei weer ziek geworden, niet de 20e".
    """
    if relapse is not None and not denied and len(earlier) > 1:
        kept = [[str(p[0]), str(p[1]) if p[1] else None] for p in earlier]
        return [*kept[:-1], [relapse, kept[-1][1]]]
    return _corrected_periods(periods, earlier, denied)


def _corrected_periods(
    periods: list[list[str | None]], earlier: list[list[object]], denied: set[dt.date]
) -> list[list[str | None]]:
    """The periods after a correction ("pas op 5 mei weer ziek, niet op 20 april").

    A denied start in the earlier periods is replaced by the one new start; otherwise the
    message restates the periods, keeping the ends told before.
    """
    starts = {str(p[0]) for p in earlier}
    new = [p[0] for p in periods if p[0] not in starts]
    wrong = [str(p[0]) for p in earlier if str(p[0]) in {d.isoformat() for d in denied}]
    if len(new) == 1 and len(wrong) == 1:
        return [
            [new[0] if str(p[0]) == wrong[0] else str(p[0]), str(p[1]) if p[1] else None]
            for p in earlier
        ]
    return _keep_known_ends(periods, earlier)


def _keep_known_ends(
    periods: list[list[str | None]], earlier: list[list[object]]
) -> list[list[str | None]]:
    """A correction restates the periods; an end told before stays before the next start.

    For example "beter per 1 april" earlier, "pas op 5 mei weer ziek, niet op 20 april" now.
    """
    ends = {str(p[0]): str(p[1]) for p in earlier if p[1]}
    kept: list[list[str | None]] = []
    for index, (start, end) in enumerate(periods):
        following = periods[index + 1][0] if index + 1 < len(periods) else None
        known = ends.get(str(start))
        fits = known is not None and (following is None or known < str(following))
        kept.append([start, known if end is None and fits else end])
    return kept


def _correct_first_day(
    dossier: Dossier, text: str, today: dt.date, origin: str
) -> tuple[Dossier, list[str]]:
    """A lone date in a correction ("nee, het was 3 maart") replaces the first sick day."""
    mentions = [m for m in find_dates(text) if not denies(text, m)]
    days = [m.day for m in mentions if m.day is not None]
    if not days:
        days = [d for m in mentions if (d := mention_day(m, today)) is not None]
    if not days:
        days = [v.day for v in find_vague_dates(text, today) if v.exact]
    if len(days) != 1:
        return dossier, []
    periods = dossier.get("ziekteperiodes")
    assert isinstance(periods, list)
    new = [[days[0].isoformat(), periods[0][1]], *periods[1:]]
    return dossier.with_fact(Fact("ziekteperiodes", new, origin, Certainty.EXACT)), [
        "ziekteperiodes"
    ]


# "en dan nog een andere medewerker: …": a message about another employee than the case's.
_OTHER_EMPLOYEE = re.compile(
    r"\b(?:andere|tweede|nog een|een nieuwe)\s+(?:zieke\s+)?(?:medewerker|werknemer|collega|"
    r"medewerkster|werkneemster|personeelslid)\b|\bover iemand anders\b|\bnog een zieke\b",
    re.IGNORECASE,
)


def about_another_employee(text: str) -> bool:
    """True when a message says it is about another employee than the case so far."""
    return bool(_OTHER_EMPLOYEE.search(text))


def read_messages(messages: Sequence[str], today: dt.date) -> Dossier:
    """A dossier from a whole conversation, oldest message first."""
    dossier = Dossier()
    for message in messages:
        dossier = read_message(dossier, message, today).dossier
    return dossier


def dossier_problems(dossier: Dossier) -> tuple[str, ...]:
    """Dutch problems the latest message left (an impossible date), kept for the answer."""
    return tuple(str(p) for p in dossier.problems)
