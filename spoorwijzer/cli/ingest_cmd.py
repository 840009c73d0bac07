"""`spoorwijzer ingest`: build or update the index from knowledge/ and from files a user names.

A wiring point: resolves the documents, opens the services, runs the pipeline, prints a report.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

import click

from ingest.errors import IngestError
from ingest.pipeline import DocumentSource, IngestReport, ingest_documents
from ingest.sources import manifest_sources, user_source
from spoorwijzer.cli.errors import UserInputError
from spoorwijzer.config import Settings, get_settings
from spoorwijzer.embeddings import EmbeddingModelError
from spoorwijzer.knowledge import KnowledgeError, SourceKind
from spoorwijzer.services import open_services
from spoorwijzer.store import StoreError

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


def run_ingest(
    settings: Settings,
    paths: Sequence[Path],
    *,
    kind: SourceKind,
    title: str | None = None,
    publisher: str | None = None,
    rebuild: bool = False,
    show_progress: bool = False,
) -> IngestReport:
    """Ingest the manifest (no paths) or the given files; used by `ingest` and by `ask`.

    Raises:
        UserInputError: The manifest, the model or the store cannot be used.
    """
    try:
        if paths:
            sources = [user_source(p, kind=kind, title=title, publisher=publisher) for p in paths]
            problems: list[IngestError] = []
        else:
            sources, problems = manifest_sources(settings.knowledge_dir)
        services = open_services(settings, reset_store=rebuild)
    except (KnowledgeError, EmbeddingModelError, StoreError) as error:
        raise UserInputError(str(error)) from None
    try:
        report = ingest_documents(
            sources,
            store=services.store,
            embeddings=services.embeddings,
            prune_knowledge=not paths,
            track=_progress(show_progress),
        )
    finally:
        services.store.close()
    report.failed[:0] = [{"path": p.path, "error": p.reason} for p in problems]
    return report


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
    report = run_ingest(
        get_settings(),
        list(paden),
        kind=_kind(tier),
        title=titel,
        publisher=uitgever,
        rebuild=opnieuw,
        show_progress=not as_json and sys.stderr.isatty(),
    )
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
