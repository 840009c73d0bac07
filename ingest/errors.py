"""The one error type of the write path: a file that cannot be ingested, with a Dutch reason."""

from __future__ import annotations

from pathlib import Path


class IngestError(Exception):
    """A file could not be read or indexed; other files are not affected."""

    def __init__(self, path: Path | str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = str(path)
        self.reason = reason
