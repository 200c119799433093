"""The durable target registry: the source of truth, in one SQLite file or a shared PostgreSQL database.

Each committed change bumps a version and logs which targets it touched, so derived structures (the FAISS index,
the lexical matcher) in this or any other process can patch themselves up to the current version instead of
rebuilding.  Embeddings are stored beside the targets so that the index can always be rebuilt without
re-embedding: the description's vector in `targets.embedding` (slot 0), one more per fact and example in
`target_vectors` (slots 1..).  List fields are JSON text, so the SQL stays plain and portable: the same schema and
statements run on SQLite and PostgreSQL (retrieval/databases.py supplies the differences).
"""

from __future__ import annotations

import builtins
import json
import os
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np

from alu.retrieval.databases import Row, open_database
from alu.retrieval.footprint import make_footprint
from alu.retrieval.guard import RegistryUnavailable, cut_short, new_registry_id
from alu.retrieval.keyphrases import for_database
from alu.retrieval.probes import make_probe
from alu.retrieval.target_sets import DEFAULT_SETS, SET_INDEX, TargetSet, TargetSetError, recheck_membership
from alu.retrieval.target_sets import SCHEMA as SETS_SCHEMA
from alu.retrieval.targets import Target

_SCHEMA = """
CREATE TABLE IF NOT EXISTS targets (
    row INTEGER PRIMARY KEY AUTOINCREMENT,   -- the FAISS id; never reused
    id TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    aliases TEXT NOT NULL,
    description TEXT NOT NULL,
    embedding BLOB NOT NULL,
    kind TEXT NOT NULL DEFAULT 'person',
    variants TEXT NOT NULL DEFAULT '[]',
    partial_forms TEXT NOT NULL DEFAULT '[]',
    facts TEXT NOT NULL DEFAULT '[]',
    examples TEXT NOT NULL DEFAULT '[]',
    candidate_threshold REAL,
    flag_threshold REAL,
    probe TEXT,                              -- a topic's fitted probe as JSON (retrieval/probes.py)
    footprint TEXT,                          -- its knowledge footprint as JSON (retrieval/footprint.py)
    target_set TEXT NOT NULL DEFAULT 'default'  -- the set (tenant) it belongs to (retrieval/target_sets.py)
);
CREATE TABLE IF NOT EXISTS target_vectors (
    target_row INTEGER NOT NULL,             -- targets.row
    slot INTEGER NOT NULL,                   -- 1..: the target's facts, then its examples
    embedding BLOB NOT NULL,
    PRIMARY KEY (target_row, slot)
);
CREATE TABLE IF NOT EXISTS changes (
    version INTEGER NOT NULL,
    row INTEGER NOT NULL,
    target_id TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS changes_by_version ON changes(version);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


# Columns added after the first release: (name, SQL type and default), added to older files on open.
_ADDED_COLUMNS = (
    ("kind", "TEXT NOT NULL DEFAULT 'person'"), ("variants", "TEXT NOT NULL DEFAULT '[]'"),
    ("partial_forms", "TEXT NOT NULL DEFAULT '[]'"), ("facts", "TEXT NOT NULL DEFAULT '[]'"),
    ("examples", "TEXT NOT NULL DEFAULT '[]'"), ("candidate_threshold", "REAL"), ("flag_threshold", "REAL"),
    ("probe", "TEXT"), ("footprint", "TEXT"), ("target_set", "TEXT NOT NULL DEFAULT 'default'"),
)
_LIST_COLUMNS = ("aliases", "variants", "partial_forms", "facts", "examples")
_SET_META = "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"
LOG_KEEP_VERSIONS = 10_000  # versions of change log kept; an index further behind is rebuilt instead
COMPACT_EVERY = 1_000
_NO_LIMIT = 2 ** 62  # LIMIT without a limit, in words both SQLite and PostgreSQL accept


def _target(row: Row) -> Target:
    lists = {key: tuple(json.loads(row[key])) for key in _LIST_COLUMNS}
    probe = make_probe(json.loads(row["probe"])) if row["probe"] else None
    footprint = make_footprint(json.loads(row["footprint"])) if row["footprint"] else None
    return Target(row["id"], row["name"], description=row["description"], kind=row["kind"],
                  candidate_threshold=row["candidate_threshold"], flag_threshold=row["flag_threshold"],
                  probe=probe, footprint=footprint, target_set=row["target_set"], **lists)


def _columns(target: Target) -> dict[str, object]:
    """The target's column values (list fields as JSON text)."""
    values: dict[str, object] = {"id": target.id, "name": target.name, "description": target.description,
                                 "kind": target.kind, "candidate_threshold": target.candidate_threshold,
                                 "flag_threshold": target.flag_threshold, "target_set": target.target_set,
                                 "probe": json.dumps(target.probe.to_dict()) if target.probe else None,
                                 "footprint": json.dumps(target.footprint.to_dict(), ensure_ascii=False)
                                 if target.footprint else None}
    for key in _LIST_COLUMNS:
        values[key] = json.dumps(list(getattr(target, key)), ensure_ascii=False)
    return values


