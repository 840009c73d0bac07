"""The knowledge manifest (`knowledge/sources.yaml`) and the claims (`knowledge/claims.yaml`).

Layer: data loading with validation at the boundary (pydantic). Read by ingest (what to index)
and by the answering side (authority tiers, known errors, verdicts).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime
from enum import StrEnum
from pathlib import Path

import yaml
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)


class KnowledgeError(ValueError):
    """The manifest or claims file is missing or invalid; the message is Dutch."""


class SourceKind(StrEnum):
    """Kind of source, which sets its authority tier."""

    WET = "wet"
    UWV = "uwv"
    PROFESSIONEEL = "professioneel"
    COMMERCIEEL = "commercieel"


# Authority: a lower number outranks a higher one (law > UWV > professional > commercial blog).
TIER_BY_KIND = {
    SourceKind.WET: 1,
    SourceKind.UWV: 2,
    SourceKind.PROFESSIONEEL: 3,
    SourceKind.COMMERCIEEL: 4,
}


TIER_LABELS = {1: "wet", 2: "UWV", 3: "professioneel", 4: "commercieel"}

# Wordings of the known claims as users put them (`claim-wordings.yaml`): they teach the claim
# matcher other words for each claim. No source of facts: they are searched only by the
# matcher, never retrieved as support and never cited.
WORDINGS_SOURCE_ID = "claim-wordings"
WORDINGS_FILE = "claim-wordings.yaml"


class Verdict(StrEnum):
    """The three verdicts of the myth checker."""

    FEIT = "feit"
    FABEL = "fabel"
    GENUANCEERD = "genuanceerd"


class KnownError(BaseModel):
    """A statement in a source that contradicts the rules, with its correction."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    quote: str = Field(min_length=10)
    correction: str
    rule: str


class SourceEntry(BaseModel):
    """One document of the knowledge base; `tier` may be written and must match `kind`."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]{2,80}$")
    path: str
    title: str
    publisher: str
    kind: SourceKind
    tier_declared: int | None = Field(default=None, alias="tier", ge=1, le=4)
    language: str = "nl"
    url: str | None = None
    published: date | None = None
    checked_on: date | None = None  # the day the content was last checked against its basis
    known_errors: tuple[KnownError, ...] = ()

    @field_validator("checked_on", mode="before")
    @classmethod
    def _checked_on_is_a_past_date(cls, value: object) -> object:
        if value is None or isinstance(value, date):
            parsed = value
        else:
            try:
                parsed = date.fromisoformat(str(value))
            except ValueError:
                raise ValueError(
                    f"checked_on '{value}' is geen geldige datum; schrijf JJJJ-MM-DD"
                ) from None
        if parsed is not None and parsed > datetime.now(UTC).date():
            raise ValueError(f"checked_on {parsed.isoformat()} ligt in de toekomst")
        return parsed

    @model_validator(mode="after")
    def _tier_matches_kind(self) -> SourceEntry:
        if self.tier_declared is not None and self.tier_declared != TIER_BY_KIND[self.kind]:
            raise ValueError(
                f"tier {self.tier_declared} past niet bij soort '{self.kind}' "
                f"(verwacht {TIER_BY_KIND[self.kind]})"
            )
        return self

    @property
    def tier(self) -> int:
        """Authority tier: 1 = wet ... 4 = commercieel."""
        return TIER_BY_KIND[self.kind]


class Claim(BaseModel):
    """One claim with its verdict and explanation."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^claim-[0-9]{2,3}$")
    claim: str = Field(min_length=10)
    verdict: Verdict
    explanation: str = Field(min_length=20)
    basis: str = ""  # the legal basis, e.g. "art. 7:670 lid 1 BW"
    sources: tuple[str, ...]


class _Manifest(BaseModel):
    sources: tuple[SourceEntry, ...]


class _Claims(BaseModel):
    claims: tuple[Claim, ...]


def _read_yaml(path: Path) -> object:
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise KnowledgeError(f"Het bestand {path} ontbreekt.") from None
    except yaml.YAMLError as error:
        raise KnowledgeError(f"{path} is geen geldige YAML: {error}") from None


def load_sources(knowledge_dir: Path) -> tuple[SourceEntry, ...]:
    """Read and validate `sources.yaml`.

    Raises:
        KnowledgeError: The file is missing, invalid, or lists an id twice.
    """
    path = knowledge_dir / "sources.yaml"
    try:
        manifest = _Manifest.model_validate(_read_yaml(path))
    except ValidationError as error:
        raise KnowledgeError(f"{path} klopt niet: {error}") from None
    ids = [entry.id for entry in manifest.sources]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise KnowledgeError(f"{path} noemt deze id's meer dan eens: {', '.join(duplicates)}")
    return manifest.sources


def knowledge_peildatum(sources: Iterable[SourceEntry]) -> date | None:
    """The knowledge's peildatum: the latest day a source was checked (None when none was).

    The claim wordings are no source of facts: they leave the peildatum alone.
    """
    checked = [
        entry.checked_on
        for entry in sources
        if entry.checked_on is not None and entry.id != WORDINGS_SOURCE_ID
    ]
    return max(checked) if checked else None


def load_claims(knowledge_dir: Path) -> tuple[Claim, ...]:
    """Read and validate `claims.yaml`.

    Raises:
        KnowledgeError: The file is missing or invalid, or lists an id or a claim twice.
    """
    path = knowledge_dir / "claims.yaml"
    try:
        claims = _Claims.model_validate(_read_yaml(path)).claims
    except ValidationError as error:
        raise KnowledgeError(f"{path} klopt niet: {error}") from None
    for label, values in (
        ("id's", [c.id for c in claims]),
        ("beweringen", [c.claim.strip().lower() for c in claims]),
    ):
        twice = sorted({v for v in values if values.count(v) > 1})
        if twice:
            raise KnowledgeError(f"{path} noemt deze {label} meer dan eens: {', '.join(twice)}")
    return claims


class _Wordings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    wordings: dict[str, tuple[str, ...]]


def load_claim_wordings(knowledge_dir: Path) -> dict[str, tuple[str, ...]]:
    """Read `claim-wordings.yaml`: claim id -> wordings that say the same as the claim.

    Raises:
        KnowledgeError: The file is missing or invalid, names an unknown claim or a wording twice.
    """
    path = knowledge_dir / WORDINGS_FILE
    try:
        wordings = _Wordings.model_validate(_read_yaml(path)).wordings
    except ValidationError as error:
        raise KnowledgeError(f"{path} klopt niet: {error}") from None
    known = {c.id for c in load_claims(knowledge_dir)}
    unknown = sorted(set(wordings) - known)
    if unknown:
        raise KnowledgeError(f"{path} noemt onbekende beweringen: {', '.join(unknown)}")
    texts = [w.strip().lower() for group in wordings.values() for w in group]
    twice = sorted({t for t in texts if texts.count(t) > 1})
    if twice:
        raise KnowledgeError(f"{path} noemt deze formuleringen meer dan eens: {', '.join(twice)}")
    return wordings
