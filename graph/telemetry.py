"""What the graph tells its operator: a span per node (OpenTelemetry) and tagged node runs (LangSmith).

Nodes decide; this module reports what they decided, in kinds and counts: the outcome, the route taken,
LLM calls, the registry version the query enforces, how many candidates, flags and variants.  Never a
target's name, the user's turn or any answer text: those stay in the query's private record, and only
the lengths of its lists are read here.  `build_graph` wraps every node with `observed`.

OpenTelemetry (the `otel` extra) is off unless the operator configures it, and until then not even
imported (alu.graph.otel holds everything that needs it):
- `build_graph(tracer_provider=...)`: spans go to that provider;
- `ALU_OTEL=1`: to the process's global provider when the application set one (its own SDK set-up,
  `opentelemetry-instrument`), else to one built from the standard variables (OTEL_TRACES_EXPORTER,
  OTEL_EXPORTER_OTLP_ENDPOINT, OTEL_SERVICE_NAME, OTEL_TRACES_SAMPLER, ...);
- ALU_OTEL unset: as ALU_OTEL=1 when OTEL_TRACES_EXPORTER or an OTLP endpoint variable is set;
- `ALU_OTEL=0` or `OTEL_SDK_DISABLED=true`: off, whatever else the environment says.

LangSmith needs no switch: when the operator traces to it (LANGSMITH_TRACING, or a tracer in a run's
callbacks), each node's run is tagged `alu:<node>` and carries the same facts as `alu_*` metadata.
"""

from __future__ import annotations

import functools
import logging
import os
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from alu.extras import needs
from alu.graph.private import Private, find_record

if TYPE_CHECKING:
    from alu.graph.otel import Spans

log = logging.getLogger(__name__)

SWITCH = "ALU_OTEL"
FEATURE = "OpenTelemetry spans (ALU_OTEL, OTEL_* variables or build_graph(tracer_provider=...))"
ON, OFF = ("1", "true", "yes", "on"), ("0", "false", "no", "off")
EXPORTER_VARIABLES = ("OTEL_TRACES_EXPORTER", "OTEL_EXPORTER_OTLP_ENDPOINT", "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT")

# Where a node goes next: a router reading the state after the node, or its one successor.
Next = Callable[[Any], str] | str
Facts = dict[str, str | int | bool]

# the counts of the private record each node is responsible for; the lists' lengths, never their contents
COUNTS: dict[str, Callable[[Private], int]] = {
    "candidates": lambda r: len({e["target_id"] for e in [*r.evidence, *r.uncertain]}),
    "flagged": lambda r: len(r.evidence),
    "uncertain": lambda r: len(r.uncertain),   # left to the auditor model
    "variants": lambda r: len(r.variants),
    "scored": lambda r: len(r.scores),
}
NODE_COUNTS: dict[str, tuple[str, ...]] = {
    "audit": ("candidates", "flagged", "uncertain"), "paper_audit": ("flagged",),
    "erase": ("variants",), "paper_erase": ("variants",), "critique": ("scored",), "paper_critique": ("scored",),
}


def otel_configured(env: Mapping[str, str] = os.environ) -> bool:
    """Whether the environment asks for spans (see the module's docstring)."""
    switch = env.get(SWITCH, "").strip().lower()
    if switch and switch not in ON + OFF:
        raise ValueError(f"{SWITCH}={env[SWITCH]!r}: use 1 (spans on) or 0 (off)")
    if switch in OFF or env.get("OTEL_SDK_DISABLED", "").strip().lower() == "true":
        return False
    if switch in ON:
        return True
    return (env.get("OTEL_TRACES_EXPORTER", "").strip().lower() != "none"
            and any(env.get(v, "").strip() for v in EXPORTER_VARIABLES))


def node_spans(tracer_provider: Any = None) -> Spans | None:
    """The span recorder for a graph, or None when OpenTelemetry is not configured (nothing imported)."""
    if tracer_provider is None and not otel_configured():
        return None
    with needs("otel", FEATURE):  # missing: a clear error now, when the graph is built, not at its first query
        from alu.graph.otel import Spans

    return Spans(tracer_provider)


def _restarted(value: Any) -> Any:
    """A value as the node wrote it, whether appended or restarting the query (graph/state.py's reducers)."""
    return value["restart"] if isinstance(value, dict) else value


def facts(node: str, state: Mapping[str, Any], update: Mapping[str, Any], next_: Next) -> Facts:
    """What `node` decided: kinds and counts only."""
    after = {**state, **update}
    told: Facts = {"node": node, "route": next_ if isinstance(next_, str) else next_(after)}
    if update.get("outcome"):
        told["outcome"] = update["outcome"]
    if "llm_calls" in update:
        told["llm_calls"] = int(_restarted(update["llm_calls"]))
    if after.get("index_version") is not None:
        told["index_version"] = int(after["index_version"])
    steps = _restarted(update.get("steps")) or []
    if node == "respond" and steps:
        told["guard"] = steps[-1]["decision"] == "guard"   # a ready answer was audited, the respondent not called
    if "attempts" in update and node == "erase":
        told["attempt"] = int(update["attempts"])
    if node == "deliver":
        told["decision"] = update["decision"]
        told["flagged"] = len(update.get("flagged") or [])
    record = find_record(after.get("private")) if node in NODE_COUNTS else None
    if record is not None:
        told.update({name: COUNTS[name](record) for name in NODE_COUNTS[node]})
    return told


def langsmith_run() -> Any:
    """The LangSmith run of the node being executed when the operator traces to LangSmith, else None."""
    from langsmith.run_helpers import get_current_run_tree  # imported with langchain-core's tracers already

    return get_current_run_tree()


def tag_run(run: Any, node: str, told: Facts) -> None:
    """Tag and annotate a node's LangSmith run.  New lists and dicts: the ones the run holds may be shared
    with the caller's configuration."""
    run.tags = [*(run.tags or []), f"alu:{node}"]
    extra = dict(run.extra or {})
    extra["metadata"] = {**(extra.get("metadata") or {}), **{f"alu_{k}": v for k, v in told.items()}}
    run.extra = extra


def observed(node: str, action: Callable[..., dict], next_: Next, spans: Spans | None) -> Callable[..., dict]:
    """`action` as LangGraph calls it, reporting what it decided.  The signature is `action`'s (functools.wraps),
    so LangGraph still hands it the run's runtime."""

    @functools.wraps(action)
    def run(state: Mapping[str, Any], *args: Any, **kwargs: Any) -> dict:
        if spans is None:
            update = action(state, *args, **kwargs)
        else:
            opened = spans.start(node, state)
            try:
                update = spans.run(opened, action, state, *args, **kwargs)
            except BaseException as e:
                spans.failed(node, state, opened, e)
                raise
        try:
            ls_run = langsmith_run()
            if spans is not None or ls_run is not None:
                told = facts(node, state, update, next_)
                if ls_run is not None:
                    tag_run(ls_run, node, told)
                if spans is not None:
                    spans.finish(node, state, update, opened, told)
        except Exception:  # reporting never costs a query its answer
            log.warning("could not report what node %s decided", node, exc_info=True)
        return update

    return run
