"""Target sets (tenants): one registry, each set protected and refused for on its own.

Real SQLite registry, real FAISS index, the bundled MiniLM; the `/v1` endpoint served for real on
loopback with two model ids bound to two sets.  Fake chat models only stand in for the respondent,
whose answer is the operator's ready response (guard mode) in the leak checks.
"""

from __future__ import annotations

import json
import sqlite3

import httpx
import pytest
from test_admin_api import ADMIN_KEY, KEY, api  # noqa: F401  (the admin app fixture)
from test_cli import alu
from test_openai_api import serving

from alu.graph.context import RunSettingsError, bound_context, client_settings_problem, context_for_run
from alu.nodes.refuse import REFUSAL
from alu.retrieval.store import TargetStore
from alu.retrieval.target_sets import TargetSetError, UnknownTargetSet
from alu.retrieval.targets import TargetError
from alu.serve.chat_model import UnlearningChatModel
from alu.serve.openai_api import create_app
from conftest import fake_model

ACME, GLOBEX = "Quillon Marvek", "Oskra Brandvold"
ACME_REFUSAL, GLOBEX_REFUSAL = "Acme cannot discuss that.", "Globex has nothing to say on that."
ACME_TARGET = {"id": "quillon-marvek", "name": ACME, "description": "Invented sculptor of copper spirals in "
                                                                    "Lower Vireth."}
GLOBEX_TARGET = {"id": "oskra-brandvold", "name": GLOBEX, "description": "Invented glass artist who founded the "
                                                                         "Tidewater kiln collective."}
MODELS = {"alu-acme": "acme", "alu-globex": "globex"}


@pytest.fixture
def tenants(store) -> TargetStore:
    """The demo targets in the default set, one invented person in each of two tenants' sets."""
    store.create_set("acme", ACME_REFUSAL)
    store.create_set("globex", GLOBEX_REFUSAL)
    store.add([{**ACME_TARGET, "target_set": "acme"}])
    store.add([{**GLOBEX_TARGET, "target_set": "globex"}])
    return store


def ids(hits) -> set[str]:
    return {h.target_id for h in hits}


# ---- one query, one set --------------------------------------------------------------------------
def test_a_snapshot_sees_only_its_own_sets_targets(tenants):
    both = f"{ACME} met {GLOBEX} and Stephen King."
    assert ids(tenants.snapshot(target_set="acme").lexical(both)) == {"quillon-marvek"}
    assert ids(tenants.snapshot(target_set="globex").lexical(both)) == {"oskra-brandvold"}
    assert "quillon-marvek" not in ids(tenants.snapshot(target_set="default").lexical(both))
    assert {"quillon-marvek", "oskra-brandvold"} <= ids(tenants.snapshot().lexical(both))  # the admin's view
    acme = tenants.snapshot(target_set="acme")
    assert acme.count() == 1 and acme.get("oskra-brandvold") is None and acme.refusal() == ACME_REFUSAL
    assert tenants.snapshot(target_set="default").refusal() is None
    with pytest.raises(UnknownTargetSet, match="no target set named 'nope'"):
        tenants.snapshot(target_set="nope")


def test_vector_hits_are_the_sets_own_top_k_however_close_other_sets_are(tenants):
    # a probe closest to globex's target: acme still gets its own nearest vector, never globex's
    probe = "Who founded the Tidewater kiln collective of glass artists?"
    [acme_hits] = tenants.snapshot(target_set="acme").search_each([probe], 1)
    [globex_hits] = tenants.snapshot(target_set="globex").search_each([probe], 1)
    assert ids(acme_hits) == {"quillon-marvek"} and ids(globex_hits) == {"oskra-brandvold"}
    scores = tenants.snapshot(target_set="acme").similarity([probe], ["oskra-brandvold", "quillon-marvek"])
    assert scores[0, 0] == 0.0 and scores[0, 1] > 0.0  # another set's target is not this query's to flag


def test_a_replica_started_from_its_snapshot_keeps_the_sets_apart(tenants, embedder):
    # the snapshot holds each target's set; a set made and filled after it arrives through the change log
    tenants.refresh()
    replica = TargetStore(tenants.home, embedder)
    assert replica.snapshot()._view.names.base is not None  # read from the snapshot, not rebuilt
    tenants.create_set("initech", "Initech declines.")
    tenants.add([{"id": "vell-ostrander", "name": "Vell Ostrander", "target_set": "initech"}])
    text = f"{ACME} met {GLOBEX} and Vell Ostrander."
    assert ids(replica.snapshot(target_set="acme").lexical(text)) == {"quillon-marvek"}
    assert ids(replica.snapshot(target_set="globex").lexical(text)) == {"oskra-brandvold"}
    initech = replica.snapshot(target_set="initech")
    assert ids(initech.lexical(text)) == {"vell-ostrander"} and initech.refusal() == "Initech declines."
    assert replica.snapshot(target_set="default").get("quillon-marvek") is None


