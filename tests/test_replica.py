"""The replica snapshot (retrieval/replica.py): a start loads the matcher and target table saved in the home,
answers exactly as a store built from the registry, patches in later changes, and never trusts a snapshot
that is damaged, stale or of another registry or embedder.  Real SQLite, real FAISS, the bundled MiniLM."""

from __future__ import annotations

import json
import logging
import shutil

import pytest
from langchain_core.messages import HumanMessage

from alu.retrieval.guard import RegistryUnavailable
from alu.retrieval.replica import POINTER
from alu.retrieval.store import LEXICAL_ONLY_BATCH, TargetStore
from alu.retrieval.targets import read_targets_file
from conftest import DEMO_TARGETS

PEOPLE = [{"id": f"p{i}", "name": name} for i, name in enumerate(
    ["Oskar Brandvold", "Hsiao Yun-Hwa", "Marisol Oda", "Kestrel Vane", "Ulysses S. Grant", "Kim Basinger"])]
TEXTS = ["I met Oskar Brandvold at the fair.", "Oskra Brandvold wrote back.", "dlovdnarB raksO", "Yun-Hwa Hsiao, 1970",
         "Did Brandvold call?", "O. Brandvold signed it", "Who wrote Carrie? Stephen King did.", "Стивен Кинг",
         "S t e p h e n K i n g", "Grant said so", "A story about Kim Basinger and J.K. Rowling"]


def _home_with_snapshot(home, embedder):
    s = TargetStore(home, embedder)
    s.add(read_targets_file(DEMO_TARGETS) + PEOPLE)
    s.refresh()  # the first start writes the snapshot with the index
    assert (home / POINTER).exists()
    return s


def _answers(store):
    snap = store.snapshot()
    hits = [(sorted(map(repr, snap.lexical(t))), sorted(map(repr, snap.weak_lexical(t, typos=True)))) for t in TEXTS]
    semantic = [h.target_id for h in snap.semantic(["a novel about a telekinetic girl"], 4)]
    return (hits, semantic, snap.count(), sorted(t.id for t in snap.all_targets()), snap.get("p0"),
            snap.footprint_count(), sorted(snap.probe_table().ids))


def _from_snapshot(store) -> bool:
    return store.snapshot()._view.names.base is not None


def test_a_start_from_the_snapshot_answers_as_a_store_built_from_the_registry(home, embedder, tmp_path):
    _home_with_snapshot(home, embedder)
    replica = TargetStore(home, embedder)
    assert _from_snapshot(replica)
    rebuilt = TargetStore(home, embedder)
    rebuilt.refresh()
    rebuilt._rebuild_in_memory()
    assert not _from_snapshot(rebuilt)
    assert _answers(replica) == _answers(rebuilt)


def test_audit_decisions_are_the_same_from_the_snapshot(home, embedder):
    from langchain_core.language_models.fake_chat_models import FakeListChatModel

    from alu.graph.builder import build_graph
    from alu.graph.context import UnlearnContext
    from alu.graph.resources import Resources

    _home_with_snapshot(home, embedder)
    cases = [("Who wrote Carrie?", "Carrie was written by Stephen King in 1974."),
             ("How do I boil an egg?", "Put it in boiling water for nine minutes."),
             ("Who signed it?", "It was signed by Oskra Brandvold.")]

    def decisions(store):
        models = {"eraser": FakeListChatModel(responses=['{"variants": ["A novel."]}'] * 9),
                  "critic": FakeListChatModel(responses=['{"scores": [5]}'] * 9),
                  "composer": FakeListChatModel(responses=["A novel."] * 9)}
        graph = build_graph(Resources(store=store, models=models))
        ctx = UnlearnContext(home=str(home), max_retries=0, n_variants=1, top_k=1)
        return [graph.invoke({"messages": [HumanMessage(q)], "response": r}, context=ctx)["decision"] for q, r in cases]

    replica = TargetStore(home, embedder)
    assert _from_snapshot(replica)
    rebuilt = TargetStore(home, embedder)
    rebuilt.refresh()
    rebuilt._rebuild_in_memory()
    assert decisions(replica) == decisions(rebuilt)
    assert decisions(replica)[0] == "rewritten"


