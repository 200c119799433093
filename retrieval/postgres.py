"""The registry's PostgreSQL database (see retrieval/databases.py for the interface it shares with SQLite)."""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, SupportsIndex, overload

import psycopg

from alu.retrieval.backend import call_timeout
from alu.retrieval.pgconn import GuardedPool, setup_session, unavailable

WRITE_LOCK = 0x414C5501  # advisory lock id serialising registry writes across replicas
SCHEMA_LOCK = 0x414C5503  # ... and the one processes creating the registry's tables take turns with


class _Row(tuple):
    """A result row readable by column name and by position, as sqlite3.Row is."""

    __slots__ = ()
    _names: dict[str, int] = {}

    @overload
    def __getitem__(self, key: SupportsIndex | str) -> Any: ...
    @overload
    def __getitem__(self, key: slice) -> tuple[Any, ...]: ...

    def __getitem__(self, key: SupportsIndex | str | slice) -> Any:
        return tuple.__getitem__(self, self._names[key] if isinstance(key, str) else key)

    def keys(self) -> list[str]:
        return list(self._names)


def _row_factory(cursor: Any) -> Callable[[Sequence[Any]], _Row]:
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


class _Rows:
    """A finished statement's rows (fetched before its pooled connection went back to the pool)."""

    def __init__(self, rows: list) -> None:
        self._rows = rows

    def fetchone(self) -> Any:
        return self._rows[0] if self._rows else None

    def fetchall(self) -> list:
        return self._rows

    def __iter__(self) -> Iterator[Any]:
        return iter(self._rows)


class _PgCursor:
    """A write transaction's cursor: it holds one pooled connection from BEGIN until COMMIT or ROLLBACK."""

    def __init__(self, pool: Any, conn: Any) -> None:
        self._pool, self._conn = pool, conn
        self._cursor = conn.cursor()

    def execute(self, sql: str, params: Sequence[Any] = ()) -> _PgCursor:
        ends = sql.strip().upper() in ("COMMIT", "ROLLBACK")
        try:
            self._pool.rearm(self._conn)
            self._cursor.execute(_pg(sql), params)
        except psycopg.OperationalError as e:
            raise unavailable(e) from e
        finally:
            if ends:
                self._release()
        return self

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        batch = list(rows)
        try:
            self._pool.rearm(self._conn, len(batch))
            self._cursor.executemany(_pg(sql), batch)
        except psycopg.OperationalError as e:
            raise unavailable(e) from e

    def fetchone(self) -> Any:
        return self._cursor.fetchone()

    def fetchall(self) -> list:
        return self._cursor.fetchall()

    def __iter__(self) -> Iterator[Any]:
        return iter(self._cursor)

    def _release(self) -> None:
        if self._conn is not None:  # a broken connection is dropped by the pool, an open transaction rolled back
            conn, self._conn = self._conn, None
            self._pool.putconn(conn)


class PostgresDatabase:
    """A PostgreSQL database shared by replicas (psycopg 3), through a pool that reconnects.

    Reads run in autocommit, each on a connection of the pool, so a query in another thread never
    sees a write that is still open; a write holds one connection for its transaction, which takes
    an advisory lock so that versions stay gapless across writers in every replica.  Every call
    fails with DatabaseUnavailable within ALU_DB_TIMEOUT when the database is down or frozen
    (retrieval/pgconn.py)."""

    kind = "postgresql"

    def __init__(self, url: str, name: str = "alu-registry") -> None:
        self.location = url
        self._url = url
        self._pool = GuardedPool(url, name, call_timeout(), row_factory=_row_factory)
        self._pinned = threading.local()  # this thread's snapshot_reads connection, if any

    def execute(self, sql: str, params: Sequence[Any] = ()) -> _Rows:
        try:
            pinned = getattr(self._pinned, "conn", None)
            if pinned is not None:
                cur = pinned.execute(_pg(sql), params)
                return _Rows(cur.fetchall() if cur.description else [])
            with self._pool.connection() as conn:
                cur = conn.execute(_pg(sql), params)
                return _Rows(cur.fetchall() if cur.description else [])
        except psycopg.OperationalError as e:
            raise unavailable(e) from e

    @contextmanager
    def snapshot_reads(self) -> Iterator[None]:
        """Every read of this thread inside sees one committed state: the reads share one pooled connection
        in a REPEATABLE READ transaction (each autocommit read on its own connection could straddle a write)."""
        try:
            with self._pool.connection() as conn:
                conn.execute("BEGIN ISOLATION LEVEL REPEATABLE READ")
                self._pinned.conn = conn
                try:
                    yield
                finally:
                    self._pinned.conn = None
                    conn.execute("COMMIT")  # read only: nothing to keep or undo
        except psycopg.OperationalError as e:
            raise unavailable(e) from e

    def cursor(self) -> _PgCursor:
        """A cursor for one write transaction (BEGIN ... COMMIT or ROLLBACK), on its own pooled connection."""
        try:
            return _PgCursor(self._pool, self._pool.getconn())
        except psycopg.OperationalError as e:
            raise unavailable(e) from e

    def script(self, sql: str) -> None:
        """Create what is missing of the schema; processes starting together take turns (pgconn.setup_session)."""
        sql = re.sub(r"--[^\n]*", "", sql)  # comments first: they may hold a ';'
        for pattern, replacement in _PG_TYPES:
            sql = pattern.sub(replacement, sql)
        with setup_session(self._url, SCHEMA_LOCK) as conn:
            for statement in (s.strip() for s in sql.split(";")):
                if statement:
                    conn.execute(statement)

    def add_column(self, table: str, name: str, decl: str) -> None:
        self.execute(f"ALTER TABLE {table} ADD COLUMN IF NOT EXISTS {name} {decl}")  # another replica may be first

    def begin_write(self, cur: _PgCursor) -> None:
        cur.execute("BEGIN")
        cur.execute("SELECT pg_advisory_xact_lock(?)", (WRITE_LOCK,))

    def columns(self, table: str) -> set[str]:
        rows = self.execute("SELECT column_name FROM information_schema.columns WHERE table_name = ?", (table,))
        return {r[0] for r in rows}

    def close(self) -> None:
        self._pool.close()
