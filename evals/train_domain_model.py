"""Train the domain model: is a message about a sick employee and re-integration at all?

Layer: evals (offline tool; scikit-learn is a dev dependency, never needed at run time).

    python -m evals.train_domain_model            # leave one set out, report, write the model
    python -m evals.train_domain_model --check    # report only

Data: the messages of the tuned labelled sets (out of scope when the case's only ask is
"out_of_scope"), the messages written for this model (`domain-messages.jsonl`), the ask training
set, the out-of-scope dev set, the story fragments and the claim wordings and messages (all in
scope). The report leaves one labelled set out at a time and counts, among its messages the
domain words miss, those the model lets through at the bar: in scope (right) and out of scope
(wrong). The written model is fitted on everything.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from evals.dataset import last_message, read_jsonl
from evals.single_label import fit_single_label, train
from evals.train_claim_detector import read_messages
from evals.train_claim_ranker import TRAINING_SETS
from spoorwijzer.understanding.message_models import DOMAIN_MODEL_FILE as MODEL_FILE
from spoorwijzer.understanding.message_models import IN_SCOPE
from spoorwijzer.understanding.routing import is_in_domain

DOMAIN_MESSAGES = "real/domain-messages.jsonl"
OUT_OF_SCOPE_SET = "out_of_scope.jsonl"
# The chain's bar (`answering/chain.py` DOMAIN_BAR); see the report in evals/README.md.
BAR = 0.98


def read_domain_messages(knowledge: Path) -> list[tuple[str, str, bool]]:
    """(group, text, in scope) for every training message."""
    rows = []
    for name in TRAINING_SETS:
        for case in read_jsonl(name):
            rows.append((name, last_message(case), set(case.get("asks") or ()) != {"out_of_scope"}))
    for row in read_jsonl("real/asks-train.jsonl"):
        rows.append(("real/asks-train.jsonl", str(row["text"]), row["asks"] != ["out_of_scope"]))
    for case in read_jsonl(OUT_OF_SCOPE_SET):
        rows.append((OUT_OF_SCOPE_SET, str(case["question"]), False))
    for row in read_jsonl(DOMAIN_MESSAGES):
        rows.append((DOMAIN_MESSAGES, str(row["text"]), bool(row["in_scope"])))
    # every claim (wordings, claim messages) and every story fragment is about the domain
    for group, text, claim in read_messages(knowledge):
        if group in TRAINING_SETS or group == "real/asks-train.jsonl":
            continue  # read above, with their own labels
        if claim or group.startswith("real/story-facts"):
            rows.append((group, text, True))
    return rows


def leave_one_set_out(
    rows: Sequence[tuple[str, str, bool]], vectors: Sequence[Sequence[float]], model_id: str
) -> dict[str, int]:
    """Among messages the domain words miss: let through in scope (right), out of scope (wrong)."""
    counts: Counter[str] = Counter()
    for group in (*TRAINING_SETS, OUT_OF_SCOPE_SET, DOMAIN_MESSAGES):
        train = [i for i, row in enumerate(rows) if row[0] != group]
        flags = [rows[i][2] for i in train]
        model = fit_single_label([vectors[i] for i in train], flags, model_id, IN_SCOPE)
        for i, (name, text, in_scope) in enumerate(rows):
            if name != group or is_in_domain(text):
                continue
            through = model.probabilities(vectors[i])[IN_SCOPE] >= BAR
            counts[
                f"{'in' if in_scope else 'out_of'}_scope_{'through' if through else 'held'}"
            ] += 1
    return dict(sorted(counts.items()))


def main(argv: Sequence[str] | None = None) -> None:
    """Leave one set out, report and (unless --check) write the model."""
    train(
        __doc__.splitlines()[0],
        argv,
        read_rows=read_domain_messages,
        report=leave_one_set_out,
        label=IN_SCOPE,
        bar=BAR,
        path=MODEL_FILE,
    )


if __name__ == "__main__":
    main()
