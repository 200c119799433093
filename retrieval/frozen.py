"""A read-only hash table on disk, memory-mapped: what a replica loads instead of rebuilding its matcher.

Built once from records (key, value), where a key is a tuple of strings and a value anything msgpack
writes (lists, strings, numbers).  The same key may be written many times (the builder goes through
the registry in chunks, each chunk's records written as they come); a lookup returns every value
written under it, in the order written, and the caller combines them (a union of entries, a maximum).

Layout, three files in one folder: `hashes.npy` (sorted 64-bit hashes of the keys), `offsets.npy`
(where each hash's records start in `values.bin`, and one past the end), `values.bin` (msgpack records
[key, value], back to back).  The two arrays are opened with numpy's memory mapping and the records
with `mmap`, so opening costs no time whatever the size, and only the pages a lookup touches are read
(a million names are a few hundred megabytes on disk and a few megabytes of memory).  Equal hashes of
different keys are harmless: a record carries its key and only exact keys are returned.  Nothing is
unpickled: msgpack decodes plain data only, and the snapshot's digest (retrieval/replica.py) is checked
before a table is opened.
"""

from __future__ import annotations

import mmap
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import msgpack
import numpy as np
import xxhash

Key = tuple[str, ...]


def key_hash(key: Key) -> int:
    """A hash that is the same in every process (Python's own str hash is salted per process)."""
    return xxhash.xxh3_64_intdigest("\x1f".join(key).encode("utf-8", "surrogatepass"))


class TableWriter:
    """Appends records to `values.bin` as they come; `close` sorts the (hash, offset) pairs and writes the
    arrays.  Memory: 16 bytes a record, plus the caller's chunk."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        self._out = open(folder / "values.bin", "wb")
        self._hashes: list[np.ndarray] = []
        self._starts: list[np.ndarray] = []
        self._at = 0
        self.records = 0

    def write(self, records: Iterable[tuple[Key, Any]]) -> None:
        hashes, starts, parts = [], [], []
        for key, value in records:
            data = msgpack.packb([list(key), value], use_bin_type=True)
            hashes.append(key_hash(key))
            starts.append(self._at)
            parts.append(data)
            self._at += len(data)
        self._out.write(b"".join(parts))
        self._hashes.append(np.asarray(hashes, np.uint64))
        self._starts.append(np.asarray(starts, np.uint64))
        self.records += len(hashes)

    def close(self) -> None:
        self._out.close()
        hashes = np.concatenate(self._hashes) if self._hashes else np.zeros(0, np.uint64)
        starts = np.concatenate(self._starts) if self._starts else np.zeros(0, np.uint64)
        order = np.argsort(hashes, kind="stable")  # records of one key stay in the order written
        ends = np.zeros_like(starts)
        if len(starts):  # each record ends where the next one written begins
            ends[:-1], ends[-1] = starts[1:], self._at
        np.save(self.folder / "hashes.npy", hashes[order])
        np.save(self.folder / "offsets.npy", np.stack([starts[order], ends[order]], axis=1))


class FrozenTable:
    def __init__(self, folder: Path) -> None:
        self._hashes = np.load(folder / "hashes.npy", mmap_mode="r")
        self._spans = np.load(folder / "offsets.npy", mmap_mode="r")
        with open(folder / "values.bin", "rb") as f:
            size = f.seek(0, 2)
            self._values: mmap.mmap | bytes = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) if size else b""
        if len(self._spans) != len(self._hashes):
            raise ValueError(f"{folder}: hashes and offsets differ in length")

    def __len__(self) -> int:
        return len(self._hashes)

    def values(self, key: Key) -> list[Any]:
        """Every value written under `key`, in the order written."""
        h = np.uint64(key_hash(key))
        i = int(np.searchsorted(self._hashes, h))
        out = []
        wanted = list(key)
        while i < len(self._hashes) and self._hashes[i] == h:
            start, end = self._spans[i]
            stored, value = msgpack.unpackb(self._values[int(start):int(end)], raw=False)
            if stored == wanted:
                out.append(value)
            i += 1
        return out

    def items(self) -> Iterator[tuple[Key, Any]]:
        """Every record, in no particular order (for tests and for listing a whole table)."""
        for start, end in self._spans:
            stored, value = msgpack.unpackb(self._values[int(start):int(end)], raw=False)
            yield tuple(stored), value
