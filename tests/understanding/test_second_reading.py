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
    assert invented.refused == ("eerste_ziektedag",)  # the name only, never the value


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


def test_dates_in_text_are_exact_dates_the_user_wrote() -> None:
    text = "ziek sinds 3 februari, contract loopt af op 1 maart"
    assert dates_in_text(text, TODAY) == {dt.date(2026, 2, 3), dt.date(2026, 3, 1)}
    ahead = dates_in_text(text, TODAY, ahead=True)
    assert dt.date(2027, 3, 1) in ahead  # a coming contract end: the nearest 1 maart
    assert dates_in_text("ziek sinds half maart", TODAY) == set()  # vague: never a fact
    assert dates_in_text("gisteren ziek geworden", TODAY) == {dt.date(2026, 12, 5)}


def test_a_malformed_reply_never_breaks_the_reading() -> None:
    merged = merge_second_reading(
        Dossier(),
        {"facts": ["x"], "asks": [["dates"], {"a": 1}, "costs"]},
        message="x",
        today=TODAY,
    )
    assert merged.asks == (Ask.COSTS,)
    assert merged.dossier.facts == {}


def test_weeks_vague_and_future_dates_need_the_users_words() -> None:
    reply = {
        "facts": {
            "verlenging_weken": 52,
            "eerste_ziektedag": "2026-06-01",
            "oordeel_bedrijfsarts": "volledig_hersteld",
        }
    }
    merged = merge_second_reading(
        Dossier(), reply, message="Wat moeten we in juni regelen?", today=TODAY
    )
    assert merged.dossier.facts == {}  # no weeks said, "in juni" is no exact day
    future = merge_second_reading(
        Dossier(),
        {"facts": {"eerste_ziektedag": "2026-12-20", "einde_dienstverband": "2027-03-01"}},
        message="Ziek sinds 20 december? Het contract loopt af op 1 maart.",
        today=TODAY,
    )
    assert future.dossier.get("ziekteperiodes") is None  # a sick day lies in the past
    assert future.dossier.get("einde_dienstverband") == "2027-03-01"
    weeks = merge_second_reading(
        Dossier(),
        {"facts": {"verlenging_weken": 26}},
        message="We verlengen 26 weken.",
        today=TODAY,
    )
    assert weeks.dossier.get("verlenging_weken") == 26
