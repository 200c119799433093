"""OpenTelemetry spans of the graph (the `otel` extra), imported only when the operator turned them on.

One `alu.query` span per query, from its first node to `deliver`, with an `alu.<node>` child per node
run.  A node's span is the current span while it runs, so instrumented clients it calls (an HTTP client,
a model provider's SDK) nest under it, and a query run inside the caller's span is that span's child.
Attributes are the node's facts (alu.graph.telemetry): kinds and counts, never text.  A failure is
recorded by its exception type only: a message may quote what the model or the user wrote.
"""

from __future__ import annotations

import importlib
import os
import sys
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import alu
from alu.extras import needs
from alu.graph.private import MAX_RECORDS, TTL_SECONDS
from alu.graph.telemetry import FEATURE, Facts

with needs("otel", FEATURE):
    from opentelemetry import trace
    from opentelemetry.trace import Span, Status, StatusCode, Tracer, TracerProvider

QUERY_SPAN = "alu.query"
SCOPE = "alu"  # the instrumentation scope: spans carry it with the package's version

_OWN: TracerProvider | None = None
_OWN_LOCK = threading.Lock()


def process_provider() -> TracerProvider:
    """The application's global provider when it set one, else one ALU sets up once from the environment."""
    global _OWN
    current = trace.get_tracer_provider()
    if not isinstance(current, trace.ProxyTracerProvider):
        return current
    with _OWN_LOCK:
        if _OWN is None:
            _OWN = provider_from_environment()
        return _OWN


def provider_from_environment() -> TracerProvider:
    """An SDK provider as the standard variables describe it: OTEL_TRACES_EXPORTER (otlp, the default;
    console, to stderr; none), the OTLP endpoint, headers and protocol, OTEL_SERVICE_NAME (default "alu"),
    OTEL_RESOURCE_ATTRIBUTES and the sampler.  Not made global: the application's other libraries are
    the application's business."""
    from opentelemetry.sdk.resources import SERVICE_NAME, Resource
    from opentelemetry.sdk.trace import TracerProvider as SdkTracerProvider
    from opentelemetry.sdk.trace.export import BatchSpanProcessor, ConsoleSpanExporter, SimpleSpanProcessor

    resource = Resource.create()
    if str(resource.attributes.get(SERVICE_NAME, "")).startswith("unknown_service"):
        resource = resource.merge(Resource({SERVICE_NAME: "alu"}))
    provider = SdkTracerProvider(resource=resource)  # flushed and shut down at exit
    for name in [n.strip().lower() for n in os.environ.get("OTEL_TRACES_EXPORTER", "otlp").split(",") if n.strip()]:
        if name == "console":  # stderr: `alu ask --json` keeps stdout for its answer
            provider.add_span_processor(SimpleSpanProcessor(ConsoleSpanExporter(out=sys.stderr)))
        elif name == "otlp":
            provider.add_span_processor(BatchSpanProcessor(otlp_exporter(os.environ)))
        elif name != "none":
            raise ValueError(f"OTEL_TRACES_EXPORTER={name!r}: ALU sets up 'otlp', 'console' or 'none'; for any "
                             "other exporter configure the OpenTelemetry SDK in the application (or run under "
                             "opentelemetry-instrument) and keep ALU_OTEL=1")
    return provider


def otlp_exporter(env: Mapping[str, str]) -> Any:
    protocol = (env.get("OTEL_EXPORTER_OTLP_TRACES_PROTOCOL") or env.get("OTEL_EXPORTER_OTLP_PROTOCOL")
                or "http/protobuf").strip()
    if protocol == "grpc":
        try:  # not in the `otel` extra: gRPC brings grpcio, a large build
            grpc = importlib.import_module("opentelemetry.exporter.otlp.proto.grpc.trace_exporter")
        except ModuleNotFoundError:
            raise ValueError("OTLP over gRPC needs the package opentelemetry-exporter-otlp-proto-grpc; or set "
                             "OTEL_EXPORTER_OTLP_PROTOCOL=http/protobuf") from None
        return grpc.OTLPSpanExporter()
    if protocol != "http/protobuf":
        raise ValueError(f"OTEL_EXPORTER_OTLP_PROTOCOL={protocol!r}: use http/protobuf or grpc")
    from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter

    return OTLPSpanExporter()  # endpoint, headers, timeout and compression from the OTEL_EXPORTER_OTLP_* variables


