"""PDF text extraction with pypdf. The only module that imports pypdf.

Layer: ingest. Joins words hyphenated across line ends (only when the joined word occurs
elsewhere in the document, so real hyphens such as "re-integratie" survive), drops page headers
and footers that repeat on most pages, and reports corrupt, encrypted or empty PDFs in Dutch.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from ingest.errors import IngestError

_HYPHEN_BREAK = re.compile(r"(\w+)-\n(\w+)")
_PAGE_NUMBER = re.compile(r"^(pagina|page|blz\.?)?\s*\d+(\s*(van|/|of)\s*\d+)?$", re.IGNORECASE)
_WORD = re.compile(r"\w+")
_HYPHENATED_WORD = re.compile(r"\w+-\w+")


def read_pdf(path: Path) -> list[str]:
    """Return the cleaned text of each page.

    Args:
        path: The PDF file.

    Returns:
        One string per page, in order (pages without text are empty strings).

    Raises:
        IngestError: The file is not a readable PDF, is encrypted, or holds no text.
    """
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(path)
        if reader.is_encrypted and not reader.decrypt(""):
            raise IngestError(
                path, "de PDF is beveiligd met een wachtwoord; sla hem onbeveiligd op."
            )
        raw_pages = [page.extract_text() or "" for page in reader.pages]
    except IngestError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as error:
        raise IngestError(path, f"geen leesbare PDF ({type(error).__name__}).") from None
    except Exception as error:
        raise IngestError(path, f"geen leesbare PDF ({type(error).__name__}).") from None
    if not any(text.strip() for text in raw_pages):
        raise IngestError(path, "de PDF bevat geen tekst (misschien een scan zonder tekstlaag).")
    return _clean_pages(raw_pages)


def _clean_pages(pages: list[str]) -> list[str]:
    everything = "\n".join(pages)
    vocabulary = {w.lower() for w in _WORD.findall(everything)}
    hyphenated = {w.lower() for w in _HYPHENATED_WORD.findall(everything)}
    repeated = _repeated_edge_lines(pages)
    cleaned = []
    for text in pages:
        lines = [line.strip() for line in text.splitlines()]
        kept = [
            line for line in lines if line and line not in repeated and not _PAGE_NUMBER.match(line)
        ]
        joined = _join_hyphenated("\n".join(kept), vocabulary, hyphenated)
        cleaned.append(joined)
    return cleaned


def _join_hyphenated(text: str, vocabulary: set[str], hyphenated: set[str]) -> str:
    """Join "inzetbaar-" + "heid" across a line end, but keep a real hyphen ("re-integratie").

    A hyphen at a line end is kept only when the document also writes the word with a hyphen
    inside a line and never without it.
    """

    def replace(match: re.Match[str]) -> str:
        left, right = match.group(1), match.group(2)
        joined = left + right
        if f"{left}-{right}".lower() in hyphenated and joined.lower() not in vocabulary:
            return f"{left}-{right}"
        return joined

    return _HYPHEN_BREAK.sub(replace, text)


def _repeated_edge_lines(pages: list[str]) -> set[str]:
    """Lines that open or close at least half of the pages (minimum two): headers, footers."""
    if len(pages) < 2:
        return set()
    counts: Counter[str] = Counter()
    for text in pages:
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        counts.update(set(lines[:2] + lines[-2:]))
    threshold = max(2, (len(pages) + 1) // 2)
    return {line for line, count in counts.items() if count >= threshold}
