"""A throwaway PostgreSQL server for tests: initdb into a temporary folder, run on a free loopback port.

Uses the server binaries of the machine's PostgreSQL (Debian's `postgresql` package, which
`make test` installs when they are missing).  As root, the server runs as the `postgres` user,
since PostgreSQL refuses to run as root.
"""

from __future__ import annotations

import glob
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def server_bin() -> Path | None:
    """The folder holding initdb and postgres, or None when PostgreSQL is not installed."""
    found = shutil.which("initdb")
    if found and shutil.which("postgres"):
        return Path(found).resolve().parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
    return Path(candidates[-1]).parent if candidates else None


def _as_server_user(argv: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *argv] if os.geteuid() == 0 else argv


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PostgresServer:
    """A running throwaway server that a test can restart, freeze (SIGSTOP) and thaw (SIGCONT)."""

    def __init__(self, bindir: Path, root: Path) -> None:
        self.bindir, self.root, self.data = bindir, root, root / "data"
        self.port = _free_port()
        self.url = f"postgresql://alu@127.0.0.1:{self.port}/postgres"
        self.log = open(root / "server.log", "ab")
        self.process: subprocess.Popen | None = None

    def start(self) -> None:
        self.process = subprocess.Popen(_as_server_user([
            str(self.bindir / "postgres"), "-D", str(self.data), "-p", str(self.port), "-k", str(self.root / "sock"),
            "-c", "listen_addresses=127.0.0.1", "-c", "max_connections=60", "-c", "shared_buffers=16MB"]),
            stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 60
        while True:
            ready = subprocess.run([str(self.bindir / "pg_isready"), "-h", "127.0.0.1", "-p", str(self.port)],
                                   capture_output=True)
            if ready.returncode == 0:
                return
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"PostgreSQL did not start: {(self.root / 'server.log').read_text()[-2000:]}")
            time.sleep(0.2)

    def stop(self, fast: bool = True) -> None:
        """Shut down: fast (SIGINT: sessions are ended, committed data stays) or smart (SIGTERM)."""
        if self.process is None:
            return
        pid = self._postmaster()
        if pid is not None:  # the postmaster itself, not the runuser wrapper in front of it
            os.kill(pid, signal.SIGINT if fast else signal.SIGTERM)
        try:
            self.process.wait(30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(10)
        self.process = None

    def restart(self, down_seconds: float = 0.0) -> None:
        self.stop()
        time.sleep(down_seconds)
        self.start()

    def freeze(self) -> None:
        """SIGSTOP every server process: connections stay open and nothing answers."""
        for pid in self._server_pids():
            _signal(pid, signal.SIGSTOP)

    def thaw(self) -> None:
        for pid in self._server_pids():
            _signal(pid, signal.SIGCONT)
        if self.process is not None and self.process.poll() is None:  # runuser stops itself when its child stops
            os.kill(self.process.pid, signal.SIGCONT)

    def _postmaster(self) -> int | None:
        try:
            return int((self.data / "postmaster.pid").read_text().split()[0])
        except (OSError, ValueError, IndexError):
            return None

    def _server_pids(self) -> list[int]:
        main = self._postmaster()
        if main is None:
            return []
        children = subprocess.run(["pgrep", "-P", str(main)], capture_output=True, text=True).stdout.split()
        return [main, *map(int, children)]


def _signal(pid: int, sig: int) -> None:
    """A backend listed a moment ago may have exited since (a closed connection's): nothing left to signal."""
    try:
        os.kill(pid, sig)
    except ProcessLookupError:
        pass


@contextmanager
def postgres_instance() -> Iterator[PostgresServer]:
    """Start a fresh server; yields it (database `postgres`, user `alu`, trust auth on loopback)."""
    bindir = server_bin()
    if bindir is None:
        raise RuntimeError("PostgreSQL server binaries not found; `make test` installs Debian's postgresql")
    root = Path(tempfile.mkdtemp(prefix="alu-pg-"))
    sockets = root / "sock"
    sockets.mkdir()
    if os.geteuid() == 0:
        shutil.chown(root, "postgres")
        shutil.chown(sockets, "postgres")
    subprocess.run(_as_server_user([str(bindir / "initdb"), "-D", str(root / "data"), "-U", "alu", "--auth=trust",
                                    "-E", "UTF8", "--locale=C"]), check=True, capture_output=True)
    server = PostgresServer(bindir, root)
    try:
        server.start()
        yield server
    finally:
        server.thaw()  # a frozen server ignores the shutdown request
        server.stop()  # the data folder goes away with it
        server.log.close()
        shutil.rmtree(root, ignore_errors=True)


@contextmanager
def postgres_server() -> Iterator[str]:
    """Start a fresh server; yields its URL (database `postgres`, user `alu`, trust auth on loopback)."""
    with postgres_instance() as server:
        yield server.url
