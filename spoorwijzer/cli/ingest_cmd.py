"""`spoorwijzer ingest`: build or update the index from knowledge/ and from files a user names.

A wiring point: resolves the documents, opens the services, runs the pipeline, prints a report.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

import click

from ingest.pipeline import DocumentSource
from ingest.runner import IndexSetupError, run_ingest
from spoorwijzer.cli.errors import UserInputError
from spoorwijzer.config import get_settings
from spoorwijzer.knowledge import SourceKind

TIER_NAMES = {"1": "wet", "2": "uwv", "3": "professioneel", "4": "commercieel"}


def _kind(value: str) -> SourceKind:
    name = TIER_NAMES.get(value, value.lower())
    try:
        return SourceKind(name)
    except ValueError:
        raise UserInputError(
            f"Onbekende tier '{value}'. Kies wet, uwv, professioneel of commercieel (of 1-4)."
        ) from None


def _progress(show: bool) -> Callable[[Sequence[DocumentSource]], Iterable[DocumentSource]]:
    def track(items: Sequence[DocumentSource]) -> Iterable[DocumentSource]:
        if not show:
            return iter(items)
        from tqdm import tqdm

        bar: Iterable[DocumentSource] = tqdm(
            items, desc="Indexeren", unit="document", file=sys.stderr
        )
        return bar

    return track


@click.command(name="ingest")
@click.argument("paden", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--tier",
    default="professioneel",
    show_default=True,
    help="Gezag van de toegevoegde bestanden: wet, uwv, professioneel of commercieel.",
)
@click.option("--titel", help="Titel van het toegevoegde bestand (bij één pad).")
@click.option("--uitgever", help="Uitgever van het toegevoegde bestand.")
@click.option("--opnieuw", is_flag=True, help="Gooi de index weg en bouw hem helemaal opnieuw.")
@click.option("--json", "as_json", is_flag=True, help="Uitvoer als JSON.")
def ingest(
    paden: tuple[Path, ...],
    tier: str,
    titel: str | None,
    uitgever: str | None,
    opnieuw: bool,
    as_json: bool,
) -> None:
    """Bouw of werk de zoekindex bij.

    Zonder PADEN: alle documenten uit knowledge/ volgens knowledge/sources.yaml. Met PADEN
    (bijvoorbeeld de Werkwijzer Poortwachter van UWV als PDF): alleen die bestanden worden
    toegevoegd of bijgewerkt. Ongewijzigde documenten worden overgeslagen.
    """
    if titel and len(paden) != 1:
        raise UserInputError("--titel kan alleen bij precies één bestand.")
    try:
        report = run_ingest(
            get_settings(),
            list(paden),
            kind=_kind(tier),
            title=titel,
            publisher=uitgever,
            rebuild=opnieuw,
            track=_progress(not as_json and sys.stderr.isatty()),
        )
    except IndexSetupError as error:
        raise UserInputError(str(error)) from None
    for failure in report.failed:
        click.echo(f"Fout bij {failure['path']}: {failure['error']}", err=True)
    if as_json:
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        click.echo(
            f"Index bijgewerkt: {report.added} toegevoegd, {report.updated} bijgewerkt, "
            f"{report.unchanged} ongewijzigd, {report.removed} verwijderd; "
            f"{report.total} passages in totaal ({report.embedded} nieuw berekend)."
        )
    if report.failed:
        raise SystemExit(1)
