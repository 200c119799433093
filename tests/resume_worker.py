"""One process of a query that is paused in one process and resumed in another.

Run as `python resume_worker.py pause|resume HOME THREAD`: `pause` asks QUESTION on THREAD and stops
before audit (the respondent's leaking answer is then in the query's private record only); `resume`
goes on from the thread's checkpoint.  The registry and the threads are wherever ALU_REGISTRY says
(PostgreSQL), else in HOME.  Prints the thread's state as one JSON line.  The chat models are
scripted (`scripted_models`), so the verified answer is known.
"""

from __future__ import annotations

import json
import sys

from langchain_core.messages import HumanMessage

from alu.graph.builder import build_graph
from alu.graph.context import UnlearnContext
from alu.graph.resources import Resources
from alu.retrieval.store import TargetStore
from alu.threads import thread_saver
from conftest import fake_model

QUESTION = "Who wrote Carrie?"
LEAK = "Carrie was written by Stephen King; it was his first novel, published in 1974."
REWRITTEN = "Carrie is a horror novel first published in 1974."


def scripted_models() -> dict:
    """A respondent that leaks, and rewriting models whose answer passes verify."""
    return dict(respondent=fake_model(LEAK),
                eraser=fake_model({"variants": ["Carrie is a 1974 horror novel.", "Carrie was published in 1974.",
                                                "It is a horror novel from 1974.", "Carrie appeared in 1974.",
                                                "A horror novel, first published in 1974."]}),
                critic=fake_model({"scores": [5, 5, 4, 3, 2]}), composer=fake_model(REWRITTEN),
                auditor=fake_model({"leaked": []}))


def main(mode: str, home: str, thread: str) -> None:
    store = TargetStore(home)
    graph = build_graph(Resources(store=store, models=scripted_models()), checkpointer=thread_saver(home))
    config = {"configurable": {"thread_id": thread}}
    ctx = UnlearnContext(home=home)
    if mode == "pause":
        graph.invoke({"messages": [HumanMessage(QUESTION)]}, config, context=ctx, interrupt_before=["audit"])
    else:
        graph.invoke(None, config, context=ctx)
    state = graph.get_state(config)
    print(json.dumps({"next": list(state.next), "answer": state.values.get("answer", ""),
                      "decision": state.values.get("decision"), "values": json.dumps(state.values, default=str)}))


if __name__ == "__main__":
    main(*sys.argv[1:4])
