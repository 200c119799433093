"""`alu serve --workers 2`: two real worker processes on one loopback port and one SQLite registry.

Python runs one core per process, so a server under load uses one worker per core.  Every worker loads
its own models and index and follows the shared registry's change log: a target added through the admin
API (answered by whichever worker accepted the request) is enforced by every worker's next query.
Guard-mode requests (the client sends the answer to check), so no chat model is called.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from servers import wait_healthy

ALU = str(Path(sys.executable).with_name("alu"))
ADMIN_KEY = "workers-admin-key"
ADMIN = {"x-api-key": ADMIN_KEY}
NEW = {"id": "zorblax", "name": "Zorblax Quentaro", "description": "Invented sculptor of copper spirals."}
LEAK = "Zorblax Quentaro is famous for copper spirals."
PEOPLE = Path(__file__).resolve().parents[1] / "alu" / "data" / "demo_targets.jsonl"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _children(pid: int) -> list[int]:
    out = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            if int(stat.read_text().rsplit(")", 1)[1].split()[1]) == pid:
                out.append(int(stat.parent.name))
        except (OSError, ValueError, IndexError):
            continue
    return out


def _ask(url: str, question: str, response: str) -> dict:
    # a new connection per request, so the kernel may hand it to either worker
    with httpx.Client(timeout=120) as client:
        reply = client.post(f"{url}/v1/chat/completions", json={
            "model": "alu", "messages": [{"role": "user", "content": question}], "response": response})
    assert reply.status_code == 200, reply.text
    return reply.json()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    home = tmp_path_factory.mktemp("workers") / "home"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ALU_", "OPENAI_"))}
    env |= {"ALU_ADMIN_KEY": ADMIN_KEY, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1",
            "LANGSMITH_TRACING": "false", "TOKENIZERS_PARALLELISM": "false"}
    subprocess.run([ALU, "--home", str(home), "targets", "import", str(PEOPLE)], env=env, check=True,
                   capture_output=True)
    port = _free_port()
    log = home.parent / "serve.log"
    with open(log, "wb") as out:
        process = subprocess.Popen([ALU, "--home", str(home), "serve", "--host", "127.0.0.1", "--port", str(port),
                                    "--workers", "2", "--log-level", "warning"],
                                   env=env, stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(url, process, log, time.monotonic() + 240, "alu serve --workers 2")
        yield url, process, log
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(60)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(10)


def test_two_workers_answer_and_follow_one_registry(server):
    url, process, log = server
    # uvicorn's supervisor runs the workers as spawned children
    spawned = [p for p in _children(process.pid) if b"spawn_main" in Path(f"/proc/{p}/cmdline").read_bytes()]
    assert len(spawned) == 2, log.read_text()
    clean = _ask(url, "At what temperature does water boil?", "Water boils at 100 degrees Celsius at sea level.")
    assert clean["alu"]["decision"] == "untouched"
    before = [_ask(url, "Who made the copper spirals?", LEAK)["alu"]["decision"] for _ in range(6)]
    assert set(before) == {"untouched"}  # not a target yet, on whichever worker answered
    added = httpx.post(f"{url}/alu/targets", json=NEW, headers=ADMIN, timeout=120)
    assert added.status_code == 201, added.text
    for _ in range(10):  # every worker, whichever accepted the write, enforces it on its next query
        after = _ask(url, "Who made the copper spirals?", LEAK)
        assert after["alu"]["decision"] != "untouched"
        assert after["alu"]["index_version"] >= added.json()["version"]
        answer = after["choices"][0]["message"]["content"]
        assert "Zorblax" not in answer and "Quentaro" not in answer


def test_stopping_the_server_stops_every_worker(server):
    url, process, _ = server
    workers = _children(process.pid)
    assert workers
    process.send_signal(signal.SIGTERM)
    process.wait(60)
    time.sleep(1)
    assert [p for p in workers if Path(f"/proc/{p}").exists()
            and "zombie" not in Path(f"/proc/{p}/status").read_text().lower()] == []
