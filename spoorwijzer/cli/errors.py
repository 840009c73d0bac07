"""How the command line reports bad input: a Dutch message on stderr and exit code 2."""

from __future__ import annotations

import click


class UserInputError(click.ClickException):
    """Bad input from the user; shown as 'Fout: ...' without a traceback."""

    exit_code = 2

    def format_message(self) -> str:
        """Return the Dutch message as it is."""
        return self.message

    def show(self, file: object = None) -> None:
        """Print 'Fout: <message>' to stderr."""
        click.echo(f"Fout: {self.message}", err=True)
