"""The FAISS file is derived data: any damage to it is detected on open and repaired from the registry."""

from __future__ import annotations

import json
import logging
import shutil

import numpy as np
import pytest
import test_store

from alu.retrieval.index import VectorIndex
from alu.retrieval.store import TargetStore

N_TARGETS = 600
SAMPLE = range(0, N_TARGETS, 23)


def _description(i: int) -> str:
    return f"keeper{i}x of archive{i % 13} near river{i % 7} with token{i * 7919 % 10007}q"


@pytest.fixture(scope="module")
def pristine(tmp_path_factory):
    """A home whose registry and saved index agree, copied fresh for each case."""
    home = tmp_path_factory.mktemp("pristine") / "home"
    store = TargetStore(home, test_store.HashEmbedder())
    store.add([{"id": f"t{i}", "name": f"Keeper {i}", "description": _description(i)} for i in range(N_TARGETS)])
    store.refresh()
    assert VectorIndex.load(home / "targets.faiss", store._embedder_id) is not None
    return home


def _reopen_and_check(home, caplog) -> None:
    """A new process's store: it must warn, rebuild, find every sampled target, and leave a sound file."""
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="alu.retrieval.store"):
        store = TargetStore(home, test_store.HashEmbedder())
        assert store.count() == N_TARGETS
    assert any("rebuilding it from the registry" in r.getMessage() for r in caplog.records)
    for i in SAMPLE:
        (best, *_) = store.semantic([f"Keeper {i}: {_description(i)}"], 1)
        assert best.target_id == f"t{i}" and best.score == pytest.approx(1.0, abs=1e-3)
    assert VectorIndex.load(home / "targets.faiss", store._embedder_id) is not None


def _copy(pristine, tmp_path):
    home = tmp_path / "home"
    shutil.copytree(pristine, home)
    return home


def test_random_bytes_anywhere_in_the_file_are_detected_and_repaired(pristine, tmp_path, caplog):
    size = (pristine / "targets.faiss").stat().st_size
    rng = np.random.default_rng(7)
    offsets = sorted({0, 1, 8, 40, size - 1, size - 4096, *np.linspace(0, size - 1, 14).astype(int).tolist()})
    for n, offset in enumerate(offsets):
        home = _copy(pristine, tmp_path / f"case{n}")
        with open(home / "targets.faiss", "r+b") as f:
            f.seek(offset)
            length = 4096 if n % 2 else 1  # whole pages and single bytes
            data = bytearray(f.read(length))
            garbage = bytearray(rng.integers(0, 256, len(data), dtype=np.uint8).tobytes())
            garbage[0] = data[0] ^ 0xFF  # never an accidental no-op
            f.seek(offset)
            f.write(garbage)
        _reopen_and_check(home, caplog)


@pytest.mark.parametrize("damage", ["delete index", "delete header", "delete both", "truncate", "empty",
                                    "header version", "header of another file", "not json"])
def test_missing_or_mismatched_files_are_rebuilt_with_a_warning(pristine, tmp_path, caplog, damage):
    home = _copy(pristine, tmp_path)
    index, header = home / "targets.faiss", home / "targets.json"
    if damage.startswith("delete"):
        for path, word in ((index, "index"), (header, "header")):
            if word in damage or damage == "delete both":
                path.unlink()
    elif damage == "truncate":
        index.write_bytes(index.read_bytes()[: index.stat().st_size // 2])
    elif damage == "empty":
        index.write_bytes(b"")
    elif damage == "header version":  # a header that lies about which version the index reflects
        fields = json.loads(header.read_text())
        header.write_text(json.dumps(fields | {"version": fields["version"] + 5}))
    elif damage == "header of another file":
        fields = json.loads(header.read_text())
        header.write_text(json.dumps(fields | {"sha256": "0" * 64}))
    else:
        header.write_text("{not json")
    _reopen_and_check(home, caplog)


def test_a_sound_file_is_loaded_without_a_rebuild(pristine, tmp_path, caplog):
    home = _copy(pristine, tmp_path)
    before = (home / "targets.faiss").stat().st_mtime_ns
    with caplog.at_level(logging.WARNING):
        store = TargetStore(home, test_store.HashEmbedder())
        assert store.count() == N_TARGETS
    assert not caplog.records and (home / "targets.faiss").stat().st_mtime_ns == before
