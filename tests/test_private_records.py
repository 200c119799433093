"""Private records outlive the process that opened them, belong to one thread, and end with their query.

A run on a thread keeps its record in the registry's database (graph/private.py), written after every
node: a run interrupted before audit resumes to the verified answer an uninterrupted run gives, in
this process (SQLite) and in another one (a real PostgreSQL registry, tests/pg_server.py, with the
PostgreSQL checkpointer; and a shared SQLite home).  A handle copied into another thread is refused;
a node that raises closes the record and leaves a "failed" audit line; many records open at once
are all kept, and a full memory store refuses a new query instead of evicting one.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import psycopg
import pytest
from langchain_core.language_models.fake_chat_models import FakeListChatModel
from langchain_core.messages import HumanMessage
from langgraph.checkpoint.sqlite import SqliteSaver
from resume_worker import LEAK, QUESTION, REWRITTEN, scripted_models
from test_pg_outages import fresh_db, pg  # noqa: F401  (fixtures: one server for the module, a database per test)

from alu.graph import private
from alu.graph.builder import build_graph
from alu.graph.context import UnlearnContext
from alu.graph.private import ExpiredRecord, Private
from alu.graph.resources import Resources
from alu.models import ModelError
from alu.retrieval import private_records as private_store
from alu.retrieval.private_records import DatabaseRecords, MemoryRecords, RecordsFull
from alu.retrieval.store import TargetStore
from conftest import DEMO_TARGETS

TESTS = Path(__file__).resolve().parent


def durable_rows(home: Path) -> list[tuple[str, str]]:
    """(handle, binding) of every record in the home's private.sqlite."""
    import sqlite3

    with sqlite3.connect(home / private_store.RECORDS_FILE) as conn:
        return conn.execute("SELECT handle, binding FROM private_records").fetchall()


@pytest.mark.parametrize("interrupt", [{"interrupt_before": ["audit"]}, {"interrupt_after": ["erase"]},
                                       {"interrupt_before": ["verify"]}])
def test_an_interrupted_run_resumes_to_the_answer_an_uninterrupted_run_gives(store, home, tmp_path, interrupt):
    ctx = UnlearnContext(home=str(home), evidence="full")
    whole = build_graph(Resources(store=store, models=scripted_models())).invoke(
        {"messages": [HumanMessage(QUESTION)]}, context=ctx)
    assert whole["answer"] == REWRITTEN and whole["decision"] == "rewritten"
    with SqliteSaver.from_conn_string(str(tmp_path / "threads.sqlite")) as saver:
        graph = build_graph(Resources(store=store, models=scripted_models()), checkpointer=saver)
        config = {"configurable": {"thread_id": "t"}}
        graph.invoke({"messages": [HumanMessage(QUESTION)]}, config, context=ctx, **interrupt)
        paused = graph.get_state(config)
        assert paused.next and LEAK not in json.dumps(paused.values, default=str)
        assert len(durable_rows(home)) == 1  # the draft waits outside graph state, in the operator's file
        resumed = graph.invoke(None, config, context=ctx)
    assert (resumed["answer"], resumed["decision"]) == (whole["answer"], whole["decision"])
    assert resumed["flagged"] == whole["flagged"]
    assert durable_rows(home) == []  # closed by deliver


def test_the_deadline_resumes_as_the_time_that_was_left():
    record = Private(question="q", deadline=time.monotonic() + 30, evidence=[])
    data = json.loads(record.dumps())
    assert 29 < data["seconds_left"] <= 30 and "cancel" not in data and "deadline" not in data
    again = Private.loads(record.dumps())
    assert 29 < again.deadline - time.monotonic() <= 30 and again.question == "q"
    assert Private.loads(Private().dumps()).deadline == float("inf")


