"""A replica's snapshot: the lexical matcher and target table of one registry version, saved beside the index.

Rebuilding the matcher from the registry costs ~0.4 ms a target (73 s at 100,000 targets, most of it
deriving every name form's keys), so a process that starts reads the snapshot instead: its tables are
memory-mapped (retrieval/frozen.py), nothing is decoded until a query looks it up, and the registry's
later changes are patched in from the change log as for a live update.  The target table is fetched by
id from the snapshot on demand (`BaseTargets`), so a million targets are never all made objects.

The snapshot lives in the home, `replica/<folder>` named by `replica.json`, so each home (each replica
of a PostgreSQL registry) has its own.  Its manifest says which registry (its random id), version and
embedder it reflects, with a digest of every file.  A snapshot that is missing, damaged, of another
registry or embedder, or of another version than the saved index is not trusted: the store rebuilds
both (and says so once).  Nothing here can make a lost registry be served: the fail-closed checks
(retrieval/guard.py) run before any snapshot is read, and one newer than the registry is never used.
"""

from __future__ import annotations

import hashlib
import json
import logging
import mmap
import os
import re
import shutil
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import msgpack
import numpy as np

from alu.retrieval.frozen import FrozenTable, TableWriter
from alu.retrieval.layered import Scalars, dump, on_base
from alu.retrieval.matcher import LexicalMatcher
from alu.retrieval.probes import Probe
from alu.retrieval.registry import _columns, _target
from alu.retrieval.targets import Target

log = logging.getLogger(__name__)

FORMAT = 1
POINTER = "replica.json"
FOLDER = "replica"
CHUNK = 10_000     # targets whose matcher is built and written at a time: bounds the builder's memory
CACHED_TARGETS = 4096
STALE_BUILD_S = 3600.0  # a snapshot folder without a manifest this old was left by a build that died
TARGET = "T"       # namespace of the target records in the frozen table
_FOLDER_NAME = re.compile(r"v\d+-[0-9a-f]{8}")  # what build() names a snapshot's folder
_FILES = ("hashes.npy", "offsets.npy", "values.bin", "ids.msgpack", "rows.npy", "vectors.npy")


class BaseTargets:
    """The snapshot's target table: id -> (row, vector count, matcher key, Target), decoded on demand."""

    def __init__(self, folder: Path, table: FrozenTable, manifest: dict[str, Any]) -> None:
        self.folder, self.table = folder, table
        self.version: int = manifest["version"]
        self.count: int = manifest["count"]
        self.footprints: int = manifest["footprints"]
        self.probe_ids: list[str] = manifest["probe_ids"]
        self.keep_ids: list[str] = manifest["keep_ids"]
        self.record = lru_cache(CACHED_TARGETS)(self._record)
        # mapped now: another process may replace the snapshot and delete this folder while this one serves it
        with open(folder / "ids.msgpack", "rb") as f:
            self._ids = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)

    def _record(self, target_id: str) -> tuple[str, Target] | None:
        found = self.table.values((TARGET, target_id))
        if not found:
            return None
        key, columns = found[-1]
        return key, _target(columns)

    def get(self, target_id: str) -> Target | None:
        rec = self.record(target_id)
        return rec[1] if rec else None

    def key(self, target_id: str) -> str | None:
        rec = self.record(target_id)
        return rec[0] if rec else None

    def ids(self) -> list[str]:
        return msgpack.unpackb(self._ids, raw=False)


@dataclass
class Snapshot:
    version: int
    targets: BaseTargets
    matcher: LexicalMatcher
    row_to_id: dict[int, str]
    vectors_of: dict[int, int]


def _digest(folder: Path) -> str:
    h = hashlib.blake2b(digest_size=32)
    for name in _FILES:
        with open(folder / name, "rb") as f:
            while chunk := f.read(1 << 22):
                h.update(chunk)
    return h.hexdigest()


def _manifest_digest(folder: Path) -> str:
    return hashlib.blake2b((folder / "manifest.json").read_bytes(), digest_size=32).hexdigest()


