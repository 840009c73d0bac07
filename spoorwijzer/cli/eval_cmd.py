"""`spoorwijzer eval`: score the whole assistant against reference answers (needs a checkout).

A wiring point: the evals package lives beside spoorwijzer in the repository, not in the wheel,
so it is imported inside the command.
"""

from __future__ import annotations

import json
from pathlib import Path

import click

from spoorwijzer.cli.ask_cmd import open_assistant
from spoorwijzer.cli.errors import UserInputError
from spoorwijzer.config import get_settings


@click.command(name="eval")
@click.option(
    "--dataset",
    "datasets",
    multiple=True,
    type=click.Path(path_type=Path),
    help="JSONL-dataset (herhaalbaar). Standaard: alle sets in evals/datasets.",
)
@click.option("--json", "as_json", is_flag=True, help="Het volledige rapport als JSON.")
@click.option(
    "--rapport",
    type=click.Path(file_okay=False, path_type=Path),
    help="Map voor rapport.json en rapport.html.",
)
@click.option(
    "--vergelijk",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Eerder rapport.json om mee te vergelijken (regressies gemarkeerd).",
)
@click.option(
    "--drempels",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Ander drempelbestand (standaard evals/thresholds.yaml).",
)
@click.option("--zonder-baseline", is_flag=True, help="Sla de naïeve baseline over.")
def eval_command(
    datasets: tuple[Path, ...],
    as_json: bool,
    rapport: Path | None,
    vergelijk: Path | None,
    drempels: Path | None,
    zonder_baseline: bool,
) -> None:
    """Meet hoe goed Spoorwijzer antwoordt, met drempels die bij onderschrijding falen.

    Scoort datums, verzonnen datums, oordelen, kernfeiten, weigeren, citaten en retrieval, en
    zet er een naïeve LangChain + Chroma-baseline naast. Exit-code 1 als een drempel wordt
    gemist.
    """
    try:
        from evals import command
        from evals.baseline import NaiveBaseline
        from evals.report import compare
        from evals.runner import THRESHOLDS_FILE
    except ImportError:
        raise UserInputError(
            "De evaluatie draait alleen vanuit een checkout van de repository (map evals/)."
        ) from None
    try:
        cases, names = command.load_all(datasets)
        earlier = command.load_earlier(vergelijk) if vergelijk else None
    except command.EvalError as error:
        raise UserInputError(str(error)) from None
    assistant = open_assistant(get_settings(), command.today_for_cases())
    try:
        baseline = (
            None
            if zonder_baseline
            else NaiveBaseline(
                assistant.store.as_langchain_vectorstore(assistant.retriever.embeddings)
            )
        )
        record = command.evaluate(
            assistant, cases, names, baseline=baseline, thresholds_file=drempels or THRESHOLDS_FILE
        )
    finally:
        assistant.store.close()
    comparison = compare(record, earlier) if earlier else None
    if comparison is not None:
        record["comparison"] = comparison
    if rapport is not None:
        command.write_reports(record, rapport, comparison)
    if as_json:
        click.echo(json.dumps(record, ensure_ascii=False, indent=2, default=str))
    else:
        click.echo(command.render_table(record))
        if comparison is not None:
            worse = [k for k, d in comparison["metrics"].items() if d["slechter"]]
            click.echo(
                f"\nSlechter dan de vorige run: {', '.join(worse) or 'niets'}; "
                f"{len(comparison['regressions'])} regressie(s)."
            )
        if rapport is not None:
            click.echo(f"\nRapport: {rapport / 'rapport.html'}")
    for line in record["missed_thresholds"]:
        click.echo(f"Drempel gemist: {line}", err=True)
    if record["missed_thresholds"]:
        raise SystemExit(1)
