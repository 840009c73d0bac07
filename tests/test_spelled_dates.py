"""Dates spelled out, in English or Flemish, rewritten for the date readers."""

from __future__ import annotations

from datetime import date

import pytest

from spoorwijzer.language.spelled_dates import CARDINALS, ORDINALS, spell_out_dates
from spoorwijzer.understanding.dossier import read_messages

TODAY = date(2026, 12, 7)  # a Monday


@pytest.mark.parametrize(
    ("text", "rewritten"),
    [
        ("ziek sinds vijftien maart", "ziek sinds 15 maart"),
        ("op twaalf oktober twee duizend vijfentwintig", "op 12 oktober 2025"),
        ("vanaf de derde februari", "vanaf 3 februari"),
        ("sinds de eenentwintigste van juni", "sinds 21 juni"),
        ("op tweeëntwintig mei tweeduizendzesentwintig", "op 22 mei 2026"),
        ("sick since March 3rd", "ziek sinds 3 maart"),
        ("out since last Monday", "out sinds afgelopen maandag"),
        ("got sick two weeks ago", "got ziek 2 weken geleden"),
        ("sinds verleden week dinsdag ziek", "sinds vorige week dinsdag ziek"),
        ("ziek sinds maandag week 40", "ziek sinds maandag 28 september 2026"),
        ("EZD: di 14/4", "EZD: 14/4"),
        ("Ziek sinds vijf en twintig april.", "Ziek sinds 25 april."),
        (
            "heeft zich ziekgemeld op dinsdag van week 41",
            "heeft zich ziekgemeld op dinsdag 6 oktober 2026",
        ),
        # "week 42" may be the 42nd week of the sickness; "week 50" an appointment
        ("de melding moet op maandag week 42", "de melding moet op maandag week 42"),
        (
            "De ziekmelding bij UWV moet op maandag week 42, klopt dat?",
            "De ziekmelding bij UWV moet op maandag week 42, klopt dat?",
        ),
        (
            "Hij is ziek. Donderdag week 50 hebben we het gesprek gepland.",
            "Hij is ziek. Donderdag week 50 hebben we het gesprek gepland.",
        ),
        # Dutch months spelled as in English stay Dutch; "een" is no day
        ("In december 2 keer ziek gemeld", "In december 2 keer ziek gemeld"),
        ("een maart of twee", "een maart of twee"),
        ("we hebben twee maanden gewacht", "we hebben twee maanden gewacht"),
    ],
)
def test_spelled_out_dates_are_written_as_dates(text: str, rewritten: str) -> None:
    assert spell_out_dates(text, TODAY) == rewritten


def test_number_words_cover_every_day_of_the_month() -> None:
    assert sorted(set(ORDINALS.values())) == list(range(1, 32))
    assert {CARDINALS["eenendertig"], CARDINALS["negenenveertig"], CARDINALS["elf"]} == {31, 49, 11}


def test_a_dictated_first_sick_day_is_read_exactly() -> None:
    dossier = read_messages(["Ze is sinds vijftien maart ziek, wat moet ik doen?"], TODAY)

    assert dossier.facts["ziekteperiodes"].value == [["2026-03-15", None]]
    assert dossier.facts["ziekteperiodes"].certainty == "exact"
