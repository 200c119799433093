"""Where conversation threads (LangGraph checkpoints) are kept.

By default a SQLite file under the home folder.  When the registry is PostgreSQL (ALU_REGISTRY
is a postgresql:// URL), threads go to the same database through langgraph-checkpoint-postgres,
so a conversation started on one replica continues on any other.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from langgraph.checkpoint.base import BaseCheckpointSaver

from alu.retrieval.backend import postgres_url

THREADS_FILE = "threads.sqlite"  # conversation checkpoints, next to the target registry
SETUP_LOCK = 0x414C5502  # advisory lock id: replicas starting together create the tables once


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
    import psycopg
    from langgraph.checkpoint.postgres import PostgresSaver
    from psycopg.rows import dict_row

    # the settings PostgresSaver documents for a connection it does not manage itself
    conn = psycopg.connect(url, autocommit=True, prepare_threshold=0, row_factory=dict_row)
    saver = PostgresSaver(conn)
    with psycopg.connect(url, autocommit=True) as lock:
        lock.execute("SELECT pg_advisory_lock(%s)", (SETUP_LOCK,))
        saver.setup()  # idempotent: runs only the migrations this database has not seen
    return saver
