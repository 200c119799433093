"""refuse: a neutral answer that reveals nothing, not even that something was withheld."""

from __future__ import annotations

from langgraph.runtime import Runtime

from alu.graph.context import UnlearnContext
from alu.graph.state import UnlearnState
from alu.nodes.common import finish, record, settings, started

REFUSAL = "I'm sorry, but I don't have any information about that."


def refuse(state: UnlearnState, runtime: Runtime[UnlearnContext]) -> dict:
    t0 = started()
    return finish(state, settings(runtime), REFUSAL, "refused",
                  record(state, "refuse", t0, "refused", "no safe answer to give"))
