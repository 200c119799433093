"""Which database holds the registry: one setting, ALU_REGISTRY.

Unset or empty: the SQLite file `targets.sqlite` in the home folder (embedded use, one host).
A `postgresql://` URL: a PostgreSQL database shared by any number of replicas; each replica keeps
its own FAISS index in its home folder, patched from the shared change log, and conversation
threads are stored in the same database.
"""

from __future__ import annotations

import os
from pathlib import Path

REGISTRY_ENV = "ALU_REGISTRY"
POSTGRES_SCHEMES = ("postgresql://", "postgres://")
REGISTRY_FILE = "targets.sqlite"


def postgres_url(value: str | None = None) -> str | None:
    """The PostgreSQL URL the registry lives at, or None for the home folder's SQLite file."""
    raw = (os.environ.get(REGISTRY_ENV, "") if value is None else value).strip()
    if not raw or raw == "sqlite":
        return None
    if raw.startswith(POSTGRES_SCHEMES):
        return raw
    raise ValueError(f"{REGISTRY_ENV} must be a postgresql:// URL, or empty for the SQLite file in the home folder; "
                     f"got {raw.split('://')[0]!r}")


def registry_location(home: str | Path) -> str | Path:
    """Where the registry of `home` lives: ALU_REGISTRY's PostgreSQL URL, else `home`/targets.sqlite."""
    return postgres_url() or Path(home).expanduser() / REGISTRY_FILE
