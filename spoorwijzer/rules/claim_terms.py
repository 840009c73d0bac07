"""Compare a statement with a claim by its terms: key terms in agreement, the same quantities.

Layer: rules (plain text, no retrieval). Both the claim matcher's bars and the claim ranker's
features use these.
"""

from __future__ import annotations

import re

from spoorwijzer.language.relative_dates import DURATION_PATTERN, duration_days
from spoorwijzer.language.synonyms import claim_words, expand_query
from spoorwijzer.language.wording import DOMAIN_STEMS, content_roots, verb_root

KEY_TERM_AGREEMENT = 0.34  # share of the claim's key terms the statement must also use
STRICT_KEY_TERM_AGREEMENT = 0.5  # ... and for a yes/no question without a claim cue
# Words that every claim in this domain shares; agreement is measured on the others.
# Negation and degree words carry polarity, not a topic ("geen loon meer" is about pay).
_GENERIC = DOMAIN_STEMS | {"zodra", "hoeft", "hoeven", "moeten", "mogen", "kunnen", "gewoon"}
_GENERIC |= {"geen", "meer", "wel", "niks", "niets", "doen", "nadat"}


_TRACK_ONE = re.compile(r"\b(?:spoor\s*1|spoor\s+een|eerste\s+spoor)\b", re.IGNORECASE)
# "spoor twee", "tweede spoor": spoor 2 (its "twee" names no term of two years or weeks)
_TRACK_TWO = re.compile(r"\b(?:spoor\s+twee|(?:het\s+)?tweede\s+spoor|2e\s+spoor)\b", re.I)


def key_terms(text: str) -> set[str]:
    """The content words that say what a statement is about ("bouwen" and "bouwt" agree).

    "Spoor 1" is a term of its own ("spoor" and "1" alone say nothing); "spoor twee" is spoor 2.
    """
    text = _TRACK_TWO.sub(" spoor 2 ", _TRACK_ONE.sub(" spoor1 ", text))
    return content_roots(text) - _GENERIC - {verb_root(g) for g in _GENERIC}


def agreement(statement: str, claim: str) -> float:
    """Share of the claim's key terms that the statement also uses (0-1)."""
    wanted = key_terms(claim)
    # "re-integratiebedrijf" also says "…bureau"; "loopt door" speaks of what "stopt" does
    said = key_terms(f"{expand_query(statement)} {claim_words(statement)}")
    return len(wanted & said) / len(wanted) if wanted else 1.0


def terms_agree(statement: str, claim: str, *, strict: bool = False) -> bool:
    """True when the statement uses enough of the claim's key terms."""
    floor = STRICT_KEY_TERM_AGREEMENT if strict else KEY_TERM_AGREEMENT
    return agreement(statement, claim) >= floor


_QUANTITY = re.compile(
    rf"(?<!\bbinnen )(?<!\bna )(?<!\btot )(?<!\bdan )(?<!\bminstens )(?<!\bmaximaal )"
    rf"\b{DURATION_PATTERN}",
    re.IGNORECASE,
)
SAME_TERM = 0.03  # "52 weken" and "een jaar" are one term
# "na een jaar ziekte" against "na twee jaar ziekte": two bounds of one kind name other terms.
_AFTER = re.compile(rf"\bna\s+{DURATION_PATTERN}", re.IGNORECASE)


def same_quantities(statement: str, claim: str) -> bool:
    """False when both name an exact term ("zes weken", "93 weken") and none is the same.

    A bound ("binnen 4 weken", "na 104 weken", "meer dan …") is no exact term: "na twee weken
    weer uitgevallen" may still be about a claim on "binnen vier weken". Two bounds after ("na
    een jaar" against "na twee jaar") are compared with each other.
    """
    for pattern in (_QUANTITY, _AFTER):
        said = [duration_days(a, u) for a, u in pattern.findall(statement)]
        known = [duration_days(a, u) for a, u in pattern.findall(claim)]
        if (
            said
            and known
            and not any(abs(a - b) <= SAME_TERM * max(a, b) for a in said for b in known)
        ):
            return False
    return True
