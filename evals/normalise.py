"""Text normalisation for matching key facts: robust to case, accents, punctuation, dates.

Layer: evals (pure). "27 oktober 2025", "ma 27-10-2025" and "2025-10-27" all become the token
"2025-10-27"; number words one to twelve become digits; accents and punctuation are dropped.
"""

from __future__ import annotations

import re
import unicodedata

from spoorwijzer.language.date_mentions import find_dates

_NUMBERS = {
    "een": "1",
    "één": "1",
    "twee": "2",
    "drie": "3",
    "vier": "4",
    "vijf": "5",
    "zes": "6",
    "zeven": "7",
    "acht": "8",
    "negen": "9",
    "tien": "10",
    "elf": "11",
    "twaalf": "12",
}
_NUMBER_WORD = re.compile(r"\b(" + "|".join(_NUMBERS) + r")\b")


def normalise(text: str) -> str:
    """Return a canonical form of the text for substring matching."""
    for mention in reversed(find_dates(text)):
        if mention.day is not None:
            text = f"{text[: mention.start]} {mention.day.isoformat()} {text[mention.end :]}"
    text = text.lower()
    text = _NUMBER_WORD.sub(lambda m: _NUMBERS[m.group(1)], text)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"(?<!\d):|:(?!\d)", " ", text)  # keep '7:629', drop a sentence colon
    text = re.sub(r"[^\w\s:-]", " ", text).replace("-", " ")
    return " ".join(text.split())


def contains(text: str, phrase: str) -> bool:
    """True when the phrase occurs in the text after normalising both."""
    return f" {normalise(phrase)} " in f" {normalise(text)} "
