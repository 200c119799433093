"""refuse: a neutral answer that reveals nothing, not even that something was withheld."""

from __future__ import annotations

from alu.graph.private import record_of
from alu.graph.state import UnlearnState
from alu.nodes.prompts import REFUSAL
from alu.nodes.records import record, started


def refuse(state: UnlearnState) -> dict:
    t0 = started()
    released = state.get("released", "")
    # a streaming client already holds verified sentences: end there rather than contradict them
    record_of(state).final = released or REFUSAL
    return record("refuse", t0, "refuse", "no safe answer to give", decision="refused")
