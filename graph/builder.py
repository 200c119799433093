"""The one place that wires the ALU nodes into a LangGraph graph.

Routers read the typed `outcome` a node wrote, never its free-text step record.  The method is
chosen once, after `respond`; every path ends in `deliver`, the only node that publishes.
"""

from __future__ import annotations

from functools import partial
from typing import Literal

from langgraph.graph import END, START, StateGraph
from langgraph.runtime import get_runtime

from alu.graph.context import UnlearnContext, context_for_run
from alu.graph.resources import Resources
from alu.graph.state import InputState, OutputState, UnlearnState
from alu.nodes.audit import audit
from alu.nodes.compose import compose
from alu.nodes.critique import critique
from alu.nodes.deliver import deliver
from alu.nodes.erase import erase
from alu.nodes.paper import paper_audit, paper_compose, paper_critique, paper_erase
from alu.nodes.records import keeps_record
from alu.nodes.refuse import refuse
from alu.nodes.respond import respond
from alu.nodes.verify import verify


def method(state: UnlearnState) -> Literal["audit", "paper_audit"]:
    try:
        runtime = get_runtime(UnlearnContext)
    except (KeyError, RuntimeError):
        runtime = None
    raw = runtime.context if runtime is not None else None  # None: an operator's state edit, outside a run
    return "paper_audit" if context_for_run(raw).method == "alu-paper" else "audit"


def after_audit(state: UnlearnState) -> Literal["erase", "verify", "deliver"]:
    return {"leak": "erase", "redact": "verify"}.get(state["outcome"], "deliver")  # type: ignore[return-value]


def after_erase(state: UnlearnState) -> Literal["critique", "verify"]:
    return "verify" if state["outcome"] == "late" else "critique"


def after_critique(state: UnlearnState) -> Literal["compose", "verify"]:
    return "verify" if state["outcome"] == "late" else "compose"


def after_verify(state: UnlearnState) -> Literal["erase", "refuse", "deliver"]:
    return {"retry": "erase", "refuse": "refuse"}.get(state["outcome"], "deliver")  # type: ignore[return-value]


def after_paper_compose(state: UnlearnState) -> Literal["refuse", "deliver"]:
    return "refuse" if state["outcome"] == "refuse" else "deliver"


def build_graph(resources: Resources | None = None, checkpointer=None, store=None, name: str = "alu"):
    """Compile the unlearning graph.  `resources` injects a ready TargetStore or model instances."""
    res = resources or Resources()
    builder = StateGraph(UnlearnState, context_schema=UnlearnContext, input_schema=InputState,
                         output_schema=OutputState)
    for node in (respond, audit, erase, critique, compose, verify, paper_audit, paper_erase, paper_critique,
                 paper_compose):
        builder.add_node(node.__name__, keeps_record(partial(node, res=res), res))
    builder.add_node("refuse", keeps_record(refuse, res))
    builder.add_node("deliver", keeps_record(deliver, res))
    builder.add_edge(START, "respond")
    builder.add_conditional_edges("respond", method)
    builder.add_conditional_edges("audit", after_audit)
    builder.add_conditional_edges("erase", after_erase)
    builder.add_conditional_edges("critique", after_critique)
    builder.add_edge("compose", "verify")
    builder.add_conditional_edges("verify", after_verify)
    builder.add_edge("paper_audit", "paper_erase")
    builder.add_edge("paper_erase", "paper_critique")
    builder.add_edge("paper_critique", "paper_compose")
    builder.add_conditional_edges("paper_compose", after_paper_compose)
    builder.add_edge("refuse", "deliver")
    builder.add_edge("deliver", END)
    return builder.compile(checkpointer=checkpointer, store=store, name=name)


# The graph LangGraph Server/Studio loads (langgraph.json); the server adds its own checkpointer.
graph = build_graph()
