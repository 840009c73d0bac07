"""Crude Dutch word matching shared by retrieval re-ranking and sentence selection.

Layer: pure. Content words are lower-cased, stripped of common function words and cut to six
letters, so "weigert", "weigeren" and "weigering" meet.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"\w+", re.UNICODE)
STOPWORDS = frozenset(
    [
        "de",
        "het",
        "een",
        "en",
        "of",
        "van",
        "in",
        "op",
        "te",
        "dat",
        "die",
        "is",
        "zijn",
        "wordt",
        "worden",
        "voor",
        "met",
        "aan",
        "bij",
        "als",
        "dan",
        "er",
        "niet",
        "ook",
        "wat",
        "hoe",
        "wie",
        "waar",
        "wanneer",
        "mijn",
        "ik",
        "je",
        "u",
        "we",
        "wij",
        "hij",
        "zij",
        "ze",
        "dit",
        "deze",
        "om",
        "tot",
        "naar",
        "nog",
        "al",
        "kan",
        "moet",
        "mag",
        "heeft",
        "hebben",
        "was",
        "mij",
        "ons",
        "onze",
        "zich",
        "toch",
        "dus",
        "maar",
        "door",
        "over",
        "uit",
    ]
)


# Stems every text of this domain shares (spoor 2, werknemer, re-integratie …): they say nothing
# about what a statement or a question is about.
DOMAIN_STEMS = frozenset(
    {"spoor", "2", "tweede", "werkne", "werkge", "medewe", "ziek", "re", "integr", "reinte"}
)


def content_stems(text: str) -> set[str]:
    """The text's content words, cut to their first six letters."""
    return {w[:6] for w in _WORD.findall(text.lower()) if w not in STOPWORDS and len(w) > 1}


def overlap(question: str, text: str) -> float:
    """Share of the text's content words that the question also uses (0-1)."""
    words = content_stems(text)
    return len(words & content_stems(question)) / len(words) if words else 0.0


_KEEP_T = ("st", "cht", "nt", "lt")


def verb_root(word: str) -> str:
    """A Dutch word without its commonest verb ending: "bouwen" and "bouwt" both give "bouw".

    Only "-en" (long words) or a final "-t" (not "-st", "-cht", "-nt", "-lt", short "-rt") is cut,
    and a doubled last consonant is single again ("stoppen" -> "stop").
    """
    if len(word) > 5 and word.endswith("en"):
        word = word[:-2]
        if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiou":
            word = word[:-1]
    elif (
        len(word) > 4
        and word.endswith("t")
        and not word.endswith(_KEEP_T)
        and not (word.endswith("rt") and len(word) <= 5)  # "start", but "weigert"
    ):
        word = word[:-1]
    return word


def content_roots(text: str) -> set[str]:
    """Like `content_stems`, with verb endings cut first (for matching a statement to a claim)."""
    return {
        verb_root(w)[:6] for w in _WORD.findall(text.lower()) if w not in STOPWORDS and len(w) > 1
    }
