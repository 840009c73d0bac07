"""Heading-aware chunking on Dutch samples."""

from __future__ import annotations

from ingest.chunking import MAX_WORDS, split_into_chunks

NOTE = """# Titel

## Eerste onderwerp

De werkgever beslist over spoor 2 in overleg met de werknemer. Hij baseert zich op het advies van de bedrijfsarts en een arbeidsdeskundig onderzoek.

De bedrijfsarts beoordeelt wat de werknemer medisch kan. Hij adviseert maar beslist niet over spoor 2 en stelt de probleemanalyse bij.

## Tweede onderwerp

1. Korte kop:

Een deskundigenoordeel kost de werkgever 400 euro en is niet bindend, maar het weegt wel zwaar bij de toets van het re-integratieverslag.
"""


def test_each_paragraph_is_a_chunk_inside_its_section() -> None:
    """Paragraphs become chunks; each carries the heading it stands under."""
    chunks = split_into_chunks([NOTE], title="Doc")

    assert [c.section for c in chunks] == [
        "Eerste onderwerp",
        "Eerste onderwerp",
        "Tweede onderwerp",
    ]
    assert chunks[0].text.startswith("De werkgever beslist")


def test_short_label_is_joined_to_the_next_paragraph() -> None:
    """'1. Korte kop:' is too short for a chunk and opens the next one."""
    chunks = split_into_chunks([NOTE], title="Doc")

    assert chunks[2].text.startswith("1. Korte kop: Een deskundigenoordeel")


def test_long_paragraph_is_split_between_sentences() -> None:
    """A paragraph over the maximum is cut only at sentence ends."""
    words = [
        "werkgever",
        "werknemer",
        "bedrijfsarts",
        "plan",
        "evaluatie",
        "traject",
        "loon",
        "sanctie",
    ]
    long_paragraph = " ".join(
        f"Stap {i} betreft {words[i % 8]} en {words[(i * 3) % 8]} in week {i + 7}."
        for i in range(60)
    )
    chunks = split_into_chunks([long_paragraph], title="Doc")

    assert len(chunks) > 1
    assert all(len(c.text.split()) <= MAX_WORDS for c in chunks)
    assert all(c.text.endswith(".") for c in chunks)


def test_near_duplicate_paragraphs_are_dropped() -> None:
    """A paragraph that repeats an earlier one almost word for word is indexed once."""
    base = (
        "Spoor 2 moet starten zodra er geen zicht meer is op een structurele terugkeer in de "
        "eigen organisatie, ook als dat ruim voor het einde van het eerste ziektejaar is"
    )
    text = f"{base}.\n\n{base}!\n\nEen heel andere alinea over de loonsanctie van ten hoogste 52 weken."
    chunks = split_into_chunks([text], title="Doc")

    assert len(chunks) == 2


def test_pages_keep_their_number() -> None:
    """Chunks from the second page carry page 2."""
    page = "De werkgever beslist over spoor 2 in overleg met de werknemer en de bedrijfsarts."
    chunks = split_into_chunks([page, page.replace("werkgever", "casemanager")], title="Doc")

    assert [c.page for c in chunks] == [1, 2]
