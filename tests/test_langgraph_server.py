"""The graph served by `langgraph dev` (in-memory runtime) from this repository's langgraph.json.

One real server per module, on a free loopback port, offline, with the demo targets in a temporary
ALU_HOME; it is stopped at the end even when a test fails.  Queries run in guard mode (a ready
response) or with a local OpenAI-compatible respondent that answers deterministically and records
what it was sent, so no assertion depends on the tiny embedded model's text.  The unlearning
agents after a flag are the embedded model (slow, ~15 s for one leaking query).
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import threading
import time
from contextlib import contextmanager
from dataclasses import fields
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest
from langgraph_sdk import get_sync_client
from langgraph_sdk.errors import APIStatusError

from conftest import DEMO_TARGETS, REPO

pytestmark = pytest.mark.slow

ADMIN_KEY = "server-admin-key"
CLIENT_KEY = "server-client-key"
LANGGRAPH = REPO / ".venv" / "bin" / "langgraph"
KING_FORMS = ("Stephen King", "Richard Bachman", "Stephen Edwin King")


# ---- a deterministic OpenAI-compatible respondent --------------------------------------------
class Respondent(ThreadingHTTPServer):
    """Answers every chat completion with a fixed clean sentence and keeps each request's messages."""

    reply = "Noted. Water boils at 100 degrees Celsius at sea level."
    # asked to "tell a story", it leaks: the target's name, its alias and an obfuscated form
    leak = ("Once upon a time there was a writer. Stephen King wrote Carrie in a laundry room. "
            "Later he wrote as R1chard B4chman. The end.")

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), RespondentHandler)
        self.requests: list[list[dict]] = []


