"""Command line: `spoorwijzer <command>`. A wiring point: parses, delegates, prints.

Each command lives in its own module; this package only assembles the click group.
"""

from __future__ import annotations

import click

from spoorwijzer import __version__
from spoorwijzer.cli.ask_cmd import ask, chat
from spoorwijzer.cli.deadlines_cmd import deadlines
from spoorwijzer.cli.errors import UserInputError
from spoorwijzer.cli.eval_cmd import eval_command
from spoorwijzer.cli.ingest_cmd import ingest
from spoorwijzer.config import SettingsError, get_settings


@click.group(help="Spoorwijzer: Poortwachter-termijnen en spoor 2, offline. Geen juridisch advies.")
@click.version_option(__version__, prog_name="spoorwijzer")
def cli() -> None:
    """Spoorwijzer command group; checks the settings once before any command runs."""
    try:
        get_settings()
    except SettingsError as error:
        raise UserInputError(str(error)) from None


cli.add_command(deadlines)
cli.add_command(ingest)
cli.add_command(ask)
cli.add_command(chat)
cli.add_command(eval_command)

__all__ = ["cli"]
