"""Shared fixtures: a hermetic environment for every test (no SPOORWIJZER_* leaks, no hub)."""

from __future__ import annotations

import os

import pytest

# No test may reach a model hub; the packaged models load from site-packages.
os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"
os.environ["ANONYMIZED_TELEMETRY"] = "False"


@pytest.fixture(autouse=True)
def _hermetic_env(
    monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """Remove every SPOORWIJZER_* variable and point the data dir at a temporary folder."""
    for name in list(os.environ):
        if name.startswith("SPOORWIJZER_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("SPOORWIJZER_DATA_DIR", str(tmp_path_factory.mktemp("data")))
    from spoorwijzer.config import get_settings

    get_settings.cache_clear()
