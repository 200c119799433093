"""Per-query records for people (one step per node, its time and its LLM calls), and the private
record's way through every node.

`keeps_record` is how the graph runs each node (graph/builder.py): the query's private record is
read from the run's store when the node asks for it and written back when the node returns, so a
run on a thread can resume from its checkpoint anywhere.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from time import perf_counter
from typing import TYPE_CHECKING, Any, NamedTuple

from langgraph.runtime import Runtime, get_runtime

from alu.graph.context import UnlearnContext, context_for_run
from alu.graph.private import Private, node_records, record_of
from alu.graph.state import Outcome, Step, UnlearnState

if TYPE_CHECKING:
    from alu.graph.resources import Resources


def started() -> float:
    return perf_counter()


def record(node: str, t0: float, outcome: Outcome, why: str, calls: int = 0, decision: str = "") -> dict:
    """The partial state that sets this node's outcome and appends its step (reducers add it up).

    `why` must say what happened in counts and kinds only: steps are visible to clients."""
    step = Step(node=node, decision=decision or outcome, why=why, ms=round((perf_counter() - t0) * 1000, 2),
                llm_calls=calls)
    return {"outcome": outcome, "steps": [step], "llm_calls": calls}


class NodeStart(NamedTuple):
    """What every node begins with: its start time, the run's settings, the query's private record."""

    t0: float
    ctx: UnlearnContext
    private: Private


def begin(state: UnlearnState, runtime: Runtime[UnlearnContext]) -> NodeStart:
    return NodeStart(started(), context_for_run(runtime.context), record_of(state))


def keeps_record(node: Callable[..., dict], res: Resources | None = None) -> Callable[..., dict]:
    """`node` as the graph runs it: its private records come from the run's store and go back when it returns."""

    def home() -> str:
        if res is not None and res.store is not None:
            return str(res.store.home)  # an injected store's home holds its registry
        return context_for_run(get_runtime().context).home

    @functools.wraps(node)
    def kept(state: UnlearnState, *args: Any, **kwargs: Any) -> dict:
        with node_records(home) as records:
            out = node(state, *args, **kwargs)
            records.write_back()  # not when it raised, an interrupt included: a resume runs the node again
        return out

    return kept
