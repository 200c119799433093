"""Which database holds the registry: one setting, ALU_REGISTRY.

Unset or empty: the SQLite file `targets.sqlite` in the home folder (embedded use, one host).
A `postgresql://` URL: a PostgreSQL database shared by any number of replicas; each replica keeps
its own FAISS index in its home folder, patched from the shared change log, and conversation
threads are stored in the same database.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

REGISTRY_ENV = "ALU_REGISTRY"
POSTGRES_SCHEMES = ("postgresql://", "postgres://")
REGISTRY_FILE = "targets.sqlite"
TIMEOUT_ENV = "ALU_DB_TIMEOUT"
SETUP_TIMEOUT_ENV = "ALU_DB_SETUP_TIMEOUT"
DEFAULT_TIMEOUT = 5.0          # seconds one database call may take before it fails (a server answers 503)
DEFAULT_SETUP_TIMEOUT = 60.0   # seconds creating the schema may take, waiting for another process included


class DatabaseUnavailable(RuntimeError):
    """The database did not answer in time or the connection was lost; the call may be retried later."""


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


def _seconds(env: str, default: float) -> float:
    raw = os.environ.get(env, "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        value = -1.0
    if not 0.5 <= value <= 3600:
        raise ValueError(f"{env} must be a number of seconds from 0.5 to 3600, got {raw!r}")
    return value


def call_timeout() -> float:
    """ALU_DB_TIMEOUT: how long one PostgreSQL call (connecting, waiting for a pooled connection, one
    statement) may take before it fails."""
    return _seconds(TIMEOUT_ENV, DEFAULT_TIMEOUT)


def setup_timeout() -> float:
    """ALU_DB_SETUP_TIMEOUT: how long creating or migrating the PostgreSQL schema may take."""
    return _seconds(SETUP_TIMEOUT_ENV, DEFAULT_SETUP_TIMEOUT)


def outage_errors() -> tuple[type[Exception], ...]:
    """The exception classes that mean the database is down, frozen or too slow."""
    psycopg = sys.modules.get("psycopg")  # not imported: no PostgreSQL error can exist
    return (DatabaseUnavailable, psycopg.OperationalError) if psycopg else (DatabaseUnavailable,)


def is_outage(exc: BaseException | None) -> bool:
    """Whether an error, or one it was raised from, says the database is down, frozen or too slow."""
    kinds = outage_errors()
    for _ in range(10):
        if exc is None:
            return False
        if isinstance(exc, kinds):
            return True
        exc = exc.__cause__ or exc.__context__
    return False
