"""Concurrency soak: writer processes churn targets while guard-mode queries run.

Three runs: targets churned one at a time; 500 added and removed in one call each while a client
probes guard mode over /v1 (refused, the same whatever name it guesses); and the registry file
deleted or replaced midway (every query after it refused, never answered).

Real SQLite, real FAISS and real MiniLM vectors in separate processes (the writers replay vectors the
test computed, so they start in a second); fake chat models only for the auditor, eraser, critic and
composer (the point is the registry, not the prose).  Bounded: the writers stop after
SOAK_SECONDS, the queries stop when the writers have.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import numpy as np
import pytest
from langchain_core.messages import HumanMessage
from soak_writer import BULK, POOL, REVISIONS, bulk_target, churn_target

from alu.graph.builder import build_graph
from alu.graph.context import UnlearnContext
from alu.graph.resources import Resources
from alu.retrieval.guard import RegistryUnavailable
from alu.retrieval.store import TargetStore
from alu.retrieval.targets import make_target, read_targets_file
from conftest import DEMO_TARGETS, fake_model

WRITERS = 3
SOAK_SECONDS = 25.0  # from the writers' start, including their own start-up
BULK_SECONDS = 14.0
LOSS_SECONDS = 8.0
WRITER = Path(__file__).with_name("soak_writer.py")

CLEAN = "Water boils at 100 degrees Celsius at sea level."
STABLE_LEAK = "Carrie was written by Stephen King; it was his first novel, published in 1974."
CHURN_TOPIC = "The Varnholm lighthouse keeper collects brass telescopes and logs every storm on the island."
VARIANTS = {"variants": ["Lighthouses guide ships.", "Some people collect old instruments.",
                         "Storms can be logged.", "Islands have weather.", "Ships need light at night."]}


def _query_kinds() -> list[tuple[str, str, str]]:
    return [("clean", "At what temperature does water boil?", CLEAN),
            ("stable", "Who wrote Carrie?", STABLE_LEAK),
            ("churn", "Tell me about the Varnholm lighthouse keeper.", CHURN_TOPIC)]


def _wrong_flags(kind: str, result: dict) -> list[str]:
    """What a correct audit would not have said, for this kind of query."""
    flagged = {f["target_id"] for f in result["flagged"]}
    names_ok = all(f["name"] and f["index_version"] == result["index_version"] for f in result["flagged"])
    problems = [] if names_ok else [f"{kind}: evidence from another version or without a name"]
    if kind == "clean" and (flagged or result["decision"] != "untouched"):
        problems.append(f"clean answer flagged {sorted(flagged)}")
    if kind == "stable" and flagged != {"stephen-king"}:
        problems.append(f"Stephen King answer flagged {sorted(flagged)}")
    if kind == "churn" and not all(t.startswith("churn-") for t in flagged):
        problems.append(f"lighthouse answer flagged {sorted(flagged)}")
    return problems


@pytest.fixture(scope="module")
def writer_vectors(embedder, tmp_path_factory) -> Path:
    """MiniLM vectors of every text a writer may write, so writers need not load the model."""
    path = tmp_path_factory.mktemp("soak") / "writer-vectors.npz"
    churned = {text for w in range(WRITERS) for n in range(POOL) for r in range(REVISIONS)
               for text in make_target(churn_target(w, n, r)).vector_texts()}
    bulk = {text for n in range(BULK) for text in make_target(bulk_target(n)).vector_texts()}
    texts = sorted(churned | bulk)
    np.savez(path, texts=np.array(texts), vectors=embedder.embed(texts), name=embedder.name, dim=embedder.dim)
    return path


class Soak:
    """Writer processes against `home` until `seconds` have passed; queries in this process meanwhile."""

    def __init__(self, home: Path, store: TargetStore, vectors: Path, seconds: float, modes: list[str]) -> None:
        self.home, self.store, self.seconds = home, store, seconds
        self.start = time.time()
        self.deadline = self.start + seconds
        self.writers = [subprocess.Popen([sys.executable, str(WRITER), str(home), str(w), str(self.deadline),
                                          str(vectors), mode], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                         text=True) for w, mode in enumerate(modes)]
        self.graph = build_graph(Resources(store=store, models={
            "auditor": fake_model({"leaked": []}), "eraser": fake_model(VARIANTS),
            "critic": fake_model({"scores": [5, 5, 5, 4, 4]}), "composer": fake_model("Lighthouses guide ships.")}))
        self.crashes: list[str] = []
        self.wrong: list[str] = []
        self.versions: set[int] = set()
        self.churn_flagged = self.queries = self.refused = 0
        self.lost = False  # set by the test when it deletes or replaces the registry file

    def run(self, between=lambda soak: None) -> list[str]:
        """Query until the writers and the time are done; `between` runs after every round.  The writers'
        outputs (their refusal flag and write count)."""
        ctx = UnlearnContext(home=str(self.home), max_retries=0, evidence="full")  # flags with ids, for checking
        try:
            while any(w.poll() is None for w in self.writers) or time.time() < self.deadline:
                for kind, question, response in _query_kinds():
                    self.query(ctx, kind, question, response)
                between(self)
        finally:
            outputs = [w.communicate(timeout=max(1.0, self.deadline + 60 - time.time())) for w in self.writers]
        assert all(w.returncode == 0 for w in self.writers), [err[-2000:] for _, err in outputs]
        return [out for out, _ in outputs]

    def query(self, ctx: UnlearnContext, kind: str, question: str, response: str) -> None:
        self.queries += 1
        lost = self.lost  # read before the query: one lost by then must be refused
        try:
            result = self.graph.invoke({"messages": [HumanMessage(question)], "response": response}, context=ctx)
        except RegistryUnavailable:
            self.refused += 1
            if not lost and not self.lost:
                self.crashes.append(f"{kind}: refused before the registry was lost")
            return
        except Exception as exc:  # the soak counts every crash instead of stopping at the first
            import traceback
            self.crashes.append(f"{kind}: {type(exc).__name__}: {exc}\n{traceback.format_exc()}")
            return
        if lost:
            self.wrong.append(f"{kind}: answered after the registry was lost: {result['answer']!r}")
        self.versions.add(result["index_version"])
        self.wrong += _wrong_flags(kind, result)
        self.churn_flagged += kind == "churn" and bool(result["flagged"])
        leaked_names = [f["name"] for f in result["flagged"] if f["name"] in result["answer"]]
        self.wrong += [f"{kind}: answer still names {leaked_names}"] if leaked_names else []

    def report(self, what: str, writes: int) -> str:
        return (f"soak {what} ({self.seconds:.0f} s): {self.queries} queries, {writes} writes by "
                f"{len(self.writers)} processes, {len(self.versions)} registry versions seen, {self.refused} "
                f"refused, {len(self.crashes)} crashes, {len(self.wrong)} wrong flags")


def _writes(outputs: list[str]) -> int:
    return sum(int(out.split()[-1]) for out in outputs)


def test_queries_never_crash_or_misflag_while_other_processes_write(home, embedder, writer_vectors):
    store = TargetStore(home, embedder)
    store.add(read_targets_file(DEMO_TARGETS))
    soak = Soak(home, store, writer_vectors, SOAK_SECONDS,
                ["churn"] * WRITERS)
    writes = _writes(soak.run())
    print(soak.report("churn", writes))
    assert soak.crashes == [] and soak.wrong == [] and soak.refused == 0
    # the soak really raced: queries ran across many versions and kept meeting the churned targets
    assert writes >= 30 and len(soak.versions) >= 10 and soak.churn_flagged >= 10
    with sqlite3.connect(home / "targets.sqlite") as db:
        logged = [v for (v,) in db.execute("SELECT DISTINCT version FROM changes ORDER BY version")]
    assert logged == list(range(1, store.version() + 1))  # every acknowledged write is one gapless version


def test_bulk_removals_during_queries_and_guard_probes_by_a_client(home, embedder, writer_vectors,
                                                                   monkeypatch):
    import httpx
    from test_openai_api import LEAKY, rewriting_roles, serving

    from alu.serve.chat_model import UnlearningChatModel
    from alu.serve.openai_api import create_app

    store = TargetStore(home, embedder)
    store.add(read_targets_file(DEMO_TARGETS))
    monkeypatch.setenv("ALU_ADMIN_KEY", "operator-key-for-soak")
    model = UnlearningChatModel(fake_model(LEAKY), store=store, models=rewriting_roles())
    answers: dict[str, set[tuple[int, str]]] = {"response": set(), "assistant": set()}

    def probe(url: str) -> None:
        """A client guesses names through guard mode: the answer must not depend on the guess."""
        for guess in ("Stephen King", "Pellory Glassblower 7", "Quillon Ambervast"):
            user = {"role": "user", "content": "Who wrote it?"}
            for form, body in (("response", {"messages": [user], "response": f"{guess} wrote it."}),
                               ("assistant", {"messages": [user, {"role": "assistant",
                                                                  "content": f"{guess} wrote it."}]})):
                answer = httpx.post(f"{url}/v1/chat/completions", json={"model": "alu", **body},
                                    headers={"Authorization": "Bearer client-key-for-soak"}, timeout=60)
                answers[form].add((answer.status_code, answer.text))

    with serving(create_app(model, api_key="client-key-for-soak")) as url:
        soak = Soak(home, store, writer_vectors, BULK_SECONDS, ["churn", "bulk"])
        writes = _writes(soak.run(lambda _: probe(url)))
    print(soak.report(f"bulk {BULK}", writes))
    assert soak.crashes == [] and soak.wrong == [] and soak.refused == 0
    assert writes >= 10 and len(soak.versions) >= 5
    with sqlite3.connect(home / "targets.sqlite") as db:
        bulk_logged = db.execute("SELECT COUNT(*) FROM changes WHERE target_id LIKE 'bulk-%'").fetchone()[0]
    assert bulk_logged >= 2 * BULK  # at least one whole bulk add and one whole bulk removal happened
    for form, seen in answers.items():
        assert len(seen) == 1, f"guard mode ({form}) answered differently by guess: {seen}"
        (status, text), = seen
        assert status == 403 and "operator" in text and "Stephen King" not in text and "Pellory" not in text


@pytest.mark.parametrize("loss", ["deleted", "replaced"])
def test_a_registry_lost_mid_soak_refuses_every_later_query(home, embedder, writer_vectors, loss):
    store = TargetStore(home, embedder)
    store.add(read_targets_file(DEMO_TARGETS))
    soak = Soak(home, store, writer_vectors, LOSS_SECONDS,
                ["churn"] * 2)
    path = home / "targets.sqlite"
    older = home.parent / "older.sqlite"

    def lose(soak: Soak) -> None:
        elapsed = time.time() - soak.start
        if loss == "replaced" and not older.exists() and elapsed > LOSS_SECONDS / 4:
            with closing(sqlite3.connect(path)) as src, closing(sqlite3.connect(older)) as dst:
                src.backup(dst)  # a consistent copy of an earlier version: a restore from an old backup
        if not soak.lost and elapsed > LOSS_SECONDS * 0.6:
            soak.lost = True  # between rounds: every query from here on must be refused
            if loss == "deleted":
                path.unlink()
            else:
                os.replace(older, path)

    outputs = soak.run(lose)
    print(soak.report(f"registry {loss}", _writes(outputs)))
    assert soak.lost and soak.crashes == [] and soak.wrong == []
    assert soak.refused >= 10 and len(soak.versions) >= 3  # served while intact, refused after
    assert all(out.startswith("refused 1") for out in outputs)  # every writer was stopped by the loss
