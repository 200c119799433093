"""A served registry on a real PostgreSQL that starts fresh, restarts and freezes under load.

One PostgreSQL server for the module (tests/pg_server.py); each test uses its own fresh database
in it.  Replicas are real servers on loopback (the OpenAI-compatible app with the admin routes,
in-process), each with its own home folder and the real MiniLM; the respondent is a scripted model
and queries use guard mode, so what is tested is the registry, the threads and the server.
"""

from __future__ import annotations

import socket
import threading
import time
import uuid
from contextlib import ExitStack

import httpx
import psycopg
import pytest
from pg_server import postgres_instance
from test_openai_api import serving

from alu.retrieval.store import TargetStore
from alu.serve.admin import add_admin_routes
from alu.serve.chat_model import UnlearningChatModel
from alu.serve.openai_api import create_app
from alu.threads import CHECKPOINT_TABLES
from conftest import fake_model

ADMIN_KEY = "outage-admin-key"
ADMIN = {"x-api-key": ADMIN_KEY}
DB_TIMEOUT = 2.0                       # ALU_DB_TIMEOUT for these tests
ANSWER_WITHIN = DB_TIMEOUT + 2.0       # the documented bound: ALU_DB_TIMEOUT + 1 s, and 1 s for a loaded machine
RECOVER_WITHIN = 10.0                  # seconds from the database's return to the first answer
KEEPER = {"id": "brannoch", "name": "Ilse Brannoch", "description": "Invented keeper of a salt-marsh lighthouse."}
LEAK = "Ilse Brannoch kept the salt-marsh light for forty years."


@pytest.fixture(scope="module")
def pg():
    with postgres_instance() as server:
        yield server


@pytest.fixture
def fresh_db(pg, monkeypatch):
    """A new, empty database on the module's server; ALU_REGISTRY points at it."""
    name = f"t_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(pg.url, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    url = pg.url.rsplit("/", 1)[0] + f"/{name}"
    monkeypatch.setenv("ALU_REGISTRY", url)
    monkeypatch.setenv("ALU_ADMIN_KEY", ADMIN_KEY)
    monkeypatch.setenv("ALU_DB_TIMEOUT", str(DB_TIMEOUT))
    return url


def replica(stack: ExitStack, home, embedder) -> tuple[str, TargetStore]:
    """A served replica: its own home folder (FAISS index) on the shared registry; returns (URL, store)."""
    store = TargetStore(home, embedder)
    stack.callback(store.registry.close)
    model = UnlearningChatModel(fake_model("Nothing more to add."), store=store)
    app = create_app(model)
    add_admin_routes(app, lambda: store)
    return stack.enter_context(serving(app)), store


def ask(url: str, question: str, response: str | None = None, thread: str | None = None,
        timeout: float = 60) -> httpx.Response:
    body: dict = {"model": "alu", "messages": [{"role": "user", "content": question}]}
    if response is not None:
        body["response"] = response
    return httpx.post(f"{url}/v1/chat/completions", json=body, headers={"x-thread-id": thread} if thread else {},
                      timeout=timeout)


def test_two_replicas_opening_a_fresh_database_and_answering_their_first_queries_together(fresh_db, tmp_path,
                                                                                          embedder):
    with ExitStack() as stack:
        opened: list = [None, None]
        errors: list[BaseException] = []

        def open_replica(i: int) -> None:  # both create the registry's tables at the same moment
            try:
                opened[i] = replica(stack, tmp_path / f"home-{i}", embedder)
            except BaseException as e:
                errors.append(e)

        starters = [threading.Thread(target=open_replica, args=(i,)) for i in range(2)]
        for t in starters:
            t.start()
        for t in starters:
            t.join(120)
        assert not errors and all(opened), errors
        (a, store_a), (b, _) = opened
        store_a.add([KEEPER])

        # the first threaded queries of both replicas set up the checkpointer tables at the same moment
        start = threading.Barrier(2)
        replies: dict[str, httpx.Response] = {}

        def first_query(name: str, url: str) -> None:
            start.wait()
            try:
                replies[name] = ask(url, "Who kept the light?", LEAK, thread=f"first-{name}")
            except httpx.HTTPError as e:
                replies[name] = e  # type: ignore[assignment]

        askers = [threading.Thread(target=first_query, args=(n, u)) for n, u in (("a", a), ("b", b))]
        for t in askers:
            t.start()
        for t in askers:
            t.join(90)
        assert not any(t.is_alive() for t in askers), "a first query hung"
        for name in ("a", "b"):
            reply = replies[name]
            assert isinstance(reply, httpx.Response) and reply.status_code == 200, (name, reply)
            assert "Brannoch" not in reply.json()["choices"][0]["message"]["content"]
            assert reply.json()["alu"]["decision"] != "untouched"
    with psycopg.connect(fresh_db) as conn:
        from langgraph.checkpoint.postgres import PostgresSaver

        latest = conn.execute("SELECT max(v) FROM checkpoint_migrations").fetchone()[0]
        invalid = conn.execute("SELECT count(*) FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid "
                               "WHERE NOT i.indisvalid AND t.relname = ANY(%s)", (list(CHECKPOINT_TABLES),))
        threads = conn.execute("SELECT count(DISTINCT thread_id) FROM checkpoints").fetchone()[0]
        assert latest == len(PostgresSaver.MIGRATIONS) - 1 and invalid.fetchone()[0] == 0 and threads == 2


