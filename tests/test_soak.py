"""Concurrency soak: writer processes churn targets while guard-mode queries run.

Real SQLite, real FAISS and real MiniLM vectors in separate processes (the writers replay vectors the
test computed, so they start in a second); fake chat models only for the auditor, eraser, critic and
composer (the point is the registry, not the prose).  Bounded: the writers stop after
SOAK_SECONDS, the queries stop when the writers have.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
from langchain_core.messages import HumanMessage
from soak_writer import POOL, REVISIONS, churn_target

from alu.graph.builder import build_graph
from alu.graph.context import UnlearnContext
from alu.graph.resources import Resources
from alu.retrieval.store import TargetStore
from alu.retrieval.targets import make_target, read_targets_file
from conftest import DEMO_TARGETS, fake_model

WRITERS = 3
SOAK_SECONDS = 25.0  # from the writers' start, including their own start-up
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


def _writer_vectors(embedder, path: Path) -> Path:
    """MiniLM vectors of every text a writer may write, so writers need not load the model."""
    texts = sorted({text for w in range(WRITERS) for n in range(POOL) for r in range(REVISIONS)
                    for text in make_target(churn_target(w, n, r)).vector_texts()})
    np.savez(path, texts=np.array(texts), vectors=embedder.embed(texts), name=embedder.name, dim=embedder.dim)
    return path


def test_queries_never_crash_or_misflag_while_other_processes_write(home, embedder):
    store = TargetStore(home, embedder)
    store.add(read_targets_file(DEMO_TARGETS))
    vectors = _writer_vectors(embedder, home.parent / "writer-vectors.npz")
    deadline = time.time() + SOAK_SECONDS
    writers = [subprocess.Popen([sys.executable, str(WRITER), str(home), str(w), str(deadline), str(vectors)],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
               for w in range(WRITERS)]
    graph = build_graph(Resources(store=store, models={
        "auditor": fake_model({"leaked": []}), "eraser": fake_model(VARIANTS),
        "critic": fake_model({"scores": [5, 5, 5, 4, 4]}), "composer": fake_model("Lighthouses guide ships.")}))
    ctx = UnlearnContext(home=str(home), max_retries=0, evidence="full")  # flags with ids, for checking
    crashes, wrong, versions, churn_flagged, queries = [], [], set(), 0, 0
    try:
        while any(w.poll() is None for w in writers):
            for kind, question, response in _query_kinds():
                queries += 1
                try:
                    result = graph.invoke({"messages": [HumanMessage(question)], "response": response}, context=ctx)
                except Exception as exc:  # the soak counts every crash instead of stopping at the first
                    crashes.append(f"{kind}: {type(exc).__name__}: {exc}")
                    continue
                versions.add(result["index_version"])
                wrong += _wrong_flags(kind, result)
                churn_flagged += kind == "churn" and bool(result["flagged"])
                leaked_names = [f["name"] for f in result["flagged"] if f["name"] in result["answer"]]
                wrong += [f"{kind}: answer still names {leaked_names}"] if leaked_names else []
    finally:
        outputs = [w.communicate(timeout=max(1.0, deadline + 60 - time.time())) for w in writers]
    assert all(w.returncode == 0 for w in writers), [err[-2000:] for _, err in outputs]
    writes = sum(int(out.split()[-1]) for out, _ in outputs)
    print(f"soak ({SOAK_SECONDS:.0f} s): {queries} queries, {writes} writes by {WRITERS} processes, "
          f"{len(versions)} registry versions seen, {len(crashes)} crashes, {len(wrong)} wrong flags")
    assert crashes == [] and wrong == []
    # the soak really raced: queries ran across many versions and kept meeting the churned targets
    assert writes >= 30 and len(versions) >= 10 and churn_flagged >= 10
    with sqlite3.connect(home / "targets.sqlite") as db:
        logged = [v for (v,) in db.execute("SELECT DISTINCT version FROM changes ORDER BY version")]
    assert logged == list(range(1, store.version() + 1))  # every acknowledged write is one gapless version
