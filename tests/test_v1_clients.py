"""`alu serve`'s app (/v1 with the target admin routes mounted) for a client and for the operator, and on a
home that fills up.  Real uvicorn on loopback, a real registry; fake chat models only as respondents."""

from __future__ import annotations

import json

import httpx
from mounts import mounted
from test_openai_api import serving

from alu.retrieval.store import TargetStore
from alu.serve.admin import add_admin_routes
from alu.serve.chat_model import UnlearningChatModel
from alu.serve.openai_api import create_app
from conftest import fake_model

CLIENT, OPERATOR = "v1-client-key", "v1-operator-key"
QUESTION = {"role": "user", "content": "Who wrote the book?"}


def bearer(key: str) -> dict:
    return {"authorization": f"Bearer {key}"}


def test_guard_mode_is_the_operators_and_says_nothing_about_a_guessed_name(store, monkeypatch):
    monkeypatch.setenv("ALU_ADMIN_KEY", OPERATOR)
    model = UnlearningChatModel(fake_model(*["Water boils at 100 degrees Celsius."] * 4), store=store,
                                models={"auditor": fake_model({"leaked": []})})
    app = create_app(model, api_key=CLIENT)
    with serving(app) as url, httpx.Client(base_url=url, timeout=60) as http:
        answers = []
        for guess in ("Stephen King wrote it.", "Marta Quillbrook wrote it."):  # registered / not registered
            for body in ({"messages": [QUESTION], "response": guess},
                         {"messages": [QUESTION, {"role": "assistant", "content": guess}]}):
                refused = http.post("/v1/chat/completions", json=body, headers=bearer(CLIENT))
                assert refused.status_code == 403 and refused.json()["error"]["code"] == "operator_only"
                answers.append(refused.json())
        assert all(a == answers[i % 2] for i, a in enumerate(answers))  # the same whichever name was guessed
        # the client's own question is answered; the operator may audit a ready answer
        asked = http.post("/v1/chat/completions", json={"messages": [QUESTION]}, headers=bearer(CLIENT))
        assert asked.status_code == 200 and asked.json()["alu"]["decision"] == "untouched"
        guarded = http.post("/v1/chat/completions", headers=bearer(OPERATOR),
                            json={"messages": [QUESTION], "response": "Stephen King wrote it."})
        assert guarded.status_code == 200 and guarded.json()["alu"]["decision"] != "untouched"
        assert "Stephen King" not in guarded.json()["choices"][0]["message"]["content"]


def fill(folder) -> None:
    """Write until the file system has no room left."""
    try:
        with (folder / "filler.bin").open("wb", buffering=0) as f:
            while True:
                f.write(b"\0" * 4096)
    except OSError:
        pass


def test_a_full_disk_is_a_clear_507_and_stores_nothing(home, store, embedder, tmp_path, monkeypatch):
    monkeypatch.setenv("ALU_ADMIN_KEY", OPERATOR)
    full = tmp_path / "full-home"
    with mounted("full", full, home):
        registry = TargetStore(full, embedder)
        before = (registry.version(), sorted(t.id for t in registry.all_targets()))
        model = UnlearningChatModel(fake_model(*["Water boils at 100 degrees Celsius."] * 4), store=registry)
        app = create_app(model, api_key=CLIENT)
        add_admin_routes(app, lambda: registry)
        fill(full)
        many = "".join(json.dumps({"name": f"Filler Person{i} Quaxley", "description": "A stamp collector. " * 8})
                       + "\n" for i in range(40))
        with serving(app) as url, httpx.Client(base_url=url, timeout=120) as http:
            admin = {"x-api-key": OPERATOR}
            imported = http.post("/alu/targets/import?format=jsonl", content=many, headers=admin)
            assert imported.status_code == 507 and "disk is full" in imported.json()["detail"]
            one = http.post("/alu/targets", json={"name": "Filler Person Alone"}, headers=admin)
            assert one.status_code == 507 and set(one.json()) == {"detail"}  # the admin API's own format
            threaded = http.post("/v1/chat/completions", json={"messages": [QUESTION]},
                                 headers=bearer(CLIENT) | {"x-thread-id": "t1"})
            assert threaded.status_code == 507 and "disk is full" in threaded.json()["error"]["message"]
            # what needs no write still works, and the registry is as it was
            stateless = http.post("/v1/chat/completions", json={"messages": [QUESTION]}, headers=bearer(CLIENT))
            assert stateless.status_code == 200
            assert http.get("/alu/targets", headers=admin).json()["count"] == len(before[1])
        assert (registry.version(), sorted(t.id for t in registry.all_targets())) == before
        assert "traceback" not in imported.text.lower()


def test_a_name_registered_later_is_never_replayed_on_postgres_threads(tmp_path, embedder, monkeypatch):
    """/v1 threads kept by langgraph-checkpoint-postgres (ALU_REGISTRY): after the name an earlier answer
    gave becomes a target, neither the next answer (whole or streamed), nor what the respondent is shown,
    nor the stored thread that any replica continues carries it."""
    from pg_server import postgres_server
    from test_openai_api import rewriting_roles

    from alu.nodes.refuse import REFUSAL

    said = "The copper spirals were made by Quillon Marvek in 1987."
    with postgres_server() as url:
        monkeypatch.setenv("ALU_REGISTRY", url)
        registry = TargetStore(tmp_path / "home", embedder)
        respondent = fake_model(said, "As I said, they were made in 1987.", "Yes, in 1987.")
        model = UnlearningChatModel(respondent, store=registry, models=rewriting_roles("They date from 1987."))
        with serving(create_app(model)) as base, httpx.Client(base_url=base, timeout=120) as http:
            def ask(text: str, stream: bool = False) -> str:
                body = {"messages": [{"role": "user", "content": text}], "stream": stream}
                reply = http.post("/v1/chat/completions", json=body, headers={"x-thread-id": "spirals"})
                assert reply.status_code == 200, reply.text
                return reply.text if stream else reply.json()["choices"][0]["message"]["content"]

            assert ask("Who made the copper spirals?") == said  # not a target yet
            registry.add([{"id": "quillon-marvek", "name": "Quillon Marvek",
                           "description": "Invented sculptor of copper spirals in Lower Vireth."}])
            again, streamed = ask("Say that again."), ask("When was that?", stream=True)
        for text in (again, streamed, *(m.content for m in respondent.prompts[1] + respondent.prompts[2])):
            assert "Marvek" not in text and "Quillon" not in text
        # another replica's view of the thread: the earlier answer was replaced where it is stored
        other = UnlearningChatModel(fake_model("unused"), store=TargetStore(tmp_path / "other", embedder))
        stored = [m.content for m in other.thread_messages("spirals")]
        assert said not in stored and REFUSAL in stored and len(stored) == 6
