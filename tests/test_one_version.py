"""One registry version per query: read once, and every check of the query (scope, audit, verify, the
lexical matcher included) answers from that one version, while other writers change the registry."""

from __future__ import annotations

import threading

import pytest
from langchain_core.messages import HumanMessage
from pg_server import postgres_server

from alu.graph.builder import build_graph
from alu.graph.context import UnlearnContext
from alu.graph.resources import Resources
from alu.retrieval.store import TargetStore
from alu.retrieval.targets import read_targets_file
from conftest import DEMO_TARGETS, fake_model

CLEAN = "Water boils at 100 degrees Celsius at sea level."
LEAK = "Carrie was written by Stephen King; it was his first novel, published in 1974."
SAFE_VARIANTS = {"variants": ["Carrie is a 1974 horror novel.", "Carrie was published in 1974.",
                              "It is a horror novel from 1974.", "Carrie appeared in 1974.",
                              "A horror novel, first published in 1974."]}


def count_version_reads(monkeypatch, store: TargetStore):
    """A counter of the registry's version reads, and the uncounted read."""
    reads = [0]
    read = store.registry.version

    def counted() -> int:
        reads[0] += 1
        return read()

    monkeypatch.setattr(store.registry, "version", counted)
    return reads, read


def models(respondent: str) -> dict:
    return {"respondent": fake_model(respondent), "auditor": fake_model({"leaked": []}),
            "eraser": fake_model(SAFE_VARIANTS), "critic": fake_model({"scores": [5, 5, 4, 3, 2]}),
            "composer": fake_model("Carrie is a horror novel first published in 1974.")}


def ask(store: TargetStore, question: str, respondent: str, method: str = "alu", response: str | None = None):
    graph = build_graph(Resources(store=store, models=models(respondent)))
    payload: dict = {"messages": [HumanMessage(question)]}
    if response is not None:
        payload["response"] = response
    return graph.invoke(payload, context=UnlearnContext(home=str(store.home), evidence="full", method=method))


def assert_one_read_per_query(store: TargetStore, monkeypatch) -> None:
    store.refresh()  # the index is loaded: what is counted is a query's own reads
    reads, read = count_version_reads(monkeypatch, store)
    cases = [("At what temperature does water boil?", CLEAN, "alu", None, "untouched"),
             ("Who wrote Carrie?", LEAK, "alu", None, "rewritten"),
             ("Who wrote Carrie?", "unused", "alu", LEAK, "rewritten"),
             ("At what temperature does water boil?", CLEAN, "alu-paper", None, None)]
    for question, respondent, method, response, decision in cases:
        reads[0] = 0
        result = ask(store, question, respondent, method, response)
        assert reads[0] == 1, (question, method, reads[0])
        assert result["index_version"] == read()
        if decision:
            assert result["decision"] == decision
        assert all(f["index_version"] == result["index_version"] for f in result["flagged"])


def test_a_query_reads_the_registry_version_once_on_sqlite(store, monkeypatch):
    assert_one_read_per_query(store, monkeypatch)


def test_a_query_reads_the_registry_version_once_on_postgresql(tmp_path, embedder, monkeypatch):
    import psycopg

    with postgres_server() as url:
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute("DROP TABLE IF EXISTS targets, target_vectors, changes, meta")
        monkeypatch.setenv("ALU_REGISTRY", url)
        store = TargetStore(tmp_path / "replica", embedder)
        assert store.registry.kind == "postgresql"
        store.add(read_targets_file(DEMO_TARGETS))
        assert_one_read_per_query(store, monkeypatch)
        store.registry.close()


SPELLINGS = ("Quorlax Vintner", "Zebulon Farrowgate")  # one target's name, changed back and forth by a writer


@pytest.mark.parametrize("workers", [3])
def test_under_churn_every_result_enforces_the_names_of_the_version_it_reports(store, home, embedder, workers):
    """A writer renames one target back and forth (each write one version) while queries run: a query
    reporting version v flags the name exactly when the target bore it at v."""
    writer = TargetStore(home, embedder)  # another process's handle on the same registry
    name_at = {writer.add([{"id": "quorlax", "name": SPELLINGS[0]}]).version: SPELLINGS[0]}
    stop = threading.Event()

    def churn() -> None:
        turn = 1
        while not stop.is_set():
            name = SPELLINGS[turn % 2]
            name_at[writer.update("quorlax", name=name).version] = name
            turn += 1

    results: list[tuple[int, bool]] = []
    errors: list[BaseException] = []

    def query() -> None:
        try:
            for _ in range(12):
                result = ask(store, "Who made the copper spirals?", "unused",
                             response=f"{SPELLINGS[0]} made the copper spirals.")
                flagged = any(f["target_id"] == "quorlax" for f in result["flagged"])
                results.append((result["index_version"], flagged))
        except BaseException as e:  # reported below, with the failing thread's error
            errors.append(e)

    thread = threading.Thread(target=churn)
    thread.start()
    queries = [threading.Thread(target=query) for _ in range(workers)]
    for q in queries:
        q.start()
    for q in queries:
        q.join()
    stop.set()
    thread.join()
    assert not errors, errors
    assert len(results) == 12 * workers and len(name_at) > 10  # the registry really changed during the queries
    versions = sorted(name_at)
    for version, flagged in results:
        bore = name_at[max(v for v in versions if v <= version)]
        assert flagged == (bore == SPELLINGS[0]), (version, bore, flagged)
    assert len({v for v, _ in results}) > 3  # the queries saw many versions, not one


def test_a_snapshot_keeps_its_versions_names_and_vectors_through_removal_and_rename(store, home, embedder):
    """Lexical and vector checks of a query taken before another process removed one target and renamed
    another answer as that version did; a query taken after answers as the new version does."""
    about_king = "A horror novelist from Bangor, Maine wrote Carrie, The Shining and Misery."
    old = store.snapshot()
    assert any(h.target_id == "stephen-king" for h in old.semantic([about_king], 8))
    other = TargetStore(home, embedder)
    other.remove(["stephen-king"])
    other.add([{"id": "quorlax", "name": SPELLINGS[0]}])
    other.update("quorlax", name=SPELLINGS[1])
    new = store.snapshot()
    assert new.version() == old.version() + 3
    assert not any(h.target_id == "stephen-king" for h in new.semantic([about_king], 8))
    assert any(h.target_id == "stephen-king" for h in old.semantic([about_king], 8))
    assert [h.target_id for h in old.lexical("Stephen King wrote it.")] == ["stephen-king"]
    assert new.lexical("Stephen King wrote it.") == []
    assert [h.target_id for h in new.lexical(f"{SPELLINGS[1]} and {SPELLINGS[0]}")] == ["quorlax"]
    assert old.lexical(f"{SPELLINGS[1]} and {SPELLINGS[0]}") == []
