"""Target sets and the replica snapshot under attack: what a careless operator, a racing second writer, an
untrusted client or a damaged disk must not be able to do.

Real SQLite registry, real FAISS index, the bundled MiniLM; fake chat models only as the respondent.
"""

from __future__ import annotations

import json
import shutil

import pytest
from test_tenants import ACME, ACME_TARGET, tenants  # noqa: F401  (the two-tenant store fixture)

from alu.retrieval.guard import accept_registry
from alu.retrieval.registry import TargetRegistry
from alu.retrieval.replica import POINTER
from alu.retrieval.store import TargetStore
from alu.retrieval.target_sets import TargetSetError
from alu.retrieval.targets import read_targets_file
from alu.serve.chat_model import UnlearningChatModel
from conftest import DEMO_TARGETS, fake_model


# ---- tenants ----------------------------------------------------------------------------------------
def test_a_target_whose_name_its_sets_refusal_already_says_is_refused(store):
    """A refusal never says one of its set's names, whichever was written first: registering a target the
    set's refusal message names is refused, and nothing is written."""
    store.create_set("acme", f"Please ask the {ACME} studio directly.")  # no targets yet: accepted
    before = store.registry.version()
    with pytest.raises(TargetSetError, match="refusal message names target"):
        store.add([{**ACME_TARGET, "target_set": "acme"}])
    assert store.get(ACME_TARGET["id"]) is None and store.registry.version() == before


def test_a_thread_id_cannot_name_another_sets_thread(tenants):  # noqa: F811
    """A set's threads are checkpointed under '<set>\x1f<id>': a thread id with a control character is
    refused, so the default set's "acme\x1ft1" cannot read or continue acme's thread "t1"."""
    acme = UnlearningChatModel(fake_model("Noted."), store=tenants, target_set="acme")
    acme.invoke("My account number is 7731-SECRET.", thread_id="t1")
    assert any("7731-SECRET" in m.content for m in acme.thread_messages("t1"))
    plain = UnlearningChatModel(fake_model("Noted."), store=tenants)  # the default set: another tenant
    with pytest.raises(ValueError, match="printable"):
        plain.thread_messages("acme\x1ft1")


# ---- replica snapshot -------------------------------------------------------------------------------
def test_an_accepted_registry_refilled_to_the_old_version_is_served_as_it_is_now(
        home, embedder, tmp_path):
    """After a restore, `alu targets accept-registry` drops the home's index and replica snapshot, which
    the lost registry's targets built: when the restored registry (a backup of the same file, same id) is
    written up to the lost one's version again, a start serves what it holds now."""
    s = TargetStore(home, embedder)
    s.add(read_targets_file(DEMO_TARGETS))
    s.registry.close()
    backup = tmp_path / "backup.sqlite"
    shutil.copy(home / "targets.sqlite", backup)     # the operator's backup, at version B
    s = TargetStore(home, embedder)
    for i in range(3):                                # the registry moves on to version B+3 ...
        s.add([{"id": f"lost{i}", "name": f"Lostname Number{i}"}])
    lost_version = s.refresh()                        # ... and is served: index + snapshot at B+3
    assert (home / POINTER).exists()
    s.registry.close()
    shutil.copy(backup, home / "targets.sqlite")      # the file is lost and the backup restored
    registry = TargetRegistry(home / "targets.sqlite")  # `alu targets accept-registry`, as the error advises
    accept_registry(home, registry)
    registry.close()
    restored = TargetStore(home, embedder)            # the operator's CLI, re-registering what was lost
    restored.add([{"id": "new0", "name": "Ingrid Tallmark"}])   # the operator re-registers, reaching B+3
    restored.add([{"id": "new1", "name": "Vessa Quorn"}])
    restored.add([{"id": "new2", "name": "Harlan Oduya"}])
    assert restored.registry.version() == lost_version
    restored.registry.close()

    restarted = TargetStore(home, embedder)           # a server restart
    hits = {h.target_id for h in restarted.lexical("Ingrid Tallmark met Vessa Quorn and Harlan Oduya.")}
    assert hits == {"new0", "new1", "new2"}, f"registered targets not served after restart: hits={hits}, " \
                                             f"get(new0)={restarted.get('new0')}"


def test_a_replica_pointer_outside_the_home_is_not_followed(home, embedder, tmp_path):
    """The pointer names only a snapshot folder this project made, inside the home: anything else (an
    absolute path, '..') is not followed and the snapshot is built again."""
    s = TargetStore(home, embedder)
    s.add(read_targets_file(DEMO_TARGETS))
    s.refresh()
    s.registry.close()
    folder = home / "replica" / json.loads((home / POINTER).read_text())["folder"]
    outside = tmp_path / "elsewhere" / "snap"
    outside.parent.mkdir()
    shutil.move(str(folder), str(outside))
    (home / POINTER).write_text(json.dumps({"folder": str(outside)}))
    replica = TargetStore(home, embedder)
    view = replica.snapshot()._view
    read_from = getattr(view.names.base, "folder", None)
    assert read_from is None or home in read_from.resolve().parents, f"snapshot read from outside: {read_from}"


