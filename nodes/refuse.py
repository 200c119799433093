"""refuse: a neutral answer that reveals nothing, not even that something was withheld."""

from __future__ import annotations

from langgraph.runtime import Runtime

from alu.graph.context import UnlearnContext, context_for_run
from alu.graph.private import record_of
from alu.graph.resources import Resources
from alu.graph.state import UnlearnState
from alu.nodes.prompts import REFUSAL, refusal_of
from alu.nodes.records import record, started

__all__ = ["REFUSAL", "refuse"]  # REFUSAL: the built-in refusal, when a target set has none of its own


def refuse(state: UnlearnState, runtime: Runtime[UnlearnContext], *, res: Resources) -> dict:
    t0 = started()
    released = state.get("released", "")
    # a streaming client already holds verified sentences: end there rather than contradict them
    record_of(state).final = released or refusal_of(res.snapshot(context_for_run(runtime.context), state))
    return record("refuse", t0, "refuse", "no safe answer to give", decision="refused")
