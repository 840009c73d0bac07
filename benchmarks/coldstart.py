"""Benchmark: cold start, a new `spoorwijzer ask` process from exec to its printed answer.

The command runs as a user runs it, on an already ingested temp data dir, from a temp working
directory (so no .env is read). Its peak memory comes from the kernel (getrusage of a launcher).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from benchmarks.workspace import ROOT

# A small launcher times the command and reads its peak RSS. Measured from this (large) process
# instead, Linux would report at least this process's RSS: exec keeps the pre-exec high-water.
LAUNCHER = """
import json, resource, subprocess, sys, time
began = time.perf_counter()
code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode
seconds = time.perf_counter() - began
rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(json.dumps({"seconds": seconds, "returncode": code, "rss_mb": rss}))
"""
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
        done = subprocess.run(
            [sys.executable, "-S", "-c", LAUNCHER, str(command), "ask", QUESTION, "--json"],
            cwd=work_dir,
            env=env,
            stdout=subprocess.PIPE,
            stderr=stderr,
            check=False,
        )
    measured = json.loads(done.stdout.decode().strip().splitlines()[-1])
    if measured["returncode"] != 0:
        error = log.read_text(errors="replace")[-500:]
        raise RuntimeError(f"spoorwijzer ask failed ({measured['returncode']}): {error}")
    return float(measured["seconds"]), float(measured["rss_mb"])
