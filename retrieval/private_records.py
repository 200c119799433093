"""Where private records wait between nodes: this process's memory, or the registry's database.

One small interface (get, put, delete, expire) with two implementations:

- `MemoryRecords` holds the record objects themselves, for runs that can never be resumed (no
  thread).  It refuses a new record when `cap` are live (RecordsFull) rather than evict one a
  running query still needs.
- `DatabaseRecords` keeps each record as JSON in the table `private_records`, on the database
  backend of the target registry: the registry's own PostgreSQL when ALU_REGISTRY names one (every
  replica reads it), else the SQLite file `private.sqlite` in the home folder beside `targets.sqlite`
  (every process on the host reads it).  Connections come from retrieval/databases.py, so
  PostgreSQL calls have the same pools and deadlines as the registry's.

A record is written with the binding it was opened under (alu.graph.private) and never rebound;
it lives until it is deleted or its time runs out (`ttl` seconds after its last write).  Only
the operator can read this store: nothing in it reaches graph state.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, Protocol, TypeVar

from alu.retrieval.databases import open_database

RECORDS_FILE = "private.sqlite"  # beside targets.sqlite in the home folder
EXPIRE_EVERY = 60.0  # seconds between sweeps of expired rows by one process
SWEEP_EVERY = 5.0  # ... and of expired records held in memory

_SCHEMA = """
CREATE TABLE IF NOT EXISTS private_records (
    handle TEXT PRIMARY KEY,
    binding TEXT NOT NULL,
    expires REAL NOT NULL,
    record TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS private_records_expires ON private_records (expires);
"""


class Record(Protocol):
    def dumps(self) -> str: ...


R = TypeVar("R", bound=Record)


@dataclass(frozen=True)
class Held(Generic[R]):
    binding: str
    record: R


class RecordsFull(RuntimeError):
    """Every slot for a live record in this process is taken: the new query is refused, none is evicted."""


class RecordStore(Protocol[R]):
    def get(self, handle: str) -> Held[R] | None:
        """The live record under `handle` and what it is bound to; None when there is none (or it expired)."""

    def put(self, handle: str, binding: str, record: R) -> None:
        """Write a record (its time to live starts again); a handle bound to something else is left alone."""

    def delete(self, handle: str, binding: str) -> None:
        """Remove the record, if it is bound to `binding`."""

    def expire(self) -> int:
        """Remove every record whose time ran out; how many went."""


class MemoryRecords(Generic[R]):
    """Records of this process's runs without a thread: the objects themselves, so a node's changes are
    in place at once."""

    def __init__(self, cap: int, ttl: float) -> None:
        self.cap, self.ttl = cap, ttl
        self._held: dict[str, tuple[str, R, float]] = {}
        self._lock = threading.Lock()
        self._next_sweep = 0.0

    def get(self, handle: str) -> Held[R] | None:
        with self._lock:
            found = self._held.get(handle)
        if found is None or found[2] < time.monotonic():
            return None
        return Held(found[0], found[1])

    def put(self, handle: str, binding: str, record: R) -> None:
        now = time.monotonic()
        with self._lock:
            old = self._held.get(handle)
            if old is not None and old[0] != binding:
                return
            if old is None:
                if now >= self._next_sweep or len(self._held) >= self.cap:
                    self._sweep(now)
                if len(self._held) >= self.cap:
                    raise RecordsFull(f"{self.cap} queries are already in progress in this process; "
                                      "retry when one has finished")
            self._held[handle] = (binding, record, now + self.ttl)

    def delete(self, handle: str, binding: str) -> None:
        with self._lock:
            found = self._held.get(handle)
            if found is not None and found[0] == binding:
                del self._held[handle]

    def expire(self) -> int:
        with self._lock:
            return self._sweep(time.monotonic())

    def count(self) -> int:
        with self._lock:
            return len(self._held)

    def _sweep(self, now: float) -> int:
        gone = [h for h, (_, _, expires) in self._held.items() if expires < now]
        for handle in gone:
            del self._held[handle]
        self._next_sweep = now + SWEEP_EVERY
        return len(gone)


class DatabaseRecords(Generic[R]):
    """Records as JSON rows, readable by every process that shares the database.

    Expiry is wall-clock time (processes share no monotonic clock).  A SQLite file is written with
    synchronous=NORMAL: under WAL a commit survives the process that made it (a crash, an exit),
    which is what resuming needs; a record lost to a power cut means the query is sent again."""

    def __init__(self, location: str | Path, decode: Callable[[str], R], ttl: float) -> None:
        self._decode, self.ttl = decode, ttl
        self._db = open_database(location, name="alu-private")
        self.kind = self._db.kind
        # one SQLite connection is shared by this process's threads; PostgreSQL calls each take a pooled one
        self._lock: AbstractContextManager = threading.Lock() if self.kind == "sqlite" else nullcontext()
        if self.kind == "sqlite":
            with suppress(OSError):  # another account's file (a shared home) keeps the modes its owner chose
                os.chmod(self._db.location, 0o600)  # drafts not yet verified: the operator's eyes only
            self._db.execute("PRAGMA synchronous=NORMAL")
        with self._lock:
            self._db.script(_SCHEMA)
        self._next_sweep = 0.0

    def get(self, handle: str) -> Held[R] | None:
        with self._lock:
            row = self._db.execute("SELECT binding, expires, record FROM private_records WHERE handle = ?",
                                   (handle,)).fetchone()
        if row is None or row[1] < time.time():
            return None
        return Held(row[0], self._decode(row[2]))

    def put(self, handle: str, binding: str, record: R) -> None:
        now = time.time()
        if now >= self._next_sweep:
            self._next_sweep = now + EXPIRE_EVERY
            self.expire()
        with self._lock:
            self._db.execute(
                "INSERT INTO private_records (handle, binding, expires, record) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (handle) DO UPDATE SET expires = excluded.expires, record = excluded.record "
                "WHERE private_records.binding = excluded.binding",
                (handle, binding, now + self.ttl, record.dumps()))

    def delete(self, handle: str, binding: str) -> None:
        with self._lock:
            self._db.execute("DELETE FROM private_records WHERE handle = ? AND binding = ?", (handle, binding))

    def expire(self) -> int:
        with self._lock:
            gone = self._db.execute("DELETE FROM private_records WHERE expires < ? RETURNING handle",
                                    (time.time(),)).fetchall()
        return len(gone)

    def count(self) -> int:
        with self._lock:
            return int(self._db.execute("SELECT COUNT(*) FROM private_records").fetchone()[0])

    def close(self) -> None:
        self._db.close()


_DATABASES: dict[str, DatabaseRecords] = {}
_DATABASES_LOCK = threading.Lock()


def database_records(location: str | Path, decode: Callable[[str], R], ttl: float) -> DatabaseRecords[R]:
    """One store per database location in this process."""
    key = str(location)
    with _DATABASES_LOCK:
        if key not in _DATABASES:
            _DATABASES[key] = DatabaseRecords(location, decode, ttl)
        return _DATABASES[key]
