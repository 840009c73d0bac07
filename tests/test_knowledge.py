"""The knowledge base itself: manifest, authority tiers, known errors, notes and claims."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ingest.cleaning import clean_text, split_paragraphs
from ingest.loaders import read_document
from ingest.sources import manifest_sources
from spoorwijzer.knowledge import KnowledgeError, Verdict, load_claims, load_sources

KNOWLEDGE = Path(__file__).resolve().parents[1] / "knowledge"
ENTRIES = load_sources(KNOWLEDGE)
NOTES = [e for e in ENTRIES if e.path.startswith("notities/")]
NOTE_TOPICS = [
    "tijdlijn",
    "spoor2-start",
    "spoor2-uitzonderingen",
    "rollen",
    "samentelling",
    "zwangerschap",
    "verlenging",
    "loonsanctie",
    "plichten-werknemer",
    "deskundigenoordeel",
    "wia-iva",
    "einde-dienstverband",
    "wat-is-veranderd",
    "ontslag-na-104-weken",
    "kosten-spoor2",
    "kleine-werkgevers",
    "vakantie",
    "hervatting",
    "arbeidsconflict",
    "termijn-gemist",
    "oneens-bedrijfsarts",
    "geen-brief-uwv",
    "privacy",
    "ziektewet-vangnet",
    "wia-uitkomsten",
    "verwijzing-belgie",
    "verwijzing-ww-vso",
    "verwijzing-pensioen",
]


def test_every_listed_file_exists_and_nothing_is_unlisted() -> None:
    """The manifest and the folder agree."""
    sources, problems = manifest_sources(KNOWLEDGE)

    assert all(s.path.is_file() for s in sources)
    assert problems == []


def test_seed_articles_are_commercial_and_rank_below_our_notes() -> None:
    """Blogs are tier 4; notes written from the law and UWV practice are tier 1 or 2."""
    seeds = [e for e in ENTRIES if e.id.startswith("seed-")]

    assert len(seeds) == 5
    assert {e.tier for e in seeds} == {4}
    assert {e.tier for e in NOTES} <= {1, 2}


@pytest.mark.parametrize("topic", NOTE_TOPICS)
def test_every_required_topic_has_a_note(topic: str) -> None:
    """Each topic the issue names has a note of its own."""
    assert any(e.id == f"notitie-{topic}" for e in NOTES)


def test_the_knowledge_base_has_at_least_25_notes() -> None:
    """The issue asks for at least 25 guidance notes, each listed in the manifest."""
    assert len(NOTES) >= 25
    assert len(list((KNOWLEDGE / "notities").glob("*.md"))) == len(NOTES)


@pytest.mark.parametrize("entry", NOTES, ids=[e.id for e in NOTES])
def test_note_front_matter_matches_the_manifest(entry: object) -> None:
    """A note's front matter names the same id as its manifest entry."""
    loaded = read_document(KNOWLEDGE / entry.path)  # type: ignore[attr-defined]

    assert loaded.front_matter.get("id") == entry.id  # type: ignore[attr-defined]


@pytest.mark.parametrize("entry", NOTES, ids=[e.id for e in NOTES])
def test_every_note_paragraph_names_basis_and_source(entry: object) -> None:
    """Each content paragraph of a note names its legal basis or source."""
    text = read_document(KNOWLEDGE / entry.path).pages[0]  # type: ignore[attr-defined]
    paragraphs = [p for p in split_paragraphs(text) if p and not p.startswith("#")]

    assert paragraphs
    for paragraph in paragraphs:
        assert re.search(r"Grondslag:|[Bb]ron:", paragraph), paragraph[:80]


SEED_ERRORS = [(e, k) for e in ENTRIES for k in e.known_errors]


