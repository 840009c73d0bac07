"""`python -m evals [options]` is `spoorwijzer eval [options]`."""

from spoorwijzer.cli.eval_cmd import eval_command

eval_command()
