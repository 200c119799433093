"""Waiting for a server process started by a test to answer on loopback."""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

import httpx


def wait_healthy(url: str, process: subprocess.Popen, log: Path, deadline: float, what: str = "server") -> None:
    """Return once GET url/health answers 200; fail with the log's tail if the process ends or time runs out."""
    while True:
        try:
            if httpx.get(f"{url}/health", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError(f"{what} did not start:\n{log.read_text()[-3000:]}")
        time.sleep(0.3)
