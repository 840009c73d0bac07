"""Run every benchmark and print one line of results per benchmark."""

from __future__ import annotations

import json

from benchmarks import answering, calculator


def main() -> None:
    """Run the benchmarks in turn."""
    for name, module in (("calculator", calculator), ("answering", answering)):
        print(name, json.dumps(module.run()))


main()
