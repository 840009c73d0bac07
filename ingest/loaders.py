"""Read one source file into pages of plain text: .txt, .md (front matter), .html, .pdf, claims.

Layer: ingest. Each loader returns `LoadedDocument(pages, front_matter)`; cleaning and chunking
happen afterwards, the same for every format.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import yaml

from ingest.errors import IngestError
from ingest.pdf import read_pdf
from spoorwijzer.knowledge import (
    WORDINGS_FILE,
    Claim,
    KnowledgeError,
    load_claim_wordings,
    load_claims,
)

SUPPORTED_SUFFIXES = (".txt", ".md", ".html", ".htm", ".pdf", ".yaml")


@dataclass(frozen=True, slots=True)
class LoadedDocument:
    """The text of a file, one string per page (one page for everything but PDF)."""

    pages: list[str]
    front_matter: dict[str, Any] = field(default_factory=dict)
    # Passages that are chunks as they stand, (section, text): one per claim wording.
    passages: tuple[tuple[str, str], ...] = ()


def read_document(path: Path) -> LoadedDocument:
    """Read a supported file.

    Raises:
        IngestError: Missing file, unsupported type, unreadable or empty content.
    """
    if not path.is_file():
        raise IngestError(path, "het bestand bestaat niet.")
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        return LoadedDocument(read_pdf(path))
    if suffix == ".yaml" and path.name == WORDINGS_FILE:
        return LoadedDocument([], passages=_wordings_as_passages(path))
    if suffix == ".yaml":
        return LoadedDocument([_claims_as_markdown(path)])
    if suffix not in SUPPORTED_SUFFIXES:
        raise IngestError(
            path,
            f"bestandstype '{suffix or '(geen)'}' wordt niet ondersteund; gebruik .pdf, .txt, "
            ".md of .html.",
        )
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise IngestError(path, "het bestand is geen UTF-8-tekst.") from None
    if suffix == ".md":
        front_matter, text = _split_front_matter(path, text)
    else:
        front_matter = {}
    if suffix in (".html", ".htm"):
        text = html_to_text(text)
    if not text.strip():
        raise IngestError(path, "het bestand bevat geen tekst.")
    return LoadedDocument([text], front_matter)


def _split_front_matter(path: Path, text: str) -> tuple[dict[str, Any], str]:
    if not text.startswith("---\n"):
        return {}, text
    end = text.find("\n---", 4)
    if end == -1:
        raise IngestError(path, "de front matter (tussen --- regels) is niet afgesloten.")
    try:
        data = yaml.safe_load(text[4:end]) or {}
    except yaml.YAMLError:
        raise IngestError(path, "de front matter is geen geldige YAML.") from None
    if not isinstance(data, dict):
        raise IngestError(path, "de front matter is geen lijst van sleutels en waarden.")
    return data, text[end + 4 :].lstrip("\n")


def _claims_as_markdown(path: Path) -> str:
    if path.name != "claims.yaml":
        raise IngestError(
            path, f"alleen claims.yaml en {WORDINGS_FILE} kunnen als YAML-bron worden ingelezen."
        )
    try:
        claims = load_claims(path.parent)
    except KnowledgeError as error:
        raise IngestError(path, str(error)) from None
    return "\n\n".join(["# Feit of fabel", *(_claim_block(c) for c in claims)])


def _wordings_as_passages(path: Path) -> tuple[tuple[str, str], ...]:
    """Each wording of a claim as a passage of its own, its section the claim's id."""
    try:
        wordings = load_claim_wordings(path.parent)
    except KnowledgeError as error:
        raise IngestError(path, str(error)) from None
    return tuple((claim_id, text) for claim_id, group in wordings.items() for text in group)


def _claim_block(claim: Claim) -> str:
    sources = "; ".join(claim.sources)
    basis = f"Grondslag: {claim.basis.rstrip('.')}. " if claim.basis else ""
    return (
        f"## {claim.claim.rstrip('.')}\n\n"
        f"Bewering: {claim.claim} Oordeel: {claim.verdict}. {claim.explanation} "
        f"{basis}Bronnen: {sources}."
    )


_SKIP_TAGS = frozenset(
    [
        "script",
        "style",
        "nav",
        "footer",
        "header",
        "form",
        "noscript",
        "aside",
        "button",
        "svg",
        "iframe",
        "select",
        "template",
    ]
)
_BLOCK_TAGS = frozenset(
    [
        "p",
        "div",
        "li",
        "br",
        "tr",
        "section",
        "article",
        "blockquote",
        "ul",
        "ol",
        "table",
        "dd",
        "dt",
    ]
)
_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self._skip_depth += 1
        elif tag in _HEADING_TAGS and not self._skip_depth:
            self.parts.append("\n\n" + "#" * int(tag[1]) + " ")
        elif tag in _BLOCK_TAGS and not self._skip_depth:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS and self._skip_depth:
            self._skip_depth -= 1
        elif (tag.startswith("h") and tag[1:].isdigit()) or tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self._skip_depth:
            self.parts.append(" ".join(data.split()) if data.strip() else " ")


def html_to_text(html: str) -> str:
    """Return the readable text of an HTML page: headings as Markdown, blocks as paragraphs."""
    extractor = _TextExtractor()
    extractor.feed(html)
    extractor.close()
    text = "".join(extractor.parts)
    lines = [" ".join(line.split()) for line in text.split("\n")]
    return "\n".join(lines)
