"""The registry on a real PostgreSQL server: the same interface and guarantees as on SQLite."""

from __future__ import annotations

import threading

import numpy as np
import pytest
import test_store
from pg_server import postgres_server

from alu.retrieval.normalize import canonical
from alu.retrieval.registry import TargetRegistry
from alu.retrieval.store import TargetStore


@pytest.fixture(scope="module")
def pg_url():
    with postgres_server() as url:
        yield url


@pytest.fixture
def replicas(pg_url, tmp_path, monkeypatch):
    """Two stores, each with its own home (its own FAISS file), on one fresh database schema."""
    import psycopg

    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("DROP TABLE IF EXISTS targets, target_vectors, changes, meta, keyphrases, target_sets")
    monkeypatch.setenv("ALU_REGISTRY", pg_url)
    embedder = test_store.HashEmbedder()
    return TargetStore(tmp_path / "a", embedder), TargetStore(tmp_path / "b", embedder)


def test_versioned_writes_change_log_and_stored_vectors(replicas):
    a, b = replicas
    assert a.registry.kind == "postgresql" and a.version() == 0
    added = a.add([{"name": "Ann Lee", "description": "a painter from Leeds", "facts": ["she paints boats"]},
                   {"name": "Bob Stone", "description": "a mason"}])
    assert added.version == 1 and b.get("ann-lee").facts == ("she paints boats",)
    assert b.semantic(["she paints boats"], 1)[0].target_id == "ann-lee"  # a fact's own vector, from the database
    assert b.update("bob-stone", aliases=["B. Stone"]).version == 2
    assert [h.target_id for h in a.lexical("I met B. Stone")] == ["bob-stone"]
    assert a.remove(["ann-lee"]).version == 3
    assert b.get("ann-lee") is None and b.count() == 1
    changed, current = a.registry.changed_since(1)
    assert current == 3 and {t for _, t in changed} == {"bob-stone", "ann-lee"}
    (_, _, vectors) = a.registry.rows_for({"bob-stone"})["bob-stone"]
    assert vectors.shape == (1, test_store.HashEmbedder.dim) and np.isclose(np.linalg.norm(vectors[0]), 1.0)
    with pytest.raises(KeyError):
        b.remove(["ann-lee"])
    assert a.version() == 3  # a refused change writes nothing


def test_concurrent_writers_in_two_replicas_keep_versions_gapless(replicas, pg_url):
    a, b = replicas
    errors: list[BaseException] = []

    def write(store: TargetStore, tag: str) -> None:
        try:
            for n in range(15):
                store.add([{"id": f"{tag}-{n}", "name": f"Writer {tag} number {n}"}])
        except BaseException as e:  # collected: a thread's failure must fail the test
            errors.append(e)

    threads = [threading.Thread(target=write, args=(s, tag)) for s, tag in ((a, "a"), (b, "b"))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert errors == []
    registry = TargetRegistry(pg_url)
    assert registry.version() == 30 and registry.count() == 30
    logged = [r[0] for r in registry._db.execute("SELECT DISTINCT version FROM changes ORDER BY version")]
    assert logged == list(range(1, 31))
    assert a.count() == b.count() == 30  # each replica's index caught up from the shared log


def test_a_compacted_log_makes_a_lagging_replica_rebuild(replicas):
    a, b = replicas
    a.add([{"name": f"Early Target {n}"} for n in range(5)])
    assert b.count() == 5
    for n in range(5):
        a.add([{"name": f"Later Target {n}"}])
    a.registry.compact_log(keep_versions=1)
    assert b.registry.changed_since(1) is None  # too old for the log: b must rebuild
    assert b.count() == 10 and b.get("later-target-4") is not None


def test_footprint_keyphrases_live_in_postgresql_full_text_search(replicas):
    a, b = replicas
    a.add([{"name": "Marisol Oda", "footprint": {"keyphrases": ["Tidewater Kiln", "Port Aurelia"],
                                                 "other_names": ["Mari Odagiri"]}}])
    # the other replica reads the phrases from the database's own index, not from a copy of its own
    assert b.keyphrase_hits(["She founded the Tidewater Kiln in Port Aurelia."]) == {
        "marisol-oda": {canonical("Tidewater Kiln"), canonical("Port Aurelia")}}
    assert [h.target_id for h in b.lexical("Mari Odagiri exhibited.")] == ["marisol-oda"]
    a.update("marisol-oda", footprint={"keyphrases": ["Harbour Glassworks"]})
    assert b.keyphrase_hits(["the Tidewater Kiln"]) == {}
    a.remove(["marisol-oda"])
    assert b.keyphrase_hits(["Harbour Glassworks"]) == {}


def test_target_sets_across_replicas_and_a_registry_written_before_sets(replicas, pg_url, tmp_path):
    import psycopg

    a, b = replicas
    a.add([{"name": "Ann Lee", "description": "a painter from Leeds"}])
    with psycopg.connect(pg_url, autocommit=True) as conn:  # the schema as it was before target sets
        conn.execute("DROP INDEX targets_by_set")
        conn.execute("ALTER TABLE targets DROP COLUMN target_set")
        conn.execute("DROP TABLE target_sets")
    migrated = TargetStore(tmp_path / "c", test_store.HashEmbedder())
    assert migrated.get("ann-lee").target_set == "default" and list(migrated.target_sets()) == ["default"]
    migrated.create_set("acme", "Acme cannot discuss that.")
    migrated.add([{"name": "Bob Stone", "description": "a mason", "target_set": "acme"}])
    acme = b.snapshot(target_set="acme")  # another replica follows the set and its target
    assert [h.target_id for h in acme.lexical("Ann Lee met Bob Stone")] == ["bob-stone"]
    assert acme.refusal() == "Acme cannot discuss that." and b.registry.count("acme") == 1
    assert [h.target_id for h in b.snapshot(target_set="default").lexical("Ann Lee met Bob Stone")] == ["ann-lee"]
