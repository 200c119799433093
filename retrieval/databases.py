"""The two databases a registry can live in, behind one small interface.

The registry's SQL (retrieval/registry.py) is written once, in the dialect both SQLite and
PostgreSQL accept: `?` placeholders, `INSERT ... ON CONFLICT ... DO UPDATE`, `RETURNING`.  These
classes supply only what really differs: connecting, the column types of the schema, how a
writer takes the one lock that keeps versions gapless, and how existing columns are listed.
Rows from either answer both `row["name"]` and `row[0]`.  The PostgreSQL side lives in
retrieval/postgres.py, imported only when a postgresql:// URL is opened.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from alu.extras import needs

if TYPE_CHECKING:
    from alu.retrieval.postgres import PostgresDatabase


class Row(Protocol):
    """A result row read by column name or by position: sqlite3.Row, or PostgreSQL's (retrieval/postgres.py)."""

    def __getitem__(self, key: str | int, /) -> Any: ...


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

    @contextmanager
    def snapshot_reads(self) -> Iterator[None]:
        """Every read inside sees one committed state (the caller holds the registry's lock)."""
        self._conn.execute("BEGIN")
        try:
            yield
        finally:
            self._conn.execute("COMMIT")  # read only: nothing to keep or undo

    def script(self, sql: str) -> None:
        self._conn.executescript(sql)

    def begin_write(self, cur: Any) -> None:
        cur.execute("BEGIN IMMEDIATE")

    def columns(self, table: str) -> set[str]:
        return {r[1] for r in self._conn.execute(f"PRAGMA table_info({table})")}

    def add_column(self, table: str, name: str, decl: str) -> None:
        self._conn.execute(f"ALTER TABLE {table} ADD COLUMN {name} {decl}")

    def close(self) -> None:
        self._conn.close()


def open_database(location: str | Path, name: str = "alu-registry") -> SqliteDatabase | PostgresDatabase:
    """A postgresql:// URL opens PostgreSQL (`name` names its connection pool in errors and logs); anything
    else is a SQLite file path."""
    text = str(location)
    if text.startswith(("postgresql://", "postgres://")):
        with needs("postgres", "a PostgreSQL registry (ALU_REGISTRY=postgresql://...)"):
            from alu.retrieval.postgres import PostgresDatabase  # psycopg is imported only when it is used

        return PostgresDatabase(text, name)
    return SqliteDatabase(location)
