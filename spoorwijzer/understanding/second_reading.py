"""An optional second reader of the case: a chat model's facts and asks, checked before use.

Layer: understanding (pure). When a chat model is configured it may read the same message into
the same dossier and asks (structured JSON). Nothing it says is trusted as such: unknown facts,
values and asks are dropped; every date it gives must occur in the user's own words (a written
date, or a vague one the parser read) or be a date the deterministic reading already holds; a
fact the deterministic reading found is never replaced (the rules win on conflict); and a claim
ask is never taken from the model (a verdict needs the rules' cue). What it adds carries the
source "taalmodel" so the user sees where it came from and can correct it.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from spoorwijzer.language.date_mentions import find_dates
from spoorwijzer.language.relative_dates import find_vague_dates, mention_day
from spoorwijzer.understanding.asks import Ask
from spoorwijzer.understanding.dossier import Certainty, Dossier, Fact

# What the model may fill, and the values each fact may take (as the dossier writes them).
CHOICE_FACTS: dict[str, frozenset[str]] = {
    # not "volledig_hersteld": a recovery is read from its date by the rules (a period's end)
    "oordeel_bedrijfsarts": frozenset(
        {"eigen_werk_niet", "ander_werk_mogelijk", "gbm", "marginaal"}
    ),
    "arbeidsdeskundig_onderzoek": frozenset({"niet_gedaan", "gepland", "gedaan"}),
    "intern_passend_werk": frozenset({"ja", "nee"}),
    "zicht_op_terugkeer": frozenset({"binnen_3_maanden", "later_dan_3_maanden", "geen"}),
    "medewerking": frozenset({"ja", "nee"}),
    "deskundigenoordeel": frozenset({"ja", "nee"}),
    "eigenrisicodrager_zw": frozenset({"ja", "nee"}),
    "uwv_brief_ontvangen": frozenset({"ja", "nee"}),
}
DATE_FACTS = frozenset({"eerste_ziektedag", "einde_dienstverband", "aow_datum"})
WEEK_FACTS = frozenset({"verlenging_weken", "loonsanctie_weken"})
MAX_WEEKS = 52
MODEL_ASKS = frozenset(a for a in Ask if a is not Ask.CLAIM)  # a claim needs the rules' cue
SOURCE = "taalmodel"

CaseReader = Callable[[str, dt.date], str | None]  # (message, today) -> the model's raw JSON


@dataclass(frozen=True, slots=True)
class SecondReading:
    """What the second reader added, and the names of the facts it gave that were refused."""

    dossier: Dossier
    asks: tuple[Ask, ...]
    added: tuple[str, ...]
    refused: tuple[str, ...]


def dates_in_text(text: str, today: dt.date, *, ahead: bool = False) -> set[dt.date]:
    """The exact dates the user's words name, never a vague "in juni".

    Written dates (a yearless one resolved to the last one before today, with `ahead` also to
    the nearest one, for a contract end or an AOW date) and exact relative ones ("gisteren").
    """
    found: set[dt.date] = set()
    for mention in find_dates(text):
        for forward in {False, ahead}:  # a written year stands; a yearless one is resolved
            day = mention_day(mention, today, ahead=forward)
            if day is not None:
                found.add(day)
    found.update(v.day for v in find_vague_dates(text, today) if v.exact)
    return found


def parse_reply(raw: str | None) -> dict[str, object]:
    """The model's JSON object (fenced in ``` or not); an empty dict when it is not JSON."""
    if not raw:
        return {}
    text = raw.strip()
    if text.startswith("```"):
        text = text.strip("`")
        text = text.split("\n", 1)[1] if "\n" in text else ""
    start, end = text.find("{"), text.rfind("}")
    if start < 0 or end <= start:
        return {}
    try:
        data = json.loads(text[start : end + 1])
    except json.JSONDecodeError:
        return {}
    return data if isinstance(data, dict) else {}


def merge_second_reading(
    dossier: Dossier,
    reply: Mapping[str, object],
    *,
    message: str,
    today: dt.date,
    source: str = SOURCE,
) -> SecondReading:
    """Add the checked facts and asks of a model's reply to the deterministic reading.

    Args:
        dossier: The dossier after the deterministic reading of this message.
        reply: The model's parsed JSON: {"facts": {name: value}, "asks": [label, ...]}.
        message: The user's message (every model date must occur in it).
        today: The reference date for yearless dates in the message.
        source: Who read the facts (shown with each fact it adds).

    Returns:
        The dossier with the accepted facts, the accepted asks and what was refused.
    """
    facts = reply.get("facts")
    past = {d for d in dates_in_text(message, today) | dossier.dates() if d <= today}
    coming = dates_in_text(message, today, ahead=True) | dossier.dates()
    added: list[str] = []
    refused: list[str] = []
    for name, value in facts.items() if isinstance(facts, dict) else ():
        fact_name = "ziekteperiodes" if name == "eerste_ziektedag" else str(name)
        if fact_name in dossier.facts:
            continue  # the deterministic reading wins
        allowed = past if name == "eerste_ziektedag" else coming
        checked = _checked_value(str(name), value, allowed, message)
        if checked is None:
            refused.append(str(name))  # the name only: a refused value may be anything
            continue
        dossier = dossier.with_fact(
            Fact(fact_name, checked, f"{source} (bericht {dossier.messages})", Certainty.EXACT)
        )
        added.append(fact_name)
    asks = reply.get("asks")
    labels = {str(m) for m in MODEL_ASKS}
    accepted = tuple(
        Ask(a)
        for a in (asks if isinstance(asks, list) else ())
        if isinstance(a, str) and a in labels
    )
    return SecondReading(dossier, tuple(dict.fromkeys(accepted)), tuple(added), tuple(refused))


def _checked_value(
    name: str, value: object, allowed_dates: set[dt.date], message: str
) -> object | None:
    """The value in the dossier's form, or None when it is unknown or not backed by the text."""
    if name in CHOICE_FACTS:
        text = ("ja" if value else "nee") if isinstance(value, bool) else str(value)
        return text if text in CHOICE_FACTS[name] else None
    if name in WEEK_FACTS:
        ok = isinstance(value, int) and not isinstance(value, bool) and 0 < value <= MAX_WEEKS
        said = ok and re.search(rf"\b{value}\s*weken\b", message, re.IGNORECASE)
        return value if said else None  # a number of weeks the user wrote, nothing else
    if name in DATE_FACTS:
        try:
            day = dt.date.fromisoformat(str(value))
        except ValueError:
            return None
        if day not in allowed_dates:
            return None  # a date the user never wrote: never taken from a model
        return [[day.isoformat(), None]] if name == "eerste_ziektedag" else day.isoformat()
    return None
