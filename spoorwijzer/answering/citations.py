"""Numbered citations and the sentences they quote, taken verbatim from retrieved passages.

Layer: answer composition (pure). A citation's quote is always a substring of its chunk's
text, so the guard can verify it against the store.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spoorwijzer.language.sentences import split_sentences
from spoorwijzer.language.wording import content_stems
from spoorwijzer.records import Citation
from spoorwijzer.retrieval.hybrid import Passage

_BASIS = re.compile(r"^(?:wettelijke\s+)?grondslag:\s*(.+?)(?:;\s*bron:.*)?\.?$", re.IGNORECASE)
RELATIVE_FLOOR = 0.7  # a supporting passage scores at least 70% of the best one
_META = re.compile(r"^(?:(?:wettelijke\s+)?grondslag|bron|bronnen):", re.IGNORECASE)


class CitationBook:
    """Collects the citations of one answer and hands out their numbers."""

    def __init__(self) -> None:
        self._citations: list[Citation] = []

    def cite(self, passage: Passage, quote: str) -> int:
        """Return the number for this quote, adding a citation when it is new."""
        chunk = passage.chunk
        for citation in self._citations:
            if citation.chunk_id == chunk.id and citation.quote == quote:
                return citation.n
        number = len(self._citations) + 1
        self._citations.append(
            Citation(
                number,
                chunk.id,
                chunk.source_id,
                chunk.title,
                chunk.publisher,
                chunk.tier,
                quote,
                chunk.url,
            )
        )
        return number

    def quoted(self, sentence: str) -> bool:
        """True when an earlier part of the answer already quoted this sentence."""
        return any(sentence in citation.quote for citation in self._citations)

    @property
    def citations(self) -> tuple[Citation, ...]:
        """The citations in the order they were first cited."""
        return tuple(self._citations)


def basis_of(passage: Passage) -> str | None:
    """Return the legal basis a passage names ("art. 7:660a BW"), if it names one."""
    for sentence in split_sentences(passage.chunk.text):
        match = _BASIS.match(sentence.strip())
        if match:
            return match.group(1).strip().rstrip(".")
    return None


def content_sentences(passage: Passage) -> list[str]:
    """The passage's sentences without its 'Grondslag: ...; bron: ...' line."""
    return [s for s in split_sentences(passage.chunk.text) if not _META.match(s.strip())]


# A numbered list label in a blog ("5. Spoor 2 leidt altijd tot een nieuwe baan:") often states
# the myth the text then refutes; it is no statement of ours.
_LIST_LABEL = re.compile(r"^\s*\d{1,2}[.)]\s+[^:]{3,160}:\s*")


def _without_list_label(sentences: list[str]) -> list[str]:
    """The sentences without a leading list label; a label alone is dropped."""
    if not sentences:
        return sentences
    first = _LIST_LABEL.sub("", sentences[0]).strip()
    if first.endswith(":") or not first:
        return sentences[1:]
    return [first, *sentences[1:]]


def pick_sentences(passage: Passage, question: str, limit: int) -> list[str]:
    """Pick up to `limit` consecutive sentences from the start of the passage.

    The first sentence of a paragraph is written as a self-contained answer, so it always comes
    first, with the sentence after it when `limit` allows; the block then grows to the last
    of the next sentences that shares words with the question. Consecutive sentences keep
    the quote a verbatim piece of the passage.
    """
    sentences = _without_list_label(content_sentences(passage))
    if not sentences:
        return []
    wanted = content_stems(question)
    last = min(1, limit - 1, len(sentences) - 1)  # the sentence after the lead explains it
    for index in range(2, min(limit, len(sentences))):
        if content_stems(sentences[index]) & wanted:
            last = index
    block = sentences[: last + 1]
    # A rhetorical question inside a note is no answer: stop before it.
    while len(block) > 1 and block[-1].endswith("?"):
        block.pop()
    return block


def select_support(
    passages: Sequence[Passage], *, limit: int, exclude_sources: frozenset[str] = frozenset()
) -> list[Passage]:
    """Choose the passages to cite: usable ones in ranked order, better authority only.

    Passages with a known error or injected instructions are never chosen. Commercial sources
    (tier 4) are used only when fewer than two better passages are among the candidates, and
    a passage scoring far below the best one is left out.
    """
    usable = [
        p for p in passages if p.usable_as_support and p.chunk.source_id not in exclude_sources
    ]
    strong = [p for p in usable if p.chunk.tier <= 3]
    pool = strong if len(strong) >= 2 else usable
    if not pool:
        return []
    floor = pool[0].score * RELATIVE_FLOOR
    return [p for p in pool if p.score >= floor][:limit]
