"""Typing slips in the words the readers depend on: "febuari", "probleemanalise", "sins".

Layer: pure functions. A word of seven letters or more that is not a form of a domain word or
month and lies one edit from exactly one of them (two for words of 13 letters or more) is read
as that word (rapidfuzz's OSA distance: a swap of two letters is one edit); short slips come
from a list, because a short word one edit off is usually another word. Real words near a
domain word stay as typed ("arbeidsgeschikt", "bedrijfsauto", "ingevallen", "aanvrager"); only
the words the readers look for are corrected, and the dossier's quotes show them corrected.
"""

from __future__ import annotations

import re
from functools import lru_cache

import Stemmer
from rapidfuzz.distance import OSA
from rapidfuzz.process import extract

# Domain words also read when typed in two: "probleem analyse", "bedrijfs arts" ("ziek gemeld"
# and "weeks melding" are usual spellings the readers know).
JOINABLE_WORDS: tuple[str, ...] = (
    "probleemanalyse",
    "eerstejaarsevaluatie",
    "eindevaluatie",
    "arbeidsdeskundige",
    "arbeidsdeskundig",
    "bedrijfsarts",
    "loondoorbetaling",
    "loonsanctie",
    "deskundigenoordeel",
)
# The words a reader looks for: months (the date readers), the milestones and roles (routing,
# asks, facts). Inflections of these are left alone (same Snowball stem, or the word with an
# ending). The roles (werkgever, medewerker) are not among them: "meewerken" is two edits off.
DOMAIN_WORDS: tuple[str, ...] = (
    "januari",
    "februari",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
    *JOINABLE_WORDS,
    "re-integratie",
    "re-integratieverslag",
    "reintegratie",
    "wachttijd",
    "ziekmelding",
    "ziektedag",
    "ziekteperiode",
    "arbodienst",
    "weeksmelding",
    "herstelmelding",
    "verzuimverzekering",
    "uitgevallen",
)
# Short slips users type (a short word one edit off is usually another word, so no distance).
SHORT_SLIPS: dict[str, str] = {
    "sins": "sinds",
    "sind": "sinds",
    "sinsd": "sinds",
    "zik": "ziek",
    "ziekj": "ziek",
    "zecht": "zegt",
    "zegd": "zegt",
    "wanner": "wanneer",
    "wanneeer": "wanneer",
    "nie": "niet",
    "nit": "niet",
}
# Not among them: "arbeidsongeschikt" ("arbeidsgeschikt" is its opposite, one edit off), verbs
# ("aanvragen": "aanvrager") and forms the readers know in two words ("ziek gemeld").
# Edits allowed by word length: a word of 13+ letters may have two slips, of 7-12 letters one.
# Two slips in a shorter word reach real words: "bedrijfsauto" is two edits from
# "bedrijfsarts", "ingevallen" from "uitgevallen", "ziektegeld" from "ziekgemeld".
_LONG_WORD = 13
_MEDIUM_WORD = 7
# A word on its own: not the tail of "42e-weeksmelding".
_WORD = re.compile(r"(?<![\w-])[^\W\d_][\w-]*", re.UNICODE)
_STEMMER = Stemmer.Stemmer("dutch")
_DOMAIN_STEMS = frozenset(_STEMMER.stemWords(list(DOMAIN_WORDS)))
SPELLING_CACHE_SIZE = 4096


def _allowed_edits(word: str) -> int:
    if len(word) >= _LONG_WORD:
        return 2
    return 1 if len(word) >= _MEDIUM_WORD else 0


@lru_cache(maxsize=SPELLING_CACHE_SIZE)
def corrected_word(word: str) -> str:
    """The domain word a slip stands for, or the word itself.

    A slip needs exactly one nearest domain word; a word with a domain word's stem is an
    inflection ("bedrijfsartsen"), not a slip.
    """
    lower = word.lower()
    if lower in SHORT_SLIPS:
        return _same_case(word, SHORT_SLIPS[lower])
    edits = _allowed_edits(lower)
    if not edits or lower in DOMAIN_WORDS or _STEMMER.stemWord(lower) in _DOMAIN_STEMS:
        return word
    near = extract(lower, DOMAIN_WORDS, scorer=OSA.distance, score_cutoff=edits, limit=2)
    if not near or (len(near) > 1 and near[1][1] == near[0][1]):
        return word  # nothing near, or two words equally near: no guess
    if lower.startswith(near[0][0]):
        return word  # an ending added ("ziektedagen"), no slip
    return _same_case(word, near[0][0])


def _same_case(typed: str, word: str) -> str:
    if typed.isupper() and len(typed) > 1:
        return word.upper()
    return word.capitalize() if typed[:1].isupper() else word


_SPLIT_WORD = re.compile(
    r"\b("
    + "|".join(
        rf"{re.escape(w[:i])}\s+{re.escape(w[i:])}"
        for w in JOINABLE_WORDS
        for i in range(4, len(w) - 3)
        if w[i - 1] != "-" and w[i] != "-"
    )
    + r")\b",
    re.IGNORECASE,
)


def correct_spelling(text: str) -> str:
    """The text with slips in domain words and months corrected; everything else as typed."""
    joined = _SPLIT_WORD.sub(lambda m: re.sub(r"\s+", "", m.group(0)), text)
    return _WORD.sub(lambda m: corrected_word(m.group(0)), joined)
