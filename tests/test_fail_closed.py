"""A lost registry fails closed: truncated, deleted, replaced or gone backwards, it is refused with a clear
error, never served empty; the index is never overwritten from it; an operator accepts it explicitly."""

from __future__ import annotations

import shutil

import pytest
from langchain_core.messages import HumanMessage

from alu.cli import main as alu_main
from alu.graph.builder import build_graph
from alu.graph.context import UnlearnContext
from alu.graph.resources import Resources
from alu.retrieval.guard import RECORD_FILE, RegistryUnavailable
from alu.retrieval.store import TargetStore
from conftest import fake_model

LEAK = "Stephen King wrote it."


def guard(store: TargetStore, response: str = LEAK) -> dict:
    """Guard mode: the ready answer is audited and, if it leaks, rewritten by a scripted eraser."""
    graph = build_graph(Resources(store=store, models={"eraser": fake_model({"variants": ["It was written."] * 5}),
                                                       "critic": fake_model({"scores": [5] * 5}),
                                                       "composer": fake_model("It was written.")}))
    return graph.invoke({"messages": [HumanMessage("Who wrote Carrie?")], "response": response},
                        context=UnlearnContext(home=str(store.home)))


def served(store, home) -> tuple[bytes, bytes]:
    """Protection works before the loss; the saved index, as it is."""
    assert LEAK not in guard(store)["answer"]
    store.registry.close()
    return (home / "targets.faiss").read_bytes(), (home / "targets.json").read_bytes()


def test_a_truncated_registry_is_refused_after_a_restart_and_the_index_is_kept(store, home, embedder):
    index = served(store, home)
    (home / "targets.sqlite").write_bytes(b"")
    restarted = TargetStore(home, embedder)
    with pytest.raises(RegistryUnavailable, match="refusing to answer unprotected") as e:
        guard(restarted)
    assert "accept-registry" in str(e.value) and "targets.sqlite" in str(e.value)
    with pytest.raises(RegistryUnavailable):
        restarted.add([{"name": "Someone New"}])  # a write to it is refused too: nobody would enforce it
    assert ((home / "targets.faiss").read_bytes(), (home / "targets.json").read_bytes()) == index


def test_a_registry_restored_from_an_older_copy_is_refused(store, home, embedder):
    store.registry.close()
    shutil.copy(home / "targets.sqlite", home / "backup.sqlite")
    newer = TargetStore(home, embedder)
    newer.add([{"name": "Zorblax Quentaro"}])
    assert LEAK not in guard(newer)["answer"]
    newer.registry.close()
    shutil.copy(home / "backup.sqlite", home / "targets.sqlite")
    with pytest.raises(RegistryUnavailable, match="went backwards"):
        TargetStore(home, embedder).refresh()


def test_a_registry_deleted_while_serving_is_refused_and_a_write_elsewhere_is_not_lost(store, home, embedder):
    assert LEAK not in guard(store)["answer"]
    (home / "targets.sqlite").unlink()
    with pytest.raises(RegistryUnavailable, match="deleted while serving"):
        guard(store)
    # a CLI writing meanwhile creates a new file; the server never answers from the old one again
    assert alu_main(["--home", str(home), "targets", "remove", "no-such-id"]) == 2
    with pytest.raises(RegistryUnavailable):
        store.add([{"name": "Acknowledged Person"}])  # an admin write would go to the deleted file
    with pytest.raises(RegistryUnavailable):
        guard(store, "Harry Potter is a wizard.")  # refused for good, whatever the text


def test_a_registry_truncated_while_serving_is_refused(store, home):
    assert LEAK not in guard(store)["answer"]
    (home / "targets.sqlite").write_bytes(b"")
    with pytest.raises(RegistryUnavailable, match="truncated while serving"):
        guard(store)


def test_an_operator_accepts_an_empty_registry_explicitly(store, home, embedder, capsys):
    served(store, home)
    (home / "targets.sqlite").write_bytes(b"")
    with pytest.raises(RegistryUnavailable):
        TargetStore(home, embedder).refresh()
    assert alu_main(["--home", str(home), "targets", "accept-registry"]) == 0
    out = capsys.readouterr().out
    assert "accepted the registry" in out and "version 0 with 0 targets" in out and "last served version" in out
    accepted = TargetStore(home, embedder)
    assert accepted.count() == 0 and guard(accepted)["answer"] == LEAK  # knowingly: nothing is registered
    accepted.add([{"name": "Stephen King"}])
    assert LEAK not in guard(accepted)["answer"]


def test_a_damaged_record_is_no_proof_of_an_intact_registry(store, home, embedder):
    served(store, home)
    (home / RECORD_FILE).write_text("{not json")
    with pytest.raises(RegistryUnavailable, match="unreadable"):
        TargetStore(home, embedder).refresh()


