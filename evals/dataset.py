"""Eval cases: the schema of eval-dev.jsonl, plus `turns` (multi-turn) and `source_ids`.

Layer: evals (data loading, validated with pydantic at the boundary).
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

DATASETS_DIR = Path(__file__).resolve().parent / "datasets"
DEFAULT_TODAY = date(2025, 11, 23)


class ClaimLabel(BaseModel):
    """The claim a real-style message makes: its words, the known claim and the polarity."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    text: str
    id: str | None = None  # a claim of knowledge/claims.yaml, or None when none matches
    polarity: str = "same"  # "same" as the known claim, or "flipped" (its negation)
    verdict: str | None = None  # the verdict on the user's statement


class EvalCase(BaseModel):
    """One reference question with what a right answer contains."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    id: str
    question: str
    kind: str
    reference_answer: str = ""
    must_include: tuple[str, ...] = ()
    must_not_include: tuple[str, ...] = ()
    expected_dates: dict[str, str] = Field(default_factory=dict)
    verdict: str | None = None
    sources: tuple[str, ...] = ()
    source_ids: tuple[str, ...] = ()
    turns: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    today: date = DEFAULT_TODAY
    # Real-style labels (evals/datasets/real-*.jsonl, eval-real-sample.jsonl): see evals/README.md.
    asks: tuple[str, ...] = ()  # every ask the message holds
    facts: dict[str, Any] = Field(default_factory=dict)  # the dossier a perfect reader builds
    facts_partial: bool = False  # True: only some fact kinds are labelled (no false positives)
    passed: tuple[str, ...] = ()  # milestones the answer must call passed (verstreken)
    follow_up: tuple[str, ...] = ()  # facts the answer must ask for
    claim: ClaimLabel | None = None  # the claim the user makes, if any
    key_points: tuple[str, ...] = ()  # what a good answer says (read by people, not scored)
    must_not: tuple[str, ...] = ()  # wrong statements (read by people, not scored)

    @property
    def labelled(self) -> bool:
        """True for a real-style case labelled with its asks."""
        return bool(self.asks)

    @property
    def in_scope(self) -> bool:
        """Out-of-scope cases must be refused; all others answered.

        A real-style case whose only ask is out of scope is an out-of-scope case too.
        """
        return self.kind != "out_of_scope" and set(self.asks) != {"out_of_scope"}

    @field_validator("turns", mode="before")
    @classmethod
    def _user_turns(cls, value: Any) -> Any:
        """Turns may be strings or chat messages ({"role", "content"}); only the user's count."""
        if not isinstance(value, list):
            return value
        return [
            t.get("content", "") if isinstance(t, dict) else t
            for t in value
            if not isinstance(t, dict) or t.get("role", "user") == "user"
        ]

    @property
    def history(self) -> tuple[str, ...]:
        """Earlier user turns of a multi-turn case (`turns` may end with the question)."""
        if self.turns and self.turns[-1].strip() == self.question.strip():
            return self.turns[:-1]
        return self.turns


class DatasetError(ValueError):
    """A dataset file is missing or has an invalid line; the message is Dutch."""


def read_jsonl(name: str) -> list[dict[str, Any]]:
    """The JSON objects of a file under datasets/ ("real/holdout-13.jsonl"), one per line."""
    text = (DATASETS_DIR / name).read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def last_message(case: dict[str, Any]) -> str:
    """A labelled case's message to read: its question, or the last of its turns."""
    return str(case.get("question") or (case.get("turns") or [""])[-1])


def load_cases(path: Path) -> list[EvalCase]:
    """Read a JSONL dataset.

    Raises:
        DatasetError: The file is missing or a line is not a valid case.
    """
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise DatasetError(f"De dataset {path} bestaat niet.") from None
    cases = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            cases.append(EvalCase.model_validate(json.loads(line)))
        except ValueError as error:
            raise DatasetError(f"{path}, regel {number}: geen geldig geval ({error}).") from None
    return cases


def default_datasets() -> list[Path]:
    """Every dataset shipped in evals/datasets, except the small smoke set."""
    return sorted(p for p in DATASETS_DIR.glob("*.jsonl") if p.stem != "smoke")
