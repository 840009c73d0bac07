"""The claim ranker: features from the nearest claims and wordings, its bar, its stored form."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from spoorwijzer.rules.claim_ranker import (
    FEATURES,
    ClaimRanker,
    Hit,
    candidate_features,
    load_claim_ranker,
)
from spoorwijzer.understanding.ask_classifier import AskModelError

TEXTS = {
    "c1": "De werknemer mag zelf kiezen of hij meedoet aan spoor 2.",
    "c2": "Tijdens vakantie staat de wachttijd van 104 weken stil.",
    "c3": "Na 6 weken moet de probleemanalyse er zijn.",
}


def _features(statement: str) -> dict[str, dict[str, float]]:
    own = [Hit("c2", 0.86, TEXTS["c2"]), Hit("c1", 0.85, TEXTS["c1"]), Hit("c3", 0.80, TEXTS["c3"])]
    wordings = [
        Hit("c1", 0.91, "spoor 2 is vrijwillig voor de werknemer"),
        Hit("c1", 0.89, "hij mag zelf weten of hij meedoet aan spoor twee"),
        Hit("c2", 0.87, "op vakantie loopt de termijn niet door"),
    ]
    return candidate_features(statement, TEXTS, own, wordings)


def test_the_claim_with_the_nearest_wordings_leads_and_the_others_trail() -> None:
    features = _features("mag hij zelf kiezen of hij aan spoor 2 meedoet")
    assert set(features) == {"c1", "c2", "c3"}
    assert all(set(f) == set(FEATURES) for f in features.values())
    assert features["c1"]["first"] == 1.0
    assert features["c2"]["first"] == 0.0
    assert features["c1"]["margin"] == pytest.approx(0.91 - 0.87)
    assert features["c2"]["margin"] < 0
    assert features["c1"]["wording_similarity"] == 0.91
    assert features["c1"]["second_wording_similarity"] == 0.89
    # a claim without wordings near gets the farthest wording's similarity, not a zero
    assert features["c3"]["wording_similarity"] == 0.87
    assert features["c1"]["agreement"] > features["c2"]["agreement"]
    assert features["c1"]["share"] > features["c3"]["share"]


def test_another_term_is_a_feature() -> None:
    features = _features("na 4 weken moet de probleemanalyse er zijn")
    assert features["c3"]["same_quantities"] == 0.0
    assert _features("na zes weken moet de probleemanalyse er zijn")["c3"]["same_quantities"] == 1.0


def _ranker(threshold: float) -> ClaimRanker:
    weights = dict.fromkeys(FEATURES, 0.0) | {"margin": 100.0}
    return ClaimRanker("model", weights, 0.0, threshold)


def test_the_most_probable_claim_is_taken_only_above_the_bar() -> None:
    features = _features("mag hij zelf kiezen of hij aan spoor 2 meedoet")
    best = _ranker(0.9).best(features)
    assert best is not None
    assert best[0] == "c1"
    assert best[1] > 0.9
    assert _ranker(0.999).best(features) is None
    assert _ranker(0.5).best({}) is None


def test_the_stored_form_reads_back_and_a_broken_one_gives_a_dutch_error(tmp_path: Path) -> None:
    path = tmp_path / "ranker.json"
    path.write_text(json.dumps(_ranker(0.7).to_dict()), encoding="utf-8")
    assert load_claim_ranker(path) == _ranker(0.7)
    assert load_claim_ranker(tmp_path / "missing.json") is None
    data = _ranker(0.7).to_dict()
    del data["weights"]["margin"]  # type: ignore[attr-defined]
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(AskModelError, match=r"claimrangschikker .* onleesbaar"):
        load_claim_ranker(path)


def test_the_stored_ranker_fits_the_embedding_model(embeddings: object) -> None:
    from spoorwijzer.answering.assistant_builder import build_claim_ranker

    ranker = build_claim_ranker(embeddings)  # type: ignore[arg-type]
    assert ranker is not None, "claim_ranker.json is missing or fits another embedding model"
    assert 0.3 <= ranker.threshold <= 0.9


def test_a_claim_in_words_of_its_own_is_found_by_the_ranker(assistant: object) -> None:
    matcher = assistant.claims  # type: ignore[attr-defined]
    # the example changes when the index of wordings does (session 13: 1,270 wordings)
    statement = "de EJE is maar een advies, geen wettelijke plicht"
    assert matcher.without_ranker().match(statement) is None
    found = matcher.match(statement)
    assert found is not None
    assert found.claim.id == "claim-65"  # "De eerstejaarsevaluatie is wettelijk verplicht."
    assert matcher.match("de pizza is lekker vandaag en het regent") is None
