"""Two `alu serve` replicas sharing one real PostgreSQL registry (and its threads).

A real PostgreSQL server is started for the module (tests/pg_server.py); each replica is a real
`alu serve` process on loopback with its own home folder (its own FAISS index) and
ALU_REGISTRY pointing at the database.  The replicas' chat models are a stand-in provider on
loopback (tests/fake_llm_server.py); retrieval, audit and verify are the real ones.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import psycopg
import pytest
from fake_llm_server import create_fake_llm
from pg_server import postgres_server
from servers import wait_healthy
from test_openai_api import serving

ALU = str(Path(sys.executable).with_name("alu"))
ADMIN_KEY = "replica-admin-key"
ADMIN = {"x-api-key": ADMIN_KEY}
NEW = {"id": "zorblax", "name": "Zorblax Quentaro", "description": "Invented sculptor of copper spirals."}
LEAK = "Zorblax Quentaro is famous for copper spirals."


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Replica:
    def __init__(self, name: str, home: Path, env: dict) -> None:
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = home.parent / f"{name}.log"
        with open(self.log, "wb") as log:
            self.process = subprocess.Popen([ALU, "--home", str(home), "serve", "--host", "127.0.0.1", "--port",
                                             str(self.port), "--model", "openai:fake", "--log-level", "warning"],
                                            env=env, stdout=log, stderr=subprocess.STDOUT)

    def wait_ready(self, deadline: float) -> None:
        wait_healthy(self.url, self.process, self.log, deadline, "replica")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)

    def ask(self, question: str, response: str | None = None, thread: str | None = None) -> dict:
        body = {"model": "alu", "messages": [{"role": "user", "content": question}]}
        if response is not None:
            body["response"] = response
        headers = {"x-thread-id": thread} if thread else {}
        reply = httpx.post(f"{self.url}/v1/chat/completions", json=body, headers=headers, timeout=120)
        assert reply.status_code == 200, reply.text
        return reply.json()


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    root = tmp_path_factory.mktemp("replicas")
    llm_app, seen = create_fake_llm()
    with postgres_server() as db_url, serving(llm_app) as llm_url:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("ALU_", "OPENAI_"))}
        env |= {"ALU_REGISTRY": db_url, "ALU_ADMIN_KEY": ADMIN_KEY, "OPENAI_BASE_URL": f"{llm_url}/v1",
                "OPENAI_API_KEY": "fake-key", "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1",
                "LANGSMITH_TRACING": "false", "TOKENIZERS_PARALLELISM": "false"}
        replicas = [Replica(name, root / name, env) for name in ("a", "b")]
        try:
            deadline = time.monotonic() + 240
            for replica in replicas:
                replica.wait_ready(deadline)
            yield replicas[0], replicas[1], seen, db_url
        finally:
            for replica in replicas:
                replica.stop()


def test_a_target_added_through_one_replica_is_enforced_by_the_others_next_query(cluster):
    a, b, _, _ = cluster
    before = b.ask("Who made the copper spirals?", response=LEAK)
    assert before["alu"]["decision"] == "untouched"  # not a target yet
    added = httpx.post(f"{a.url}/alu/targets", json=NEW, headers=ADMIN, timeout=120)
    assert added.status_code == 201, added.text
    after = b.ask("Who made the copper spirals?", response=LEAK)
    assert after["alu"]["decision"] != "untouched"
    assert after["alu"]["index_version"] == added.json()["version"]
    answer = after["choices"][0]["message"]["content"]
    assert "Zorblax" not in answer and "Quentaro" not in answer
    shown = httpx.get(f"{b.url}/alu/targets/zorblax", headers=ADMIN, timeout=30)
    assert shown.status_code == 200 and shown.json()["target"]["name"] == NEW["name"]


def test_a_thread_started_on_one_replica_continues_on_the_other(cluster):
    a, b, seen, db_url = cluster
    a.ask("My favourite colour is vermilion.", thread="thread-across-replicas")
    start = len(seen)
    b.ask("What is my favourite colour?", thread="thread-across-replicas")
    prompts = [" ".join(str(m.get("content")) for m in request["messages"]) for request in seen[start:]]
    assert any("vermilion" in p and "What is my favourite colour?" in p for p in prompts), prompts
    with psycopg.connect(db_url) as conn:
        stored = conn.execute("SELECT COUNT(*) FROM checkpoints WHERE thread_id = %s",
                              ("thread-across-replicas",)).fetchone()[0]
    assert stored >= 2


def test_a_replica_killed_mid_write_loses_nothing_acknowledged(cluster):
    a, b, _, _ = cluster
    acknowledged: list[str] = []
    stop = threading.Event()

    def write(worker: int) -> None:
        n = 0
        while not stop.is_set():
            target = {"id": f"durable-{worker}-{n}", "name": f"Durable Keeper {worker} {n}",
                      "description": f"Keeper number {n} of lighthouse {worker}."}
            try:
                reply = httpx.post(f"{a.url}/alu/targets", json=target, headers=ADMIN, timeout=60)
            except httpx.HTTPError:
                return  # the replica is gone: this write was never acknowledged
            if reply.status_code == 201:
                acknowledged.append(target["id"])
            n += 1

    writers = [threading.Thread(target=write, args=(w,)) for w in range(3)]
    for w in writers:
        w.start()
    deadline = time.monotonic() + 60
    while len(acknowledged) < 12 and time.monotonic() < deadline:
        time.sleep(0.05)
    a.process.kill()  # SIGKILL, with writes in flight
    a.process.wait(10)
    stop.set()
    for w in writers:
        w.join(60)
    assert len(acknowledged) >= 12
    listed = httpx.get(f"{b.url}/alu/targets", params={"limit": 1000}, headers=ADMIN, timeout=60).json()
    present = {t["id"] for t in listed["targets"]}
    assert set(acknowledged) <= present, sorted(set(acknowledged) - present)
    last = acknowledged[-1]
    name = f"Durable Keeper {last.split('-')[1]} {last.split('-')[2]}"
    enforced = b.ask("Who keeps the lighthouse?", response=f"{name} keeps it.")
    assert enforced["alu"]["decision"] != "untouched"
    assert name not in enforced["choices"][0]["message"]["content"]
