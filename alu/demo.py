"""`alu demo`: a small committed target set and a few queries, node by node, on the embedded models."""

from __future__ import annotations

import sys
import tempfile
import time
from importlib.resources import files
from pathlib import Path

from alu.cli.ask import NodeProgress, load_models, print_trace, run_query
from alu.cli.common import progress_bar

DEMO_TARGETS = files("alu") / "data" / "demo_targets.jsonl"

# (label, question, ready response or None for the embedded respondent)
DEMO_QUERIES = [
    ("clean (embedded respondent, 1 LLM call)", "What is the boiling point of water at sea level?", None),
    ("leaking by name (guard mode)", "Who wrote the novel Carrie?",
     "Carrie was written by Stephen King; it was his first published novel, in 1974."),
    ("leaking, obfuscated name (guard mode)", "Which author should I read for horror?",
     "Try St3ph3n K1ng, or his pen name R i c h a r d  B a c h m a n."),
    ("indirect, no name (guard mode)", "Which novelist wrote about a haunted hotel?",
     "The novelist who wrote The Shining, Carrie, It and Misery lives in Bangor, Maine."),
    ("leaking (embedded respondent)", "Tell me about the author Stephen King.", None),
]


def run_demo(args) -> int:
    """The demo in `--keep FOLDER` (kept), else in a temporary folder removed at the end, even on error."""
    if args.keep:
        return demo_in(Path(args.keep), args)
    with tempfile.TemporaryDirectory(prefix="alu-demo-") as tmp:
        return demo_in(Path(tmp), args)


def demo_in(home: Path, args) -> int:
    from alu.graph.builder import build_graph
    from alu.graph.context import UnlearnContext
    from alu.graph.resources import open_store
    from alu.retrieval.targets import read_targets_file

    print(f"Demo home (registry + FAISS index): {home}" + ("" if args.keep else " (removed at the end)"))
    t0 = time.perf_counter()
    store = open_store(str(home), args.embeddings)
    targets = read_targets_file(Path(str(DEMO_TARGETS)))
    with progress_bar(len(targets), "embedding targets") as bar:
        added = store.add(targets, replace=True, progress=bar.update)
    print(f"Loaded {store.count()} forget targets (registry version {added.version}) "
          f"in {time.perf_counter() - t0:.1f} s:")
    for t in store.all_targets():
        print(f"  - {t.name}" + (f" (aka {', '.join(t.aliases)})" if t.aliases else ""))

    ctx = UnlearnContext(home=str(home), embeddings=args.embeddings, evidence="full")  # the operator's own demo
    graph = build_graph()
    progress = NodeProgress()
    t0 = time.perf_counter()
    try:
        load_models(ctx, progress)
    finally:
        progress.close()
    print(f"\nLoaded the chat models in {time.perf_counter() - t0:.1f} s "
          f"({', '.join(sorted(set(ctx.models.values())))}).")
    for label, question, response in DEMO_QUERIES:
        print(f"\n=== {label}\nuser:     {question}")
        if response is not None:
            print(f"response: {response}")
        sys.stdout.flush()
        started = time.perf_counter()
        try:
            result = run_query(graph, ctx, question, response, progress)
        finally:
            progress.close()
        print(f"final ({result['decision']}, {result['llm_calls']} LLM calls, "
              f"{(time.perf_counter() - started) * 1000:.0f} ms): {result['answer']}")
        print_trace(result)
    print("\nThe embedded 135M model writes poor text; what it cannot do is leak a flagged name: "
          "verify checks every final answer deterministically.")
    return 0
