"""Command line: `spoorwijzer <command>`. A wiring point: parses, delegates, prints.

Each command lives in its own module; this package only assembles the click group.
"""

from __future__ import annotations

import click

from spoorwijzer import __version__
from spoorwijzer.cli.deadlines_cmd import deadlines


@click.group(help="Spoorwijzer: Poortwachter-termijnen en spoor 2, offline. Geen juridisch advies.")
@click.version_option(__version__, prog_name="spoorwijzer")
def cli() -> None:
    """Spoorwijzer command group."""


cli.add_command(deadlines)

__all__ = ["cli"]
