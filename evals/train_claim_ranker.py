"""Train the claim ranker: which known claim a stated claim is, from the matcher's signals.

Layer: evals (offline tool; scikit-learn is a dev dependency, never needed at run time).

    python -m evals.train_claim_ranker            # leave one set out, report, write the ranker
    python -m evals.train_claim_ranker --check    # report only

Needs the index (`spoorwijzer ingest`). Data: every message of the tuned labelled sets in which
the rules read a claim statement, labelled with the known claim it states (or none), the
opposite wordings of `claim-wordings-opposite.jsonl` (never indexed) and the messages written for
the claim models (`claim-messages.jsonl`). Per statement the nearest
claims are the candidates; each gets the features of `rules/claim_ranker.py`. The report leaves
one set out at a time: the matcher without the ranker against the matcher with it, counting
right claims, wrong claims, and verdicts on messages that state no known claim. The written
ranker is fitted on everything; its scaler is folded into the weights (no numpy at run time).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from evals.dataset import last_message, read_jsonl
from spoorwijzer.answering.chain import Assistant
from spoorwijzer.rules.claim_ranker import FEATURES, MODEL_FILE, ClaimRanker, candidate_features
from spoorwijzer.rules.claims import ClaimMatcher

# The sets tuned on (never one still blind): their claim messages teach the ranker.
TRAINING_SETS = (
    *(f"real/holdout-{n}.jsonl" for n in range(3, 21)),
    "real/holdout-fresh.jsonl",
    "real/holdout-real.jsonl",
    "real/real-tune.jsonl",
    "eval-real-sample.jsonl",
)
OPPOSITE_WORDINGS = "real/claim-wordings-opposite.jsonl"
# Messages written for the claim models (session 11): claims without a cue, and questions about
# the own case in a claim's words ({"text", "claim", "claim_id", "polarity"}).
CLAIM_MESSAGES = "real/claim-messages.jsonl"
C = 1.0  # inverse regularisation (0.1, 1 and 10 gave the same leave-one-set-out counts)
# The bar a candidate's probability must reach. Leaving one set out (592 statements, 473 with a
# known claim), scoring the ranker's pick alone: 0.4 took 24 more right claims and 3 more wrong
# ones, 0.5 took 21 and 2, 0.7 took 12 and none. Through the matcher that ships (its floor of 0.86
# and key terms in agreement also apply), 0.5 takes 11 more right claims and no wrong one.
THRESHOLD = 0.5
NO_CLAIM = "none"


@dataclass(frozen=True, slots=True)
class Statement:
    """A claim statement the rules read, its set, the claim it states, and the features."""

    group: str
    text: str
    label: str  # a claim id, or NO_CLAIM
    current: str  # the matcher's claim without the ranker, or NO_CLAIM
    candidates: dict[str, dict[str, float]]


def _messages() -> list[tuple[str, str, str]]:
    """(group, text, label) for every labelled message and opposite wording."""
    rows = []
    for name in TRAINING_SETS:
        for case in read_jsonl(name):
            claim = case.get("claim")
            claim = claim[0] if isinstance(claim, list) and claim else claim
            label = (claim or {}).get("id") or NO_CLAIM
            rows.append((name, last_message(case), str(label)))
    for wording in read_jsonl(OPPOSITE_WORDINGS):
        rows.append((OPPOSITE_WORDINGS, str(wording["text"]), str(wording["claim_id"])))
    for message in read_jsonl(CLAIM_MESSAGES):
        rows.append((CLAIM_MESSAGES, str(message["text"]), str(message["claim_id"] or NO_CLAIM)))
    return rows


def read_statements(assistant: Assistant) -> list[Statement]:
    """The claim statements the rules read in the messages, with their candidates."""
    from spoorwijzer.understanding.asks import read_asks

    matcher = assistant.claims.without_ranker()
    texts = matcher.texts_by_id
    statements = []
    for group, text, label in _messages():
        reading = read_asks(text, assistant.classify)
        if reading.claim is None:
            continue
        said = reading.claim.statement
        current = matcher.match(said, strict=False)
        own, wordings, _ = matcher.hits(said)
        statements.append(
            Statement(
                group,
                said,
                label,
                current.claim.id if current else NO_CLAIM,
                candidate_features(said, texts, own, wordings),
            )
        )
    return statements


def fit(statements: Sequence[Statement], model_id: str) -> ClaimRanker:
    """Logistic regression over every candidate, the scaler folded into the weights."""
    from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped]
    from sklearn.preprocessing import StandardScaler  # type: ignore[import-untyped]

    rows = [(f, claim_id == s.label) for s in statements for claim_id, f in s.candidates.items()]
    matrix = [[features[name] for name in FEATURES] for features, _ in rows]
    scaler = StandardScaler().fit(matrix)
    regression = LogisticRegression(C=C, max_iter=5000).fit(
        scaler.transform(matrix), [right for _, right in rows]
    )
    coef = regression.coef_[0] / scaler.scale_
    bias = float(regression.intercept_[0] - (coef * scaler.mean_).sum())
    weights = {name: float(w) for name, w in zip(FEATURES, coef, strict=True)}
    return ClaimRanker(model_id, weights, bias, THRESHOLD)


def leave_one_set_out(
    statements: Sequence[Statement], matcher: ClaimMatcher, model_id: str
) -> dict[str, Counter[str]]:
    """Per matcher (without / with the fold's ranker): right, wrong, none, verdicts without a claim.

    The matcher with the ranker is the one that ships: its bars and the ranker's gates apply.
    """
    counts: dict[str, Counter[str]] = {"without": Counter(), "with": Counter()}
    for group in sorted({s.group for s in statements}):
        ranked = matcher.with_ranker(fit([s for s in statements if s.group != group], model_id))
        for s in (s for s in statements if s.group == group):
            match = ranked.match(s.text, strict=False)
            both = match.claim.id if match else NO_CLAIM
            for name, found in (("without", s.current), ("with", both)):
                if s.label == NO_CLAIM:
                    counts[name]["verdict_without_claim"] += found != NO_CLAIM
                else:
                    kind = "none" if found == NO_CLAIM else "right" if found == s.label else "wrong"
                    counts[name][kind] += 1
    return counts


def main(argv: Sequence[str] | None = None) -> None:
    """Leave one set out, report and (unless --check) write the ranker."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report only, write nothing")
    args = parser.parse_args(argv)
    from spoorwijzer.cli.ask_cmd import open_assistant
    from spoorwijzer.clock import today_in
    from spoorwijzer.config import get_settings

    settings = get_settings()
    assistant = open_assistant(settings, today_in(settings.timezone))
    model_id = assistant.retriever.embeddings.model_id
    statements = read_statements(assistant)
    report = leave_one_set_out(statements, assistant.claims.without_ranker(), model_id)
    print(
        json.dumps(
            {
                "statements": len(statements),
                "with_known_claim": sum(s.label != NO_CLAIM for s in statements),
                "threshold": THRESHOLD,
                **{name: dict(sorted(c.items())) for name, c in report.items()},
            },
            indent=2,
        )
    )
    if not args.check:
        Path(MODEL_FILE).write_text(json.dumps(fit(statements, model_id).to_dict()), "utf-8")
        print(f"Geschreven: {MODEL_FILE}")


if __name__ == "__main__":
    main()
