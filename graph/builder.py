"""The one place that wires the ALU nodes into a LangGraph graph.

Routers read the typed `outcome` a node wrote, never its free-text step record.  The method is
chosen once, after `respond`; every path ends in `deliver`, the only node that publishes.  Each node
is wrapped once here to report what it decided (graph/telemetry.py), so the nodes themselves only decide.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Literal

from langgraph.graph import END, START, StateGraph
from langgraph.runtime import get_runtime

from alu.graph.context import UnlearnContext, context_for_run
from alu.graph.resources import Resources
from alu.graph.state import InputState, OutputState, UnlearnState
from alu.graph.telemetry import Next, node_spans, observed
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

if TYPE_CHECKING:
    from langgraph.graph.state import CompiledStateGraph
    from langgraph.store.base import BaseStore
    from langgraph.types import Checkpointer
    from opentelemetry.trace import TracerProvider


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


# Where each node goes next: a router reading the outcome it wrote, or its one successor.
NEXT: dict[str, Next] = {
    "respond": method, "audit": after_audit, "erase": after_erase, "critique": after_critique, "compose": "verify",
    "verify": after_verify, "paper_audit": "paper_erase", "paper_erase": "paper_critique",
    "paper_critique": "paper_compose", "paper_compose": after_paper_compose, "refuse": "deliver", "deliver": END,
}


def build_graph(resources: Resources | None = None, checkpointer: Checkpointer = None, store: BaseStore | None = None,
                name: str = "alu", tracer_provider: TracerProvider | None = None,
                ) -> CompiledStateGraph[UnlearnState, UnlearnContext, InputState, OutputState]:
    """Compile the unlearning graph.  `resources` injects a ready TargetStore or model instances;
    `tracer_provider` (OpenTelemetry) records a span per node even when the environment asks for none."""
    res = resources or Resources()
    spans = node_spans(tracer_provider)
    builder = StateGraph(UnlearnState, context_schema=UnlearnContext, input_schema=InputState,
                         output_schema=OutputState)
    for node in (respond, audit, erase, critique, compose, verify, paper_audit, paper_erase, paper_critique,
                 paper_compose, refuse):
        step = node.__name__
        builder.add_node(step, keeps_record(observed(step, partial(node, res=res), NEXT[step], spans), res, step))
    builder.add_node("deliver", keeps_record(observed("deliver", deliver, NEXT["deliver"], spans), res, "deliver"))
    builder.add_edge(START, "respond")
    for node_name, then in NEXT.items():
        if isinstance(then, str):
            builder.add_edge(node_name, then)
        else:
            builder.add_conditional_edges(node_name, then)
    return builder.compile(checkpointer=checkpointer, store=store, name=name)


# The graph LangGraph Server/Studio loads (langgraph.json); the server adds its own checkpointer.
graph = build_graph()
