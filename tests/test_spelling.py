"""Slips in domain words and months are read as the word meant; other words stay as typed."""

from __future__ import annotations

import datetime as dt

import pytest

from spoorwijzer.language.spelling import correct_spelling, corrected_word
from spoorwijzer.understanding.dossier import read_messages


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("febuari", "februari"),
        ("probleemanalise", "probleemanalyse"),
        ("bedrijfarts", "bedrijfsarts"),
        ("Arbeidsdeskundge", "Arbeidsdeskundige"),
        ("sins", "sinds"),
        ("zik", "ziek"),
        ("zecht", "zegt"),
        ("nie", "niet"),
        ("NOVEMBR", "NOVEMBER"),
    ],
)
def test_a_slip_is_read_as_the_word_meant(typed: str, meant: str) -> None:
    assert corrected_word(typed) == meant


@pytest.mark.parametrize(
    "word",
    [
        "meewerken",  # two edits from "medewerker", a word of its own
        "bedrijfsartsen",  # an inflection, no slip
        "ziektedagen",
        "terrasvergunning",
        "maar",  # short words are only corrected from the list
        "haart",
        "knecht",
    ],
)
def test_other_words_stay_as_typed(word: str) -> None:
    assert corrected_word(word) == word


def test_a_domain_word_typed_in_two_is_joined() -> None:
    assert correct_spelling("wanneer moet die probleem analyse klaar zijn") == (
        "wanneer moet die probleemanalyse klaar zijn"
    )


def test_numbers_and_usual_spellings_are_left_alone() -> None:
    text = "de 42e-weeksmelding, hij heeft zich ziek gemeld, 42e weeks melding"
    assert correct_spelling(text) == text


def test_a_misspelled_month_gives_the_first_sick_day() -> None:
    dossier = read_messages(["me knecht is al ziek sins 3 febuari"], dt.date(2026, 12, 7))
    assert dossier.facts["ziekteperiodes"].value == [["2026-02-03", None]]


@pytest.mark.parametrize(
    "word", ["arbeidsgeschikt", "bedrijfsauto", "ingevallen", "ziektegeld", "aanvrager"]
)
def test_real_words_near_a_domain_word_stay(word: str) -> None:
    """Found in review: these were read as their neighbours (one the opposite)."""
    assert corrected_word(word) == word


def test_two_letters_swapped_count_as_one_slip() -> None:
    assert corrected_word("okotber") == "oktober"


def test_a_real_word_keeps_its_meaning_in_the_case() -> None:
    dossier = read_messages(
        [
            "Hij is ziek sinds 1 oktober 2026. Op 3 november 2026 is een uitzendkracht voor "
            "hem ingevallen. De bedrijfsarts zegt dat hij 50% arbeidsgeschikt is."
        ],
        dt.date(2026, 12, 7),
    )
    assert dossier.facts["ziekteperiodes"].value == [["2026-10-01", None]]
    assert dossier.facts["oordeel_bedrijfsarts"].value == "ander_werk_mogelijk"
