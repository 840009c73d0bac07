"""PDF reading with real pypdf on PDFs the tests generate."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.errors import IngestError
from ingest.pdf import read_pdf
from tests.ingest.pdf_factory import HEADER, write_encrypted_pdf, write_pdf, write_textless_pdf

PAGE_1 = [
    "De werkgever beslist over spoor 2 op basis van het inzetbaar-",
    "heidsprofiel van de bedrijfsarts. Een coördinatie van alle re-",
    "integratie-activiteiten is nodig; de re-integratie loopt door.",
]
PAGE_2 = [
    "Het plan van aanpak wordt periodiek geëvalueerd, minstens elke",
    "zes weken. Financiële gevolgen: 400 euro voor een deskundigen-",
    "oordeel.",
]


def test_pdf_text_is_extracted_with_dutch_characters(tmp_path: Path) -> None:
    """Dutch diacritics survive extraction."""
    pages = read_pdf(write_pdf(tmp_path / "a.pdf", [PAGE_1, PAGE_2]))

    assert "coördinatie" in pages[0]
    assert "geëvalueerd" in pages[1]
    assert "400 euro" in pages[1]


def test_words_hyphenated_at_line_end_are_joined(tmp_path: Path) -> None:
    """'inzetbaar-' + 'heidsprofiel' becomes one word; so does 'deskundigen-' + 'oordeel'."""
    pages = read_pdf(write_pdf(tmp_path / "a.pdf", [PAGE_1, PAGE_2]))

    assert "inzetbaarheidsprofiel" in pages[0]
    assert "deskundigenoordeel" in pages[1]


def test_real_hyphen_at_line_end_is_kept(tmp_path: Path) -> None:
    """'re-' + 'integratie' stays 're-integratie' because the document writes it so elsewhere."""
    pages = read_pdf(write_pdf(tmp_path / "a.pdf", [PAGE_1, PAGE_2]))

    assert "re-integratie-activiteiten" in pages[0]
    assert "reintegratie" not in pages[0]


def test_repeated_header_and_page_numbers_are_dropped(tmp_path: Path) -> None:
    """A header on every page and 'Pagina N' footers do not end up in the text."""
    pages = read_pdf(write_pdf(tmp_path / "a.pdf", [PAGE_1, PAGE_2, PAGE_1]))

    assert all(HEADER not in page for page in pages)
    assert all("Pagina" not in page for page in pages)


def test_encrypted_pdf_is_refused_in_dutch(tmp_path: Path) -> None:
    """A password-protected PDF gives a Dutch reason naming the password."""
    with pytest.raises(IngestError, match="wachtwoord"):
        read_pdf(write_encrypted_pdf(tmp_path / "geheim.pdf"))


def test_corrupt_pdf_is_refused_in_dutch(tmp_path: Path) -> None:
    """Bytes that are not a PDF give 'geen leesbare PDF'."""
    broken = tmp_path / "kapot.pdf"
    broken.write_bytes(b"%PDF-1.7\n" + b"\x00\xff rommel " * 50)

    with pytest.raises(IngestError, match="geen leesbare PDF"):
        read_pdf(broken)


def test_truncated_pdf_is_refused_in_dutch(tmp_path: Path) -> None:
    """A PDF cut off halfway is refused, not half-read."""
    good = write_pdf(tmp_path / "heel.pdf", [PAGE_1])
    cut = tmp_path / "half.pdf"
    cut.write_bytes(good.read_bytes()[:200])

    with pytest.raises(IngestError, match=r"geen leesbare PDF|geen tekst"):
        read_pdf(cut)


def test_pdf_without_text_is_refused_in_dutch(tmp_path: Path) -> None:
    """A PDF without a text layer says it holds no text (perhaps a scan)."""
    with pytest.raises(IngestError, match="geen tekst"):
        read_pdf(write_textless_pdf(tmp_path / "scan.pdf"))
