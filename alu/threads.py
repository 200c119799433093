"""Where conversation threads (LangGraph checkpoints) are kept.

By default a SQLite file under the home folder.  When the registry is PostgreSQL (ALU_REGISTRY
is a postgresql:// URL), threads go to the same database through langgraph-checkpoint-postgres,
so a conversation started on one replica continues on any other.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from langgraph.checkpoint.base import BaseCheckpointSaver

from alu.extras import needs
from alu.retrieval.backend import call_timeout, postgres_url

THREADS_FILE = "threads.sqlite"  # conversation checkpoints, next to the target registry
SETUP_LOCK = 0x414C5502  # advisory lock id: replicas starting together create the tables one after another
CHECKPOINT_TABLES = ("checkpoints", "checkpoint_blobs", "checkpoint_writes")


def thread_saver(home: str | Path) -> BaseCheckpointSaver:
    """The checkpointer for `home`'s threads: PostgreSQL when the registry is, else threads.sqlite."""
    url = postgres_url()
    if url is not None:
        return _postgres_saver(url)
    from langgraph.checkpoint.sqlite import SqliteSaver

    folder = Path(home).expanduser()
    folder.mkdir(parents=True, exist_ok=True)
    # the saver serialises access with its own lock, so one connection may serve all threads
    return SqliteSaver(sqlite3.connect(folder / THREADS_FILE, check_same_thread=False))


def _postgres_saver(url: str) -> BaseCheckpointSaver:
    with needs("postgres", "threads in PostgreSQL (ALU_REGISTRY=postgresql://...)"):
        from langgraph.checkpoint.postgres import PostgresSaver
        from psycopg.rows import dict_row

        from alu.retrieval.pgconn import GuardedPool

    _set_up(url, PostgresSaver)
    # the settings PostgresSaver documents for connections it does not open itself
    pool = GuardedPool(url, "alu-threads", call_timeout(), prepare_threshold=0, row_factory=dict_row)
    return PostgresSaver(pool)


def _set_up(url: str, saver_class) -> None:
    """Run the checkpointer's migrations once, whichever replica comes first.

    The migrations include CREATE INDEX CONCURRENTLY, which waits for every transaction older than
    itself; so the lock is polled (pgconn.setup_session).  A database already migrated costs one query."""
    from psycopg.rows import dict_row

    from alu.retrieval.pgconn import setup_session

    latest = len(saver_class.MIGRATIONS) - 1
    with setup_session(url, SETUP_LOCK, prepare_threshold=0, row_factory=dict_row) as conn:
        if conn.execute("SELECT to_regclass('checkpoint_migrations') IS NOT NULL AS made").fetchall()[0]["made"]:
            if conn.execute("SELECT max(v) AS v FROM checkpoint_migrations").fetchall()[0]["v"] == latest:
                return
        # a CREATE INDEX CONCURRENTLY that was interrupted leaves an invalid index, which IF NOT EXISTS would keep
        for row in conn.execute("SELECT c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
                                "JOIN pg_class t ON t.oid = i.indrelid WHERE NOT i.indisvalid AND t.relname = ANY(%s)",
                                (list(CHECKPOINT_TABLES),)).fetchall():
            conn.execute(f'DROP INDEX CONCURRENTLY IF EXISTS "{row["relname"]}"')
        saver_class(conn).setup()  # runs only the migrations this database has not seen
