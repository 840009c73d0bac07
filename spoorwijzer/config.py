"""Settings: the one place that reads the environment (prefix SPOORWIJZER_) and `.env`.

Layer: configuration. Only wiring points (app.py, cli.py, the evals runner) call get_settings();
everything else receives settings or plain values as parameters.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Every setting Spoorwijzer reads. The README's settings table lists the same fields."""

    model_config = SettingsConfigDict(env_prefix="SPOORWIJZER_", env_file=".env", extra="forbid")

    data_dir: Path = Field(
        default=Path(".data"), description="Map voor de lokale Chroma-index en caches."
    )
    knowledge_dir: Path = Field(
        default=Path("knowledge"), description="Map met bronnen, notities en sources.yaml."
    )
    prompts_dir: Path = Field(default=Path("prompts"), description="Map met de promptsjablonen.")
    timezone: str = Field(
        default="Europe/Amsterdam", description="Tijdzone waarin 'vandaag' wordt bepaald."
    )


@cache
def get_settings() -> Settings:
    """Return the process-wide settings, read once from the environment and `.env`."""
    return Settings()
