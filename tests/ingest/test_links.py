"""Markdown links in notes: official addresses become citation links, others are dropped."""

from __future__ import annotations

import pytest

from ingest.chunking import split_into_chunks
from ingest.links import is_official, strip_links

LAW = "https://wetten.overheid.nl/jci1.3:c:BWBR0005290&artikel=629"


@pytest.mark.parametrize(
    ("url", "official"),
    [
        (LAW, True),
        ("https://www.uwv.nl/werkgevers/werknemer-is-ziek", True),
        ("https://www.rijksoverheid.nl/actueel/nieuws", True),
        ("http://overheid.nl", True),
        ("https://www.rendement.nl/wet-verbetering-poortwachter", False),
        ("https://uwv.nl.example.com/nep", False),
        ("https://nepuwv.nl/pagina", False),
        ("ftp://wetten.overheid.nl/BWBR0005290", False),
    ],
)
def test_only_government_domains_are_official(url: str, official: bool) -> None:
    """wetten.overheid.nl, uwv.nl, rijksoverheid.nl and overheid.nl (and subdomains) only."""
    assert is_official(url) is official


def test_official_link_becomes_the_url_and_the_syntax_goes() -> None:
    """The link text stays in the paragraph; the address is returned, not kept in the text."""
    text, url = strip_links(f"Het loon loopt door. Grondslag: [art. 7:629 lid 1 BW]({LAW}).")

    assert text == "Het loon loopt door. Grondslag: art. 7:629 lid 1 BW."
    assert url == LAW


def test_non_official_link_is_stripped_and_ignored() -> None:
    """A link to a blog loses its syntax and gives no url; a later official link still counts."""
    text, url = strip_links(
        "Zie [een blog](https://blog.example.nl/x) en [de wet](https://uwv.nl/a)."
    )

    assert text == "Zie een blog en de wet."
    assert url == "https://uwv.nl/a"
    assert strip_links("Zie [een blog](https://blog.example.nl/x).") == ("Zie een blog.", "")


def test_each_chunk_carries_the_link_of_its_own_paragraph() -> None:
    """Two paragraphs, two links: every chunk gets its own paragraph's address, or none."""
    pages = [
        "# Notitie\n\n"
        "Gedeeltelijk werken stopt de wachttijd van 104 weken niet zolang het eigen werk niet "
        f"volledig lukt. Grondslag: [art. 7:629 BW]({LAW}).\n\n"
        "Een blog zegt soms iets anders over de wachttijd, maar dat is geen bron die telt voor "
        "de werkgever. Bron: [blog](https://blog.example.nl/wachttijd)."
    ]

    first, second = split_into_chunks(pages, title="Notitie")

    assert first.url == LAW
    assert "](" not in first.text
    assert first.text.endswith("Grondslag: art. 7:629 BW.")
    assert second.url == ""
    assert second.text.endswith("Bron: blog.")
