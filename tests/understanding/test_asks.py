"""Every ask in a message; claims only when a claim is made."""

import pytest

from spoorwijzer.understanding.asks import Ask, read_asks


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        (
            "De bedrijfsarts zegt dat hij zijn eigen werk niet meer kan doen. Moet ik nu al met "
            "spoor 2 beginnen en moet ik iets bij UWV melden?",
            [Ask.SPOOR2_DECISION, Ask.DATES],
        ),
        (
            "moet spoor 2 al starten, en wat als hij niet meewerkt?",
            [Ask.SPOOR2_DECISION, Ask.WHAT_TO_DO],
        ),
        ("Wat kost een spoor 2 traject en wie betaalt dat?", [Ask.COSTS]),
        ("Wat is een arbeidsdeskundige?", [Ask.EXPLAIN_TERM]),
        ("Hoe verloopt een spoor 2 traject?", [Ask.PROCESS]),
        ("Ziek sinds 12 februari 2026, moet ik nu al met spoor 2 beginnen?", [Ask.SPOOR2_DECISION]),
    ],
)
def test_asks_found(text: str, asks: list[Ask]) -> None:
    reading = read_asks(text)

    assert list(reading.asks) == asks
    assert reading.claim is None


@pytest.mark.parametrize(
    ("text", "statement", "negated"),
    [
        (
            "Na de eerstejaarsevaluatie heb je altijd nog zes weken.",
            "Na de eerstejaarsevaluatie heb je altijd nog zes weken",
            False,
        ),
        (
            "de werknemer mag spoor 2 niet weigeren, toch?",
            "de werknemer mag spoor 2 niet weigeren",
            True,
        ),
        (
            "Mijn collega zegt dat spoor 2 pas na een jaar hoeft. Klopt dat?",
            "spoor 2 pas na een jaar hoeft",
            False,
        ),
    ],
)
def test_claims_with_polarity(text: str, statement: str, negated: bool) -> None:
    reading = read_asks(text)

    assert reading.asks[0] is Ask.CLAIM
    assert reading.claim is not None
    assert reading.claim.statement == statement
    assert reading.claim.negated is negated


def test_out_of_scope_part_is_referred_alone() -> None:
    reading = read_asks(
        "We sluiten een vaststellingsovereenkomst, krijgt hij dan WW? En wanneer moet de WIA "
        "aangevraagd worden?"
    )

    assert Ask.OUT_OF_SCOPE in reading.asks
    assert Ask.DATES in reading.asks
    assert "WW" in reading.referrals[0]


def test_a_message_without_cues_gets_the_safe_reading() -> None:
    reading = read_asks("spoor twee")

    assert reading.asks == (Ask.WHAT_TO_DO,)
    assert not reading.confident
