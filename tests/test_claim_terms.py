"""The claim matcher's word rules: terms of a different length, and opposite wordings."""

from __future__ import annotations

import pytest

from spoorwijzer.language.synonyms import opposed
from spoorwijzer.rules.claim_terms import same_quantities, terms_agree


@pytest.mark.parametrize(
    ("statement", "claim", "same"),
    [
        (
            "De WIA moet 11 weken voor het einde aangevraagd zijn.",
            "pas aanvragen als hij 93 weken ziek is",
            False,
        ),
        ("Daarna heb je nog 6 weken.", "Na de eerstejaarsevaluatie heb je nog zes weken.", True),
        ("Een loonsanctie duurt 52 weken.", "Een loonsanctie duurt altijd precies een jaar.", True),
        # a bound is no exact term: "na twee weken weer uit" may concern "binnen vier weken"
        ("Hij valt na twee weken weer uit.", "Uitval binnen vier weken telt mee.", True),
        ("Geen termijn genoemd.", "Spoor 2 duurt zes maanden.", True),
    ],
)
def test_terms_of_a_different_length_name_another_claim(
    statement: str, claim: str, same: bool
) -> None:
    assert same_quantities(statement, claim) is same


@pytest.mark.parametrize(
    ("statement", "claim", "turns"),
    [
        ("Een deskundigenoordeel kost de werkgever 400 euro.", "… is voor de werkgever gratis.", 1),
        # "nooit minder dan" says "minstens": its "nooit" is cancelled
        ("Je betaalt nooit minder dan het minimumloon.", "minstens het minimumloon", 1),
    ],
)
def test_more_opposite_wordings(statement: str, claim: str, turns: int) -> None:
    assert opposed(statement, claim) == turns


def test_no_fixed_duration_says_what_the_claim_says() -> None:
    assert opposed("Spoor 2 heeft geen vaste duur", "Spoor 2 is maatwerk zonder vaste duur.") == 1


@pytest.mark.parametrize(
    ("statement", "claim"),
    [
        (
            "UWV betaalt het re-integratiebureau voor spoor 2",
            "UWV vergoedt de kosten van een re-integratiebureau in de eerste twee ziektejaren.",
        ),
        (
            "spoor twee moet je pas doen als iemand een jaar ziek is, dat staat in de wet",
            "Spoor 2 is een wettelijke verplichting nadat een werknemer een jaar ziek is.",
        ),
    ],
)
def test_key_terms_agree_in_the_users_own_words(statement: str, claim: str) -> None:
    """UWV betaalt speaks of what UWV vergoedt de kosten says; "spoor twee" is spoor 2."""
    assert terms_agree(statement, claim)
