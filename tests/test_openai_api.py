"""The OpenAI-compatible endpoint, served for real on 127.0.0.1 and used through the openai client."""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from contextlib import contextmanager
from pathlib import Path

import httpx
import openai
import pytest
import uvicorn
from langchain_core.language_models.fake_chat_models import FakeListChatModel
from langchain_core.messages import AIMessageChunk
from langchain_core.outputs import ChatGenerationChunk
from pydantic import Field

from alu.nodes.refuse import REFUSAL
from alu.serve.chat_model import UnlearningChatModel
from alu.serve.openai_api import create_app
from alu.threads import THREADS_FILE
from conftest import fake_model

LEAKY = "Stephen King wrote Carrie. It came out in 1974."
REWRITE = "Carrie came out in 1974, as a first novel."
ALU = str(Path(sys.executable).with_name("alu"))


def seen(model, call: int) -> list[tuple[str, str]]:
    """The conversation a fake model was shown on its call number `call`."""
    return [(type(m).__name__, m.content) for m in model.prompts[call]]


class GatedModel(FakeListChatModel):
    """A fake respondent that answers by the last user turn, once the test opens the gate."""

    script: dict = Field(default_factory=dict)
    gate: threading.Event = Field(default_factory=threading.Event)

    def _call(self, messages, *args, **kwargs):
        assert self.gate.wait(60), "the test never opened the gate"
        return self.script[messages[-1].content]

    def _stream(self, messages, *args, **kwargs):
        for word in re.findall(r"\S+\s*", self._call(messages)):
            yield ChatGenerationChunk(message=AIMessageChunk(content=word))


def rewriting_roles(composed: str = REWRITE) -> dict:
    return {"eraser": fake_model({"variants": ["A rewritten answer."] * 5}),
            "critic": fake_model({"scores": [5, 5, 5, 5, 5]}),
            "composer": fake_model(composed)}


