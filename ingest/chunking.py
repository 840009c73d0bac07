"""Heading-aware chunking: a chunk stays inside one section and never cuts a sentence.

Layer: ingest (pure). One paragraph is one chunk (our notes state one claim per paragraph);
a very short paragraph (a list label such as "1. Doel:") is joined to the next one in the
same section, a long paragraph is split between sentences, and near-duplicates are dropped.
Markdown links are reduced to their text; the paragraph's first official link (a law article
or UWV page) becomes the `url` of every chunk cut from it.
"""

from __future__ import annotations

from dataclasses import dataclass

from ingest.cleaning import is_heading, split_paragraphs
from ingest.links import strip_links
from spoorwijzer.language.sentences import split_sentences

MIN_WORDS = 12  # shorter paragraphs are labels or headings of a list item
MAX_WORDS = 160  # about 260 e5 tokens, well inside the model's 512
NEAR_DUPLICATE_JACCARD = 0.8  # word-trigram overlap above which a chunk repeats another


@dataclass(frozen=True, slots=True)
class ChunkDraft:
    """A chunk before it gets its id and metadata."""

    text: str
    section: str
    page: int
    url: str = ""  # the official link named in the paragraph, if any


def _heading_text(paragraph: str) -> str:
    return paragraph.lstrip("#").strip()


def _split_long(paragraph: str) -> list[str]:
    pieces: list[str] = []
    current: list[str] = []
    for sentence in split_sentences(paragraph):
        if current and len(" ".join([*current, sentence]).split()) > MAX_WORDS:
            pieces.append(" ".join(current))
            current = []
        current.append(sentence)
    if current:
        pieces.append(" ".join(current))
    return pieces


def _shingles(text: str) -> set[tuple[str, ...]]:
    words = [w.strip(".,;:!?()\"'").lower() for w in text.split()]
    return {tuple(words[i : i + 3]) for i in range(max(1, len(words) - 2))}


def _is_near_duplicate(text: str, earlier: list[set[tuple[str, ...]]]) -> bool:
    mine = _shingles(text)
    for other in earlier:
        union = mine | other
        if union and len(mine & other) / len(union) >= NEAR_DUPLICATE_JACCARD:
            return True
    return False


def split_into_chunks(pages: list[str], *, title: str) -> list[ChunkDraft]:
    """Split cleaned pages into chunks.

    Args:
        pages: Cleaned text per page; paragraphs separated by blank lines, headings as
            Markdown ("# ...") or as short lines without a full stop.
        title: The document title, used as section name before the first heading.

    Returns:
        The chunks in reading order.
    """
    drafts: list[ChunkDraft] = []
    seen: list[set[tuple[str, ...]]] = []
    section = title
    for page_number, text in enumerate(pages, start=1):
        pending = ""
        for paragraph in split_paragraphs(text):
            if not paragraph:
                continue
            if is_heading(paragraph):
                section = _heading_text(paragraph)
                pending = ""
                continue
            merged = f"{pending} {paragraph}".strip() if pending else paragraph
            if len(merged.split()) < MIN_WORDS:
                pending = merged
                continue
            pending = ""
            merged, url = strip_links(merged)
            for piece in _split_long(merged):
                if _is_near_duplicate(piece, seen):
                    continue
                seen.append(_shingles(piece))
                drafts.append(ChunkDraft(piece, section, page_number, url))
        if pending:
            pending, url = strip_links(pending)
            if not _is_near_duplicate(pending, seen):
                seen.append(_shingles(pending))
                drafts.append(ChunkDraft(pending, section, page_number, url))
    return drafts
