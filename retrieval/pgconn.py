"""PostgreSQL connections that cannot hang a server: pools that reconnect, deadlines, schema set-up.

A database that is restarting refuses connections; one that is frozen (SIGSTOP, a partition)
accepts them and never answers, and PostgreSQL's own statement_timeout cannot fire because the
server is not running.  So every call has two deadlines: statement_timeout on the server, and a
watchdog here that shuts the socket of a connection whose call outlived ALU_DB_TIMEOUT, which
makes the waiting call fail at once.  Pools (psycopg_pool) drop broken connections and open new
ones on demand, so a process recovers by itself when the database returns.

Schema set-up (CREATE TABLE, and the checkpointer's CREATE INDEX CONCURRENTLY) is serialised by
an advisory lock that waiters *poll* with pg_try_advisory_lock instead of waiting for it in a
statement: a session waiting inside PostgreSQL holds a snapshot, CREATE INDEX CONCURRENTLY waits
for every older snapshot, and the holder of the lock would then wait for the waiter, a cycle
PostgreSQL cannot see.  A poller holds nothing between polls.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import psycopg
from psycopg.rows import tuple_row
from psycopg_pool import ConnectionPool, PoolTimeout

from alu.retrieval.backend import SETUP_TIMEOUT_ENV, DatabaseUnavailable, setup_timeout

log = logging.getLogger(__name__)

POOL_SIZE = 4                  # connections per pool; a call that finds none free waits up to the timeout
GRACE = 0.5                    # the watchdog fires this much after statement_timeout: a live server cancels first
POLL = 0.1                     # seconds between polls of the watchdog and of a busy set-up lock
PER_ROW = 0.001                # extra seconds a batch statement may take per row
RETRY = 0.25                   # seconds a caller waits for a pooled connection before asking for a new one
FAIL_FAST = 1.0                # seconds after a failed call during which new calls fail at once


def unavailable(exc: BaseException) -> DatabaseUnavailable:
    """The error a caller sees for a failed call (and the breaker trips, see _Breaker)."""
    BREAKER.trip()
    return DatabaseUnavailable(f"the PostgreSQL database did not answer ({type(exc).__name__}: "
                               f"{str(exc).strip().splitlines()[0] if str(exc).strip() else 'no detail'}); "
                               "retry once it is back")


class _Watchdog:
    """Shuts the socket of a connection whose call passed its deadline (one thread for the process)."""

    def __init__(self) -> None:
        self._deadlines: dict[int, tuple[float, psycopg.Connection]] = {}
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None

    def arm(self, conn: psycopg.Connection, seconds: float) -> None:
        with self._lock:
            self._deadlines[id(conn)] = (time.monotonic() + seconds, conn)
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="alu-db-watchdog", daemon=True)
                self._thread.start()

    def disarm(self, conn: psycopg.Connection) -> None:
        with self._lock:
            self._deadlines.pop(id(conn), None)

    def _run(self) -> None:
        while True:
            time.sleep(POLL)
            now = time.monotonic()
            with self._lock:  # cut under the lock: a call that disarms meanwhile keeps its connection intact
                for key, (deadline, conn) in list(self._deadlines.items()):
                    if deadline <= now:
                        del self._deadlines[key]
                        _cut(conn)


def _cut(conn: psycopg.Connection) -> None:
    """Make the call waiting on `conn` fail now: shut its socket down (the connection is then broken)."""
    try:
        fd = conn.fileno()
    except Exception:  # already closed
        return
    log.warning("a PostgreSQL call passed its deadline; dropping its connection")
    try:
        with socket.socket(fileno=os.dup(fd)) as sock:
            sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass


WATCHDOG = _Watchdog()


class _Breaker:
    """For a moment after a call found the database away, further calls fail at once instead of each
    waiting out its own deadline: a request that needs several calls (read the thread, refresh the
    index, roll the thread back) then fails within one deadline, and a flood of requests is shed.
    The first call after the moment tries the database again."""

    def __init__(self) -> None:
        self._until = 0.0

    def trip(self) -> None:
        self._until = time.monotonic() + FAIL_FAST

    def check(self) -> None:
        if time.monotonic() < self._until:
            raise DatabaseUnavailable("the PostgreSQL database failed to answer a moment ago; retry shortly")


BREAKER = _Breaker()


@contextmanager
def deadline(conn: psycopg.Connection, seconds: float) -> Iterator[None]:
    """Calls on `conn` inside the block fail (the connection breaks) once `seconds` have passed."""
    WATCHDOG.arm(conn, seconds)
    try:
        yield
    finally:
        WATCHDOG.disarm(conn)


def connect_kwargs(timeout: float, **extra: Any) -> dict[str, Any]:
    """Connection settings: a connect timeout, and server-side limits on statements and idle transactions."""
    ms = int(timeout * 1000)
    return {"connect_timeout": max(2, round(timeout)), "autocommit": True,
            "options": f"-c statement_timeout={ms} -c idle_in_transaction_session_timeout={ms * 4}", **extra}


class GuardedPool(ConnectionPool[psycopg.Connection[Any]]):
    """A pool whose every checkout is under the watchdog: a caller holds a connection at most
    `timeout` (+ a grace) per arming, and a statement re-arms it (see `rearm`).

    Recovery must not wait on psycopg_pool's back-off, which is tuned for a database that stays away:
    after a restart every idle pooled connection is dead, and its check loop sleeps a growing delay
    (1 s, then 2 s) between dead connections, while a failed reconnection holds its pool slot until a
    retry scheduled up to seconds later.  A caller then times out against a database that is already
    back.  So dead connections are checked here and replaced with no delay, and reconnection gives
    up at once (reconnect_timeout=0): the next caller that finds the pool empty opens a connection.
    """

    def __init__(self, url: str, name: str, timeout: float, **kwargs: Any) -> None:
        self.call_seconds = timeout + GRACE
        super().__init__(url, name=name, min_size=1, max_size=POOL_SIZE, timeout=timeout, reconnect_timeout=0,
                         kwargs=connect_kwargs(timeout, **kwargs), open=True)

    def getconn(self, timeout: float | None = None) -> Any:
        BREAKER.check()
        limit = self.timeout if timeout is None else timeout
        give_up = time.monotonic() + limit
        try:
            while True:
                left = give_up - time.monotonic()
                if left <= 0:
                    raise PoolTimeout(f"couldn't get a connection from {self.name!r} after {limit:.2f} sec")
                try:  # short waits: each one asks the pool to open a connection if it has none to give
                    conn = super().getconn(min(left, RETRY))
                except PoolTimeout:
                    continue
                if self._alive(conn, left):
                    break
                super().putconn(conn)  # the pool drops a broken connection and opens another
        except psycopg.OperationalError:  # PoolTimeout included
            BREAKER.trip()
            raise
        WATCHDOG.arm(conn, self.call_seconds)
        return conn

    def _alive(self, conn: psycopg.Connection, seconds: float) -> bool:
        """A pooled connection may have died since its last use (a restart ends every session)."""
        try:
            with deadline(conn, min(self.call_seconds, seconds)):
                ConnectionPool.check_connection(conn)
        except Exception:
            return False
        return True

    def putconn(self, conn: Any) -> None:
        WATCHDOG.disarm(conn)
        if conn.broken:  # lost while in use (by this module's callers or the checkpointer's)
            BREAKER.trip()
        super().putconn(conn)

    def rearm(self, conn: psycopg.Connection, rows: int = 0) -> None:
        """A new statement on a checked-out connection: its own deadline, longer for a batch of rows."""
        WATCHDOG.arm(conn, self.call_seconds + rows * PER_ROW)


@contextmanager
def setup_session(url: str, lock_id: int, **kwargs: Any) -> Iterator[psycopg.Connection[Any]]:
    """A connection holding the set-up lock `lock_id`, for schema statements (each its own transaction).

    The lock is polled, never waited for inside PostgreSQL (see the module's note); the whole set-up,
    waiting included, must finish within ALU_DB_SETUP_TIMEOUT.
    """
    limit = setup_timeout()
    give_up = time.monotonic() + limit
    try:
        conn = psycopg.connect(url, **connect_kwargs(limit, **kwargs))
    except psycopg.OperationalError as e:
        raise unavailable(e) from e
    try:
        with conn, deadline(conn, limit + GRACE):
            poll = conn.cursor(row_factory=tuple_row)  # whatever rows the caller's connection makes
            while not poll.execute("SELECT pg_try_advisory_lock(%s)", (lock_id,)).fetchall()[0][0]:
                if time.monotonic() > give_up:
                    raise DatabaseUnavailable(f"another process held the schema set-up lock for over {limit:g} s "
                                              f"({SETUP_TIMEOUT_ENV}); is its set-up stuck?")
                time.sleep(POLL)
            yield conn  # the lock goes with the session when the connection closes
    except psycopg.OperationalError as e:
        raise unavailable(e) from e
