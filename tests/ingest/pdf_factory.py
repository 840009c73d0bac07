"""PDFs made by the tests themselves with fpdf2's built-in fonts (no third-party documents)."""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF

HEADER = "Kennisbank spoor 2 - intern document"


def write_pdf(path: Path, pages: list[list[str]], *, header: bool = True) -> Path:
    """Write a PDF with one list of lines per page, a repeated header and a page-number footer."""
    pdf = FPDF()
    pdf.set_auto_page_break(auto=False)
    for number, lines in enumerate(pages, start=1):
        pdf.add_page()
        pdf.set_font("Helvetica", size=11)
        if header:
            pdf.set_xy(10, 8)
            pdf.cell(text=HEADER)
        y = 30.0
        for line in lines:
            pdf.set_xy(10, y)
            pdf.cell(text=line)
            y += 7
        if header:
            pdf.set_xy(10, 285)
            pdf.cell(text=f"Pagina {number}")
    pdf.output(str(path))
    return path


def write_encrypted_pdf(path: Path) -> Path:
    """A PDF that needs a password to open."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.cell(text="Vertrouwelijk re-integratieverslag")
    pdf.set_encryption(owner_password="eigenaar", user_password="geheim")
    pdf.output(str(path))
    return path


def write_textless_pdf(path: Path) -> Path:
    """A PDF with a page but no text layer (like a scan)."""
    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 50)
    pdf.output(str(path))
    return path
