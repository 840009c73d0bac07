"""Score the story-fact lexicon on labelled fragments: recall and precision per fact.

Layer: evals (offline tool, no model needed).

    python -m evals.score_story_facts [FILE.jsonl] [--show FACT]

Default file: evals/datasets/real/story-facts-train.jsonl ({"text", "facts"}); each fragment is
read alone by `read_story_facts`. A fact read with another value than its label is wrong, a fact
read where the label has none is extra.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from pathlib import Path

from evals.dataset import DATASETS_DIR
from spoorwijzer.understanding.story_facts import read_story_facts

DEFAULT_FILE = DATASETS_DIR / "real" / "story-facts-train.jsonl"
FACTS = (
    "oordeel_bedrijfsarts",
    "intern_passend_werk",
    "zicht_op_terugkeer",
    "arbeidsdeskundig_onderzoek",
    "medewerking",
    "melding_42e_gedaan",
)


def _label(value: object) -> object:
    return ("ja" if value else "nee") if isinstance(value, bool) else value


def score(path: Path, show: str | None = None) -> dict[str, dict[str, float | int]]:
    """Per fact: right, missed, wrong and extra counts with recall and precision."""
    counts = {fact: {"right": 0, "missed": 0, "wrong": 0, "extra": 0} for fact in FACTS}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        read = {f.name: f.value for f in read_story_facts(row["text"])}
        for fact in FACTS:
            got, want = read.get(fact), _label(row["facts"].get(fact))
            if got is None and want is None:
                continue
            kind = (
                "right"
                if got == want
                else "extra"
                if want is None
                else "missed"
                if got is None
                else "wrong"
            )
            counts[fact][kind] += 1
            if show == fact and kind != "right":
                print(f"{kind:6} {got} / {want}: {row['text']}")
    result: dict[str, dict[str, float | int]] = {}
    for fact, c in counts.items():
        labelled = c["right"] + c["missed"] + c["wrong"]
        said = c["right"] + c["wrong"] + c["extra"]
        result[fact] = {
            **c,
            "recall": round(c["right"] / labelled, 3) if labelled else 0.0,
            "precision": round(c["right"] / said, 3) if said else 0.0,
        }
    return result


def main(argv: Sequence[str] | None = None) -> None:
    """Print the scores as JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", type=Path, default=DEFAULT_FILE)
    parser.add_argument("--show", help="print the misses of this fact")
    args = parser.parse_args(argv)
    print(json.dumps(score(args.file, args.show), indent=2))


if __name__ == "__main__":
    main()
