"""Text normalisation and web-boilerplate removal for source documents.

Layer: ingest (pure text functions). Removes what a web page adds around its article: contact
forms, call-me-back buttons, phone numbers and e-mail addresses, sales paragraphs that name the
publisher, liability disclaimers, repeated blocks and headings left without content.
"""

from __future__ import annotations

import re
import unicodedata

from spoorwijzer.language.sentences import split_sentences

_LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl"}
_PUNCTUATION_ONLY = re.compile(r"^[.\-–—•*·]+$")
_LIST_ITEM = re.compile(r"^(?:[•*·-]|\d+[.)])\s")
_SPACES = re.compile(r"[ \t\u00a0\u2007\u202f]+")
_PHONE = re.compile(r"\b0\d{1,3}[- ]?\d{2,3}[- ]?\d{2}[- ]?\d{2,3}\b")
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.]+\b")
_FORM_FIELD = re.compile(r"^[\w &-]{1,30}\s\*$")
_COMMERCIAL = re.compile(
    r"bel mij terug|neem (dan )?(eens )?contact op|vrijblijvend|vul hier uw gegevens|"
    r"wij bellen|bel dan|contact & informatie|geen rechten .* worden ontleend|"
    r"niet aansprakelijk|met 1 druk op de knop|bijlagen bij dit bericht|"
    r"vind hier het antwoord|veelgestelde vragen",
    re.IGNORECASE,
)
_FORM_WORDS = {"naam", "e-mail", "telefoon", "bel mij terug", "uw bericht", "verstuur"}
HEADING_MAX_WORDS = 12


def normalise_text(text: str) -> str:
    """Unicode NFC, ligatures to letters, non-breaking spaces to spaces, tidy line ends."""
    for ligature, letters in _LIGATURES.items():
        text = text.replace(ligature, letters)
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    # A line of only punctuation ("." between web-page blocks) carries nothing.
    return "\n".join("" if _PUNCTUATION_ONLY.match(line) else line for line in lines)


def split_paragraphs(text: str) -> list[str]:
    """Split on blank lines; join the lines inside one paragraph with spaces."""
    blocks = re.split(r"\n\s*\n", text)
    return [" ".join(line.strip() for line in b.splitlines() if line.strip()) for b in blocks]


def is_heading(paragraph: str) -> bool:
    """A short line without a closing full stop: a Markdown heading or a web-page heading."""
    if paragraph.startswith("#"):
        return True
    if _LIST_ITEM.match(paragraph):
        return False
    words = paragraph.split()
    return 0 < len(words) <= HEADING_MAX_WORDS and not paragraph.endswith((".", ":", ";", ","))


def _is_commercial(sentence: str, publisher_words: tuple[str, ...]) -> bool:
    lowered = sentence.lower()
    if _PHONE.search(sentence) or _EMAIL.search(sentence) or _COMMERCIAL.search(sentence):
        return True
    return any(word in lowered for word in publisher_words)


def _is_noise(paragraph: str) -> bool:
    stripped = paragraph.strip(" .•-*").lower()
    return not stripped or stripped in _FORM_WORDS or bool(_FORM_FIELD.match(paragraph))


def _publisher_words(publisher: str) -> tuple[str, ...]:
    # "DC Loopbaanbegeleiding" -> ("dc loopbaanbegeleiding",); generic words are not enough.
    name = publisher.strip().lower()
    return (name,) if len(name) >= 4 else ()


def clean_paragraphs(paragraphs: list[str], *, publisher: str = "") -> list[str]:
    """Remove boilerplate paragraphs and sentences, repeated blocks and empty headings.

    Args:
        paragraphs: The document's paragraphs in order (headings are paragraphs too).
        publisher: The publisher's name; sales sentences that name it are removed.

    Returns:
        The paragraphs that carry content, in order.
    """
    names = _publisher_words(publisher)
    seen: set[str] = set()
    kept: list[str] = []
    for paragraph in paragraphs:
        if _is_noise(paragraph):
            continue
        key = " ".join(paragraph.lower().split())
        if key in seen:
            continue
        seen.add(key)
        sentences = split_sentences(paragraph)
        commercial = [s for s in sentences if _is_commercial(s, names)]
        if commercial and 2 * len(commercial) >= len(sentences):
            continue
        kept.append(
            " ".join(s for s in sentences if s not in commercial) if commercial else paragraph
        )
    return _drop_empty_headings(kept)


def _drop_empty_headings(paragraphs: list[str]) -> list[str]:
    """Drop a heading followed by nothing, or by a heading of the same or a higher level."""
    result: list[str] = []
    for index, paragraph in enumerate(paragraphs):
        following = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
        following_level = None if following is None else _heading_level(following)
        empty = following is None or (
            following_level is not None and following_level <= _level(paragraph)
        )
        if is_heading(paragraph) and empty:
            continue
        result.append(paragraph)
    return result


def _heading_level(paragraph: str) -> int | None:
    if paragraph.startswith("#"):
        return len(paragraph) - len(paragraph.lstrip("#"))
    return 9 if is_heading(paragraph) else None


def _level(paragraph: str) -> int:
    level = _heading_level(paragraph)
    return 9 if level is None else level


def clean_text(text: str, *, publisher: str = "") -> str:
    """Normalise a whole document and remove its boilerplate; paragraphs stay blank-separated."""
    paragraphs = split_paragraphs(normalise_text(text))
    return "\n\n".join(clean_paragraphs(paragraphs, publisher=publisher))