def build(home: Path, rows: Iterator[tuple[int, Target, np.ndarray]], version: int, registry_id: str,
          embedder: str, key_of: Any, collect: tuple[list[np.ndarray], list[np.ndarray]] | None = None) -> None:
    """Write the snapshot of `rows` (the registry at `version`, in one consistent read), a chunk of targets
    at a time, and make it the home's; `key_of(id)` is each target's matcher key.  Vectors go into
    `collect` (for the index, built by the caller at the same version)."""
    folder = home / FOLDER / f"v{version}-{uuid.uuid4().hex[:8]}"
    writer = TableWriter(folder)
    scalars = Scalars()
    ids: list[str] = []
    row_list: list[int] = []
    counts: list[int] = []
    probe_ids: list[str] = []
    keep_ids: list[str] = []  # the few targets some checks go through whole: listed, so none reads them all
    footprints = 0
    done = False
    try:
        while not done:
            chunk, matcher, records = 0, LexicalMatcher(), []
            for row, target, matrix in rows:
                key = key_of(target.id)
                matcher.add(target, key)
                records.append(((TARGET, target.id), [key, _columns(target)]))
                ids.append(target.id)
                row_list.append(row)
                counts.append(len(matrix))
                probe_ids += [target.id] if target.probe is not None else []
                keep_ids += [target.id] if target.kind == "keep" else []
                footprints += target.footprint is not None
                if collect is not None and len(matrix):
                    collect[0].append(np.arange(len(matrix), dtype=np.int64) + row * _slots())
                    collect[1].append(matrix)
                chunk += 1
                if chunk == CHUNK:
                    break
            else:
                done = True
            writer.write(records)
            writer.write(dump(matcher))
            scalars.add(matcher)
        writer.close()
        (folder / "ids.msgpack").write_bytes(msgpack.packb(ids))
        np.save(folder / "rows.npy", np.asarray(row_list, np.int64))
        np.save(folder / "vectors.npy", np.asarray(counts, np.int32))
        manifest = {"format": FORMAT, "version": version, "registry_id": registry_id, "embedder": embedder,
                    "count": len(ids), "footprints": footprints, "probe_ids": probe_ids, "keep_ids": keep_ids,
                    "scalars": scalars.to_dict(), "digest": _digest(folder)}
        (folder / "manifest.json").write_text(json.dumps(manifest))
        _point_to(home, folder)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise


def _slots() -> int:
    from alu.retrieval.index import VECTOR_SLOTS
    return VECTOR_SLOTS


def _point_to(home: Path, folder: Path) -> None:
    """Make `folder` the home's snapshot (atomically) and delete the ones before it.  A process that still
    reads an older one keeps its mapping: on POSIX a deleted file lives on while it is mapped."""
    pointer = home / POINTER
    tmp = pointer.with_name(f"{POINTER}.{os.getpid()}.tmp")
    # the manifest's own digest sits in the pointer: every figure the manifest holds (counts, probe and keep
    # lists, scalars) decides what a check reads, so a changed byte there is as untrusted as one in a table
    tmp.write_text(json.dumps({"folder": folder.name, "manifest": _manifest_digest(folder)}))
    os.replace(tmp, pointer)
    for old in (home / FOLDER).iterdir():
        # one another process is still writing has no manifest yet; one left by a crash goes after an hour
        done = (old / "manifest.json").exists()
        if old != folder and old.is_dir() and (done or time.time() - old.stat().st_mtime > STALE_BUILD_S):
            shutil.rmtree(old, ignore_errors=True)


def load(home: Path, registry_id: str, embedder: str, version: int) -> Snapshot | None:
    """The home's snapshot if it reflects exactly `version` of this registry with this embedder and every
    file is intact; else None (the caller rebuilds; the reason is logged once, at info level)."""
    try:
        pointer = json.loads((home / POINTER).read_text())
        name = str(pointer["folder"])
        if not _FOLDER_NAME.fullmatch(name):  # only a folder this module named, inside the home
            raise ValueError(f"pointer names {name!r}")
        folder = home / FOLDER / name
        manifest = json.loads((folder / "manifest.json").read_text())
        why = None
        if pointer.get("manifest") != _manifest_digest(folder):
            why = "manifest damaged (digest differs)"
        elif manifest.get("format") != FORMAT:
            why = f"format {manifest.get('format')}"
        elif manifest["registry_id"] != registry_id:
            why = "another registry's"
        elif manifest["embedder"] != embedder:
            why = f"embedder {manifest['embedder']}"
        elif manifest["version"] != version:
            why = f"version {manifest['version']}, the index's is {version}"
        elif manifest["digest"] != _digest(folder):
            why = "damaged (digest differs)"
        if why is not None:
            log.info("replica snapshot %s not used (%s); rebuilding it", folder, why)
            return None
        table = FrozenTable(folder)
        ids = msgpack.unpackb((folder / "ids.msgpack").read_bytes(), raw=False)
        rows = np.load(folder / "rows.npy").tolist()
        counts = np.load(folder / "vectors.npy").tolist()
        if not len(ids) == len(rows) == len(counts) == manifest["count"]:
            raise ValueError("tables of different lengths")
        targets = BaseTargets(folder, table, manifest)
        return Snapshot(version, targets, on_base(table, manifest["scalars"]), dict(zip(rows, ids)),
                        dict(zip(rows, counts)))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError, msgpack.UnpackException) as e:
        log.info("replica snapshot in %s not used (%s); rebuilding it", home, e)
        return None


def probes(targets: BaseTargets) -> dict[str, Probe]:
    out = {}
    for target_id in targets.probe_ids:
        target = targets.get(target_id)
        if target is not None and target.probe is not None:
            out[target_id] = target.probe
    return out
