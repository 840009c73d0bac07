"""What every benchmark shares: temp settings, the question sets, percentiles, the machine.

Benchmarks always work in a fresh temporary data dir; the user's .data is never touched.
"""

from __future__ import annotations

import os
import platform
import resource
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from evals.dataset import DATASETS_DIR, EvalCase, default_datasets, load_cases
from spoorwijzer.config import Settings
from spoorwijzer.language.synonyms import expand_query

ROOT = Path(__file__).resolve().parents[1]
RESULTS_DIR = Path(__file__).resolve().parent / "results"
LATENCY_SETS = ("eval-dev.jsonl", "eval-real-sample.jsonl")
RECALL_K = 5


def temp_settings(data_dir: Path, **overrides: Any) -> Settings:
    """Settings on a temporary data dir, the checkout's knowledge and prompts, no .env."""
    values: dict[str, Any] = {
        "data_dir": data_dir,
        "knowledge_dir": ROOT / "knowledge",
        "prompts_dir": ROOT / "prompts",
        **overrides,
    }
    return Settings(_env_file=None, **values)


def latency_cases() -> list[EvalCase]:
    """The questions timed for both systems: the dev set plus the real-question sample."""
    return [case for name in LATENCY_SETS for case in load_cases(DATASETS_DIR / name)]


def recall_cases() -> list[EvalCase]:
    """Every shipped case that names the sources a good ranking contains (`source_ids`)."""
    return [case for path in default_datasets() for case in load_cases(path) if case.source_ids]


def percentile(values: Sequence[float], share: float) -> float:
    """Nearest-rank percentile (share 0.5 = median) of a non-empty sequence."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far, in MB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def load_average() -> str:
    """The 1, 5 and 15 minute load averages, as `uptime` prints them."""
    return ", ".join(f"{x:.2f}" for x in os.getloadavg())


def machine() -> dict[str, Any]:
    """CPU count and model, memory and load: the context every figure needs."""
    model = platform.processor() or platform.machine()
    memory_gb = 0.0
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                memory_gb = int(line.split()[1]) / 1024 / 1024
                break
    except OSError:
        pass
    return {
        "nproc": os.cpu_count(),
        "cpu": model,
        "ram_gb": round(memory_gb, 1),
        "python": platform.python_version(),
        "load_average": load_average(),
    }


def forget_user_texts(embeddings: Any) -> None:
    """Forget what was cached of earlier questions, so the next one is timed as new.

    The query vectors and the widened texts (`expand_query`); the program's own texts stay.
    """
    embeddings.clear_cache()
    expand_query.cache_clear()