def test_a_changed_byte_in_the_replica_manifest_is_not_trusted(home, embedder):
    """The manifest's counts and lists decide what a check reads ('footprints': 0 would skip the footprint
    check for every query); its digest is in the pointer, so one changed byte makes the start rebuild."""
    from langchain_core.messages import HumanMessage
    from test_footprint import ODA

    from alu.eval.fixed_roles import fixed_models
    from alu.graph.builder import build_graph
    from alu.graph.context import UnlearnContext
    from alu.graph.resources import Resources

    s = TargetStore(home, embedder)
    s.add([ODA, {"name": "Teodor Vance"}])
    s.refresh()
    assert s.footprint_count() == 1
    s.registry.close()
    folder = home / "replica" / json.loads((home / POINTER).read_text())["folder"]
    raw = (folder / "manifest.json").read_bytes()
    assert raw.count(b'"footprints": 1') == 1
    (folder / "manifest.json").write_bytes(raw.replace(b'"footprints": 1', b'"footprints": 0'))  # one bit

    replica = TargetStore(home, embedder)
    graph = build_graph(Resources(store=replica, models=fixed_models("refuse", "none")))
    # refused by an intact snapshot (tests/test_footprint.py: only the footprint rule flags it)
    out = graph.invoke({"messages": [HumanMessage("Who runs the famous glass collectives?")],
                        "response": "She runs the Tidewater Kiln and the Saltglass Biennale."},
                       context=UnlearnContext(home=str(home)))
    assert replica.footprint_count() == 1 and out["decision"] == "refused", (
        f"footprints counted: {replica.footprint_count()}, decision: {out['decision']}, answer: {out['answer']!r}")


def test_a_set_removed_while_a_target_is_added_to_it_leaves_no_orphan(store):
    """A set removed by another writer while an add into it is embedding: the add's own transaction sees
    the set gone and refuses (or the removal sees the target and refuses); no target is left in no set."""
    from alu.retrieval.target_sets import set_rows

    store.create_set("acme", "Acme declines.")
    store.create_set("globex", "Globex declines.")
    other = TargetStore(store.home, store.embedder)  # another process's admin request
    embed = store._embed_targets

    def embed_while_the_set_is_removed(targets, progress=None):
        other.remove_set("acme")  # empty: allowed
        return embed(targets, progress)

    store._embed_targets = embed_while_the_set_is_removed
    try:
        added = store.add([{**ACME_TARGET, "target_set": "acme"}])
    except Exception:  # refusing the add is a correct outcome
        added = None
    stored = store.get("quillon-marvek")
    sets = store.target_sets()
    assert stored is None or stored.target_set in sets, (
        f"add answered {added and added.to_dict()}; target stored in set {stored.target_set!r}, which does not "
        f"exist (sets: {sorted(sets)}; listed counts: {[(r['name'], r['targets']) for r in set_rows(store.registry)]},"
        f" registry count {store.registry.count()})")


def test_two_concurrent_adds_of_one_id_never_move_it_between_sets(store):
    """Two tenants' admins adding one id at once: the second write finds the id held by another set inside
    its transaction and refuses, so the first set's acknowledged target stays protected there."""
    store.create_set("acme", "Acme declines.")
    store.create_set("globex", "Globex declines.")
    other = TargetStore(store.home, store.embedder)
    embed = store._embed_targets
    target = {"id": "shared-id", "name": "Quillon Marvek", "description": "Invented sculptor."}

    def embed_while_globex_adds_the_same_id(targets, progress=None):
        assert other.add([{**target, "target_set": "globex"}]).added == ["shared-id"]  # globex: acknowledged
        return embed(targets, progress)

    store._embed_targets = embed_while_globex_adds_the_same_id
    try:
        store.add([{**target, "target_set": "acme"}])
    except Exception:  # refusing acme's add (the id is globex's now) is the correct outcome
        pass
    globex = TargetStore(store.home, store.embedder).snapshot(target_set="globex")
    assert [h.target_id for h in globex.lexical("Quillon Marvek")] == ["shared-id"], (
        f"globex's acknowledged target now sits in set {store.get('shared-id').target_set!r}")


def test_a_tenant_key_with_two_sets_cannot_read_back_which_names_other_sets_registered(tenants, monkeypatch):  # noqa: F811
    """A key with several sets has its thread reads checked against those sets only: its own turn naming a
    third tenant's target comes back as written, so reading back tells it nothing about other sets."""
    from fastapi import FastAPI
    from fastapi.testclient import TestClient
    from test_tenants import GLOBEX

    from alu.serve.replay import ReplayFilter

    tenants.create_set("initech", "Initech declines.")
    monkeypatch.delenv("ALU_ADMIN_KEY", raising=False)
    monkeypatch.setenv("ALU_CLIENT_KEYS", json.dumps({"acme-key": ["acme"], "two-set-key": ["acme", "initech"]}))
    threads = FastAPI()
    turn = f"Tell me about {GLOBEX}, please."  # the tenant's own text; globex's target, neither acme's nor initech's

    @threads.get("/threads/{thread_id}/state")
    async def state(thread_id: str) -> dict:
        return {"values": {"messages": [{"type": "human", "content": turn}]}}

    threads.add_middleware(ReplayFilter, store_of=lambda: tenants)
    with TestClient(threads) as client:
        one_set = client.get("/threads/t1/state", headers={"x-api-key": "acme-key"})
        two_sets = client.get("/threads/t1/state", headers={"x-api-key": "two-set-key"})
    assert GLOBEX in one_set.text  # acme's view: globex's target is not acme's to withhold
    assert GLOBEX in two_sets.text, f"another set's registration shows through the read-back: {two_sets.text}"
