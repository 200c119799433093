"""The target admin API over real HTTP (uvicorn on a free loopback port) against a real registry.

The app is the one langgraph.json mounts into LangGraph Server; it finds the registry through
ALU_HOME exactly as the graph does.  Every rejected request must leave the registry as it was.
"""

from __future__ import annotations

import json
import threading
import time

import httpx
import pytest
import uvicorn

ADMIN_KEY = "test-admin-key-123"
KEY = {"x-api-key": ADMIN_KEY}
NEW = {"id": "zorblax", "name": "Zorblax Quentaro", "aliases": ["Z. Quentaro"],
       "description": "Invented sculptor from Lower Vireth known for copper spirals."}


@pytest.fixture
def api(store, home, monkeypatch):
    """Base URL of the admin app served by uvicorn; `store` is a second handle on the same registry."""
    from alu.serve.admin import create_app

    monkeypatch.setenv("ALU_HOME", str(home))
    monkeypatch.setenv("ALU_ADMIN_KEY", ADMIN_KEY)
    monkeypatch.delenv("ALU_API_KEY", raising=False)
    monkeypatch.delenv("ALU_EMBEDDINGS", raising=False)
    server = uvicorn.Server(uvicorn.Config(create_app(), host="127.0.0.1", port=0, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "admin server did not start"
        time.sleep(0.05)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=60) as client:
            yield client
    finally:
        server.should_exit = True
        thread.join(timeout=30)


def snapshot(store) -> tuple[int, list[dict]]:
    return store.version(), sorted((t.to_dict() for t in store.all_targets()), key=lambda d: d["id"])


def test_keys_are_required_and_rejections_change_nothing(api, store, monkeypatch):
    before = snapshot(store)
    mutations = [("POST", "/alu/targets", json.dumps(NEW)),
                 ("PATCH", "/alu/targets/stephen-king", '{"aliases": []}'),
                 ("DELETE", "/alu/targets/stephen-king", None),
                 ("POST", "/alu/targets/remove", '{"ids": ["harry-potter"]}'),
                 ("POST", "/alu/targets/import", "Some Name\n"),
                 ("GET", "/alu/targets", None)]
    for method, path, body in mutations:
        missing = api.request(method, path, content=body)
        assert missing.status_code == 401, (method, path, missing.text)
        assert "missing admin key" in missing.json()["detail"]
        assert missing.headers["www-authenticate"] == "ApiKey"
        for headers in ({"x-api-key": "not-the-key"}, {"authorization": "Bearer not-the-key"}):
            wrong = api.request(method, path, content=body, headers=headers)
            assert wrong.status_code == 403 and wrong.json()["detail"] == "wrong admin key"
        # the header Studio sends in `langgraph dev` does not replace the key on these routes
        studio = api.request(method, path, content=body, headers={"x-auth-scheme": "langsmith"})
        assert studio.status_code == 401
    assert snapshot(store) == before

    monkeypatch.delenv("ALU_ADMIN_KEY")  # no key configured: the admin API is closed, not open
    closed = api.post("/alu/targets", json=NEW, headers=KEY)
    assert closed.status_code == 403 and "ALU_ADMIN_KEY" in closed.json()["detail"]
    assert snapshot(store) == before


def test_create_update_delete_and_list(api, store):
    listed = api.get("/alu/targets", headers=KEY).json()
    assert listed["count"] == 5 and {t["id"] for t in listed["targets"]} >= {"stephen-king", "harry-potter"}
    assert api.get("/alu/targets", params={"limit": 2, "offset": 1}, headers=KEY).json()["targets"] == \
        listed["targets"][1:3]
    assert api.get("/alu/targets/stephen-king", headers=KEY).json()["target"]["aliases"][0] == "Richard Bachman"

    created = api.post("/alu/targets", json=NEW, headers={"authorization": f"Bearer {ADMIN_KEY}"})
    assert created.status_code == 201 and created.json()["added"] == ["zorblax"]
    assert created.json()["version"] == store.version() > listed["version"]
    # the other handle on the registry (as a graph run in another process would) sees it at once
    assert [h.target_id for h in store.lexical("I met Zorblax Quentaro yesterday.")] == ["zorblax"]

    again = api.post("/alu/targets", json=NEW, headers=KEY)
    assert again.status_code == 200 and again.json()["unchanged"] == ["zorblax"]
    changed = NEW | {"description": "Invented painter."}
    conflict = api.post("/alu/targets", json={"targets": [changed]}, headers=KEY)
    assert conflict.status_code == 409 and "'zorblax' already exists" in conflict.json()["detail"]
    assert store.get("zorblax").description == NEW["description"]
    replaced = api.post("/alu/targets", params={"replace": "true"}, json=[changed], headers=KEY)
    assert replaced.status_code == 200 and replaced.json()["updated"] == ["zorblax"]
    assert store.get("zorblax").description == "Invented painter."

    patched = api.patch("/alu/targets/zorblax", json={"aliases": ["Quentaro of Vireth"]}, headers=KEY)
    assert patched.status_code == 200 and patched.json()["updated"] == ["zorblax"]
    assert [h.target_id for h in store.lexical("quentaro of vireth was here")] == ["zorblax"]
    assert store.lexical("Z. Quentaro") == []  # the old alias is gone

    deleted = api.delete("/alu/targets/zorblax", headers=KEY)
    assert deleted.status_code == 200 and deleted.json()["removed"] == ["zorblax"]
    assert api.get("/alu/targets/zorblax", headers=KEY).status_code == 404
    assert store.get("zorblax") is None and store.count() == 5


def test_import_is_all_or_nothing(api, store):
    good = "\n".join(json.dumps(d) for d in ({"name": "Quillon Varga"}, {"id": "x-2", "name": "Ostra Belle"}))
    imported = api.post("/alu/targets/import", content=good, headers=KEY)
    assert imported.status_code == 201 and sorted(imported.json()["added"]) == ["quillon-varga", "x-2"]
    csv_text = "name,aliases,description\nMirela Dost,M. Dost|Dost,Invented chemist\n"
    assert api.post("/alu/targets/import", params={"format": "csv"}, content=csv_text,
                    headers=KEY).json()["added"] == ["mirela-dost"]

    before = snapshot(store)
    bad = '{"name": "Fine One"}\n{"aliases": ["no name"]}\n'
    rejected = api.post("/alu/targets/import", content=bad, headers=KEY)
    assert rejected.status_code == 422 and "line 2" in rejected.json()["detail"]
    assert api.post("/alu/targets/import", params={"format": "xml"}, content="x",
                    headers=KEY).status_code == 422
    assert snapshot(store) == before and store.get("fine-one") is None


def _chunks(data: bytes, size: int = 1024):
    for i in range(0, len(data), size):
        yield data[i:i + size]


BAD_REQUESTS = [
    # (method, path, body, expected status, words in the message)
    ("POST", "/alu/targets", b'{"name": "Half', 400, "not valid JSON"),
    ("POST", "/alu/targets", b'{"name": "Caf\xe9 Owner"}', 400, "not UTF-8 text (byte 0xe9"),
    ("POST", "/alu/targets/import", b"Good Name\n\xff\xfeBad\n", 400, "not UTF-8"),
    ("POST", "/alu/targets", b"", 400, "empty"),
    ("POST", "/alu/targets", b"42", 422, "must be an object"),
    ("POST", "/alu/targets", b"[]", 422, "no targets given"),
    ("POST", "/alu/targets", b'{"description": "no name"}', 422, "no name"),
    ("POST", "/alu/targets", b'{"name": "X Y", "secret": 1}', 422, "unknown target field(s): secret"),
    ("POST", "/alu/targets", b'[{"name": "Fine"}, {"name": 7}]', 422, "targets[1]: name must be a string"),
    ("POST", "/alu/targets", b'{"id": "bad id!", "name": "X"}', 422, "must be 1-128 characters"),
    ("POST", "/alu/targets", b"[" * 100000 + b"]" * 100000, 400, "not valid JSON"),
    ("PATCH", "/alu/targets/no-such-target", b'{"description": "x"}', 404, "no target with id 'no-such-target'"),
    ("PATCH", "/alu/targets/stephen-king", b'{"id": "renamed"}', 422, "unchangeable field(s): id"),
    ("PATCH", "/alu/targets/stephen-king", b'{"aliases": 5}', 422, "aliases must be a list"),
    ("PATCH", "/alu/targets/stephen-king", b"{}", 422, "nothing to change"),
    ("PATCH", "/alu/targets/stephen-king", b'["x"]', 422, "expected a JSON object"),
    ("DELETE", "/alu/targets/no-such-target", None, 404, "no target with id 'no-such-target'"),
    ("GET", "/alu/targets/no-such-target", None, 404, "no target with id"),
    ("POST", "/alu/targets/remove", b'{"ids": ["harry-potter", "ghost"]}', 404, "no target with id 'ghost'"),
    ("POST", "/alu/targets/remove", b'{"ids": []}', 422, "one or more target ids"),
    ("POST", "/alu/targets/remove", b'["harry-potter"]', 422, "one or more target ids"),
]


@pytest.mark.parametrize("method,path,body,status,words", BAD_REQUESTS,
                         ids=[f"{m} {p} {s} {w[:20]}" for m, p, _, s, w in BAD_REQUESTS])
def test_bad_input_is_a_clear_4xx_and_changes_nothing(api, store, monkeypatch, method, path, body, status, words):
    monkeypatch.setenv("ALU_ADMIN_MAX_BYTES", "1000000")
    before = snapshot(store)
    response = api.request(method, path, content=body, headers=KEY)
    assert response.status_code == status, response.text
    assert words in response.json()["detail"]
    assert snapshot(store) == before
    assert api.get("/alu/targets", headers=KEY).status_code == 200  # still serving


def test_oversized_bodies_are_refused_declared_or_streamed(api, store, monkeypatch):
    monkeypatch.setenv("ALU_ADMIN_MAX_BYTES", "2048")
    before = snapshot(store)
    big = json.dumps([{"name": f"Person Number {i}"} for i in range(200)]).encode()
    declared = api.post("/alu/targets", content=big, headers=KEY)  # Content-Length is sent
    assert declared.status_code == 413 and "limit is 2048" in declared.json()["detail"]
    streamed = api.post("/alu/targets/import", content=_chunks(b"Some Person\n" * 400), headers=KEY)  # chunked
    assert streamed.status_code == 413 and "exceeds the limit of 2048" in streamed.json()["detail"]
    assert snapshot(store) == before
    small = api.post("/alu/targets", json={"name": "Small Enough"}, headers=KEY)
    assert small.status_code == 201


def test_import_follows_the_one_conflict_rule(api, store):
    first = "\n".join(json.dumps(d) for d in ({"name": "Orla Venn"}, {"name": "Teodor Haski"}))
    assert api.post("/alu/targets/import", content=first, headers=KEY).status_code == 201
    changed = json.dumps({"name": "Orla Venn", "description": "an invented weaver"}) + "\n" + \
        json.dumps({"name": "Pim Achterberg"})
    before = snapshot(store)
    refused = api.post("/alu/targets/import", content=changed, headers=KEY)
    assert refused.status_code == 409 and "'orla-venn' already exists" in refused.json()["detail"]
    assert snapshot(store) == before and store.get("pim-achterberg") is None   # all or nothing
    done = api.post("/alu/targets/import", params={"replace": "true"}, content=changed, headers=KEY)
    assert done.status_code == 201 and done.json()["updated"] == ["orla-venn"]
    assert done.json()["added"] == ["pim-achterberg"] and isinstance(done.json()["warnings"], list)
