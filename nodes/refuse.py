"""refuse: a neutral answer that reveals nothing, not even that something was withheld."""

from __future__ import annotations

from alu.graph.state import UnlearnState
from alu.nodes.common import deliver, record, started

REFUSAL = "I'm sorry, but I don't have any information about that."


def refuse(state: UnlearnState) -> dict:
    t0 = started()
    return deliver(state, REFUSAL, "refused") | record(state, "refuse", t0, "refused", "no safe answer to give")
