"""Per-query records for people (one step per node, its time and its LLM calls), and the private
record's way through every node.

`keeps_record` is how the graph runs each node (graph/builder.py): the query's private record is
read from the run's store when the node asks for it and written back when the node returns, so a
run on a thread can resume from its checkpoint anywhere.  A node that raises ends its query: the
record is closed and the audit log gets a "failed" line naming the error's class.  An interrupt is
no failure: the record waits for the resume.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from time import perf_counter
from typing import TYPE_CHECKING, Any, NamedTuple

from langgraph.errors import GraphBubbleUp
from langgraph.runtime import Runtime, get_runtime

from alu.graph.context import UnlearnContext, context_for_run
from alu.graph.private import NodeRecords, Private, close_record, node_records, record_of
from alu.graph.state import Outcome, Step, UnlearnState
from alu.nodes.audit_log import write_audit_log

if TYPE_CHECKING:
    from alu.graph.resources import Resources

log = logging.getLogger(__name__)


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


def keeps_record(node: Callable[..., dict], res: Resources | None = None, name: str = "") -> Callable[..., dict]:
    """`node` as the graph runs it: its private records come from the run's store and go back when it
    returns; when it raises (an interrupt aside), its query's record is closed and the failure logged."""
    name = name or str(getattr(node, "__name__", None) or getattr(getattr(node, "func", None), "__name__", "node"))

    def home() -> str:
        if res is not None and res.store is not None:
            return str(res.store.home)  # an injected store's home holds its registry
        return context_for_run(get_runtime().context).home

    @functools.wraps(node)
    def kept(state: UnlearnState, *args: Any, **kwargs: Any) -> dict:
        t0 = started()
        with node_records(home) as records:
            try:
                out = node(state, *args, **kwargs)
                records.write_back()
            except GraphBubbleUp:  # an interrupt (or a command to a parent graph): nothing is written back,
                raise  # the resume runs the node again from the record as the node before it left it
            except Exception as error:
                failed(name, state, records, error, t0)
                raise
        return out

    return kept


def failed(name: str, state: UnlearnState, records: NodeRecords, error: Exception, t0: float) -> None:
    """Close the failed query's record and write its audit line: the error's kind, no draft text."""
    handle = state.get("private") or ""
    record = records.records.get(handle) or next(iter(records.records.values()), None)
    ongoing = record is not None and not records.opened  # state's steps are this query's, not the last one's
    try:
        records.close_all()
        close_record(state)  # one the node had not read yet, when it is this run's
    except Exception as e:  # the store is away (a database outage): the record expires instead
        log.warning("could not close a failed query's private record (%s); it expires by itself", type(e).__name__)
    try:
        ctx = context_for_run(get_runtime().context)
        if not ctx.audit_log:
            return
        step = Step(node=name, decision="failed", why=type(error).__name__,
                    ms=round((perf_counter() - t0) * 1000, 2), llm_calls=0)
        steps = [*state.get("steps", []), step] if ongoing else [step]
        write_audit_log(ctx, record or Private(), "failed", "", state.get("index_version") if ongoing else None,
                        steps, state.get("llm_calls", 0) if ongoing else 0, error=type(error).__name__)
    except Exception as e:  # the node's own error is what the caller must see
        log.warning("could not write the audit log line of a failed query (%s)", type(e).__name__)