def attributes(told: Facts) -> dict[str, str | int | bool]:
    return {f"alu.{k}": v for k, v in told.items() if k != "node"} | {"alu.node": str(told["node"])}


def failure(span: Span, error: BaseException) -> None:
    kind = type(error)
    span.set_attribute("error.type", f"{kind.__module__}.{kind.__qualname__}")
    span.set_status(Status(StatusCode.ERROR, kind.__name__))
    span.end()


@dataclass
class Opened:
    span: Span
    query: Span | None = None   # opened by the query's first node, until it has a handle to be found by


class Spans:
    """The spans of one compiled graph; the provider is resolved at the first span, so a graph built at
    import time (LangGraph Server's) follows the provider the application sets up afterwards."""

    def __init__(self, provider: TracerProvider | None = None) -> None:
        self._provider = provider
        self._tracer: Tracer | None = None
        self._queries: dict[str, tuple[Span, float]] = {}   # private handle -> the query's span, opened at
        self._lock = threading.Lock()

    def tracer(self) -> Tracer:
        if self._tracer is None:
            self._tracer = (self._provider or process_provider()).get_tracer(SCOPE, alu.__version__)
        return self._tracer

    def start(self, node: str, state: Mapping[str, Any]) -> Opened:
        if node == "respond":  # the first node of every query
            opening = self.tracer().start_span(QUERY_SPAN)
            return Opened(self.tracer().start_span(f"alu.{node}", trace.set_span_in_context(opening)), opening)
        with self._lock:
            query = self._queries.get(state.get("private") or "", (None, 0.0))[0]
        context = trace.set_span_in_context(query) if query is not None else None
        return Opened(self.tracer().start_span(f"alu.{node}", context))

    def run(self, opened: Opened, action: Callable[..., dict], *args: Any, **kwargs: Any) -> dict:
        with trace.use_span(opened.span, end_on_exit=False, record_exception=False, set_status_on_exception=False):
            return action(*args, **kwargs)

    def finish(self, node: str, state: Mapping[str, Any], update: Mapping[str, Any], opened: Opened,
               told: Facts) -> None:
        opened.span.set_attributes(attributes(told))
        opened.span.end()
        if opened.query is not None:
            opened.query.set_attributes({"alu.method": "alu-paper" if told["route"] == "paper_audit" else "alu",
                                         "alu.guard": bool(told.get("guard"))})
            self._keep(update["private"], opened.query)
        elif node == "deliver" and (query := self._pop(state)) is not None:
            usage = update.get("usage") or {}
            query.set_attributes({
                "alu.decision": str(told["decision"]), "alu.flagged": int(told["flagged"]),
                "alu.llm_calls": int(state.get("llm_calls") or 0), "alu.attempts": int(state.get("attempts") or 0),
                "alu.nodes": len(state.get("steps") or []) + 1,
                **({"alu.index_version": int(told["index_version"])} if "index_version" in told else {}),
                **{f"gen_ai.usage.{k}": int(usage[k]) for k in ("input_tokens", "output_tokens") if k in usage}})
            query.end()

    def failed(self, node: str, state: Mapping[str, Any], opened: Opened, error: BaseException) -> None:
        from langgraph.errors import GraphBubbleUp

        if isinstance(error, GraphBubbleUp):  # an interrupt or a command to the parent graph: not a failure
            opened.span.end()
            if opened.query is not None:
                opened.query.end()
            return
        failure(opened.span, error)
        query = opened.query or self._pop(state)
        if query is not None:
            failure(query, error)

    def _keep(self, handle: str, query: Span) -> None:
        now = time.monotonic()
        with self._lock:
            stale = [h for h, (_, opened) in self._queries.items() if now - opened > TTL_SECONDS]
            while len(self._queries) - len(stale) >= MAX_RECORDS:
                stale.append(next(h for h in self._queries if h not in stale))
            ended = [self._queries.pop(h)[0] for h in stale]
            self._queries[handle] = (query, now)
        for span in ended:  # a run that stopped between nodes (interrupted, never resumed here)
            span.set_attribute("alu.abandoned", True)
            span.end()

    def _pop(self, state: Mapping[str, Any]) -> Span | None:
        with self._lock:
            return self._queries.pop(state.get("private") or "", (None, 0.0))[0]
