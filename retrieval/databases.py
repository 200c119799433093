"""The two databases a registry can live in, behind one small interface.

The registry's SQL (retrieval/registry.py) is written once, in the dialect both SQLite and
PostgreSQL accept: `?` placeholders, `INSERT ... ON CONFLICT ... DO UPDATE`, `RETURNING`.  These
classes supply only what really differs: connecting, the column types of the schema, how a
writer takes the one lock that keeps versions gapless, and how existing columns are listed.
Rows from either answer both `row["name"]` and `row[0]`.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

WRITE_LOCK = 0x414C5501  # PostgreSQL advisory lock id serialising registry writes across replicas


class SqliteDatabase:
    """One SQLite file: WAL, fully synced commits; a writer takes the file's write lock up front."""

    kind = "sqlite"

    def __init__(self, path: str | Path) -> None:
        self.location = Path(path)
        self.location.parent.mkdir(parents=True, exist_ok=True)
        self._conn = sqlite3.connect(self.location, check_same_thread=False, isolation_level=None, timeout=30)
        self._conn.row_factory = sqlite3.Row
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute("PRAGMA synchronous=FULL")  # acknowledged means on disk

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return self._conn.execute(sql, params)

    def cursor(self) -> Any:
        return self._conn.cursor()

    def script(self, sql: str) -> None:
        self._conn.executescript(sql)

    def begin_write(self, cur: Any) -> None:
        cur.execute("BEGIN IMMEDIATE")

    def columns(self, table: str) -> set[str]:
        return {r[1] for r in self._conn.execute(f"PRAGMA table_info({table})")}

    def close(self) -> None:
        self._conn.close()


class _Row(tuple):
    """A result row readable by column name and by position, as sqlite3.Row is."""

    __slots__ = ()
    _names: dict[str, int] = {}

    def __getitem__(self, key):
        return tuple.__getitem__(self, self._names[key] if isinstance(key, str) else key)

    def keys(self) -> list[str]:
        return list(self._names)


def _row_factory(cursor: Any):
    names = {col.name: i for i, col in enumerate(cursor.description or [])}
    row_class = type("Row", (_Row,), {"__slots__": (), "_names": names})
    return lambda values: row_class(values)


_PLACEHOLDER = re.compile(r"\?")
# SQLite column types of the shared schema, and what PostgreSQL calls them
_PG_TYPES = ((re.compile(r"\bINTEGER PRIMARY KEY AUTOINCREMENT\b"), "BIGSERIAL PRIMARY KEY"),
             (re.compile(r"\bBLOB\b"), "BYTEA"), (re.compile(r"\bREAL\b"), "DOUBLE PRECISION"))


def _pg(sql: str) -> str:
    """The shared SQL with PostgreSQL's placeholders (our statements hold no literal '?')."""
    return _PLACEHOLDER.sub("%s", sql)


class _PgCursor:
    def __init__(self, cursor: Any) -> None:
        self._cursor = cursor

    def execute(self, sql: str, params: Sequence[Any] = ()) -> _PgCursor:
        self._cursor.execute(_pg(sql), params)
        return self

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        self._cursor.executemany(_pg(sql), list(rows))

    def fetchone(self) -> Any:
        return self._cursor.fetchone()

    def fetchall(self) -> list:
        return self._cursor.fetchall()

    def __iter__(self):
        return iter(self._cursor)


class PostgresDatabase:
    """A PostgreSQL database shared by replicas (psycopg 3).

    Two connections: reads run in autocommit on one, so a query in another thread never sees a
    write that is still open; writes run on the other, each one transaction holding an advisory
    lock, so that versions stay gapless across writers in every replica."""

    kind = "postgresql"

    def __init__(self, url: str) -> None:
        import psycopg

        self.location = url
        self._conn = psycopg.connect(url, autocommit=True, row_factory=_row_factory)
        self._writer = psycopg.connect(url, autocommit=True, row_factory=_row_factory)

    def execute(self, sql: str, params: Sequence[Any] = ()) -> _PgCursor:
        return _PgCursor(self._conn.cursor()).execute(sql, params)

    def cursor(self) -> _PgCursor:
        """A cursor on the write connection (the registry serialises its writes with its own lock)."""
        return _PgCursor(self._writer.cursor())

    def script(self, sql: str) -> None:
        sql = re.sub(r"--[^\n]*", "", sql)  # comments first: they may hold a ';'
        for pattern, replacement in _PG_TYPES:
            sql = pattern.sub(replacement, sql)
        with self._conn.transaction():  # replicas starting together create the tables once
            self._conn.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))
            for statement in (s.strip() for s in sql.split(";")):
                if statement:
                    self._conn.execute(statement)

    def begin_write(self, cur: _PgCursor) -> None:
        cur.execute("BEGIN")
        cur.execute("SELECT pg_advisory_xact_lock(?)", (WRITE_LOCK,))

    def columns(self, table: str) -> set[str]:
        rows = self._conn.execute("SELECT column_name FROM information_schema.columns WHERE table_name = %s",
                                  (table,)).fetchall()
        return {r[0] for r in rows}

    def close(self) -> None:
        self._conn.close()
        self._writer.close()


def open_database(location: str | Path) -> SqliteDatabase | PostgresDatabase:
    """A postgresql:// URL opens PostgreSQL; anything else is a SQLite file path."""
    text = str(location)
    if text.startswith(("postgresql://", "postgres://")):
        return PostgresDatabase(text)
    return SqliteDatabase(location)
