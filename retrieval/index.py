"""The FAISS index over target embeddings: derived from the registry, persisted beside it.

Small sets use an exact inner-product index; large ones an inverted-file index, so a search
scans a fixed fraction of the vectors and audit time stays flat as targets grow.  The inverted
lists hold each vector as float16 (its residual from the list's centroid): half the bytes to
scan, scores within float16 rounding of the registry's float32 vectors.  A target has several
vectors (its description, each fact, each example); a vector's id is row * VECTOR_SLOTS + slot,
so the target of any hit is id // VECTOR_SLOTS with no lookup table, and a changed target is
patched in place (remove its slots + add).
"""

from __future__ import annotations

import hashlib
import json
import math
import os
from pathlib import Path
from typing import Any

import faiss
import numpy as np

# A search here is a handful of probe vectors: OpenMP's thread team costs more than it saves (tens of
# milliseconds of barrier waits per search on a busy machine, and oversubscription when a server
# searches from many request threads at once).  Clustering a large index still uses every core.
SEARCH_THREADS = int(os.environ.get("ALU_FAISS_THREADS", "1"))
faiss.omp_set_num_threads(SEARCH_THREADS)

IVF_FROM = 8192       # below this many vectors, exact search is cheaper than clustering
IVF_NPROBE = 16
RETRAIN_GROWTH = 2.0  # re-cluster when the set has doubled (or halved) since training
VECTOR_SLOTS = 1024   # vectors per target at most (retrieval.targets.MAX_VECTORS + the description)
ID_LAYOUT = f"row*{VECTOR_SLOTS}+slot"
# Codes of the inverted lists.  A search is bound by the bytes it scans: on 399,985 MiniLM vectors
# (`python benchmarks/bench_core.py --only audit`) one audit's search at nprobe 16 took 1.62 ms with float16
# codes against 2.73 ms with float32, at the same recall against exact search (0.975 at k = 8, the same 7
# hits above the candidate threshold missed).  A saved index with other codes is rebuilt.
CODES = "fp16"


def vector_ids(row: int, n: int) -> np.ndarray:
    """FAISS ids of a target's n vectors."""
    return np.arange(n, dtype=np.int64) + row * VECTOR_SLOTS


def row_of(vector_id: int) -> int:
    return int(vector_id) // VECTOR_SLOTS


def slot_of(vector_id: int) -> int:
    return int(vector_id) % VECTOR_SLOTS


class VectorIndex:
    def __init__(self, index: faiss.Index, trained_n: int) -> None:
        self.index = index
        self.trained_n = trained_n

    @property
    def ntotal(self) -> int:
        return self.index.ntotal

    @property
    def kind(self) -> str:
        return "ivf" if isinstance(self.index, faiss.IndexIVF) else "flat"

    @classmethod
    def build(cls, dim: int, ids: np.ndarray, vectors: np.ndarray) -> VectorIndex:
        n = len(ids)
        index: Any  # an id-mapped flat index, or an IVF index (which maps ids itself)
        if n < IVF_FROM:
            index = faiss.IndexIDMap2(faiss.IndexFlatIP(dim))
        else:
            nlist = int(math.sqrt(n))
            quantizer = faiss.IndexFlatIP(dim)
            index = faiss.IndexIVFScalarQuantizer(quantizer, dim, nlist, faiss.ScalarQuantizer.QT_fp16,
                                                  faiss.METRIC_INNER_PRODUCT)
            rng = np.random.default_rng(0)
            sample = vectors[rng.choice(n, size=min(n, 64 * nlist), replace=False)]
            faiss.omp_set_num_threads(os.cpu_count() or 1)
            try:
                index.train(sample)
            finally:
                faiss.omp_set_num_threads(SEARCH_THREADS)
            index.nprobe = IVF_NPROBE
            index.quantizer_trains_alone = 0
        if n:
            index.add_with_ids(np.ascontiguousarray(vectors, dtype=np.float32), ids.astype(np.int64))
        return cls(index, n)

    def needs_rebuild(self) -> bool:
        n = self.ntotal
        if self.kind == "flat":
            return n >= IVF_FROM * RETRAIN_GROWTH
        return n > self.trained_n * RETRAIN_GROWTH or n < self.trained_n / RETRAIN_GROWTH

    def remove(self, ids: list[int]) -> None:
        if ids:
            chosen = np.asarray(ids, dtype=np.int64)
            # a hashed batch: an array selector is searched linearly for every stored vector
            self.index.remove_ids(faiss.IDSelectorBatch(len(chosen), faiss.swig_ptr(chosen)))

    def remove_targets(self, counts: dict[int, int]) -> None:
        """Remove the vectors of the given registry rows (row -> how many vectors it has)."""
        if counts:
            self.remove(np.concatenate([vector_ids(r, n) for r, n in counts.items()]).tolist())

    def add(self, ids: list[int], vectors: np.ndarray) -> None:
        if ids:
            self.index.add_with_ids(np.ascontiguousarray(vectors, dtype=np.float32), np.asarray(ids, dtype=np.int64))

    def search(self, queries: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """Inner-product scores and row ids, shape (len(queries), k); missing hits have id -1."""
        if self.ntotal == 0 or len(queries) == 0:
            return np.zeros((len(queries), 0), np.float32), np.zeros((len(queries), 0), np.int64)
        return self.index.search(np.ascontiguousarray(queries, dtype=np.float32), min(k, self.ntotal))

    # ---- persistence: the index file plus a small JSON header saying what it reflects ----
    # The header carries a SHA-256 over the index bytes and the header's own fields, so any change
    # to either file (a torn write, a flipped byte, a foreign copy) is found on open, not searched.
    def save(self, path: Path, version: int, embedder: str) -> None:
        data = faiss.serialize_index(self.index).tobytes()
        header = {"version": version, "embedder": embedder, "ntotal": self.ntotal, "trained_n": self.trained_n,
                  "ids": ID_LAYOUT, "codes": CODES}
        header["sha256"] = _digest(data, header)
        tmp = path.with_suffix(".tmp")
        tmp.write_bytes(data)
        os.replace(tmp, path)
        tmp_header = path.with_suffix(".json.tmp")
        tmp_header.write_text(json.dumps(header))
        os.replace(tmp_header, path.with_suffix(".json"))

    @classmethod
    def load(cls, path: Path, embedder: str) -> tuple[VectorIndex, int] | None:
        """The saved index and the registry version it reflects, or None if missing, stale or corrupt."""
        try:
            header = json.loads(path.with_suffix(".json").read_text())
            data = path.read_bytes()
            if header["embedder"] != embedder or header.get("ids") != ID_LAYOUT or header.get("codes") != CODES \
                    or header.get("sha256") != _digest(data, header):
                return None
            index = faiss.deserialize_index(np.frombuffer(data, dtype=np.uint8))
            if index.ntotal != header["ntotal"]:
                return None
            if isinstance(index, faiss.IndexIVF):
                index.nprobe = IVF_NPROBE
            return cls(index, int(header["trained_n"])), int(header["version"])
        except (OSError, ValueError, KeyError, RuntimeError, TypeError, AttributeError):
            return None


def _digest(data: bytes, header: dict) -> str:
    fields = {k: v for k, v in header.items() if k != "sha256"}
    return hashlib.sha256(json.dumps(fields, sort_keys=True).encode() + data).hexdigest()