# ---- the definition of done: two tenants on one server, each refusing only its own set -------------
def served(store: TargetStore, **kwargs):
    model = UnlearningChatModel(fake_model("unused"), store=store, context={"rewrite": "redact"})
    return serving(create_app(model, model_sets=MODELS, **kwargs))


def ask(http: httpx.Client, model: str, question: str, answer: str, **headers: str) -> httpx.Response:
    """Guard mode: the operator's ready answer to the user's question, audited for `model`'s set."""
    return http.post("/v1/chat/completions", headers=headers, json={
        "model": model, "messages": [{"role": "user", "content": question}], "response": answer})


def test_two_models_on_one_server_each_refuse_only_their_own_set(tenants, monkeypatch):
    monkeypatch.delenv("ALU_API_KEY", raising=False)
    monkeypatch.delenv("ALU_CLIENT_KEYS", raising=False)
    with served(tenants) as url, httpx.Client(base_url=url, timeout=120) as http:
        models = http.get("/v1/models").json()["data"]
        assert [m["id"] for m in models] == ["alu", "alu-acme", "alu-globex"]
        for model, own, other, refusal in (("alu-acme", ACME, GLOBEX, ACME_REFUSAL),
                                           ("alu-globex", GLOBEX, ACME, GLOBEX_REFUSAL)):
            # a turn about the set's own target gets the set's own refusal
            mine = ask(http, model, f"Who is {own}?", f"{own} is an artist who lives by the harbour.")
            assert mine.status_code == 200, mine.text
            assert mine.json()["choices"][0]["message"]["content"] == refusal
            # the other tenant's target is answered: it is not this set's to forget
            theirs = ask(http, model, f"Who is {other}?", f"{other} is an artist who lives by the harbour.")
            assert theirs.json()["choices"][0]["message"]["content"] == f"{other} is an artist who lives by the " \
                                                                        "harbour."
        # the server's own model serves the default set: neither tenant's names, the demo ones
        plain = ask(http, "alu", f"Who is {ACME}?", f"{ACME} is an artist who lives by the harbour.")
        assert ACME in plain.json()["choices"][0]["message"]["content"]
        king = ask(http, "alu", "Who wrote Carrie?", "Stephen King wrote Carrie.")
        assert "Stephen King" not in king.json()["choices"][0]["message"]["content"]


def test_a_tenant_key_uses_only_its_own_models(tenants, monkeypatch):
    monkeypatch.delenv("ALU_API_KEY", raising=False)
    monkeypatch.setenv("ALU_CLIENT_KEYS", json.dumps({"acme-key": ["acme"], "globex-key": ["globex"]}))
    monkeypatch.delenv("ALU_ADMIN_KEY", raising=False)
    bearer = {"authorization": "Bearer acme-key"}
    with served(tenants) as url, httpx.Client(base_url=url, timeout=120) as http:
        assert http.get("/v1/models").status_code == 401  # tenants configured: no key, no access
        assert [m["id"] for m in http.get("/v1/models", headers=bearer).json()["data"]] == ["alu-acme"]
        chat = {"messages": [{"role": "user", "content": "Hello"}]}
        for model in ("alu-globex", "alu"):  # another tenant's set, or the default set: refused, named
            refused = http.post("/v1/chat/completions", headers=bearer, json={**chat, "model": model})
            assert refused.status_code == 403 and "may not use the model" in refused.json()["error"]["message"]
        unknown = http.post("/v1/chat/completions", headers=bearer, json={**chat, "model": "alu-nope"})
        assert unknown.status_code == 404 and "does not exist" in unknown.json()["error"]["message"]
        # guard mode (auditing a text the client wrote) stays the operator's for a tenant key
        guard = ask(http, "alu-acme", f"Who is {ACME}?", "text", authorization="Bearer acme-key")
        assert guard.status_code == 403


def test_a_server_never_starts_with_an_unknown_set(tenants):
    model = UnlearningChatModel(fake_model("unused"), store=tenants)
    with pytest.raises(UnknownTargetSet):
        create_app(model, model_sets={"alu-x": "nope"})
    with pytest.raises(UnknownTargetSet):
        UnlearningChatModel(fake_model("unused"), store=tenants, target_set="nope").invoke("Hello")


