"""`python -m spoorwijzer` runs the command line."""

from spoorwijzer.cli import cli

cli()