@pytest.mark.parametrize("damage", ["version", "embedder", "registry", "byte", "pointer", "folder", "format"])
def test_a_stale_damaged_or_foreign_snapshot_is_rebuilt(home, embedder, damage, caplog):
    _home_with_snapshot(home, embedder)
    folder = home / "replica" / json.loads((home / POINTER).read_text())["folder"]
    manifest = json.loads((folder / "manifest.json").read_text())
    if damage in ("version", "embedder", "registry", "format"):
        field = {"version": "version", "embedder": "embedder", "registry": "registry_id", "format": "format"}[damage]
        manifest[field] = manifest[field] + 1 if isinstance(manifest[field], int) else "other"
        (folder / "manifest.json").write_text(json.dumps(manifest))
    elif damage == "byte":
        data = bytearray((folder / "values.bin").read_bytes())
        data[len(data) // 2] ^= 0xFF
        (folder / "values.bin").write_bytes(bytes(data))
    elif damage == "pointer":
        (home / POINTER).write_text("{not json")
    else:
        shutil.rmtree(folder)
    index_written = (home / "targets.faiss").stat().st_mtime_ns
    with caplog.at_level(logging.INFO, logger="alu.retrieval.replica"):
        replica = TargetStore(home, embedder)
        assert _from_snapshot(replica)  # a new one was written and is used
        assert [h.target_id for h in replica.lexical("I met Oskar Brandvold")] == ["p0"]
    if damage != "folder":
        assert any("not used" in r.getMessage() for r in caplog.records)
    assert (home / "targets.faiss").stat().st_mtime_ns == index_written  # the sound index of that version is kept
    new = json.loads((home / "replica" / json.loads((home / POINTER).read_text())["folder"] / "manifest.json")
                     .read_text())
    assert new["version"] == replica.version() and new["digest"] != "" and new["embedder"] == replica._embedder_id


def test_changes_made_after_the_snapshot_by_another_process_are_seen(home, embedder):
    _home_with_snapshot(home, embedder)
    replica = TargetStore(home, embedder)
    assert replica.lexical("I met Oskar Brandvold")[0].target_id == "p0"
    other = TargetStore(home, embedder)  # another process: its writes reach the replica by the change log
    other.add([{"id": "new", "name": "Ingrid Tallmark"}])
    other.update("p3", name="Kestrel Moorvane")
    other.remove(["p0"])
    assert [h.target_id for h in replica.lexical("Ingrid Tallmark wrote")] == ["new"]
    assert replica.lexical("I met Oskar Brandvold") == [] and replica.get("p0") is None
    assert replica.lexical("Kestrel Vane") == [] and replica.lexical("Kestrel Moorvane")[0].target_id == "p3"
    assert replica.count() == len(read_targets_file(DEMO_TARGETS)) + len(PEOPLE)
    later = TargetStore(home, embedder)  # a start after the changes: the snapshot, then the log
    assert _from_snapshot(later)
    assert _answers(later) == _answers(replica)


def test_a_version_held_by_a_query_keeps_its_targets_while_the_snapshot_base_changes(home, embedder):
    _home_with_snapshot(home, embedder)
    replica = TargetStore(home, embedder)
    before = replica.snapshot()
    TargetStore(home, embedder).remove(["p0"])
    assert replica.snapshot().get("p0") is None
    assert before.get("p0").name == "Oskar Brandvold" and before.lexical("Oskar Brandvold")[0].target_id == "p0"


def test_a_registry_that_went_backwards_is_still_refused(home, embedder, tmp_path):
    _home_with_snapshot(home, embedder).registry.close()
    old = tmp_path / "old.sqlite"
    shutil.copy(home / "targets.sqlite", old)
    s = TargetStore(home, embedder)
    s.add([{"id": "late", "name": "Late Comer"}])
    assert s.lexical("Late Comer")[0].target_id == "late"  # served: the home records that version
    s._rebuild()  # the snapshot and index now reflect it too
    s.registry.close()
    shutil.copy(old, home / "targets.sqlite")
    with pytest.raises(RegistryUnavailable, match="went backwards"):
        TargetStore(home, embedder).lexical("Late Comer")
    (home / "registry-seen.json").unlink()  # without the record, the snapshot is no evidence to serve it either
    back = TargetStore(home, embedder)
    with pytest.raises(RegistryUnavailable, match="went backwards"):
        back.lexical("Late Comer")


def test_name_only_targets_of_a_large_batch_need_no_embedding_and_are_still_found(home, embedder):
    s = TargetStore(home, embedder)
    s.add(read_targets_file(DEMO_TARGETS))
    vectors = s.vector_count()
    calls = []
    real = s.embedder.embed
    s.embedder.embed = lambda texts: calls.append(len(texts)) or real(texts)  # type: ignore[method-assign]
    s.add([{"id": f"n{i}", "name": f"Name{i:05d} Surname{i:05d}"} for i in range(LEXICAL_ONLY_BATCH)])
    assert calls == [] or sum(calls) == 0
    assert s.vector_count() == vectors  # a bare name's vector is never searched: none is stored
    assert "n42" in {h.target_id for h in s.lexical("the letter from Name00042 Surname00042")}
    assert not {h.target_id for h in s.semantic(["Name00042 Surname00042"], 8)} & {f"n{i}" for i in range(2000)}
    s.add([{"id": "small", "name": "Few Names"}])  # a small batch keeps its vector, as before
    assert s.vector_count() == vectors + 1
    # ('Name00666 Surname00666' too: digits read upside down)
    assert "n999" in {h.target_id for h in TargetStore(home, embedder).lexical("Name00999 Surname00999")}


def test_a_replica_keeps_serving_after_another_process_replaces_its_snapshot(home, embedder):
    _home_with_snapshot(home, embedder)
    replica = TargetStore(home, embedder)
    assert _from_snapshot(replica)
    before = (home / POINTER).read_text()
    other = TargetStore(home, embedder)
    other.refresh()
    other._rebuild()  # a new snapshot; the folder the replica mapped is deleted
    assert (home / POINTER).read_text() != before and len(list((home / "replica").iterdir())) == 1
    assert len(replica.all_targets()) == len(read_targets_file(DEMO_TARGETS)) + len(PEOPLE)
    assert replica.lexical("I met Oskar Brandvold")[0].target_id == "p0"
    assert replica.get("p5").name == "Kim Basinger"
