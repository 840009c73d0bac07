"""The second reader's facts and asks are checked before the dossier takes them."""

from __future__ import annotations

import datetime as dt

from spoorwijzer.understanding.asks import Ask
from spoorwijzer.understanding.dossier import Dossier, read_message
from spoorwijzer.understanding.second_reading import (
    dates_in_text,
    merge_second_reading,
    parse_reply,
)

TODAY = dt.date(2026, 12, 6)


def test_parse_reply_reads_fenced_and_bare_json_and_rejects_the_rest() -> None:
    assert parse_reply('```json\n{"facts": {"medewerking": "nee"}}\n```') == {
        "facts": {"medewerking": "nee"}
    }
    assert parse_reply('Hier: {"asks": ["dates"]} klaar') == {"asks": ["dates"]}
    assert parse_reply("geen json") == {}
    assert parse_reply("{kapot") == {}
    assert parse_reply(None) == {}
    assert parse_reply("[1, 2]") == {}


def test_a_date_the_user_wrote_is_taken_an_invented_one_is_not() -> None:
    message = "Hij is ziek geworden op 3 februari en de bedrijfsarts zegt weinig."
    base = read_message(Dossier(), "De bedrijfsarts zegt weinig.", TODAY).dossier
    good = merge_second_reading(
        base, {"facts": {"eerste_ziektedag": "2026-02-03"}}, message=message, today=TODAY
    )
    assert good.dossier.get("ziekteperiodes") == [["2026-02-03", None]]
    assert good.dossier.facts["ziekteperiodes"].source.startswith("taalmodel")
    invented = merge_second_reading(
        base, {"facts": {"eerste_ziektedag": "2026-02-04"}}, message=message, today=TODAY
    )
    assert invented.dossier.get("ziekteperiodes") is None
    assert invented.refused == ("eerste_ziektedag='2026-02-04'",)


def test_the_rules_win_on_conflict() -> None:
    message = "Ziek sinds 3 februari 2026; intern is er niets passends."
    rules = read_message(Dossier(), message, TODAY).dossier
    assert rules.get("intern_passend_werk") == "nee"
    merged = merge_second_reading(
        rules,
        {"facts": {"intern_passend_werk": "ja", "eerste_ziektedag": "2026-02-03"}},
        message=message,
        today=TODAY,
    )
    assert merged.dossier.get("intern_passend_werk") == "nee"
    assert merged.dossier.facts["ziekteperiodes"].source == "bericht 1"
    assert merged.added == ()


def test_unknown_facts_values_and_claim_asks_are_dropped() -> None:
    merged = merge_second_reading(
        Dossier(),
        {
            "facts": {
                "diagnose": "hernia",
                "oordeel_bedrijfsarts": "misschien",
                "verlenging_weken": 500,
                "medewerking": False,
                "zicht_op_terugkeer": "binnen_3_maanden",
            },
            "asks": ["claim", "dates", "onzin", "spoor2_decision"],
        },
        message="Hij werkt niet mee.",
        today=TODAY,
    )
    assert set(merged.dossier.facts) == {"medewerking", "zicht_op_terugkeer"}
    assert merged.dossier.get("medewerking") == "nee"
    assert merged.asks == (Ask.DATES, Ask.SPOOR2_DECISION)
    assert "diagnose" not in merged.dossier.to_dict()["facts"]
    assert len(merged.refused) == 3


def test_dates_in_text_include_yearless_and_vague_dates() -> None:
    found = dates_in_text("ziek sinds 3 februari, contract loopt af op 1 maart", TODAY)
    assert dt.date(2026, 2, 3) in found
    assert dt.date(2027, 3, 1) in found  # a coming contract end: the nearest 1 maart
    assert dt.date(2026, 3, 15) in dates_in_text("ziek sinds half maart", TODAY)
