"""Real local servers for tests (chroma run, streamlit run) on free loopback ports."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def free_port() -> int:
    """Return a TCP port on 127.0.0.1 that is free right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_until_listening(port: int, process: subprocess.Popen[bytes], seconds: float) -> None:
    """Wait until something accepts connections on the port, or fail."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError("the server stopped before it listened")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"nothing listened on port {port} within {seconds} s")


@contextmanager
def chroma_server(path: Path) -> Iterator[int]:
    """Run `chroma run` on loopback with its data in `path`; yield the port."""
    port = free_port()
    chroma = Path(sys.executable).with_name("chroma")
    process = subprocess.Popen(
        [str(chroma), "run", "--path", str(path), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_until_listening(port, process, seconds=60)
        yield port
    finally:
        process.terminate()
        process.wait(timeout=30)


@contextmanager
def streamlit_server(app: Path, log: Path | None = None) -> Iterator[str]:
    """Run `streamlit run APP` headless on loopback; yield its URL.

    With `log`, the server's stdout and stderr go to that file (a privacy test reads it).
    """
    port = free_port()
    output = log.open("wb") if log is not None else None
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "streamlit",
            "run",
            str(app),
            "--server.address",
            "127.0.0.1",
            "--server.port",
            str(port),
            "--server.headless",
            "true",
            "--browser.gatherUsageStats",
            "false",
        ],
        cwd=app.parent,
        stdout=output or subprocess.DEVNULL,
        stderr=subprocess.STDOUT if output else subprocess.DEVNULL,
    )
    try:
        wait_until_listening(port, process, seconds=60)
        yield f"http://127.0.0.1:{port}/"
    finally:
        process.terminate()
        process.wait(timeout=20)
        if output is not None:
            output.close()
