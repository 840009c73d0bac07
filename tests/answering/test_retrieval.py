"""Hybrid retrieval over the real knowledge index: fusion, authority and the lexical index."""

from __future__ import annotations

from typing import Any

from spoorwijzer.language.synonyms import expand_query
from spoorwijzer.records import Chunk
from spoorwijzer.retrieval.lexical import LexicalIndex


def chunk(number: int, text: str, tier: int = 1) -> Chunk:
    return Chunk(
        f"d{number}:p1:c0:h",
        text,
        f"d{number}",
        "T",
        "P",
        "wet",
        tier,
        "S",
        1,
        0,
        "",
        "h",
        "d",
        "knowledge",
    )


def test_synonyms_widen_the_query() -> None:
    """'tweede spoor' also searches 'spoor 2'; abbreviations expand to their meaning."""
    assert "spoor 2" in expand_query("Wanneer start het tweede spoor?")
    assert "re-integratieverslag" in expand_query("Wat moet in het RIV?")
    assert expand_query("Hallo") == "Hallo"


def test_lexical_index_stems_dutch_words() -> None:
    """'ziekteperiodes' finds 'ziekteperiode'; stopwords do not count."""
    index = LexicalIndex(
        [
            chunk(1, "Een ziekteperiode wordt samengeteld."),
            chunk(2, "De loonsanctie duurt ten hoogste 52 weken."),
        ]
    )

    assert index.search("Worden ziekteperiodes opgeteld?", 2)[0].chunk.source_id == "d1"
    assert index.search("de het een", 2) == []


def test_empty_lexical_index_returns_nothing() -> None:
    """An empty index answers every search with an empty list."""
    assert LexicalIndex([]).search("spoor 2", 3) == []


def test_fusion_brings_the_answering_note_to_the_top(assistant: Any) -> None:
    """The note that answers the question is the first passage."""
    passages = assistant.retriever.retrieve("Wat kost een deskundigenoordeel?", 5)

    assert passages[0].chunk.source_id == "notitie-deskundigenoordeel"
    assert passages[0].similarity > 0.8


def test_law_outranks_a_blog_on_the_same_topic(assistant: Any) -> None:
    """For 'wanneer start spoor 2' the best passage is a tier 1-2 note, not a blog."""
    passages = assistant.retriever.retrieve("Wanneer moet het tweede spoor starten?", 5)

    assert passages[0].chunk.tier <= 2


def test_known_error_passages_are_marked(assistant: Any) -> None:
    """A seed chunk that contains a listed error is marked and unusable as support."""
    passages = assistant.retriever.retrieve(
        "Spoor 2 wordt ingezet wanneer een werknemer na twee jaar ziekteverzuim niet terug kan", 10
    )
    marked = [p for p in passages if p.known_errors]

    assert marked
    assert all(not p.usable_as_support for p in marked)
    assert all(p.chunk.source_id.startswith("seed-") for p in marked)


def test_sub_questions_each_get_their_best_passage(assistant: Any) -> None:
    """A two-part question leads with the best passage for each part."""
    passages = assistant.retriever.retrieve_parts(
        "Mijn werknemer werkt 20 van zijn 36 uur in aangepast werk. Pauzeert de wachttijd "
        "daardoor? En wat kost een deskundigenoordeel?",
        6,
    )
    sources = [p.chunk.source_id for p in passages[:3]]

    assert "notitie-deskundigenoordeel" in sources
    assert any("Gedeeltelijk werken" in p.chunk.text for p in passages[:3])


def test_a_deadline_topic_leads_and_the_written_question_costs_no_extra_embedding(
    assistant: Any,
) -> None:
    """The milestone labels lead the ranking; the message's own vector serves the dense search."""
    embeddings = assistant.retriever.embeddings
    question = "Ziek sinds 3 februari 2026. Wanneer moet ik de 42e-weeksmelding doen?"
    embeddings.embed_query(question)  # the ask classifier has embedded the message already
    calls: list[str] = []
    model_call = type(embeddings)._embed_one_query

    def counting(text: str) -> list[float]:
        calls.append(text)
        return model_call(embeddings, text)  # type: ignore[no-any-return]

    embeddings.embed_fixed("42e-weeksmelding bij UWV uiterlijk")  # a warm assistant has it
    embeddings._embed_one_query = counting
    try:
        passages = assistant.retriever.retrieve_parts(
            "Ziek sinds . Wanneer moet ik de 42e-weeksmelding doen?",
            5,
            topic=["42e-weeksmelding bij UWV uiterlijk"],
            dense_text=question,
        )
    finally:
        del embeddings._embed_one_query

    assert calls == []
    assert "42e" in passages[0].chunk.text
