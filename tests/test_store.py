"""The registry (real SQLite file) and its derived FAISS index and matcher."""

import hashlib
import sqlite3

import numpy as np
import pytest

from alu.retrieval.index import IVF_FROM
from alu.retrieval.store import TargetStore
from alu.retrieval.targets import TargetError


class HashEmbedder:
    """Deterministic bag-of-words vectors: cheap enough for 10,000 targets, real enough for FAISS."""

    name, dim = "hash-test", 64

    def embed(self, texts):
        out = np.zeros((len(texts), self.dim), np.float32)
        for i, text in enumerate(texts):
            for word in text.lower().split():
                h = int(hashlib.md5(word.encode()).hexdigest(), 16)
                out[i, h % self.dim] += 1.0 if (h >> 8) % 2 else -1.0
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.maximum(norms, 1e-9)


def test_add_update_remove_bump_the_version_and_persist(home, embedder):
    s = TargetStore(home, embedder)
    assert s.version() == 0 and s.count() == 0
    r = s.add([{"name": "Ann Lee", "description": "a painter from Leeds"}])
    assert r.added == ["ann-lee"] and r.version == 1
    again = s.add([{"name": "Ann Lee", "description": "a painter from Leeds"}])  # identical: idempotent
    assert again.unchanged == ["ann-lee"] and again.version == 1
    with pytest.raises(TargetError, match="already exists"):
        s.add([{"name": "Ann Lee", "description": "a sculptor"}])
    assert s.update("ann-lee", aliases=["A. Lee"]).version == 2
    assert s.lexical("I met A. Lee")[0].target_id == "ann-lee"

    reopened = TargetStore(home, embedder)  # a restart: same file, same state
    assert reopened.version() == 2 and reopened.get("ann-lee").aliases == ("A. Lee",)
    assert reopened.semantic(["a painter from Leeds"], 3)[0].target_id == "ann-lee"
    assert reopened.remove(["ann-lee"]).version == 3
    assert reopened.count() == 0 and reopened.lexical("A. Lee") == []
    assert TargetStore(home, embedder).count() == 0


def test_unknown_ids_are_rejected_and_nothing_changes(store):
    before = (store.version(), store.count())
    with pytest.raises(KeyError, match="nope"):
        store.remove(["stephen-king", "nope"])
    with pytest.raises(KeyError, match="nope"):
        store.update("nope", name="X")
    assert (store.version(), store.count()) == before
    assert store.get("stephen-king") is not None


def test_a_change_made_elsewhere_is_seen_by_the_next_read(home, embedder):
    server = TargetStore(home, embedder)
    server.add([{"name": "Ann Lee"}])
    assert server.lexical("Bob Stone") == []
    admin = TargetStore(home, embedder)  # another process or replica on the same file
    admin.add([{"name": "Bob Stone", "description": "a climber"}])
    assert [h.target_id for h in server.lexical("Bob Stone")] == ["bob-stone"]
    assert server.semantic(["a climber"], 2)[0].target_id == "bob-stone"
    admin.remove(["bob-stone"])
    assert server.lexical("Bob Stone") == [] and server.count() == 1


def test_import_is_all_or_nothing(home, embedder, tmp_path):
    s = TargetStore(home, embedder)
    s.add([{"name": "Ann Lee"}])
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"name": "Bob"}\n{"name": "Cy"}\n{"aliases": ["no name"]}\n')
    with pytest.raises(TargetError, match="line 3"):
        s.import_file(bad)
    assert s.count() == 1 and s.version() == 1
    good = tmp_path / "good.csv"
    good.write_text("name,aliases,description\nBob,Bobby|B.,x\nCy,,y\n")
    assert s.import_file(good).added == ["bob", "cy"]
    assert s.get("bob").aliases == ("Bobby", "B.")


