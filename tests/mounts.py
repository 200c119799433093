"""Homes that cannot be written: a read-only bind mount, or a tmpfs with a few KB to spare (root only)."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from contextlib import contextmanager
from pathlib import Path

import pytest


def copy_registry(home: Path, to: Path) -> None:
    """A consistent copy of a registry in use: each SQLite file through the backup API (its write-ahead
    log folded in), the rest as files."""
    shutil.copytree(home, to, dirs_exist_ok=True, ignore=shutil.ignore_patterns("*.sqlite*"))
    for db in home.glob("*.sqlite"):
        with sqlite3.connect(db) as source, sqlite3.connect(to / db.name) as copy:
            source.backup(copy)
        sqlite3.connect(to / db.name).close()



@contextmanager
def mounted(kind: str, home: Path, source: Path):
    """`home` read-only (a bind mount) or on a tmpfs barely larger than the registry in `source`."""
    if kind == "ro":
        copy_registry(source, home)
        command = ["mount", "--bind", "-o", "ro", str(home), str(home)]
    else:
        home.mkdir()
        size = sum(p.stat().st_size for p in source.rglob("*") if p.is_file()) + 96 * 1024
        command = ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(home)]
    if subprocess.run(command, capture_output=True).returncode != 0:
        pytest.skip("mounting a read-only or a small file system needs root (CAP_SYS_ADMIN)")
    try:
        if kind == "full":
            copy_registry(source, home)
        yield
    finally:
        subprocess.run(["umount", "--lazy", str(home)], check=True)  # the in-process CLI may hold the files open
