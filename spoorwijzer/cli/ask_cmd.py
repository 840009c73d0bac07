"""`spoorwijzer ask` and `spoorwijzer chat`: grounded answers on the command line.

A wiring point: opens the services (building the index first on a fresh data dir), builds the
assistant and prints its answer as text or as JSON.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import click

from ingest.runner import IndexSetupError, run_ingest
from spoorwijzer.answering.assistant_builder import AssistantSetupError
from spoorwijzer.answering.assistant_builder import open_assistant as setup_assistant
from spoorwijzer.answering.chain import Assistant, QuestionError
from spoorwijzer.cli.errors import UserInputError
from spoorwijzer.clock import today_in
from spoorwijzer.config import Settings, get_settings
from spoorwijzer.knowledge import TIER_LABELS, SourceKind
from spoorwijzer.language.dutch_dates import DateInputError, parse_dutch_date
from spoorwijzer.records import Answer
from spoorwijzer.understanding.dossier import Dossier, DossierError


def render_answer(answer: Answer) -> str:
    """The answer with its follow-up answers and numbered sources (with link), for a terminal."""
    lines = [answer.text]
    for follow_up in answer.follow_up:
        if follow_up.options:
            lines.append(f"  {follow_up.question} Bijvoorbeeld: " + " / ".join(follow_up.options))
    if answer.citations:
        lines += ["", "Bronnen:"]
        for citation in answer.citations:
            lines.append(
                f"[{citation.n}] {citation.title} — {citation.publisher} "
                f"(tier {citation.tier}: {TIER_LABELS.get(citation.tier, '?')})"
            )
            if citation.url:
                lines.append(f"    {citation.url}")
            lines.append(f'    "{citation.quote}"')
    return "\n".join(lines)


def read_dossier_file(path: str | None) -> Dossier | None:
    """The case dossier of `--dossier FILE.json` (as `--json` prints it), or None.

    Raises:
        UserInputError: The file is missing, not JSON or not a dossier.
    """
    if path is None:
        return None
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UserInputError(f"Het dossierbestand {path} bestaat niet.") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        raise UserInputError(f"Het dossierbestand {path} is geen leesbaar JSON-bestand.") from None
    if isinstance(data, dict) and isinstance(data.get("dossier"), dict):
        data = data["dossier"]  # the whole `ask --json` output is accepted too
    try:
        return Dossier.from_dict(data)
    except DossierError as error:
        raise UserInputError(f"{path}: {error}") from None


def open_assistant(settings: Settings, today: date) -> Assistant:
    """Open the store (building the index when it is empty) and assemble the assistant.

    Raises:
        UserInputError: Settings, knowledge, model or store cannot be used.
    """

    def build_index() -> None:
        click.echo("De index is leeg; Spoorwijzer bouwt hem eerst op ...", err=True)
        report = run_ingest(settings, [], kind=SourceKind.PROFESSIONEEL)
        for failure in report.failed:
            click.echo(f"Fout bij {failure['path']}: {failure['error']}", err=True)

    try:
        return setup_assistant(settings, today=today, build_index=build_index)
    except (AssistantSetupError, IndexSetupError) as error:
        raise UserInputError(str(error)) from None


def _today(settings: Settings, vandaag: str | None) -> date:
    try:
        return parse_dutch_date(vandaag) if vandaag else today_in(settings.timezone)
    except DateInputError as error:
        raise UserInputError(str(error)) from None


_DOSSIER_HELP = (
    "Casusgegevens uit een JSON-bestand (het 'dossier' uit --json); alleen gelezen, "
    "nooit weggeschreven."
)


@click.command(name="ask")
@click.argument("vraag")
@click.option("--json", "as_json", is_flag=True, help="Uitvoer als JSON (met het dossier).")
@click.option("--vandaag", metavar="DATUM", help="Rekenen alsof het vandaag deze datum is.")
@click.option("--dossier", "dossier_file", metavar="BESTAND.json", help=_DOSSIER_HELP)
def ask(vraag: str, as_json: bool, vandaag: str | None, dossier_file: str | None) -> None:
    """Beantwoord één vraag over spoor 2 en de Poortwachter-termijnen.

    Het antwoord is samengesteld uit de rekenmodule en passages uit de kennisbank, met
    bronverwijzingen. Geen juridisch advies.
    """
    settings = get_settings()
    try:
        from spoorwijzer.answering.chain import check_question

        check_question(vraag)
    except QuestionError as error:
        raise UserInputError(str(error)) from None
    dossier = read_dossier_file(dossier_file)
    assistant = open_assistant(settings, _today(settings, vandaag))
    try:
        answer = assistant.answer(vraag, dossier=dossier)
    finally:
        assistant.store.close()
    if as_json:
        click.echo(json.dumps(answer.to_dict(), ensure_ascii=False, indent=2))
    else:
        click.echo(render_answer(answer))


@click.command(name="chat")
@click.option("--vandaag", metavar="DATUM", help="Rekenen alsof het vandaag deze datum is.")
@click.option("--dossier", "dossier_file", metavar="BESTAND.json", help=_DOSSIER_HELP)
@click.option("--json", "as_json", is_flag=True, help="Elk antwoord als één regel JSON.")
def chat(vandaag: str | None, dossier_file: str | None, as_json: bool) -> None:
    """Een gesprek in de terminal; eerdere berichten (zoals de eerste ziektedag) tellen mee.

    Het dossier van de casus groeit met elk bericht en blijft alleen in het geheugen.
    Typ 'stop' of druk Ctrl-D om te stoppen.
    """
    settings = get_settings()
    dossier = read_dossier_file(dossier_file) or Dossier()
    assistant = open_assistant(settings, _today(settings, vandaag))
    history: list[str] = []
    interactive = sys.stdin.isatty()
    click.echo(
        "Spoorwijzer. Stel je vraag over spoor 2 of de Poortwachter-termijnen "
        "('stop' om te stoppen). Geen juridisch advies."
    )
    try:
        while True:
            try:
                question = input("Vraag> " if interactive else "")
            except EOFError:
                break
            if question.strip().lower() in {"stop", "exit", "quit"}:
                break
            if not question.strip():
                continue
            try:
                answer = assistant.answer(question, history, dossier=dossier)
            except QuestionError as error:
                click.echo(f"Fout: {error}", err=True)
                continue
            history.append(question)
            if answer.dossier is not None:
                dossier = Dossier.from_dict(answer.dossier)
            if as_json:
                click.echo(json.dumps(answer.to_dict(), ensure_ascii=False))
            else:
                click.echo(render_answer(answer) + "\n")
    finally:
        assistant.store.close()