def test_the_cli_reports_a_lost_registry_in_one_line(store, home, capsys):
    served(store, home)
    (home / "targets.sqlite").write_bytes(b"")
    assert alu_main(["--home", str(home), "targets", "update", "stephen-king", "--description", "x"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("alu: error: the target registry") and "Traceback" not in err


def test_v1_answers_503_with_the_reason_while_the_registry_is_lost(store, home):
    import httpx
    from test_openai_api import LEAKY, rewriting_roles, serving

    from alu.serve.chat_model import UnlearningChatModel
    from alu.serve.openai_api import create_app

    model = UnlearningChatModel(fake_model(LEAKY), store=store, models=rewriting_roles())
    with serving(create_app(model)) as url:
        body = {"model": "alu", "messages": [{"role": "user", "content": "Who wrote Carrie?"}]}
        assert "Stephen King" not in httpx.post(f"{url}/v1/chat/completions", json=body, timeout=60).text
        (home / "targets.sqlite").unlink()
        for stream in (False, True):
            answer = httpx.post(f"{url}/v1/chat/completions", json=body | {"stream": stream}, timeout=60)
            assert "Stephen King" not in answer.text
            if not stream:
                assert answer.status_code == 503
                error = answer.json()["error"]
                assert error["code"] == "registry_unavailable" and "deleted while serving" in error["message"]
            else:
                assert "deleted while serving" in answer.text or answer.status_code == 503


def cut_short(store, home) -> None:
    """The registry grown past one page, checkpointed into its file, then cut to half its length."""
    import sqlite3

    store.add([{"name": f"Filler Person {i}", "description": "Invented filler. " * 20} for i in range(60)])
    with sqlite3.connect(home / "targets.sqlite") as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    path = home / "targets.sqlite"
    with open(path, "r+b") as f:
        f.truncate(path.stat().st_size // 2)


def test_a_registry_cut_short_while_serving_fails_closed_on_v1_and_the_cli(store, home, embedder, capsys):
    import httpx
    from test_openai_api import LEAKY, rewriting_roles, serving

    from alu.serve.chat_model import UnlearningChatModel
    from alu.serve.openai_api import create_app

    model = UnlearningChatModel(fake_model(LEAKY), store=store, models=rewriting_roles())
    with serving(create_app(model)) as url:
        body = {"model": "alu", "messages": [{"role": "user", "content": "Who wrote Carrie?"}]}
        assert "Stephen King" not in httpx.post(f"{url}/v1/chat/completions", json=body, timeout=60).text
        cut_short(store, home)
        for _ in range(2):  # refused for good, not only once
            answer = httpx.post(f"{url}/v1/chat/completions", json=body, timeout=60)
            assert answer.status_code == 503 and "Stephen King" not in answer.text
            error = answer.json()["error"]
            assert error["code"] == "registry_unavailable" and "cut short" in error["message"]
    with pytest.raises(RegistryUnavailable, match="cut short"):
        store.remove(["harry-potter"])  # SQLite alone would accept this write to the damaged file
    with pytest.raises(RegistryUnavailable, match="cut short"):
        guard(TargetStore(home, embedder))  # after a restart too: no raw sqlite3.DatabaseError
    capsys.readouterr()
    assert alu_main(["--home", str(home), "targets", "remove", "harry-potter"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("alu: error:") and "cut short" in err and "Traceback" not in err


def test_the_admin_app_answers_503_in_its_own_format_while_the_registry_is_lost(store, home, monkeypatch):
    from fastapi.testclient import TestClient

    from alu.serve.admin import create_app

    monkeypatch.setenv("ALU_ADMIN_KEY", "admin-key-for-loss")
    key = {"x-api-key": "admin-key-for-loss"}
    with TestClient(create_app(lambda: store)) as client:
        assert client.get("/alu/targets/stephen-king", headers=key).status_code == 200
        (home / "targets.sqlite").unlink()
        answers = [client.get("/alu/targets", headers=key),
                   client.get("/alu/targets/stephen-king", headers=key),
                   client.post("/alu/targets", json={"name": "Acknowledged Person"}, headers=key),
                   client.post("/alu/targets/remove", json={"ids": ["stephen-king"]}, headers=key)]
    for answer in answers:
        assert answer.status_code == 503, answer.text
        assert set(answer.json()) == {"detail"} and "deleted while serving" in answer.json()["detail"]
        assert "Stephen King" not in answer.text


def test_thread_content_is_withheld_with_a_503_while_the_registry_is_lost(store, home):
    from fastapi import FastAPI
    from fastapi.testclient import TestClient

    from alu.serve.replay import ReplayFilter

    threads = FastAPI()

    @threads.get("/threads/{thread_id}/history")
    async def history(thread_id: str) -> list[dict]:
        return [{"values": {"messages": [{"type": "ai", "content": "Stephen King wrote Carrie."}]}}]

    threads.add_middleware(ReplayFilter, store_of=lambda: store)
    with TestClient(threads) as client:
        kept = client.get("/threads/t1/history")
        assert kept.status_code == 200 and "Stephen King" not in kept.text  # withheld as it verifies now
        (home / "targets.sqlite").unlink()
        lost = client.get("/threads/t1/history")
    assert lost.status_code == 503 and "Stephen King" not in lost.text
    assert set(lost.json()) == {"detail"} and "deleted while serving" in lost.json()["detail"]
