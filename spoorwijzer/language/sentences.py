"""Split Dutch text into sentences; shared by ingest (chunking) and the answer composer.

Layer: pure. Does not split after abbreviations ("art. 7:660a", "bijv. de") or after a list
number ("1. Doel").
"""

from __future__ import annotations

import re
from itertools import pairwise

# A new sentence starts with a capital, a digit or a quote, or (typed without capitals) with a
# question word: "… ziek geworden. wanneer moet ik de eerstejaars doen". A quote may close the
# sentence before it ("… zie de FML.' Wat betekent …").
_SENTENCE_END = re.compile(
    r"(?:(?<=[.!?])|(?<=[.!?]['\"’”]))\s+(?=[A-Z0-9ÀÉÈÖÜ\"'‘“(]|(?:wat|wanneer|hoe|moet|moeten|mag|mogen|kan|kunnen|"
    r"klopt|wie|welke|waarom|hoeveel|is|zijn|heb|hebben|en)\s)"
)
_ABBREVIATION = re.compile(
    r"(?:\b(?:art|artt|bijv|o\.a|nr|ca|vs|incl|excl|max|min|m\.b\.t|i\.v\.m|d\.w\.z|jl|lid|"
    r"sub|e\.d|resp|zgn|t\.a\.v|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec|evt|bv|zsm|"
    r"z\.s\.m)|^\d{1,2})\.$",
    re.IGNORECASE,
)


_LIST_ITEM = re.compile(r"^\s*(?:[-*•]|\d{1,2}[.)]\s)")


def end_lines(text: str) -> str:
    """A full stop after each line of a list ("- AD afgerond", "- ww werkt mee"): two sentences.

    A line ends its sentence when it or the next line is a list item; a sentence wrapped over
    two lines of prose stays one sentence.
    """
    lines = text.replace("\r\n", "\n").split("\n")
    joined = lines[0].rstrip()
    for before, line in pairwise(lines):
        listed = _LIST_ITEM.match(before) or _LIST_ITEM.match(line)
        if not line.strip():
            joined += "\n"  # a blank line stays
            continue
        if (
            listed
            and joined.strip()
            and not joined.rstrip().endswith((".", "?", "!", ":", ";", ","))
        ):
            joined = joined.rstrip() + "."
        joined += (" " if listed else "\n") + line.strip()
    return joined


def sentence_start(text: str, position: int, marks: str = ".?!") -> int:
    """Where the sentence of `text` that holds `position` begins."""
    return max(text.rfind(mark, 0, position) for mark in marks) + 1


def sentence_at(text: str, position: int, marks: str = ".?!") -> str:
    """The sentence of `text` (between ., ? or !) that holds `position`.

    `marks=".?!,;"` gives the clause instead.
    """
    begin = sentence_start(text, position, marks)
    ends = [i for mark in marks if (i := text.find(mark, position)) != -1]
    return text[begin : min(ends, default=len(text))]


def split_sentences(paragraph: str) -> list[str]:
    """Split a paragraph at ., ! or ? followed by a capital, a digit, a quote or a question word."""
    pieces = [s.strip() for s in _SENTENCE_END.split(paragraph) if s.strip()]
    sentences: list[str] = []
    for piece in pieces:
        if sentences and _ABBREVIATION.search(sentences[-1]):
            sentences[-1] = f"{sentences[-1]} {piece}"
        else:
            sentences.append(piece)
    return sentences