@pytest.mark.parametrize(
    ("entry", "error"), SEED_ERRORS, ids=[f"{e.id}-{i}" for i, (e, _) in enumerate(SEED_ERRORS)]
)
def test_known_error_quotes_occur_verbatim_in_cleaned_source(entry: object, error: object) -> None:
    """Every known error quotes its source exactly as it is indexed."""
    raw = (KNOWLEDGE / entry.path).read_text(encoding="utf-8")  # type: ignore[attr-defined]
    cleaned = " ".join(clean_text(raw, publisher=entry.publisher).split())  # type: ignore[attr-defined]

    assert error.quote in cleaned  # type: ignore[attr-defined]


def test_claims_cover_the_spec_with_valid_verdicts() -> None:
    """At least 60 claims, unique ids, every verdict one of feit/fabel/genuanceerd."""
    claims = load_claims(KNOWLEDGE)

    assert len(claims) >= 60
    assert len({c.id for c in claims}) == len(claims)
    assert {c.verdict for c in claims} == set(Verdict)


def test_claims_are_not_biased_towards_fabel() -> None:
    """True and nuanced statements together outnumber the myths, so 'fabel' is no safe guess."""
    verdicts = [c.verdict for c in load_claims(KNOWLEDGE)]

    assert verdicts.count(Verdict.FEIT) >= 12
    assert verdicts.count(Verdict.FABEL) < len(verdicts) / 2


def test_every_claim_names_its_legal_basis() -> None:
    """Each claim names the article or regulation it rests on, e.g. "art. 7:670 lid 1 BW"."""
    basis = re.compile(r"\bart\. \d|Regeling|Beleidsregels|Wet ")

    for claim in load_claims(KNOWLEDGE):
        assert basis.search(claim.basis), claim.id


def test_existing_claim_ids_stay_stable() -> None:
    """Claims keep their ids (claim-01 ... claim-42 were published before); new ones follow."""
    ids = [c.id for c in load_claims(KNOWLEDGE)]

    assert ids[:42] == [f"claim-{n:02d}" for n in range(1, 43)]
    assert ids == sorted(ids, key=lambda i: int(i.split("-")[1]))


@pytest.mark.parametrize(
    ("claims", "message"),
    [
        (
            "  - {id: claim-01, claim: Een bewering hier, verdict: feit, "
            "explanation: Een uitleg van voldoende lengte, sources: []}\n"
            "  - {id: claim-01, claim: Een andere bewering, verdict: feit, "
            "explanation: Een uitleg van voldoende lengte, sources: []}\n",
            "id's meer dan eens",
        ),
        (
            "  - {id: claim-01, claim: Een bewering hier, verdict: feit, "
            "explanation: Een uitleg van voldoende lengte, sources: []}\n"
            "  - {id: claim-02, claim: een bewering hier, verdict: fabel, "
            "explanation: Een uitleg van voldoende lengte, sources: []}\n",
            "beweringen meer dan eens",
        ),
        (
            "  - {id: c1, claim: Een bewering hier, verdict: feit, "
            "explanation: Een uitleg van voldoende lengte, sources: []}\n",
            "klopt niet",
        ),
    ],
    ids=["same-id", "same-claim", "bad-id"],
)
def test_claims_refuse_duplicates_and_bad_ids(tmp_path: Path, claims: str, message: str) -> None:
    """A claim listed twice (by id or by text) or with a free-form id is a Dutch error."""
    (tmp_path / "claims.yaml").write_text("claims:\n" + claims, encoding="utf-8")

    with pytest.raises(KnowledgeError, match=message):
        load_claims(tmp_path)


def test_duplicate_manifest_ids_are_refused(tmp_path: Path) -> None:
    """An id listed twice is a Dutch error, not a silent overwrite."""
    (tmp_path / "sources.yaml").write_text(
        "sources:\n"
        "  - {id: abc, path: a.txt, title: A, publisher: P, kind: wet}\n"
        "  - {id: abc, path: b.txt, title: B, publisher: P, kind: wet}\n",
        encoding="utf-8",
    )

    with pytest.raises(KnowledgeError, match="meer dan eens"):
        load_sources(tmp_path)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "ontbreekt"),
        ("sources: [", "geen geldige YAML"),
        ("sources: [{id: x}]", "klopt niet"),
    ],
    ids=["missing", "bad-yaml", "invalid-entry"],
)
def test_broken_manifest_gives_dutch_error(
    tmp_path: Path, content: str | None, message: str
) -> None:
    """A missing, unparsable or incomplete manifest raises KnowledgeError in Dutch."""
    if content is not None:
        (tmp_path / "sources.yaml").write_text(content, encoding="utf-8")

    with pytest.raises(KnowledgeError, match=message):
        load_sources(tmp_path)


