"""One registry version per query: a snapshot answers every lookup from the version it was taken at."""

from __future__ import annotations

from alu.retrieval.store import TargetStore

KING = "Stephen King wrote Carrie and The Shining."
NEW = {"id": "zorblax", "name": "Zorblax Quentaro", "description": "Invented sculptor of copper spirals."}


def test_a_target_removed_by_another_process_stays_resolvable_in_the_snapshot(store, home, embedder):
    snap = store.snapshot()
    other = TargetStore(home, embedder)  # another process's handle on the same registry
    other.remove(["stephen-king"])
    other.add([NEW])
    assert store.version() == snap.version() + 2
    # the query that took the snapshot still sees the target it audited, and not the one added since
    assert snap.get("stephen-king").name == "Stephen King" and snap.refresh() == snap.version()
    assert snap.get("zorblax") is None and snap.lexical("Zorblax Quentaro") == []
    assert all(h.target_id != "zorblax" for h in snap.semantic(["a sculptor of copper spirals"], 5))
    assert all(snap.get(h.target_id) is not None for h in snap.semantic([KING, NEW["description"]], 8))
    # the next query sees the new version
    fresh = store.snapshot()
    assert fresh.version() == store.version() and fresh.get("stephen-king") is None
    assert fresh.get("zorblax").name == "Zorblax Quentaro"
    assert [h.target_id for h in fresh.lexical("Zorblax Quentaro")] == ["zorblax"]


def test_a_later_node_can_read_the_audits_version_again(store, home, embedder):
    audited = store.snapshot()
    TargetStore(home, embedder).remove(["stephen-king"])
    again = store.snapshot(audited.version())
    assert again.version() == audited.version() and again.get("stephen-king") is not None
    assert store.snapshot().get("stephen-king") is None
    assert store.snapshot(10_000).version() == store.version()  # unknown versions: the current one
