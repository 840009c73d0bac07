"""Dense retrieval over the real knowledge base: the best passage comes back in the top 3."""

from __future__ import annotations

from typing import Any

import pytest

CASES = [
    ("Is een extern re-integratiebureau verplicht voor spoor 2?", "notitie-rollen"),
    ("Wat kost een deskundigenoordeel van UWV?", "notitie-deskundigenoordeel"),
    ("Welke documenten horen in het re-integratieverslag?", "notitie-loonsanctie"),
    (
        "Wanneer mag spoor 2 achterwege blijven bij geen benutbare mogelijkheden?",
        "notitie-spoor2-uitzonderingen",
    ),
    (
        "Tellen ziekteperiodes op als de werknemer met andere klachten uitvalt?",
        "notitie-samentelling",
    ),
    (
        "Hoe lang duurt een vrijwillige verlenging van de loondoorbetaling minimaal?",
        "notitie-verlenging",
    ),
]


@pytest.mark.parametrize(("question", "source_id"), CASES, ids=[c[1] for c in CASES])
def test_best_passage_is_in_top_3(
    knowledge_store: Any, embeddings: Any, question: str, source_id: str
) -> None:
    """The note that answers the question is among the three nearest passages."""
    results = knowledge_store.search(embeddings.embed_query(question), k=3)

    assert source_id in {r.chunk.source_id for r in results}