def run_worker(mode: str, home: Path, thread: str, env: dict) -> dict:
    done = subprocess.run([sys.executable, str(TESTS / "resume_worker.py"), mode, str(home), thread],
                          env=env, cwd=TESTS, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def worker_env(**extra: str) -> dict:
    env = {k: v for k, v in os.environ.items() if k != "ALU_REGISTRY"}
    return env | {"HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "TOKENIZERS_PARALLELISM": "false",
                  "PYTHONPATH": str(TESTS)} | extra


def test_a_run_paused_in_one_process_resumes_in_another_on_a_shared_home(store, home):
    expected = build_graph(Resources(store=store, models=scripted_models())).invoke(
        {"messages": [HumanMessage(QUESTION)]}, context=UnlearnContext(home=str(home)))
    paused = run_worker("pause", home, "shared", worker_env())
    assert paused["next"] == ["audit"] and LEAK not in paused["values"] and len(durable_rows(home)) == 1
    resumed = run_worker("resume", home, "shared", worker_env())
    assert resumed["next"] == [] and (resumed["answer"], resumed["decision"]) == (expected["answer"], "rewritten")
    assert durable_rows(home) == []


@pytest.fixture
def pg_registry(request):
    """A fresh database on the module's PostgreSQL server, ALU_REGISTRY pointing at it (test_pg_outages)."""
    url = request.getfixturevalue("fresh_db")
    yield url
    with private_store._DATABASES_LOCK:
        kept = private_store._DATABASES.pop(url, None)
    if kept is not None:
        kept.close()


def pg_rows(url: str) -> int:
    with psycopg.connect(url, autocommit=True) as conn:
        return conn.execute("SELECT count(*) FROM private_records").fetchone()[0]


def test_a_run_paused_in_one_process_resumes_in_another_replica_on_postgresql(pg_registry, tmp_path, embedder):
    from alu.retrieval.targets import read_targets_file

    store = TargetStore(tmp_path / "operator", embedder)
    try:
        store.add(read_targets_file(DEMO_TARGETS))
        expected = build_graph(Resources(store=store, models=scripted_models())).invoke(
            {"messages": [HumanMessage(QUESTION)]}, context=UnlearnContext(home=str(tmp_path / "operator")))
    finally:
        store.registry.close()
    env = worker_env(ALU_REGISTRY=pg_registry)
    # two replicas: each its own home folder (its own index), one registry, one thread store
    paused = run_worker("pause", tmp_path / "replica-a", "across", env)
    assert paused["next"] == ["audit"] and LEAK not in paused["values"]
    assert pg_rows(pg_registry) == 1 and not (tmp_path / "replica-a" / private_store.RECORDS_FILE).exists()
    resumed = run_worker("resume", tmp_path / "replica-b", "across", env)
    assert resumed["next"] == [] and (resumed["answer"], resumed["decision"]) == (expected["answer"], "rewritten")
    assert resumed["answer"] == REWRITTEN and pg_rows(pg_registry) == 0


def test_postgresql_records_are_bound_expire_and_are_never_rebound(pg_registry):
    records = DatabaseRecords(pg_registry, Private.loads, ttl=60)
    try:
        records.put("h1", "thread-a", Private(question="first", draft="unverified"))
        records.put("h1", "thread-b", Private(question="stolen"))  # another binding cannot overwrite it
        held = records.get("h1")
        assert held is not None and held.binding == "thread-a" and held.record.question == "first"
        records.delete("h1", "thread-b")
        assert records.get("h1") is not None
        records.ttl = -1  # written already past its time
        records.put("h2", "thread-a", Private())
        assert records.get("h2") is None and records.expire() == 1 and records.count() == 1
        records.delete("h1", "thread-a")
        assert records.get("h1") is None and records.count() == 0
    finally:
        records.close()


def test_a_handle_copied_into_another_thread_is_refused(store, home, tmp_path):
    ctx = UnlearnContext(home=str(home))
    with SqliteSaver.from_conn_string(str(tmp_path / "threads.sqlite")) as saver:
        graph = build_graph(Resources(store=store, models=scripted_models()), checkpointer=saver)
        owner, other = ({"configurable": {"thread_id": t}} for t in ("owner", "other"))
        for config in (owner, other):
            graph.invoke({"messages": [HumanMessage(QUESTION)]}, config, context=ctx, interrupt_before=["audit"])
        handle = graph.get_state(owner).values["private"]
        graph.update_state(other, {"private": handle})  # as an operator (or a client allowed to write) could
        with pytest.raises(ExpiredRecord) as refused:
            graph.invoke(None, other, context=ctx)
        assert handle not in str(refused.value) and "owner" not in str(refused.value) and LEAK not in str(refused.value)
        # the owner's record is untouched: neither read, rebound nor closed by the other thread
        assert handle in [h for h, _ in durable_rows(home)]
        out = graph.invoke(None, owner, context=ctx)
    assert out["answer"] == REWRITTEN and handle not in [h for h, _ in durable_rows(home)]


class Broken(FakeListChatModel):
    """A model whose endpoint is down."""

    def _call(self, *args, **kwargs):
        raise ConnectionError("connection refused")


def test_a_node_that_raises_closes_the_record_and_logs_the_failure(store, home, tmp_path):
    log = tmp_path / "audit.jsonl"
    ctx = UnlearnContext(home=str(home), audit_log=str(log), audit_log_text=True)
    models = scripted_models() | {"eraser": Broken(responses=[""])}
    with SqliteSaver.from_conn_string(str(tmp_path / "threads.sqlite")) as saver:
        graph = build_graph(Resources(store=store, models=models), checkpointer=saver)
        config = {"configurable": {"thread_id": "failing"}}
        with pytest.raises(ModelError):
            graph.invoke({"messages": [HumanMessage(QUESTION)]}, config, context=ctx)
        assert durable_rows(home) == []  # closed: nothing of the failed query waits anywhere
        (line,) = [json.loads(text) for text in log.read_text().splitlines()]
        assert line["decision"] == "failed" and line["error"] == "ModelError" and line["thread_id"] == "failing"
        assert [s["node"] for s in line["steps"]] == ["respond", "audit", "erase"]
        assert line["flagged"][0]["target_id"] == "stephen-king" and line["query"] == QUESTION
        assert LEAK not in log.read_text() and "response" not in line and "answer" not in line
        # going on from the failed node finds the query ended: it must be sent again
        with pytest.raises(ExpiredRecord):
            graph.invoke(None, config, context=ctx)
    assert [json.loads(t)["error"] for t in log.read_text().splitlines()] == ["ModelError", "ExpiredRecord"]


def test_a_stateless_run_that_fails_closes_its_memory_record(store, home, tmp_path):
    log = tmp_path / "audit.jsonl"
    before = private.open_records()
    graph = build_graph(Resources(store=store, models=scripted_models() | {"composer": Broken(responses=[""])}))
    with pytest.raises(ModelError):
        graph.invoke({"messages": [HumanMessage(QUESTION)]}, context=UnlearnContext(home=str(home),
                                                                                    audit_log=str(log)))
    assert private.open_records() == before
    (line,) = [json.loads(text) for text in log.read_text().splitlines()]
    assert line["decision"] == "failed" and line["steps"][-1] == {**line["steps"][-1], "node": "compose"}


def test_many_runs_paused_at_once_all_resume(store, home, tmp_path):
    """Records are never evicted to make room: every paused query resumes to its own answer."""
    ctx = UnlearnContext(home=str(home))
    threads = [f"t{i}" for i in range(24)]
    with SqliteSaver.from_conn_string(str(tmp_path / "threads.sqlite")) as saver:
        def graph():
            return build_graph(Resources(store=store, models=scripted_models()), checkpointer=saver)

        def pause(thread: str) -> None:
            graph().invoke({"messages": [HumanMessage(QUESTION)]}, {"configurable": {"thread_id": thread}},
                           context=ctx, interrupt_before=["audit"])

        with ThreadPoolExecutor(6) as pool:
            list(pool.map(pause, threads))
        assert len(durable_rows(home)) == len(threads)
        with ThreadPoolExecutor(6) as pool:
            answers = list(pool.map(lambda t: graph().invoke(None, {"configurable": {"thread_id": t}},
                                                             context=ctx)["answer"], threads))
    assert answers == [REWRITTEN] * len(threads) and durable_rows(home) == []


def test_a_full_memory_store_refuses_a_new_record_and_evicts_none():
    records: MemoryRecords[Private] = MemoryRecords(cap=50, ttl=60)
    barrier = threading.Barrier(50)

    def open_one(i: int) -> None:
        barrier.wait()
        records.put(f"h{i}", f"run-{i}", Private(question=str(i)))

    with ThreadPoolExecutor(50) as pool:
        list(pool.map(open_one, range(50)))
    with pytest.raises(RecordsFull, match="50 queries are already in progress"):
        records.put("late", "run-late", Private())
    assert all(records.get(f"h{i}") is not None and records.get(f"h{i}").record.question == str(i)
               for i in range(50))
    records.put("h0", "run-0", Private(question="0 again"))  # a live record is still written
    records.delete("h1", "run-1")
    records.put("late", "run-late", Private())  # a slot that was freed is taken
    assert records.count() == 50


def test_expired_memory_records_make_room():
    records: MemoryRecords[Private] = MemoryRecords(cap=2, ttl=-1)  # every record is past its time at once
    for i in range(5):
        records.put(f"h{i}", "run", Private())
    assert records.get("h4") is None and records.count() <= 2


def test_a_stateless_query_is_refused_when_memory_is_full(store, home, monkeypatch):
    monkeypatch.setattr(private.MEMORY, "cap", private.open_records())
    graph = build_graph(Resources(store=store, models=scripted_models()))
    with pytest.raises(RecordsFull):
        graph.invoke({"messages": [HumanMessage(QUESTION)]}, context=UnlearnContext(home=str(home)))


def test_v1_answers_503_while_memory_is_full(store, monkeypatch):
    import httpx
    from test_openai_api import serving

    from alu.serve.chat_model import UnlearningChatModel
    from alu.serve.openai_api import create_app

    monkeypatch.setattr(private.MEMORY, "cap", private.open_records())
    model = UnlearningChatModel(scripted_models()["respondent"], store=store)
    with serving(create_app(model)) as url:
        refused = httpx.post(f"{url}/v1/chat/completions", timeout=60,
                             json={"model": "alu", "messages": [{"role": "user", "content": QUESTION}]})
    assert refused.status_code == 503 and refused.headers["retry-after"] == "1"
    assert refused.json()["error"]["code"] == "overloaded"


def test_a_run_without_a_thread_is_bound_to_itself():
    from typing import TypedDict

    from langgraph.graph import END, START, StateGraph

    class State(TypedDict):
        seen: list

    def note(state: State) -> dict:
        return {"seen": [*state["seen"], private.run_binding()]}

    builder = StateGraph(State)
    builder.add_node("a", note)
    builder.add_node("b", note)
    builder.add_edge(START, "a")
    builder.add_edge("a", "b")
    builder.add_edge("b", END)
    graph = builder.compile()
    first, second = (graph.invoke({"seen": []})["seen"] for _ in range(2))
    assert first[0] == first[1] and second[0] == second[1] and first[0] != second[0]
    assert not first[0][1]  # not on a thread: this process's memory
    given = graph.invoke({"seen": []}, {"run_id": "0193a7c0-0000-7000-8000-000000000001"})["seen"]
    assert "0193a7c0-0000-7000-8000-000000000001" in given[0][0]
