"""Per-query records for people: one step per node, its time and its LLM calls."""

from __future__ import annotations

from time import perf_counter
from typing import NamedTuple

from langgraph.runtime import Runtime

from alu.graph.context import UnlearnContext, context_for_run
from alu.graph.private import Private, record_of
from alu.graph.state import Outcome, Step, UnlearnState


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
