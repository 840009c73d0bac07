"""The story-fact lexicon against the 420 labelled fragments: the scorer, and a floor."""

from __future__ import annotations

import json
from pathlib import Path

from evals.score_story_facts import DEFAULT_FILE, score


def test_the_scorer_counts_right_missed_wrong_and_extra(tmp_path: Path) -> None:
    rows = [
        {"text": "Intern hebben we niks voor hem.", "facts": {"intern_passend_werk": "nee"}},
        {"text": "Er is bij ons wel passend werk.", "facts": {"intern_passend_werk": "nee"}},
        {"text": "Hij wil graag.", "facts": {}},
        {"text": "Geen idee nog.", "facts": {"medewerking": True}},
    ]
    path = tmp_path / "f.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")

    result = score(path)

    assert result["intern_passend_werk"]["right"] == 1
    assert result["intern_passend_werk"]["wrong"] == 1
    assert result["medewerking"]["extra"] == 1  # "wil graag" read, not labelled
    assert result["medewerking"]["missed"] == 1


def test_the_lexicon_keeps_its_measured_recall_and_precision() -> None:
    """Session 8 measured recall 0.866 and precision 0.945 over all facts: no silent regression."""
    result = score(DEFAULT_FILE)
    right = sum(int(v["right"]) for v in result.values())
    labelled = sum(int(v["right"]) + int(v["missed"]) + int(v["wrong"]) for v in result.values())
    said = sum(int(v["right"]) + int(v["wrong"]) + int(v["extra"]) for v in result.values())

    assert right / labelled >= 0.85
    assert right / said >= 0.93