@contextmanager
def serving(app):
    """Run `app` with uvicorn on a free 127.0.0.1 port in a thread; stop it afterwards."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the test server did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(15)
        sock.close()


def client(url: str, key: str = "unused") -> openai.OpenAI:
    return openai.OpenAI(base_url=f"{url}/v1", api_key=key, max_retries=0)


def test_models_and_completion_through_the_openai_client(store):
    model = UnlearningChatModel(fake_model(LEAKY), store=store, models=rewriting_roles())
    with serving(create_app(model)) as url:
        oc = client(url)
        assert [m.id for m in oc.models.list()] == ["alu"]
        done = oc.chat.completions.create(model="alu", messages=[{"role": "user", "content": "Who wrote Carrie?"}])
        assert done.choices[0].message.content == REWRITE
        assert done.choices[0].finish_reason == "stop"
        alu = done.model_extra["alu"]
        assert alu["decision"] == "rewritten" and alu["llm_calls"] == 4
        assert alu["flagged"] == [{"how": "exact", "where": "response"}]  # that it changed, never who
        assert done.usage is not None and done.usage.total_tokens >= 0


def test_stream_sends_only_verified_chunks(store):
    model = UnlearningChatModel(fake_model(LEAKY), store=store, models=rewriting_roles(),
                                context={"evidence": "full"})  # what `alu serve --expose-evidence` builds
    with serving(create_app(model, expose_evidence=True)) as url:
        chunks = list(client(url).chat.completions.create(
            model="alu", stream=True, messages=[{"role": "user", "content": "Who wrote Carrie?"}]))
    deltas = [c.choices[0].delta.content or "" for c in chunks]
    assert "".join(deltas) == REWRITE
    assert all("King" not in d for d in deltas)
    assert chunks[0].choices[0].delta.role == "assistant"
    assert chunks[-1].choices[0].finish_reason == "stop"
    alu = chunks[-1].model_extra["alu"]
    assert alu["decision"] == "rewritten" and alu["flagged"][0]["target_id"] == "stephen-king"


def test_guard_mode_through_extra_body(store):
    model = UnlearningChatModel(fake_model("never called"), store=store, models=rewriting_roles())
    with serving(create_app(model)) as url:
        done = client(url).chat.completions.create(
            model="alu", messages=[{"role": "user", "content": "Who wrote Carrie?"}], extra_body={"response": LEAKY})
    assert done.choices[0].message.content == REWRITE
    assert done.model_extra["alu"]["decision"] == "rewritten"


def test_bad_requests_get_openai_errors_and_change_nothing(store):
    model = UnlearningChatModel(fake_model("Hello there."), store=store)
    with serving(create_app(model, max_body_bytes=4096)) as url:
        post = lambda content, **kw: httpx.post(f"{url}/v1/chat/completions", content=content, **kw)  # noqa: E731
        ok = {"model": "alu", "messages": [{"role": "user", "content": "Hi"}]}
        assert post(json.dumps(ok), headers={"X-Thread-Id": "t"}).status_code == 200
        cases = [
            (b'{"messages": [', 400, "not valid JSON"),
            (b'{"messages": [{"role": "user", "content": "caf\xe9"}]}', 400, "not valid UTF-8"),
            (json.dumps({"model": "alu"}).encode(), 400, "'messages'"),
            (json.dumps({"messages": []}).encode(), 400, "non-empty"),
            (json.dumps([1, 2]).encode(), 400, "JSON object"),
            (json.dumps({**ok, "model": "gpt-4o"}).encode(), 404, "does not exist"),
            (json.dumps({"messages": [{"role": "function", "content": "x"}]}).encode(), 400, "role 'function'"),
            (json.dumps({"messages": [{"role": "user", "content": [{"type": "image_url"}]}]}).encode(), 400,
             "only text parts"),
            (json.dumps({**ok, "n": 2}).encode(), 400, "n=1"),
            (json.dumps({**ok, "stream": "yes"}).encode(), 400, "'stream'"),
            (json.dumps({"messages": [{"role": "user", "content": "  "}]}).encode(), 400, "empty"),
            (json.dumps({"messages": [{"role": "user", "content": "  "}], "stream": True}).encode(), 400, "empty"),
            (json.dumps({"messages": [{"role": "user", "content": "x" * 5000}]}).encode(), 413, "limit"),
        ]
        for body, status, needle in cases:
            reply = post(body, headers={"X-Thread-Id": "t", "Content-Type": "application/json"})
            assert reply.status_code == status, (body[:60], reply.text)
            error = reply.json()["error"]
            assert needle in error["message"] and error["type"], (body[:60], error)
        # a body without a declared length is capped while it is read
        chunked = post(iter([b'{"messages": [{"role": "user", "content": "', b"x" * 5000, b'"}]}']))
        assert chunked.status_code == 413
        assert httpx.get(f"{url}/v1/nothing").json()["error"]["code"] == "not_found"
        with pytest.raises(openai.BadRequestError, match="empty"):
            client(url).chat.completions.create(model="alu", messages=[{"role": "user", "content": ""}])
        assert httpx.get(f"{url}/health").json() == {"status": "ok"}
    assert [m.content for m in model.thread_messages("t")] == ["Hi", "Hello there."]


def test_api_key(store, monkeypatch):
    model = UnlearningChatModel(fake_model("Hello."), store=store)
    monkeypatch.setenv("ALU_API_KEY", "s3cret")
    with serving(create_app(model)) as url:
        assert httpx.get(f"{url}/v1/models").status_code == 401
        wrong = httpx.get(f"{url}/v1/models", headers={"Authorization": "Bearer nope"})
        assert wrong.status_code == 401 and wrong.json()["error"]["code"] == "invalid_api_key"
        with pytest.raises(openai.AuthenticationError):
            client(url, "nope").chat.completions.create(model="alu", messages=[{"role": "user", "content": "Hi"}])
        done = client(url, "s3cret").chat.completions.create(
            model="alu", messages=[{"role": "user", "content": "Hi"}])
        assert done.choices[0].message.content == "Hello."
        assert httpx.get(f"{url}/health").status_code == 200


def test_model_failure_mid_stream_is_reported_in_band(store):
    class Failing(FakeListChatModel):
        def _call(self, *args, **kwargs):
            raise ConnectionError("upstream down")

        def _stream(self, *args, **kwargs):
            raise ConnectionError("upstream down")

    model = UnlearningChatModel(Failing(responses=["-"]), store=store)
    with serving(create_app(model)) as url:
        with pytest.raises(openai.APIError, match="upstream down"):
            list(client(url).chat.completions.create(
                model="alu", stream=True, messages=[{"role": "user", "content": "Hi"}]))
        with pytest.raises(openai.InternalServerError, match="upstream down"):
            client(url).chat.completions.create(model="alu", messages=[{"role": "user", "content": "Hi"}])


def test_client_disconnecting_mid_stream_leaves_the_server_healthy(store):
    script = {"I like tea.": "Noted, you like tea.", "Say lorem ipsum many times.": " ".join(["lorem ipsum"] * 15000),
              "What do I like?": "You like tea."}
    respondent = GatedModel(responses=["-"], script=script)
    model = UnlearningChatModel(respondent, store=store)
    body = {"model": "alu", "stream": True, "messages": [{"role": "user", "content": "I like tea."}]}
    with serving(create_app(model, keepalive_seconds=0.05)) as url:
        # 1. gone while the graph is still working (only the role chunk and keep-alives sent so far)
        with httpx.stream("POST", f"{url}/v1/chat/completions", json=body, headers={"X-Thread-Id": "t"}) as r:
            assert r.status_code == 200
            assert next(line for line in r.iter_lines() if line.startswith(":")) == ": keep-alive"
        time.sleep(1)  # let the server see the disconnection before the respondent may go on
        respondent.gate.set()
        # 2. gone in the middle of a long answer
        body["messages"][0]["content"] = "Say lorem ipsum many times."
        with httpx.stream("POST", f"{url}/v1/chat/completions", json=body) as r:
            first = next(line for line in r.iter_lines() if line.startswith("data: "))
            assert json.loads(first.removeprefix("data: "))["choices"][0]["delta"]["role"] == "assistant"
        # the server still answers; the abandoned threaded turn was cancelled and left no trace in the thread
        assert httpx.get(f"{url}/health").json() == {"status": "ok"}
        done = client(url).chat.completions.create(
            model="alu", messages=[{"role": "user", "content": "What do I like?"}], extra_headers={"X-Thread-Id": "t"})
        assert done.choices[0].message.content == "You like tea."
    assert [m.content for m in model.thread_messages("t")] == ["What do I like?", "You like tea."]


def test_threads_by_header_or_user_field(store, home):
    respondent = fake_model("Hello Zed.", "Your name is Zed.", "Hello Amy.", "Your name is Amy.")
    model = UnlearningChatModel(respondent, store=store)
    with serving(create_app(model)) as url:
        oc = client(url)
        oc.chat.completions.create(model="alu", messages=[{"role": "user", "content": "I am Zed."}],
                                   extra_headers={"X-Thread-Id": "zed"})
        second = oc.chat.completions.create(model="alu", messages=[{"role": "user", "content": "Who am I?"}],
                                            extra_headers={"X-Thread-Id": "zed"})
        assert second.choices[0].message.content == "Your name is Zed."
        assert second.model_extra["alu"]["thread_id"] == "zed"
        # an OpenAI client re-sending the whole conversation, with `user` naming the thread
        history = [{"role": "user", "content": "I am Amy."}]
        first = oc.chat.completions.create(model="alu", messages=history, user="amy")
        history += [{"role": "assistant", "content": first.choices[0].message.content},
                    {"role": "user", "content": "Who am I?"}]
        oc.chat.completions.create(model="alu", messages=history, user="amy")
    assert seen(respondent, 1) == [("HumanMessage", "I am Zed."), ("AIMessage", "Hello Zed."),
                                  ("HumanMessage", "Who am I?")]
    assert seen(respondent, 3) == [("HumanMessage", "I am Amy."), ("AIMessage", "Hello Amy."),
                                  ("HumanMessage", "Who am I?")]
    assert len(model.thread_messages("amy")) == 4  # the re-sent history was not stored twice
    assert (home / THREADS_FILE).is_file()
    # stateless: without a thread id the respondent sees only what the request carries
    stateless = UnlearningChatModel(fake_model("No idea."), store=store)
    with serving(create_app(stateless)) as url:
        client(url).chat.completions.create(model="alu", messages=[{"role": "user", "content": "Who am I?"}])
    assert [seen(stateless.respondent, i) for i in range(len(stateless.respondent.prompts))] == [
        [("HumanMessage", "Who am I?")]]


def test_earlier_answer_is_not_replayed_after_its_subject_becomes_a_target(store):
    said = "Ada Lovelace wrote the first program."
    respondent = fake_model(said, "As I said: " + said)
    model = UnlearningChatModel(respondent, store=store,
                                models=rewriting_roles("The first program is a well known piece of history."))
    with serving(create_app(model)) as url:
        oc = client(url)
        history = [{"role": "user", "content": "Who wrote the first program?"}]
        first = oc.chat.completions.create(model="alu", messages=history, extra_headers={"X-Thread-Id": "t"})
        assert first.choices[0].message.content == said
        assert first.model_extra["alu"]["decision"] == "untouched"

        store.add([{"id": "ada-lovelace", "name": "Ada Lovelace", "aliases": ["Augusta Ada King"],
                    "description": "English mathematician who wrote the first program for the Analytical Engine."}])
        history += [{"role": "assistant", "content": said}, {"role": "user", "content": "Say that again."}]
        again = oc.chat.completions.create(model="alu", messages=history, extra_headers={"X-Thread-Id": "t"})
    answer = again.choices[0].message.content
    assert said not in answer and "Lovelace" not in answer
    assert again.model_extra["alu"]["decision"] != "untouched"
    # the respondent no longer saw the earlier answer, and the stored thread no longer holds it
    assert all("Lovelace" not in text for _, text in seen(respondent, 1))
    stored = [m.content for m in model.thread_messages("t")]
    assert said not in stored and REFUSAL in stored


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.slow
def test_alu_serve_with_the_real_embedded_models(store, home, tmp_path):
    """`alu serve` in its own process, SmolLM2 in every role; no assertion on the quality of its text."""
    port = free_port()
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "ALU_MAX_RETRIES": "0", "ALU_API_KEY": ""}
    log = tmp_path / "serve.log"
    with log.open("w") as out:
        proc = subprocess.Popen([ALU, "--home", str(home), "serve", "--port", str(port), "--log-level", "warning"],
                                env=env, stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 180
        while True:
            assert proc.poll() is None, log.read_text()
            try:
                if httpx.get(f"{url}/health").status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert time.monotonic() < deadline, "alu serve did not come up"
            time.sleep(0.5)
        oc = openai.OpenAI(base_url=f"{url}/v1", api_key="unused", max_retries=0, timeout=600)
        clean = oc.chat.completions.create(model="alu", messages=[{"role": "user", "content": "What is 2 + 2?"}])
        assert clean.choices[0].message.content.strip()
        assert clean.model_extra["alu"]["decision"] in ("untouched", "rewritten", "repaired", "refused")
        chunks = list(oc.chat.completions.create(
            model="alu", stream=True, messages=[{"role": "user", "content": "Who wrote Carrie?"}],
            extra_body={"response": "Stephen King wrote Carrie. It was his first novel."}))
        text = "".join(c.choices[0].delta.content or "" for c in chunks)
        assert chunks[-1].model_extra["alu"]["decision"] in ("rewritten", "repaired", "refused")
        assert "King" not in text
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def test_a_client_cannot_set_policy_or_learn_target_names(store, tmp_path):
    """Whatever a client puts in a request, settings stay the operator's and evidence stays nameless."""
    respondent = fake_model(LEAKY, LEAKY)
    model = UnlearningChatModel(respondent, store=store, models=rewriting_roles())
    elsewhere = tmp_path / "client-chosen"
    elsewhere.mkdir()
    log = elsewhere / "audit.jsonl"
    with serving(create_app(model)) as url:
        body = {"model": "alu", "messages": [{"role": "user", "content": "Who wrote Carrie?"}],
                "context": {"audit_log": str(log), "evidence": "full", "respondent_model": "llamacpp:/etc/hostname"},
                "audit_log": str(log), "evidence": "full", "home": str(elsewhere), "embeddings": "openai:x",
                "configurable": {"audit_log": str(log)}}
        answer = httpx.post(f"{url}/v1/chat/completions", json=body, timeout=60).json()
        streamed = httpx.post(f"{url}/v1/chat/completions", json=body | {"stream": True}, timeout=60).text
    assert answer["choices"][0]["message"]["content"] == REWRITE
    assert answer["alu"]["flagged"] == [{"how": "exact", "where": "response"}]
    for text in (json.dumps(answer), streamed):
        assert store.lexical(text) == [] and "stephen-king" not in text
    assert not log.exists() and list(elsewhere.iterdir()) == []
    assert model.unlearn_context.evidence == "public" and model.unlearn_context.audit_log == ""
