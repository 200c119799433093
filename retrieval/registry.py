"""The durable target registry: one SQLite file, the source of truth.

Each committed change bumps a version and logs which targets it touched, so derived
structures (the FAISS index, the lexical matcher) in this or any other process can patch
themselves up to the current version instead of rebuilding.  Embeddings are stored beside
the targets so that the index can always be rebuilt without re-embedding.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from alu.retrieval.targets import Target

_SCHEMA = """
CREATE TABLE IF NOT EXISTS targets (
    row INTEGER PRIMARY KEY AUTOINCREMENT,   -- the FAISS id; never reused
    id TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    aliases TEXT NOT NULL,
    description TEXT NOT NULL,
    embedding BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS changes (
    version INTEGER NOT NULL,
    row INTEGER NOT NULL,
    target_id TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS changes_by_version ON changes(version);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


@dataclass(frozen=True)
class StoredTarget:
    row: int
    target: Target


def _target(row) -> Target:
    return Target(row["id"], row["name"], tuple(json.loads(row["aliases"])), row["description"])


class TargetRegistry:
    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None, timeout=30)
        self._db.row_factory = sqlite3.Row
        self._lock = threading.RLock()
        with self._lock:
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=FULL")  # acknowledged means on disk
            self._db.executescript(_SCHEMA)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    # ---- reads -------------------------------------------------------------------------
    def version(self) -> int:
        row = self._db.execute("SELECT value FROM meta WHERE key='version'").fetchone()
        return int(row[0]) if row else 0

    def meta(self, key: str) -> str | None:
        row = self._db.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return row[0] if row else None

    def count(self) -> int:
        return self._db.execute("SELECT COUNT(*) FROM targets").fetchone()[0]

    def get(self, target_id: str) -> Target | None:
        row = self._db.execute("SELECT * FROM targets WHERE id=?", (target_id,)).fetchone()
        return _target(row) if row else None

    def get_rows(self, rows: list[int]) -> dict[int, Target]:
        out = {}
        for i in range(0, len(rows), 500):
            chunk = rows[i:i + 500]
            q = f"SELECT * FROM targets WHERE row IN ({','.join('?' * len(chunk))})"
            out.update({r["row"]: _target(r) for r in self._db.execute(q, chunk)})
        return out

    def list(self, limit: int | None = None, offset: int = 0) -> list[Target]:
        q = "SELECT * FROM targets ORDER BY row LIMIT ? OFFSET ?"
        return [_target(r) for r in self._db.execute(q, (-1 if limit is None else limit, offset))]

    def iter_all(self, batch: int = 5000):
        """(row, Target, embedding) for every target, in row order, without loading all at once."""
        last = 0
        while True:
            rows = self._db.execute("SELECT * FROM targets WHERE row > ? ORDER BY row LIMIT ?",
                                    (last, batch)).fetchall()
            if not rows:
                return
            for r in rows:
                yield r["row"], _target(r), np.frombuffer(r["embedding"], dtype=np.float32)
            last = rows[-1]["row"]

    def changed_since(self, version: int) -> tuple[set[tuple[int, str]], int] | None:
        """(row, target id) pairs changed after `version`, and the current version; None if unknown."""
        with self._lock:
            current = self.version()
            if version > current:
                return None
            if version < int(self.meta("log_start") or 0):
                return None
            changed = {(r[0], r[1]) for r in self._db.execute(
                "SELECT DISTINCT row, target_id FROM changes WHERE version > ?", (version,))}
            return changed, current

    def rows_for(self, target_ids: set[str]) -> dict[str, tuple[int, Target, np.ndarray]]:
        out = {}
        ids = list(target_ids)
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            q = f"SELECT * FROM targets WHERE id IN ({','.join('?' * len(chunk))})"
            for r in self._db.execute(q, chunk):
                out[r["id"]] = (r["row"], _target(r), np.frombuffer(r["embedding"], dtype=np.float32))
        return out

    # ---- writes: each call is one transaction and one version ----------------------------
    def write(self, upserts: list[tuple[Target, np.ndarray]], removals: list[str],
              meta: dict[str, str] | None = None) -> int:
        """Apply upserts and removals atomically; returns the new version (unchanged if no-op)."""
        with self._lock:
            cur = self._db.cursor()
            cur.execute("BEGIN IMMEDIATE")
            try:
                version = self.version() + 1
                touched = []
                for target, vec in upserts:
                    aliases = json.dumps(list(target.aliases), ensure_ascii=False)
                    blob = np.asarray(vec, dtype=np.float32).tobytes()
                    old = cur.execute("SELECT row FROM targets WHERE id=?", (target.id,)).fetchone()
                    if old:
                        cur.execute("UPDATE targets SET name=?, aliases=?, description=?, embedding=? WHERE row=?",
                                    (target.name, aliases, target.description, blob, old[0]))
                        touched.append((old[0], target.id))
                    else:
                        cur.execute("INSERT INTO targets(id, name, aliases, description, embedding) VALUES (?,?,?,?,?)",
                                    (target.id, target.name, aliases, target.description, blob))
                        touched.append((cur.lastrowid, target.id))
                for target_id in removals:
                    old = cur.execute("SELECT row FROM targets WHERE id=?", (target_id,)).fetchone()
                    if old:
                        cur.execute("DELETE FROM targets WHERE row=?", (old[0],))
                        touched.append((old[0], target_id))
                for key, value in (meta or {}).items():  # settings, not target changes: no new version
                    cur.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))
                if not touched:
                    cur.execute("COMMIT")
                    return version - 1
                cur.executemany("INSERT INTO changes VALUES (?, ?, ?)", [(version, r, t) for r, t in touched])
                cur.execute("INSERT OR REPLACE INTO meta VALUES ('version', ?)", (str(version),))
                cur.execute("COMMIT")
                return version
            except BaseException:
                cur.execute("ROLLBACK")
                raise

    def compact_log(self, keep_versions: int = 1000) -> None:
        """Forget change-log entries older than the last `keep_versions` versions."""
        with self._lock:
            start = max(0, self.version() - keep_versions)
            self._db.execute("DELETE FROM changes WHERE version <= ?", (start,))
            self._db.execute("INSERT OR REPLACE INTO meta VALUES ('log_start', ?)", (str(start),))