def test_corrupt_or_missing_index_is_rebuilt_from_the_registry(home, embedder):
    s = TargetStore(home, embedder)
    s.add([{"name": "Ann Lee", "description": "a painter"}, {"name": "Bob Stone", "description": "a climber"}])
    index_file = home / "targets.faiss"
    assert s.count() == 2 and index_file.exists()  # the index is derived on the first read
    index_file.write_bytes(b"this is not a faiss index")
    fresh = TargetStore(home, embedder)
    assert fresh.semantic(["a climber"], 1)[0].target_id == "bob-stone"
    assert index_file.stat().st_size > 100  # rewritten
    index_file.unlink()
    assert TargetStore(home, embedder).semantic(["a painter"], 1)[0].target_id == "ann-lee"


def test_registry_is_a_plain_sqlite_file(store, home):
    with sqlite3.connect(home / "targets.sqlite") as db:
        names = {r[0] for r in db.execute("SELECT name FROM targets")}
        version = db.execute("SELECT value FROM meta WHERE key='version'").fetchone()[0]
    assert "Stephen King" in names and int(version) == store.version()


def test_ten_thousand_targets_switch_to_an_ivf_index_and_patch_in_place(home, monkeypatch):
    from alu.retrieval import views as views_module

    s = TargetStore(home, HashEmbedder())
    s.add([{"id": f"t{i}", "name": f"Person {i:05d} Zq{i}", "description": f"keyword{i} fact{i % 97}"}
           for i in range(10_000)])
    assert s.count() == 10_000
    assert s._index.kind == "ivf" and 10_000 >= IVF_FROM
    assert [h.target_id for h in s.lexical("we met person 04321 zq4321 yesterday")] == ["t4321"]
    assert "t777" in [h.target_id for h in s.semantic(["keyword777 fact1"], 5)]
    best = s.semantic([s.get("t4321").vector_texts()[0]], 1)[0]  # float16 codes: scores within 1e-3
    assert best.target_id == "t4321" and best.score == pytest.approx(1.0, abs=1e-3)
    s.update("t777", description="something else entirely")
    s.remove(["t5"])
    s.add([{"id": "late", "name": "Latecomer Xy", "description": "keyword-late"}])
    # t5's vector stays in the index while a version that has t5 is held for a query, then goes
    assert s.count() == 10_000 and s._index.ntotal == 10_001
    monkeypatch.setattr(views_module, "SNAPSHOT_TTL_S", 0.0)
    s._purge_retired()
    assert s._index.ntotal == 10_000
    # its own text: "keyword-late" alone ties (0.577) with targets whose hashed words collide
    assert s.semantic([s.get("late").vector_texts()[0]], 3)[0].target_id == "late"
    reopened = TargetStore(home, HashEmbedder())
    assert reopened.count() == 10_000 and reopened.get("t5") is None


def test_the_index_is_also_a_langchain_retriever(store):
    retriever = store.as_retriever(k=2)
    docs = retriever.invoke("a novel about a boy wizard at a school of witchcraft")
    assert docs[0].metadata["target_id"] == "harry-potter"
    assert docs[0].metadata["score"] > docs[-1].metadata["score"] or len(docs) == 1
    assert "Hogwarts" in docs[0].metadata["aliases"]


def test_the_change_log_stays_bounded_and_a_lagging_reader_rebuilds(home, embedder, monkeypatch):
    from alu.retrieval import registry as R
    from alu.retrieval.store import TargetStore

    monkeypatch.setattr(R, "COMPACT_EVERY", 2)
    monkeypatch.setattr(R, "LOG_KEEP_VERSIONS", 3)
    writer, reader = TargetStore(home, embedder), TargetStore(home, embedder)
    assert reader.count() == 0
    for n in range(8):
        writer.add([{"name": f"Logged Person {n}"}])
    versions = {r[0] for r in writer.registry._db.execute("SELECT DISTINCT version FROM changes").fetchall()}
    assert len(versions) <= 4 and max(versions) == writer.version() == 8
    assert reader.registry.changed_since(0) is None  # too far behind the log: the reader rebuilds
    assert reader.count() == 8 and reader.lexical("Logged Person 0 was here")
