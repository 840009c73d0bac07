"""Benchmark: the scale curve, 1x, 10x and 100x the passages, embedded and on a Chroma server.

The corpus grows by paraphrased variants of our documents (`benchmarks.corpus`) until it holds
about `factor` times the passages of the knowledge base (the claims are not varied, so a few
more variants than factor - 1 are needed). The sizes are
built one after the other in the same data dir, so the ingest time of a size is the time to
build it from empty (the earlier sizes' time included). The `chroma run` server on loopback
gets the same passages copied with their vectors, so its "ingest" is its write time only
(embedding, the bulk of an ingest, is the same work as for the embedded store). Per size:
passages, index size on disk, answer p50/p95 over the timed questions and recall@5.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from benchmarks.answering import TODAY, answer_case, recall_at_k, summary_ms, time_each
from benchmarks.corpus import variants
from benchmarks.workspace import RECALL_K, RESULTS_DIR, forget_user_texts, temp_settings
from evals.dataset import EvalCase
from ingest.pipeline import ingest_documents
from ingest.runner import run_ingest
from ingest.sources import manifest_sources
from spoorwijzer.answering.assistant_builder import build_assistant
from spoorwijzer.config import Settings
from spoorwijzer.knowledge import WORDINGS_SOURCE_ID, SourceKind
from spoorwijzer.retrieval.services import open_services
from spoorwijzer.retrieval.store import ChunkStore
from tests.local_servers import chroma_server

COPY_BATCH = 500


def disk_mb(folder: Path) -> float:
    """Size of the files under a folder, in MB."""
    return round(sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 1e6, 1)


def _measure(
    settings: Settings,
    latency: Sequence[EvalCase],
    recall: Sequence[EvalCase],
    origin: Callable[[str], str],
) -> dict[str, Any]:
    services = open_services(settings)
    try:
        assistant = build_assistant(settings, services, today=TODAY)
        timings = summary_ms(
            time_each(
                lambda c: answer_case(assistant, c),
                latency,
                1,
                lambda: forget_user_texts(assistant.retriever.embeddings),
            )
        )

        def ranked(question: str) -> list[str]:
            passages = assistant.retriever.retrieve(question, RECALL_K)
            return [origin(p.chunk.source_id) for p in passages]

        hit_rate = recall_at_k(ranked, recall)
        return {
            "passages": services.store.count(),
            "p50_ms": timings["p50"],
            "p95_ms": timings["p95"],
            "recall_at_5": None if hit_rate is None else round(hit_rate, 3),
        }
    finally:
        services.store.close()


def _copy_new(source: ChunkStore, target: ChunkStore) -> None:
    """Copy the passages the target lacks, with their stored vectors."""
    have = {c.id for c in target.all_chunks()}
    missing = [c.id for c in source.all_chunks() if c.id not in have]
    for start in range(0, len(missing), COPY_BATCH):
        ids = missing[start : start + COPY_BATCH]
        chunks = source.get(ids)
        vectors = source.vectors(ids)
        target.upsert(chunks, [vectors[c.id] for c in chunks])


def curve(
    folder: Path,
    factors: Sequence[int],
    latency: Sequence[EvalCase],
    recall: Sequence[EvalCase],
    log: Callable[[str], None],
) -> list[dict[str, Any]]:
    """Build each size in turn and measure it, embedded and on a loopback Chroma server."""
    settings = temp_settings(folder / "data")
    originals, _ = manifest_sources(settings.knowledge_dir)
    origins: dict[str, str] = {}
    rows: list[dict[str, Any]] = []
    log("scale 1x: building (the knowledge base itself)")
    began = time.perf_counter()
    run_ingest(settings, [], kind=SourceKind.PROFESSIONEEL)
    building = time.perf_counter() - began
    services = open_services(settings)
    chunks = services.store.all_chunks()
    services.store.close()
    base = len(chunks)  # one variant of every document but the claims adds `per_copy` passages
    per_copy = base - sum(c.source_id in ("claims", WORDINGS_SOURCE_ID) for c in chunks)
    made = 1  # variants 1 .. made-1 are in the index
    with chroma_server(folder / "server") as port:
        server_settings = temp_settings(folder / "data", chroma_host="127.0.0.1", chroma_port=port)
        writing = 0.0
        for factor in sorted(factors):
            began = time.perf_counter()
            needed = 1 + math.ceil((factor - 1) * base / per_copy)  # factor x the passages
            if needed > made:
                log(f"scale {factor}x: adding variants {made} to {needed - 1}")
                extra = variants(originals, range(made, needed), folder / "variants")
                origins.update({v.source.entry.id: v.origin for v in extra})
                services = open_services(settings)
                try:
                    ingest_documents(
                        [v.source for v in extra],
                        store=services.store,
                        embeddings=services.embeddings,
                    )
                finally:
                    services.store.close()
                made = needed
            building += time.perf_counter() - began

            def origin(source_id: str) -> str:
                return origins.get(source_id, source_id)

            log(f"scale {factor}x: measuring the embedded store")
            row = _measure(settings, latency, recall, origin)
            rows.append(
                {
                    "factor": factor,
                    "store": "embedded",
                    "ingest_s": round(building, 1),
                    "disk_mb": disk_mb(folder / "data" / "chroma"),
                    **row,
                }
            )
            log(f"scale {factor}x: copying to the Chroma server and measuring it")
            local, remote = open_services(settings), open_services(server_settings)
            try:
                began = time.perf_counter()
                _copy_new(local.store, remote.store)
                writing += time.perf_counter() - began
            finally:
                local.store.close()
                remote.store.close()
            row = _measure(server_settings, latency, recall, origin)
            rows.append(
                {
                    "factor": factor,
                    "store": "server (write only)",
                    "ingest_s": round(writing, 1),
                    "disk_mb": disk_mb(folder / "server"),
                    **row,
                }
            )
    return rows


def chart(rows: Sequence[dict[str, Any]], path: Path = RESULTS_DIR / "scale.png") -> Path | None:
    """A small PNG of the curve (Altair + vl-convert); None when vl-convert is not installed."""
    try:
        import altair as alt
        import vl_convert  # noqa: F401 (Altair's PNG export needs it)
    except ImportError:
        return None
    base = alt.Chart(alt.Data(values=list(rows))).encode(  # type: ignore[no-untyped-call]
        x=alt.X(
            "passages:Q",
            scale=alt.Scale(type="log"),
            axis=alt.Axis(values=[100, 1000, 10000, 100000], format="~s"),
            title="passages (log)",
        ),
        color=alt.Color("store:N", title=None),
    )
    panels = [
        base.mark_line(point=True).encode(y=alt.Y(f"{field}:Q", title=title))
        for field, title in (
            ("p95_ms", "answer p95 (ms)"),
            ("ingest_s", "ingest / write (s)"),
            ("disk_mb", "index on disk (MB)"),
            ("recall_at_5", "recall@5"),
        )
    ]
    figure = alt.hconcat(*[p.properties(width=170, height=140) for p in panels])
    path.parent.mkdir(parents=True, exist_ok=True)
    figure.save(str(path), scale_factor=1.0)
    return path