def test_the_drop_in_model_refuses_with_its_sets_message_and_keeps_threads_apart(tenants):
    acme = UnlearningChatModel(fake_model(f"{ACME} is an artist who lives by the harbour."), store=tenants,
                               target_set="acme", context={"rewrite": "redact"})
    assert acme.invoke(f"Who is {ACME}?").content == ACME_REFUSAL
    assert acme.refusal() == ACME_REFUSAL
    plain = UnlearningChatModel(fake_model("Hi."), store=tenants)
    assert plain.refusal() == REFUSAL and acme._stored("t1") != plain._stored("t1")


# ---- a client cannot leave its set ------------------------------------------------------------------
def test_a_client_cannot_choose_or_escape_its_set(monkeypatch):
    monkeypatch.setenv("ALU_RUN_SETTINGS", "allowlist")
    # a run's or a client assistant's own context may not name a set (the auth handler's check)
    assert "may not set target_set" in client_settings_problem({"target_set": "globex"})
    # the graph's check: a key limited to acme never runs in another set, whatever the context says
    with pytest.raises(RunSettingsError, match="may not use target set 'globex'"):
        context_for_run({"target_set": "globex"}, permissions=["graph:run", "target_set:acme"])
    assert context_for_run({}, permissions=["graph:run", "target_set:acme"]).target_set == "acme"
    assert context_for_run({"tau": 4.5}, permissions=["target_set:acme"]).target_set == "acme"
    with pytest.raises(RunSettingsError, match="run an assistant"):
        context_for_run({}, permissions=["target_set:acme", "target_set:globex"])
    # the operator's assistant names the set; a key with no limit (the operator's) runs it there
    assert context_for_run({"target_set": "globex"}, permissions=["graph:run"]).target_set == "globex"
    assert bound_context(context_for_run({}, []), "acme", ["target_set:acme"]).target_set == "default"
    with pytest.raises(TargetSetError):
        context_for_run({"target_set": "Not A Set"}, permissions=[])


def test_the_langgraph_handler_lets_only_the_operator_bind_a_set(monkeypatch):
    import asyncio
    from types import SimpleNamespace

    from langgraph_sdk import Auth

    from alu.serve import langgraph_auth as auth

    def ctx(identity: str):
        return SimpleNamespace(user=SimpleNamespace(identity=identity), resource="assistants", action="create")

    value = {"graph_id": "alu", "context": {"target_set": "globex"}}
    asyncio.run(auth.check_assistant_settings(ctx("admin"), value))
    for client in ("client", "tenant:abc"):
        with pytest.raises(Auth.exceptions.HTTPException):
            asyncio.run(auth.check_assistant_settings(ctx(client), value))
        with pytest.raises(Auth.exceptions.HTTPException):  # an update would drop the operator's binding
            asyncio.run(auth.check_assistant_update(ctx(client), {"context": {"tau": 4.5}}))
    chosen = {"kwargs": {"context": {"target_set": "globex"}}}
    with pytest.raises(Auth.exceptions.HTTPException):
        asyncio.run(auth.check_run_settings(ctx("tenant:abc"), chosen))
    monkeypatch.setenv("ALU_CLIENT_KEYS", json.dumps({"acme-key": ["acme"]}))
    user = auth.tenant_user("acme-key")
    assert user is not None and "target_set:acme" in user["permissions"] and "acme-key" not in user["identity"]
    assert auth.tenant_user("wrong") is None


# ---- refusal messages and bad input ---------------------------------------------------------------
def test_a_refusal_message_is_checked_and_a_bad_one_changes_nothing(tenants):
    version = tenants.version()
    for bad, problem in (("", "non-empty"), ("x" * 501, "at most 500"), (f"Ask {ACME} yourself.", "names a target")):
        with pytest.raises(TargetSetError, match=problem):
            tenants.set_refusal("acme", bad)
    assert tenants.version() == version and tenants.target_set("acme").refusal == ACME_REFUSAL
    tenants.set_refusal("acme", f"Ask {GLOBEX} instead.")  # another set's name is not this set's secret
    tenants.set_refusal("acme", None)
    assert tenants.snapshot(target_set="acme").refusal() is None


def test_ids_are_unique_across_sets_and_a_move_is_refused(tenants):
    with pytest.raises(TargetSetError, match="already used in set 'acme'"):
        tenants.add([{**ACME_TARGET, "target_set": "globex"}], replace=True)
    with pytest.raises(UnknownTargetSet):
        tenants.add([{"name": "Someone Else", "target_set": "nope"}])
    with pytest.raises(KeyError, match="in set 'globex'"):
        tenants.remove(["quillon-marvek"], "globex")
    with pytest.raises(TargetSetError, match="still holds"):
        tenants.remove_set("acme")
    with pytest.raises(TargetError):
        tenants.create_set("Bad Name")
    assert tenants.get("quillon-marvek").target_set == "acme"


