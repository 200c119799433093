"""The one place that wires the ALU nodes into a LangGraph graph."""

from __future__ import annotations

from functools import partial

from langgraph.graph import END, START, StateGraph

from alu.graph.context import UnlearnContext
from alu.graph.resources import Resources
from alu.graph.state import InputState, OutputState, UnlearnState
from alu.nodes.audit import audit
from alu.nodes.compose import compose
from alu.nodes.critique import critique
from alu.nodes.erase import erase
from alu.nodes.refuse import refuse
from alu.nodes.respond import respond
from alu.nodes.verify import verify


def last_decision(state: UnlearnState) -> str:
    return state["steps"][-1]["decision"]


def after_audit(state: UnlearnState) -> str:
    return END if state.get("decision") == "untouched" else "erase"


def after_compose(state: UnlearnState) -> str:
    decision = last_decision(state)
    if decision == "refuse":
        return "refuse"
    return END if state.get("decision") == "rewritten" else "verify"  # the paper's method ends at compose


def after_verify(state: UnlearnState) -> str:
    return {"retry": "erase", "refuse": "refuse"}.get(last_decision(state), END)


def build_graph(resources: Resources | None = None, checkpointer=None, store=None, name: str = "alu"):
    """Compile the unlearning graph.  `resources` injects a ready TargetStore or model instances."""
    res = resources or Resources()
    builder = StateGraph(UnlearnState, context_schema=UnlearnContext, input_schema=InputState,
                         output_schema=OutputState)
    for node in (respond, audit, erase, critique, compose, verify):
        builder.add_node(node.__name__, partial(node, res=res))
    builder.add_node("refuse", refuse)
    builder.add_edge(START, "respond")
    builder.add_edge("respond", "audit")
    builder.add_conditional_edges("audit", after_audit, ["erase", END])
    builder.add_edge("erase", "critique")
    builder.add_edge("critique", "compose")
    builder.add_conditional_edges("compose", after_compose, ["verify", "refuse", END])
    builder.add_conditional_edges("verify", after_verify, ["erase", "refuse", END])
    builder.add_edge("refuse", END)
    return builder.compile(checkpointer=checkpointer, store=store, name=name)


# The graph LangGraph Server/Studio loads (langgraph.json); the server adds its own checkpointer.
graph = build_graph()
