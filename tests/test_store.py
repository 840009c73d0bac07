"""The Chroma store: embedded in a temp dir, and as a real `chroma run` server on loopback."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from spoorwijzer.cli import cli
from spoorwijzer.config import get_settings
from spoorwijzer.records import Chunk
from spoorwijzer.retrieval.store import ModelMismatchError, StoreUnavailableError, open_store
from tests.local_servers import chroma_server, free_port

LOOPBACK = [pytest.mark.enable_socket, pytest.mark.allow_hosts(["127.0.0.1"])]


def make_chunk(number: int, text: str) -> Chunk:
    return Chunk(
        id=f"doc:p1:c{number}:h{number}",
        text=text,
        source_id="doc",
        title="Doc",
        publisher="P",
        kind="wet",
        tier=1,
        section="S",
        page=1,
        position=number,
        url="",
        content_hash=f"h{number}",
        doc_hash="d",
        origin="knowledge",
    )


def test_search_returns_nearest_chunk_first(tmp_path: Path) -> None:
    """Cosine similarity orders the results; score 1.0 is an exact match."""
    store = open_store(data_dir=tmp_path, collection="test", model_id="m")
    store.upsert([make_chunk(1, "een"), make_chunk(2, "twee")], [[1.0, 0.0], [0.0, 1.0]])
    results = store.search([0.9, 0.1], k=5)

    assert [r.chunk.text for r in results] == ["een", "twee"]
    assert results[0].score > results[1].score
    assert store.search([1.0, 0.0], k=1)[0].score == pytest.approx(1.0)


def test_store_persists_between_openings(tmp_path: Path) -> None:
    """What one process writes, the next opening of the same folder reads."""
    open_store(data_dir=tmp_path, collection="test", model_id="m").upsert(
        [make_chunk(1, "een")], [[1.0, 0.0]]
    )
    again = open_store(data_dir=tmp_path, collection="test", model_id="m")

    assert again.count() == 1
    assert again.get(["doc:p1:c1:h1"])[0].text == "een"


def test_collection_built_with_another_model_is_refused(tmp_path: Path) -> None:
    """Opening the index with a different embedding model is a Dutch error."""
    open_store(data_dir=tmp_path, collection="test", model_id="model-a")

    with pytest.raises(ModelMismatchError, match="model-a"):
        open_store(data_dir=tmp_path, collection="test", model_id="model-b")


def test_reset_rebuilds_for_another_model(tmp_path: Path) -> None:
    """reset=True drops the old collection so another model can build it anew."""
    old = open_store(data_dir=tmp_path, collection="test", model_id="model-a")
    old.upsert([make_chunk(1, "een")], [[1.0, 0.0]])
    new = open_store(data_dir=tmp_path, collection="test", model_id="model-b", reset=True)

    assert new.count() == 0
    assert new.model_id == "model-b"


def test_empty_store_searches_to_nothing(tmp_path: Path) -> None:
    """A search in an empty collection returns an empty list, not an error."""
    assert open_store(data_dir=tmp_path, collection="test", model_id="m").search([1.0], k=3) == []


@pytest.mark.server
@pytest.mark.enable_socket
@pytest.mark.allow_hosts(["127.0.0.1"])
def test_unreachable_server_is_a_dutch_error(tmp_path: Path) -> None:
    """A Chroma host that does not answer gives a clear Dutch message."""
    with pytest.raises(StoreUnavailableError, match="niet bereikbaar"):
        open_store(
            data_dir=tmp_path, collection="t", model_id="m", host="127.0.0.1", port=free_port()
        )


@pytest.mark.server
@pytest.mark.enable_socket
@pytest.mark.allow_hosts(["127.0.0.1"])
def test_ingest_twice_against_chroma_server_changes_nothing_the_second_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`spoorwijzer ingest --json` against a real `chroma run`: all added, then zero changes."""
    with chroma_server(tmp_path / "server") as port:
        monkeypatch.setenv("SPOORWIJZER_CHROMA_HOST", "127.0.0.1")
        monkeypatch.setenv("SPOORWIJZER_CHROMA_PORT", str(port))
        first = CliRunner().invoke(cli, ["ingest", "--json"])
        second = CliRunner().invoke(cli, ["ingest", "--json"])
    one: dict[str, Any] = json.loads(first.stdout)
    two: dict[str, Any] = json.loads(second.stdout)

    assert first.exit_code == 0, first.stderr
    assert one["added"] == one["total"] > 100
    assert second.exit_code == 0
    assert (two["added"], two["updated"], two["removed"], two["embedded"]) == (0, 0, 0, 0)
    assert two["unchanged"] == two["total"] == one["total"]
    assert not (get_settings().data_dir / "chroma").exists()
