"""Benchmark: cold start, a new `spoorwijzer ask` process from exec to its printed answer.

The command runs as a user runs it, on an already ingested temp data dir, from a temp working
directory (so no .env is read). Its peak memory comes from the kernel via wait4.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.workspace import ROOT

QUESTION = "Mijn medewerker is ziek sinds 6 januari 2025. Wanneer moet de 42e-weeksmelding?"


def cold_start(data_dir: Path, work_dir: Path) -> tuple[float, float]:
    """Run `spoorwijzer ask --json` once; return (seconds, peak RSS of the child in MB).

    Raises:
        RuntimeError: The command failed.
    """
    command = Path(sys.executable).with_name("spoorwijzer")
    env = {
        **os.environ,
        "SPOORWIJZER_DATA_DIR": str(data_dir),
        "SPOORWIJZER_KNOWLEDGE_DIR": str(ROOT / "knowledge"),
        "SPOORWIJZER_PROMPTS_DIR": str(ROOT / "prompts"),
        "HF_HUB_OFFLINE": "1",
        "TRANSFORMERS_OFFLINE": "1",
        "ANONYMIZED_TELEMETRY": "False",
    }
    log = work_dir / "cold-start.stderr"
    with log.open("wb") as stderr:
        began = time.perf_counter()
        process = subprocess.Popen(
            [str(command), "ask", QUESTION, "--json"],
            cwd=work_dir,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=stderr,
        )
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - began
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        error = log.read_text(errors="replace")[-500:]
        raise RuntimeError(f"spoorwijzer ask failed ({process.returncode}): {error}")
    return seconds, usage.ru_maxrss / 1024