def test_cli_sets_and_bad_input(tmp_path):
    home = tmp_path / "home"
    assert alu(home, "targets", "sets", "create", "acme", "--refusal", ACME_REFUSAL).returncode == 0
    alu(home, "targets", "add", "--set", "acme", "--name", ACME)
    for args, message in ((("targets", "sets", "create", "acme"), "already exists"),
                          (("targets", "sets", "create", "Bad Name"), "a set name must be"),
                          (("targets", "add", "--set", "nope", "--name", "X Y"), "no target set named 'nope'"),
                          (("targets", "sets", "refusal", "acme", "--text", f"Not {ACME}."), "names a target"),
                          (("targets", "sets", "remove", "acme"), "still holds"),
                          (("targets", "sets", "remove", "default"), "cannot be removed"),
                          (("targets", "remove", "quillon-marvek"), "no target with id"),
                          (("targets", "show", "quillon-marvek", "--set", "nope"), "no target with id")):
        proc = alu(home, *args, check=False)
        assert proc.returncode == 2 and message in proc.stderr and "Traceback" not in proc.stderr, proc.stderr
    listed = json.loads(alu(home, "targets", "sets", "list", "--json").stdout)
    assert {(s["name"], s["targets"], s["refusal"]) for s in listed} == {("default", 0, None),
                                                                          ("acme", 1, ACME_REFUSAL)}
    exported = tmp_path / "acme.jsonl"
    alu(home, "targets", "export", "--set", "acme", "--out", str(exported))
    assert json.loads(exported.read_text())["target_set"] == "acme"
    wrong = alu(home, "targets", "import", str(exported), check=False)  # into the default set: refused
    assert wrong.returncode == 2 and "--set acme" in wrong.stderr
    assert alu(home, "targets", "list").stdout == ""


def test_admin_api_sets(api, tenants):  # noqa: F811
    assert api.get("/alu/sets").status_code == 401
    rows = {s["name"]: s for s in api.get("/alu/sets", headers=KEY).json()["sets"]}
    assert rows["acme"]["refusal"] == ACME_REFUSAL and rows["acme"]["targets"] == 1
    assert api.post("/alu/sets", headers=KEY, json={"name": "initech"}).status_code == 201
    assert api.post("/alu/sets", headers=KEY, json={"name": "initech"}).status_code == 422
    assert api.post("/alu/sets", headers=KEY, json={"name": "Bad Name"}).status_code == 422
    assert api.put("/alu/sets/acme", headers=KEY, json={"refusal": f"No {ACME}."}).status_code == 422
    assert api.put("/alu/sets/nope", headers=KEY, json={"refusal": "No."}).status_code == 404
    listed = api.get("/alu/targets", headers=KEY, params={"set": "acme"}).json()
    assert [t["id"] for t in listed["targets"]] == ["quillon-marvek"]
    assert api.get("/alu/targets/quillon-marvek", headers=KEY).status_code == 404  # not in the default set
    assert api.get("/alu/targets", headers=KEY, params={"set": "nope"}).status_code == 404
    assert api.get("/alu/targets", headers=KEY, params={"set": "Bad Name"}).status_code == 422
    added = api.post("/alu/targets", headers=KEY, params={"set": "initech"}, json={"name": "Vessa Quorn"})
    assert added.status_code == 201 and tenants.get("vessa-quorn").target_set == "initech"
    assert api.delete("/alu/sets/initech", headers=KEY).status_code == 422  # not empty
    assert api.delete("/alu/targets/vessa-quorn", headers=KEY, params={"set": "initech"}).status_code == 200
    assert api.delete("/alu/sets/initech", headers=KEY).status_code == 200


# ---- a registry written before sets -----------------------------------------------------------------
def test_a_registry_written_before_sets_is_migrated_in_place(home, embedder, store):
    count, version = store.count(), store.version()
    store.registry.close()
    with sqlite3.connect(home / "targets.sqlite") as db:  # the schema as it was before target sets
        db.execute("DROP INDEX targets_by_set")
        db.execute("ALTER TABLE targets DROP COLUMN target_set")
        db.execute("DROP TABLE target_sets")
    reopened = TargetStore(home, embedder)
    assert reopened.count() == count and reopened.version() == version
    assert {t.target_set for t in reopened.all_targets()} == {"default"}
    assert list(reopened.target_sets()) == ["default"]
    assert ids(reopened.snapshot(target_set="default").lexical("Stephen King wrote Carrie."))
    assert "target_set" not in reopened.all_targets()[0].to_dict()  # exports as before sets existed
    reopened.create_set("acme")
    assert reopened.snapshot(target_set="acme").count() == 0