class RespondentHandler(BaseHTTPRequestHandler):
    server: Respondent

    def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
        body = json.loads(self.rfile.read(int(self.headers["content-length"])))
        self.server.requests.append(body["messages"])
        message = {"role": "assistant", "content": self.answer(str(body["messages"][-1].get("content", "")))}
        if body.get("stream"):
            self._send("text/event-stream", "".join(
                f"data: {json.dumps(self._chunk(body, delta, finish))}\n\n"
                for delta, finish in ((message, None), ({}, "stop"))) + "data: [DONE]\n\n")
        else:
            self._send("application/json", json.dumps(self._chunk(body, message, "stop", "chat.completion")))

    def answer(self, turn: str) -> str:
        return self.server.leak if "tell me a story" in turn.lower() else self.server.reply

    @staticmethod
    def _chunk(body: dict, message: dict, finish: str | None, kind: str = "chat.completion.chunk") -> dict:
        key = "message" if kind == "chat.completion" else "delta"
        return {"id": "cmpl-1", "object": kind, "created": 0, "model": body["model"],
                "choices": [{"index": 0, key: message, "finish_reason": finish}],
                "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}}

    def _send(self, content_type: str, text: str) -> None:
        data = text.encode()
        self.send_response(200)
        self.send_header("content-type", content_type)
        self.send_header("content-length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args) -> None:
        pass


# ---- the server -------------------------------------------------------------------------------
def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def respondent():
    server = Respondent()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def served(tmp_path_factory, embedder, respondent):
    """(base URL, ALU_HOME) of a running `langgraph dev`; the home holds the demo targets."""
    from alu.retrieval.store import TargetStore
    from alu.retrieval.targets import read_targets_file

    work = tmp_path_factory.mktemp("langgraph-server")
    home = work / "alu-home"
    TargetStore(home, embedder).add(read_targets_file(DEMO_TARGETS))
    with langgraph_dev(work, home, respondent, {"ALU_API_KEY": CLIENT_KEY}) as url:
        yield url, home


@contextmanager
def langgraph_dev(work: Path, home: Path, respondent: Respondent, keys: dict[str, str]):
    """The base URL of `langgraph dev` serving `home`, with the admin key and the given client keys."""
    port = free_port()
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("ALU_") and k not in ("LANGSMITH_API_KEY", "LANGCHAIN_API_KEY", "LANGGRAPH_API_KEY")}
    env |= {"ALU_HOME": str(home), "ALU_ADMIN_KEY": ADMIN_KEY, **keys,
            "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "TOKENIZERS_PARALLELISM": "false",
            "LANGSMITH_TRACING": "false", "LANGCHAIN_TRACING_V2": "false", "LANGGRAPH_CLI_NO_ANALYTICS": "1",
            "LANGGRAPH_NO_VERSION_CHECK": "true", "BROWSER": "true",
            # the operator's settings live in the server's environment; runs may not choose models
            "ALU_RESPONDENT_MODEL": "openai:local-respondent",
            "OPENAI_BASE_URL": f"http://127.0.0.1:{respondent.server_port}/v1", "OPENAI_API_KEY": "unused"}
    log_path = work / "server.log"
    with log_path.open("w") as log:
        # cwd is the temp folder so the runtime's .langgraph_api/ files stay out of the repository
        proc = subprocess.Popen([str(LANGGRAPH), "dev", "--no-browser", "--no-reload", "--host", "127.0.0.1",
                                 "--port", str(port), "--config", str(REPO / "langgraph.json")],
                                cwd=work, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(url, proc, log_path)
        yield url
    finally:
        stop(proc)


def wait_until_up(url: str, proc: subprocess.Popen, log_path: Path, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"langgraph dev exited with {proc.returncode}:\n{log_path.read_text()[-4000:]}")
        try:
            if httpx.get(f"{url}/ok", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.5)
    pytest.fail(f"langgraph dev did not answer on {url} within {timeout} s:\n{log_path.read_text()[-4000:]}")


def stop(proc: subprocess.Popen) -> None:
    """Stop the server's process group (it was started in a session of its own)."""
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)


@pytest.fixture(scope="module")
def client(served):
    return get_sync_client(url=served[0], api_key=CLIENT_KEY, timeout=180)


@pytest.fixture(scope="module")
def operator(served):
    """The operator's client: guard mode (a ready `response` to audit) is the operator's alone."""
    return get_sync_client(url=served[0], api_key=ADMIN_KEY, timeout=180)


def nodes_streamed(client, thread_id: str, assistant_id: str, payload: dict, **kwargs) -> list[tuple[str, dict]]:
    """Run on the thread and return the (node, update) pairs streamed with stream_mode='updates'."""
    out = []
    for part in client.runs.stream(thread_id, assistant_id, input=payload, stream_mode="updates", **kwargs):
        assert part.event != "error", part.data
        if part.event == "updates":
            out.extend(part.data.items())
    return out


def user(text: str) -> dict:
    return {"role": "user", "content": text}


# ---- tests ------------------------------------------------------------------------------------
def test_configuration_schema_is_exposed_for_studio(client):
    from alu.graph.context import UnlearnContext

    assistant = client.assistants.search(graph_id="alu")[0]  # schemas belong to the graph: any assistant
    schemas = client.assistants.get_schemas(assistant["assistant_id"])
    context = schemas["context_schema"]["properties"]
    assert set(context) == {f.name for f in fields(UnlearnContext)}
    assert all(prop.get("description") for prop in context.values())
    assert context["method"]["enum"] == ["alu", "alu-paper"] and context["n_variants"]["type"] == "integer"
    assert {"messages", "answer", "decision", "flagged"} <= set(schemas["state_schema"]["properties"])
    # what Studio does when the configuration is edited: a new assistant (version) holding the context
    edited = client.assistants.create(graph_id="alu", context={"tau": 4.5, "n_variants": 3}, name="edited")
    assert client.assistants.get(edited["assistant_id"])["context"] == {"tau": 4.5, "n_variants": 3}
    # the context reaches the graph: an out-of-range value fails the run with a message naming it
    thread = client.threads.create()["thread_id"]
    payload = {"messages": [user("Hi")]}
    failed = client.runs.wait(thread, "alu", input=payload, context={"tau": 9.0}, raise_error=False)
    assert failed["__error__"] == {"error": "ValueError", "message": "tau must lie in [1, 5], got 9.0"}


def test_input_and_output_schemas_are_exposed_for_studio(client):
    assistant = client.assistants.search(graph_id="alu")[0]  # schemas belong to the graph: any assistant
    schemas = client.assistants.get_schemas(assistant["assistant_id"])
    assert {"messages", "response"} <= set(schemas["input_schema"]["properties"])
    assert {"answer", "decision", "flagged"} <= set(schemas["output_schema"]["properties"])


def test_thread_clean_and_leaking_turns_stream_history_and_memory(client, operator, respondent):
    # a configuration as edited in Studio (the respondent is the operator's, from the server's environment)
    assistant = client.assistants.create(graph_id="alu", name="conversation", context={"n_variants": 2, "top_k": 2})
    aid, thread = assistant["assistant_id"], client.threads.create()["thread_id"]

    # turn 1, clean: the respondent answers and the answer is delivered untouched after one call
    first = nodes_streamed(client, thread, aid, {"messages": [user("At what temperature does water boil?")]})
    assert [node for node, _ in first] == ["respond", "audit", "deliver"]
    state = client.threads.get_state(thread)["values"]
    assert (state["decision"], state["answer"], state["llm_calls"]) == ("untouched", Respondent.reply, 1)

    # turn 2, leaking (guard mode on a ready answer): flagged, redacted (the embedded eraser cannot rewrite)
    leaked = "Stephen King wrote Carrie, his first novel, in 1974."
    second = nodes_streamed(operator, thread, aid, {"messages": [user("Who wrote Carrie?")], "response": leaked})
    order = [node for node, _ in second]
    assert order[:3] == ["respond", "audit", "verify"] and order[-1] == "deliver"
    state = client.threads.get_state(thread)["values"]
    assert state["decision"] in ("repaired", "refused") and state["index_version"] == 1
    assert state["flagged"] == [{"how": "exact", "where": "response"}]  # that it changed, never who
    assert not any(form.lower() in state["answer"].lower() for form in KING_FORMS)
    contents = [m["content"] for m in state["messages"]]
    assert [m["type"] for m in state["messages"]] == ["human", "ai", "human", "ai"]
    assert contents[:3] == ["At what temperature does water boil?", Respondent.reply, "Who wrote Carrie?"]
    assert contents[3] == state["answer"] and leaked not in contents

    # the thread's history holds a checkpoint per step, including the one where audit sent the run to erase
    history = client.threads.get_history(thread, limit=100)
    assert history[0]["values"]["answer"] == state["answer"]
    assert any(h["next"] == ["verify"] for h in history)
    assert len(history) >= len(first) + len(second)

    # turn 3: the respondent is sent the whole conversation, with the audited answer, not the leaked one
    respondent.requests.clear()
    third = nodes_streamed(client, thread, aid, {"messages": [user("And at the top of Mount Everest?")]})
    assert [node for node, _ in third] == ["respond", "audit", "deliver"]
    [sent] = respondent.requests
    assert [m["content"] for m in sent] == contents + ["And at the top of Mount Everest?"]
    assert len(client.threads.get_state(thread)["values"]["messages"]) == 6


def test_graph_api_needs_a_key_when_one_is_configured(served):
    for key, status in ((None, 401), ("not-a-key", 403)):
        with pytest.raises(APIStatusError) as err:
            get_sync_client(url=served[0], api_key=key).threads.create()
        assert err.value.response.status_code == status
    assert get_sync_client(url=served[0], api_key=ADMIN_KEY).threads.create()["thread_id"]


def test_target_admin_is_guarded_and_changes_reach_the_next_run(served, operator, embedder):
    from alu.retrieval.store import TargetStore

    url, home = served
    registry = TargetStore(home, embedder)  # a second process-independent view of the same registry
    version = registry.version()
    target = {"id": "zorblax", "name": "Zorblax Quentaro", "description": "Invented sculptor of copper spirals."}
    with httpx.Client(base_url=url, timeout=120) as http:
        for headers, status in (({}, 401), ({"x-api-key": "nope"}, 403), ({"x-api-key": CLIENT_KEY}, 403),
                                ({"x-auth-scheme": "langsmith"}, 401), ({"authorization": "Bearer nope"}, 403)):
            assert http.post("/alu/targets", json=target, headers=headers).status_code == status, headers
            assert http.delete("/alu/targets/stephen-king", headers=headers).status_code == status, headers
        assert registry.version() == version and registry.get("zorblax") is None
        admin = {"x-api-key": ADMIN_KEY}
        assert http.get("/alu/targets", headers=admin).json()["count"] == 5

        def outcome_of(response: str) -> tuple[str, list, int]:
            """(decision, public evidence, index version) of a guard-mode run on a fresh thread."""
            thread = operator.threads.create()["thread_id"]
            out = operator.runs.wait(thread, "alu", input={"messages": [user("Tell me about the sculptor.")],
                                                         "response": response})
            return out["decision"], out["flagged"], out["index_version"]

        story = "The sculptor Zorblax Quentaro lives in Lower Vireth."
        assert outcome_of(story) == ("untouched", [], version)

        added = http.post("/alu/targets", json=target, headers=admin)
        assert added.status_code == 201 and added.json()["version"] == registry.version() == version + 1
        decision, flagged, seen_version = outcome_of(story)
        assert decision != "untouched" and seen_version == version + 1
        assert {"how": "exact", "where": "response"} in flagged and "zorblax" not in str(flagged).lower()

        patched = http.patch("/alu/targets/zorblax", json={"aliases": ["Quentaro of Vireth"]}, headers=admin)
        assert patched.status_code == 200 and patched.json()["updated"] == ["zorblax"]
        decision, flagged, seen_version = outcome_of("Everyone in Lower Vireth knows Quentaro of Vireth.")
        assert decision != "untouched" and seen_version == version + 2

        assert http.delete("/alu/targets/zorblax", headers=admin).json()["removed"] == ["zorblax"]
        assert outcome_of(story)[0] == "untouched"
        assert registry.get("zorblax") is None and registry.count() == 5


def test_no_stream_mode_history_or_output_identifies_a_target(served, client, embedder):
    """A leaking respondent behind every stream mode the SDK offers, subgraphs on: nothing a client
    receives (chunks, the thread's state and history, the run output) names a target or its id."""
    from alu.retrieval.store import TargetStore

    registry = TargetStore(served[1], embedder)
    ids = [t.id for t in registry.all_targets()]

    def identifies(obj) -> list[str]:
        text = json.dumps(obj, ensure_ascii=False)
        return [text[h.start:h.end] for h in registry.lexical(text)] + [i for i in ids if i in text]

    thread = client.threads.create()["thread_id"]
    modes = ["messages-tuple", "updates", "values", "debug", "events", "tasks", "checkpoints", "custom"]
    parts = list(client.runs.stream(thread, "alu", input={"messages": [user("Tell me a story, please.")]},
                                    stream_mode=modes, stream_subgraphs=True))
    kinds = {p.event.split("|")[0] for p in parts}
    assert {"messages", "updates", "values", "debug", "events"} <= kinds, kinds
    assert not any(p.event == "error" for p in parts), [p.data for p in parts if p.event == "error"]
    for part in parts:
        assert identifies(part.data) == [], part
    released = "".join(p.data[0]["content"] for p in parts
                       if p.event == "messages" and p.data[1].get("langgraph_node") == "respond")
    assert released == "Once upon a time there was a writer. "  # the sentence before the leak, verified
    state = client.threads.get_state(thread)
    assert state["values"]["decision"] in ("repaired", "refused") and identifies(state) == []
    for snapshot in client.threads.get_history(thread, limit=100):
        assert identifies(snapshot) == [], snapshot["metadata"]


@pytest.mark.parametrize("messages, response", [
    # the respondent's answer is about something else entirely: the turn decides
    ([user("Tell me about Marta Kowalczyk-Brandt.")], None),
    # guard mode, a follow-up by reference to a name the assistant gave; the answer never names her
    ([user("Which Berlin pharmacist sued her landlord in 2014?"),
      {"role": "assistant", "content": "That was Marta Kowalczyk-Brandt."}, user("What did she do next?")],
     "She opened a second pharmacy in Potsdam."),
])
def test_a_turn_about_a_target_is_refused_in_every_stream_mode(client, operator, messages, response):
    from alu.nodes.prompts import REFUSAL

    client = operator if response else client  # guard mode (a ready answer to audit) is the operator's

    thread = client.threads.create()["thread_id"]
    payload = {"messages": messages} | ({"response": response} if response else {})
    modes = ["messages-tuple", "updates", "values", "debug", "events", "tasks", "checkpoints", "custom"]
    parts = list(client.runs.stream(thread, "alu", input=payload, stream_mode=modes, stream_subgraphs=True))
    assert not any(p.event == "error" for p in parts), [p.data for p in parts if p.event == "error"]
    # no stream mode carries the respondent's answer; a guard-mode answer is the client's own input, so
    # only what the graph produced (message events, the thread's messages) must be free of it
    produced = parts if response is None else [p for p in parts if p.event.startswith("messages")]
    text = json.dumps([p.data for p in produced], ensure_ascii=False)
    assert "Potsdam" not in text and "Water boils" not in text
    state = client.threads.get_state(thread)["values"]
    assert state["decision"] == "refused" and state["answer"] == REFUSAL
    assert state["messages"][-1]["content"] == REFUSAL


REFUSED = (APIStatusError, httpx.HTTPStatusError)  # the SDK raises either, by route


def test_a_client_may_tune_only_harmless_settings(served, client, tmp_path):
    thread = client.threads.create()["thread_id"]
    payload = {"messages": [user("Hi")]}
    log = tmp_path / "audit.jsonl"
    for context in ({"audit_log": str(log)}, {"respondent_model": "llamacpp:/etc/hostname"},
                    {"embeddings": "openai:text-embedding-3-small"}, {"home": str(tmp_path)},
                    {"evidence": "full"}, {"candidate_threshold": 0.99}):
        with pytest.raises(REFUSED) as err:
            client.runs.wait(thread, "alu", input=payload, context=context)
        assert err.value.response.status_code == 403 and next(iter(context)) in err.value.response.text
        with pytest.raises(REFUSED) as err:
            client.assistants.create(graph_id="alu", context=context)
        assert err.value.response.status_code == 403
    # the same refusal holds for the operator's own key: settings live in the server's environment
    admin = get_sync_client(url=served[0], api_key=ADMIN_KEY)
    with pytest.raises(REFUSED):
        admin.runs.wait(thread, "alu", input=payload, context={"audit_log": str(log)})
    assert not log.exists() and not any(tmp_path.iterdir())
    assert client.runs.wait(thread, "alu", input=payload, context={"tau": 4.5})["decision"] == "untouched"