def test_broken_claims_give_dutch_error(tmp_path: Path) -> None:
    """A claim with an unknown verdict is refused."""
    (tmp_path / "claims.yaml").write_text(
        "claims:\n  - {id: c, claim: x, verdict: misschien, explanation: y, sources: []}\n",
        encoding="utf-8",
    )

    with pytest.raises(KnowledgeError, match="klopt niet"):
        load_claims(tmp_path)


def test_declared_tier_must_match_kind(tmp_path: Path) -> None:
    """A blog declared as tier 1 is refused: authority follows the kind of source."""
    (tmp_path / "sources.yaml").write_text(
        "sources:\n  - {id: blog, path: a.txt, title: A, publisher: P, kind: commercieel, tier: 1}\n",
        encoding="utf-8",
    )

    with pytest.raises(KnowledgeError, match="past niet bij soort"):
        load_sources(tmp_path)


def test_every_manifest_entry_declares_its_tier() -> None:
    """The manifest states each source's tier explicitly."""
    assert all(entry.tier_declared == entry.tier for entry in ENTRIES)


def test_every_manifest_entry_states_when_it_was_checked() -> None:
    """Each source carries the day its content was last checked (a peildatum for answers)."""
    assert all(entry.checked_on is not None for entry in ENTRIES)


@pytest.mark.parametrize(
    ("value", "message"),
    [("1 december 2026", "geen geldige datum"), ("2026-13-01", "geen geldige datum")],
    ids=["words", "month-13"],
)
def test_bad_checked_on_gives_dutch_error(tmp_path: Path, value: str, message: str) -> None:
    """A checked_on that is no ISO date is refused with a Dutch message naming the value."""
    (tmp_path / "sources.yaml").write_text(
        "sources:\n"
        f"  - {{id: abc, path: a.txt, title: A, publisher: P, kind: wet, checked_on: '{value}'}}\n",
        encoding="utf-8",
    )

    with pytest.raises(KnowledgeError, match=message):
        load_sources(tmp_path)


def test_checked_on_in_the_future_is_refused(tmp_path: Path) -> None:
    """A source cannot have been checked on a day that has not come yet (a typo)."""
    (tmp_path / "sources.yaml").write_text(
        "sources:\n  - {id: abc, path: a.txt, title: A, publisher: P, kind: wet, "
        "checked_on: 2999-01-01}\n",
        encoding="utf-8",
    )

    with pytest.raises(KnowledgeError, match="in de toekomst"):
        load_sources(tmp_path)


def test_notes_follow_the_second_legal_review() -> None:
    """A1, A2, A10: the statutory 42e-weeksmelding day, the EJE as a duty, Beleidsregels first."""
    timeline = (KNOWLEDGE / "notities" / "poortwachter-tijdlijn.md").read_text(encoding="utf-8")
    notes = " ".join((KNOWLEDGE / e.path).read_text(encoding="utf-8") for e in NOTES)

    assert "ziektedag 295" in timeline
    assert "art. 4 lid 2 sub b" in timeline
    assert "bron: Werkwijzer" not in notes
    assert "bron: UWV, Werkwijzer" not in notes


def test_change_note_states_its_peildatum() -> None:
    """The note on what changed names its peildatum and warns that later changes may exist."""
    entry = next(e for e in NOTES if e.id == "notitie-wat-is-veranderd")
    text = (KNOWLEDGE / entry.path).read_text(encoding="utf-8")

    assert "peildatum" in entry.title
    assert "latere wijzigingen" in text
    assert "36 869" in text
