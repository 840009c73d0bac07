"""Loaders for .txt, .md with front matter, .html, claims.yaml, and their errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.errors import IngestError
from ingest.loaders import html_to_text, read_document

KNOWLEDGE = Path(__file__).resolve().parents[2] / "knowledge"


def test_markdown_front_matter_is_split_off(tmp_path: Path) -> None:
    """Front matter becomes metadata, not text."""
    path = tmp_path / "n.md"
    path.write_text(
        "---\nid: notitie-x\ntitle: X\n---\n# Kop\n\nTekst van de notitie.\n", encoding="utf-8"
    )
    document = read_document(path)

    assert document.front_matter == {"id": "notitie-x", "title": "X"}
    assert document.pages[0].startswith("# Kop")


def test_html_keeps_headings_and_paragraphs_and_drops_navigation() -> None:
    """Headings become Markdown, paragraphs stay apart, nav/footer/forms/scripts go."""
    html = (
        "<html><head><style>p{}</style></head><body><nav>Home | Contact</nav>"
        "<h2>Spoor 2</h2><p>Spoor 2 start zodra er geen zicht is.</p><p>Tweede &amp; laatste.</p>"
        "<form>Naam <input></form><script>alert(1)</script><footer>© bedrijf</footer></body></html>"
    )
    text = html_to_text(html)

    assert "## Spoor 2" in text
    assert "Spoor 2 start zodra er geen zicht is." in text
    assert "Tweede & laatste." in text
    for noise in ("Home", "Naam", "alert", "©"):
        assert noise not in text


def test_html_file_is_read(tmp_path: Path) -> None:
    """An .html file goes through the HTML extractor."""
    path = tmp_path / "p.html"
    path.write_text("<h1>Titel</h1><p>Inhoud over de loonsanctie.</p>", encoding="utf-8")

    assert "# Titel" in read_document(path).pages[0]


def test_claims_yaml_becomes_one_section_per_claim() -> None:
    """Each claim is a heading with its verdict and explanation under it."""
    text = read_document(KNOWLEDGE / "claims.yaml").pages[0]

    assert text.count("\n## ") >= 35
    assert "Oordeel: fabel." in text


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("x.docx", b"PK\x03\x04", "wordt niet ondersteund"),
        ("leeg.txt", b"   \n", "geen tekst"),
        ("latin.txt", "café".encode("latin-1"), "geen UTF-8"),
        ("open.md", b"---\nid: x\nTekst zonder einde", "niet afgesloten"),
        ("bad.md", b"---\n: [\n---\nTekst", "geen geldige YAML"),
        ("list.md", b"---\n- a\n---\nTekst", "geen lijst van sleutels"),
        ("other.yaml", b"a: 1", "alleen claims.yaml"),
    ],
    ids=[
        "docx",
        "empty",
        "latin-1",
        "open-front-matter",
        "bad-yaml",
        "front-matter-list",
        "other-yaml",
    ],
)
def test_unreadable_files_give_dutch_reasons(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    """Unsupported, empty or malformed files raise IngestError with a Dutch reason."""
    path = tmp_path / name
    path.write_bytes(content)

    with pytest.raises(IngestError, match=message):
        read_document(path)


def test_missing_file_gives_dutch_reason(tmp_path: Path) -> None:
    """A path that does not exist says so."""
    with pytest.raises(IngestError, match="bestaat niet"):
        read_document(tmp_path / "weg.pdf")