class Load:
    """Queries (half of them threaded) and admin writes against one replica, every call recorded as
    (start, end, status) with status 0 for a client-side timeout or a lost connection."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.calls: list[tuple[float, float, int]] = []
        self.slow: list[tuple[str, float, int]] = []  # (what, seconds, status) of calls over ANSWER_WITHIN
        self.acknowledged: list[str] = []
        self.stop = threading.Event()
        self.threads = [threading.Thread(target=self._ask, args=(i,)) for i in range(3)]
        self.threads.append(threading.Thread(target=self._write))

    def __enter__(self) -> Load:
        for t in self.threads:
            t.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop.set()
        for t in self.threads:
            t.join(60)

    def answered_since(self, moment: float) -> bool:
        return any(s in (200, 201) and start >= moment for start, _, s in self.calls)

    def _record(self, what: str, call) -> int:
        start = time.monotonic()
        try:
            status = call().status_code
        except httpx.HTTPError:
            status = 0
        end = time.monotonic()
        self.calls.append((start, end, status))
        if end - start > ANSWER_WITHIN:
            self.slow.append((what, end - start, status))
        return status

    def _ask(self, worker: int) -> None:
        n = 0
        while not self.stop.is_set():
            thread = f"load-{worker}" if n % 2 else None
            self._record(f"query thread={thread}",
                         lambda thread=thread: ask(self.url, "Who kept the light?", LEAK, thread=thread, timeout=30))
            n += 1
            time.sleep(0.05)

    def _write(self) -> None:
        n = 0
        while not self.stop.is_set():
            target = {"id": f"keeper-{n}", "name": f"Keeper Number {n}", "description": f"Invented keeper {n}."}
            status = self._record("write", lambda target=target: httpx.post(f"{self.url}/alu/targets", json=target,
                                                                            headers=ADMIN, timeout=30))
            if status == 201:
                self.acknowledged.append(target["id"])
            n += 1
            time.sleep(0.1)


def outage_under_load(fresh_db, tmp_path, embedder, outage, back) -> None:
    """Serve under load, cause the outage, end it, and check: every call answered (200/201, or 503
    while the database was away) within the deadline, answers again within RECOVER_WITHIN of the
    database's return, and every acknowledged write is in the registry and enforced."""
    with ExitStack() as stack:
        url, store = replica(stack, tmp_path / "home", embedder)
        store.add([KEEPER])
        assert ask(url, "warm-up", LEAK, thread="warm-up").status_code == 200
        with Load(url) as load:
            time.sleep(1.5)
            down = time.monotonic()
            outage(url)
            time.sleep(3.0)
            back()
            returned = time.monotonic()
            while time.monotonic() < returned + RECOVER_WITHIN + 5 and not load.answered_since(returned):
                time.sleep(0.1)
            time.sleep(3.0)  # and it stays up
        calls, acknowledged = load.calls, load.acknowledged
        statuses = {status for _, _, status in calls}
        assert statuses <= {200, 201, 503}, sorted(statuses)  # no 500, no client-side timeout
        assert not load.slow, load.slow
        assert any(s == 503 and start >= down for start, _, s in calls), "the outage was never noticed"
        recovered = min(end for start, end, s in calls if s in (200, 201) and start >= returned)
        assert recovered - returned <= RECOVER_WITHIN
        late = [s for start, _, s in calls if start >= recovered + 1.0]
        assert late and set(late) <= {200, 201}, late
        assert any(s == 201 for start, _, s in calls if start >= returned)  # writes resumed too

        with psycopg.connect(fresh_db) as conn:
            stored = {r[0] for r in conn.execute("SELECT id FROM targets")}
        assert set(acknowledged) <= stored, sorted(set(acknowledged) - stored)
        last = acknowledged[-1]
        enforced = ask(url, "Who is the keeper?", f"Keeper Number {last.split('-')[1]} kept it.").json()
        assert enforced["alu"]["decision"] != "untouched"
        ready = httpx.get(f"{url}/ready", timeout=10)
        assert ready.status_code == 200 and ready.json()["index_version"] == store.registry.version()
        assert ready.json()["model_loaded"] is True


def test_a_restart_under_load_gives_503s_then_recovers_and_keeps_acknowledged_writes(pg, fresh_db, tmp_path,
                                                                                     embedder):
    outage_under_load(fresh_db, tmp_path, embedder, lambda url: pg.stop(), pg.start)


def test_a_frozen_database_under_load_gives_503s_not_hangs_then_recovers(pg, fresh_db, tmp_path, embedder):
    def freeze(url: str) -> None:
        pg.freeze()
        start = time.monotonic()
        reply = httpx.get(f"{url}/ready", timeout=30)  # readiness says so within its deadline
        assert reply.status_code == 503 and time.monotonic() - start <= DB_TIMEOUT + 2.0
        assert reply.json()["status"] == "unavailable"

    outage_under_load(fresh_db, tmp_path, embedder, freeze, pg.thaw)


def test_the_cli_reports_an_unreachable_database_or_a_bad_timeout_in_one_line(monkeypatch, tmp_path, capsys):
    from alu.cli import main

    with socket.socket() as s:  # a port nothing listens on once it is closed
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    monkeypatch.setenv("ALU_REGISTRY", f"postgresql://alu@127.0.0.1:{port}/postgres")
    monkeypatch.setenv("ALU_DB_TIMEOUT", "1")
    assert main(["--home", str(tmp_path / "home"), "targets", "list"]) == 1
    err = capsys.readouterr().err
    assert "alu: error: the PostgreSQL database did not answer" in err and "Traceback" not in err
    monkeypatch.setenv("ALU_DB_TIMEOUT", "soon")
    assert main(["--home", str(tmp_path / "home"), "targets", "list"]) == 2
    assert "ALU_DB_TIMEOUT must be a number of seconds" in capsys.readouterr().err