def _in_set(target_set: str | None) -> tuple[str, tuple[str, ...]]:  # a read's WHERE for one set (none: all)
    return ("", ()) if target_set is None else (" WHERE target_set=?", (target_set,))


def _matrix(vectors: np.ndarray) -> np.ndarray:  # a target's vectors as a (n, dim) float32 matrix, a row each
    m = np.asarray(vectors, dtype=np.float32)
    return m[None, :] if m.ndim == 1 else m


class TargetRegistry:
    def __init__(self, location: str | Path) -> None:
        """location: a SQLite file path, or a postgresql:// URL (see retrieval/backend.py)."""
        self._db = open_database(location)
        self.location = self._db.location
        self._lock = threading.RLock()
        self._keyphrases = for_database(self._db.kind)
        with self._lock:
            self._db.script(_SCHEMA)
            self._db.script(self._keyphrases.schema)
            self._db.script(SETS_SCHEMA)
            self._add_missing_columns()
            self._db.script(SET_INDEX)
        # the file this connection reads: one deleted or replaced under it must not be served silently
        self._file = os.stat(self.location) if self.kind == "sqlite" else None

    @property
    def kind(self) -> str:
        return self._db.kind

    def _add_missing_columns(self) -> None:
        """Open a registry written before facts, name forms or sets existed (its targets: the default set)."""
        have = self._db.columns("targets")
        for name, decl in _ADDED_COLUMNS:
            if name not in have:
                self._db.add_column("targets", name, decl)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def identity(self, create: bool = False) -> str:
        """The registry's random id ("" if it has none; with create, one is made if missing)."""
        if create:
            try:
                with self._lock:
                    self._db.execute("INSERT INTO meta(key, value) VALUES ('registry_id', ?) "
                                     "ON CONFLICT (key) DO NOTHING", (new_registry_id(),))
            except sqlite3.OperationalError:  # a read-only file is served as it is, known by its versions
                pass
        return self.meta("registry_id") or ""

    def check_present(self) -> None:
        """Raise RegistryUnavailable if the SQLite file was deleted, replaced or emptied since it was opened:
        this connection would go on reading the old file while other processes write a new one."""
        if self._file is None:
            return
        try:
            now = os.stat(self.location)
        except FileNotFoundError:
            raise RegistryUnavailable(f"the target registry {self.location} was deleted while serving; refusing "
                                      "to answer unprotected. Restore it and restart") from None
        if (now.st_dev, now.st_ino) != (self._file.st_dev, self._file.st_ino):
            raise RegistryUnavailable(f"the target registry {self.location} was replaced while serving; refusing "
                                      "to answer from the old one. Restart to check the new one")
        if now.st_size == 0:  # an intact SQLite file holds at least its header page
            raise RegistryUnavailable(f"the target registry {self.location} was truncated while serving; refusing "
                                      "to answer unprotected. Restore it and restart")
        if cut_short(self.location, now.st_size) and not self._intact():
            # cut to a shorter length: SQLite would read some rows and fail on others, or accept writes
            raise RegistryUnavailable(f"the target registry {self.location} is damaged (cut short to "
                                      f"{now.st_size} bytes); refusing to answer unprotected. Restore it and restart")

    def _intact(self) -> bool:
        """SQLite's own check of every page, run only when the file looks cut short."""
        try:
            with self._lock:
                rows = self._db.execute("PRAGMA quick_check(1)").fetchall()
        except sqlite3.DatabaseError:
            return False
        return [tuple(r) for r in rows] == [("ok",)]

    # ---- reads -------------------------------------------------------------------------
    def _rows(self, sql: str, params: Sequence[Any] = ()) -> builtins.list[Any]:
        # one connection serves every thread (a server's requests beside the process's own queries): a read is
        # run to its end under the lock, never left open across another thread's BEGIN or COMMIT
        with self._lock:
            return self._db.execute(sql, params).fetchall()

    def _first(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return next(iter(self._rows(sql, params)), None)

    def version(self) -> int:
        row = self._first("SELECT value FROM meta WHERE key='version'")
        return int(row[0]) if row else 0

    def meta(self, key: str) -> str | None:
        row = self._first("SELECT value FROM meta WHERE key=?", (key,))
        return row[0] if row else None

    def count(self, target_set: str | None = None) -> int:
        where, params = _in_set(target_set)
        return self._first(f"SELECT COUNT(*) FROM targets{where}", params)[0]

    def get(self, target_id: str) -> Target | None:
        row = self._first("SELECT * FROM targets WHERE id=?", (target_id,))
        return _target(row) if row else None

    def page(self, limit: int | None = None, offset: int = 0, target_set: str | None = None) -> list[Target]:
        """Targets in row order (of one set, or of all)."""
        where, params = _in_set(target_set)
        q = f"SELECT * FROM targets{where} ORDER BY row LIMIT ? OFFSET ?"
        return [_target(r) for r in self._rows(q, (*params, _NO_LIMIT if limit is None else limit, offset))]

    def name_rows(self, limit: int | None = None, offset: int = 0,
                  target_set: str | None = None) -> builtins.list[tuple[str, str, builtins.list[str]]]:
        """(id, name, aliases) per target in row order, without vectors or derived fields: listing a
        large registry, or checking a new name against every stored one, reads only these columns."""
        where, params = _in_set(target_set)
        q = f"SELECT id, name, aliases FROM targets{where} ORDER BY row LIMIT ? OFFSET ?"
        return [(r[0], r[1], json.loads(r[2])) for r in
                self._rows(q, (*params, _NO_LIMIT if limit is None else limit, offset))]

    def target_sets(self) -> dict[str, TargetSet]:
        """Every set by name; the default set exists whether or not it has a row."""
        rows = self._rows("SELECT name, refusal FROM target_sets ORDER BY name")
        return {**DEFAULT_SETS, **{r[0]: TargetSet(r[0], r[1]) for r in rows}}

    def metas(self) -> dict[str, str]:
        return dict(self._rows("SELECT key, value FROM meta"))

    def iter_all(self, batch: int = 5000) -> Iterator[tuple[int, Target, np.ndarray]]:
        """(row, Target, vectors (n, dim)) for every target, in row order, without loading all at once."""
        last = 0
        while True:
            rows = self._rows("SELECT * FROM targets WHERE row > ? ORDER BY row LIMIT ?", (last, batch))
            if not rows:
                return
            extra = self._extra_vectors(last, rows[-1]["row"])
            for r in rows:
                yield r["row"], _target(r), self._stack(r, extra.get(r["row"]))
            last = rows[-1]["row"]

    def _extra_vectors(self, after_row: int, upto_row: int) -> dict[int, builtins.list[bytes]]:
        out: dict[int, builtins.list[bytes]] = {}
        for r in self._rows("SELECT target_row, embedding FROM target_vectors WHERE target_row > ? "
                            "AND target_row <= ? ORDER BY target_row, slot", (after_row, upto_row)):
            out.setdefault(r[0], []).append(r[1])
        return out

    @staticmethod
    def _stack(row: Row, extra: builtins.list[bytes] | None) -> np.ndarray:
        blobs = [row["embedding"], *(extra or [])]  # stored without vectors: (0, 0), adding nothing to the index
        empty = np.zeros((0, 0), np.float32)
        return np.stack([np.frombuffer(b, dtype=np.float32) for b in blobs]) if blobs[0] else empty

    def changed_since(self, version: int, upto: int | None = None) -> tuple[set[tuple[int, str]], int] | None:
        """(row, target id) pairs changed after `version` up to `upto` (a version read earlier, else the
        current one), and that version; None if the log no longer reaches back that far."""
        with self._lock:
            upto = self.version() if upto is None else upto
            if version > upto or version < int(self.meta("log_start") or 0):
                return None
            changed = {(r[0], r[1]) for r in self._rows(
                "SELECT DISTINCT row, target_id FROM changes WHERE version > ? AND version <= ?", (version, upto))}
            return changed, upto

    @contextmanager
    def consistent_read(self) -> Iterator[int]:
        """Reads of one committed state: yields its version; every read inside sees that version only
        (a change committed meanwhile is neither half seen nor labelled with an older version)."""
        with self._lock, self._db.snapshot_reads():
            yield self.version()

    def existing(self, target_ids: set[str]) -> set[str]:
        """Which of the ids are targets (no fields or vectors read)."""
        ids, out = list(target_ids), set()
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            out |= {r[0] for r in self._rows(
                f"SELECT id FROM targets WHERE id IN ({','.join('?' * len(chunk))})", chunk)}
        return out

    def rows_for(self, target_ids: set[str]) -> dict[str, tuple[int, Target, np.ndarray]]:
        """id -> (row, Target, vectors (n, dim)) for the given ids that exist."""
        out = {}
        ids = list(target_ids)
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            q = f"SELECT * FROM targets WHERE id IN ({','.join('?' * len(chunk))})"
            for r in self._rows(q, chunk):
                out[r["id"]] = (r["row"], _target(r), r)
        extra: dict[int, list[bytes]] = {}
        rows = [row for row, _, _ in out.values()]
        for i in range(0, len(rows), 500):
            chunk = rows[i:i + 500]
            q = (f"SELECT target_row, embedding FROM target_vectors WHERE target_row IN ({','.join('?' * len(chunk))}) "
                 "ORDER BY target_row, slot")
            for r in self._rows(q, chunk):
                extra.setdefault(r[0], []).append(r[1])
        return {k: (row, t, self._stack(r, extra.get(row))) for k, (row, t, r) in out.items()}

    def keyphrase_candidates(self, words: builtins.list[str]) -> builtins.list[tuple[str, str]]:
        """(target id, folded keyphrase) rows whose phrase holds one of `words` (retrieval/keyphrases.py);
        the caller checks each against its own registry version."""
        with self._lock:
            return self._keyphrases.search(self._db, words)

    # ---- writes: each call is one transaction and one version ----------------------------
    def write(self, upserts: builtins.list[tuple[Target, np.ndarray]], removals: builtins.list[str],
              meta: dict[str, str] | None = None) -> int:
        """Apply upserts and removals atomically; returns the new version (unchanged if no-op).

        Each upsert carries the target's vectors: one (the description's) or a (n, dim) matrix whose
        rows follow Target.vector_texts()."""
        with self._transaction() as cur:
            version = self.version() + 1
            touched = []
            for target, vectors in upserts:
                matrix = _matrix(vectors)
                # a target stored without vectors (a name-only one, found by its names) has an empty blob
                values = _columns(target) | {"embedding": matrix[0].tobytes() if len(matrix) else b""}
                names = list(values)
                old = cur.execute("SELECT row, target_set FROM targets WHERE id=?", (target.id,)).fetchone()
                recheck_membership(cur, target, old[1] if old else None)
                if old:
                    row = old[0]
                    cur.execute(f"UPDATE targets SET {', '.join(n + '=?' for n in names)} WHERE row=?",
                                [values[n] for n in names] + [row])
                    cur.execute("DELETE FROM target_vectors WHERE target_row=?", (row,))
                else:
                    row = cur.execute(f"INSERT INTO targets({', '.join(names)}) "
                                      f"VALUES ({','.join('?' * len(names))}) RETURNING row",
                                      [values[n] for n in names]).fetchone()[0]
                cur.executemany("INSERT INTO target_vectors(target_row, slot, embedding) VALUES (?, ?, ?)",
                                [(row, slot, matrix[slot].tobytes()) for slot in range(1, len(matrix))])
                if old or target.footprint:
                    self._keyphrases.put(cur, row, target.id, target.footprint.keyphrases if target.footprint
                                         else ())
                touched.append((row, target.id))
            for target_id in removals:
                old = cur.execute("SELECT row FROM targets WHERE id=?", (target_id,)).fetchone()
                if old:
                    cur.execute("DELETE FROM targets WHERE row=?", (old[0],))
                    cur.execute("DELETE FROM target_vectors WHERE target_row=?", (old[0],))
                    self._keyphrases.put(cur, old[0], target_id, ())
                    touched.append((old[0], target_id))
            for key, value in (meta or {}).items():  # settings, not target changes: no new version
                cur.execute(_SET_META, (key, value))
            if not touched:
                cur.execute("COMMIT")
                return version - 1
            cur.executemany("INSERT INTO changes VALUES (?, ?, ?)", [(version, r, t) for r, t in touched])
            cur.execute(_SET_META, ("version", str(version)))
            cur.execute("COMMIT")
        if version % COMPACT_EVERY == 0:  # a bounded change log; a process further behind rebuilds
            self.compact_log(LOG_KEEP_VERSIONS)
        return version

    def write_set(self, target_set: TargetSet, remove: bool = False) -> int:
        """Create or change a set (its refusal message), or remove an empty one, in one transaction that
        bumps the version, so every process serves the change from its next query on; returns the version."""
        with self._transaction() as cur:
            held = cur.execute("SELECT COUNT(*) FROM targets WHERE target_set=?", (target_set.name,)).fetchone()
            if remove and held[0]:  # checked inside the write: a target added meanwhile is never orphaned
                raise TargetSetError(f"set {target_set.name!r} still holds {held[0]} target(s); remove them first")
            cur.execute("DELETE FROM target_sets WHERE name=?", (target_set.name,))
            if not remove:
                cur.execute("INSERT INTO target_sets(name, refusal) VALUES (?, ?)",
                            (target_set.name, target_set.refusal))
            version = self.version() + 1
            cur.execute(_SET_META, ("version", str(version)))
            cur.execute("COMMIT")
        return version

    @contextmanager
    def _transaction(self) -> Iterator[Any]:
        """A write transaction's cursor; the body commits, anything raised rolls it back."""
        self.check_present()  # a write to a lost or damaged file would be acknowledged and never enforced
        with self._lock:
            cur = self._db.cursor()
            self._db.begin_write(cur)
            try:
                yield cur
            except BaseException:
                try:
                    cur.execute("ROLLBACK")
                except Exception:  # SQLite rolled back already (a full disk): report what went wrong first
                    pass
                raise

    def compact_log(self, keep_versions: int = 1000) -> None:
        """Forget change-log entries older than the last `keep_versions` versions."""
        with self._lock:
            start = max(0, self.version() - keep_versions)
            self._db.execute("DELETE FROM changes WHERE version <= ?", (start,))
            self._db.execute(_SET_META, ("log_start", str(start)))
