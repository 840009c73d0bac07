"""Boilerplate cleaning on the real seed articles and on small Dutch samples."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ingest.cleaning import clean_text, normalise_text
from spoorwijzer.knowledge import load_sources

KNOWLEDGE = Path(__file__).resolve().parents[2] / "knowledge"
SEEDS = [e for e in load_sources(KNOWLEDGE) if e.id.startswith("seed-")]


def cleaned(entry_id: str) -> str:
    entry = next(e for e in SEEDS if e.id == entry_id)
    raw = (KNOWLEDGE / entry.path).read_text(encoding="utf-8")
    return clean_text(raw, publisher=entry.publisher)


@pytest.mark.parametrize("entry", SEEDS, ids=[e.id for e in SEEDS])
def test_seed_has_no_contact_details_or_forms(entry: object) -> None:
    """No phone numbers, e-mail, call-me-back buttons or form fields survive cleaning."""
    text = cleaned(entry.id)  # type: ignore[attr-defined]

    assert not re.search(r"\b0\d{2,3}[- ]?\d{2,3}[- ]?\d{2}", text)
    assert "@" not in text
    assert "Bel mij terug" not in text
    assert "Naam *" not in text
    assert "vrijblijvend" not in text.lower()


def test_sales_paragraphs_naming_the_publisher_are_removed() -> None:
    """Rapasso's product paragraphs go; its content about spoor 2 stays."""
    text = cleaned("seed-002-rapasso")

    assert "Rapasso" not in text
    assert "Met 1 druk op de knop" not in text
    assert "In het tweede spoor traject staat het vinden van passend werk" in text


def test_sales_sentence_inside_content_paragraph_is_removed() -> None:
    """PersonPlus's sales sentence goes, the paragraph about the law stays."""
    text = cleaned("seed-000-personplus")

    assert "PersonPlus" not in text
    assert "Angélique" not in text
    assert "De Wet Verbetering Poortwachter heeft tot doel" in text


def test_repeated_block_appears_once() -> None:
    """Seed 002 repeats its three goals verbatim; after cleaning each appears once."""
    text = cleaned("seed-002-rapasso")

    assert text.count("Het bevorderen van de gezondheid en het welzijn") == 1
    assert text.count("Het creëren van een stabiele werksituatie") == 1


def test_headings_left_without_content_are_dropped() -> None:
    """'Wat is passend werk?' has no text under it in seed 002 and disappears."""
    text = cleaned("seed-002-rapasso")

    assert "Wat is passend werk?" not in text
    assert "Veelgestelde vragen" not in text


def test_normalise_fixes_ligatures_and_non_breaking_spaces() -> None:
    """Ligature glyphs become letters, non-breaking spaces plain spaces, text NFC."""
    text = normalise_text("de \ufb01nanciële\u00a0gevolgen van e\u0301e\u0301n traject")

    assert text == "de financiële gevolgen van één traject"


def test_punctuation_only_lines_are_dropped() -> None:
    """A lone '.' between web blocks is not content."""
    assert clean_text("Eerste alinea met tekst.\n\n.\n\nTweede alinea met tekst.") == (
        "Eerste alinea met tekst.\n\nTweede alinea met tekst."
    )
