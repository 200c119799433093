"""What the graph tells its operator (graph/telemetry.py, graph/otel.py): spans and LangSmith tags per node.

Real queries through the real graph with scripted models and a real store; the OpenTelemetry SDK's
in-memory exporter collects the spans.  They say what each node decided (outcome, route, counts,
registry version), nest under one query span (itself under the caller's), and hold no target's name or
id, no user text and no answer text.  With nothing configured no span is made and alu.graph.otel is
never imported.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from langchain_core.language_models.fake_chat_models import FakeListChatModel
from langchain_core.messages import HumanMessage
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import StatusCode

from alu.extras import MissingExtra, install_hint
from alu.graph.builder import build_graph
from alu.graph.context import UnlearnContext
from alu.graph.resources import Resources
from alu.graph.telemetry import node_spans, otel_configured
from conftest import fake_model

QUESTION = "Who wrote Carrie?"
LEAK = "Carrie was written by Stephen King; it was his first novel, published in 1974."
CLEAN = "Water boils at 100 degrees Celsius at sea level."
VARIANTS = {"variants": ["Carrie is a 1974 horror novel.", "Carrie was published in 1974.",
                         "It is a horror novel from 1974.", "Carrie appeared in 1974.",
                         "A horror novel, first published in 1974."]}
COMPOSED = "Carrie is a horror novel first published in 1974."
OTEL_VARIABLES = ("ALU_OTEL", "OTEL_TRACES_EXPORTER", "OTEL_EXPORTER_OTLP_ENDPOINT",
                  "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", "OTEL_SDK_DISABLED", "OTEL_SERVICE_NAME")


@pytest.fixture
def traced():
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    yield provider, exporter
    provider.shutdown()


class Counting(FakeListChatModel):
    """A respondent that reports no usage but can count tokens (as llama.cpp does): one a word."""

    def count_tokens(self, text: str) -> int:
        return len(text.split())


def leak_models():
    return {"respondent": Counting(responses=[LEAK]), "eraser": fake_model(VARIANTS),
            "critic": fake_model({"scores": [5, 5, 4, 3, 2]}), "composer": fake_model(COMPOSED)}


def texts_of(spans) -> list[str]:
    """Every string a span carries: its name, attribute keys and values, events, status and resource."""
    out = []
    for s in spans:
        out += [s.name, s.status.description or "", *map(str, s.attributes), *map(str, s.attributes.values())]
        out += [str(e.name) + json.dumps(dict(e.attributes or {}), default=str) for e in s.events]
    return out


def assert_nothing_identifying(store, spans, *texts: str) -> None:
    forbidden = [*texts]
    for t in store.all_targets():
        forbidden += [t.id, t.name, *t.aliases]
    carried = texts_of(spans)
    leaks = sorted({f for f in forbidden for c in carried if f and f.casefold() in c.casefold()})
    assert not leaks, f"span text names {leaks}"


def by_name(spans) -> dict:
    out = {}
    for s in spans:
        assert s.name not in out, f"two spans named {s.name}"
        out[s.name] = s
    return out


def test_a_span_per_node_under_one_query_span_under_the_callers(store, home, traced):
    provider, exporter = traced
    graph = build_graph(Resources(store=store, models=leak_models()), tracer_provider=provider)
    with provider.get_tracer("application").start_as_current_span("request") as request:
        result = graph.invoke({"messages": [HumanMessage(QUESTION)]}, context=UnlearnContext(home=str(home)))
    assert result["decision"] == "rewritten" and result["answer"] == COMPOSED

    spans = exporter.get_finished_spans()
    nodes = [s.name for s in spans if s.name.startswith("alu.") and s.name != "alu.query"]
    assert nodes == ["alu.respond", "alu.audit", "alu.erase", "alu.critique", "alu.compose", "alu.verify",
                     "alu.deliver"]
    named = by_name(spans)
    query = named["alu.query"]
    assert query.parent is not None and query.parent.span_id == request.get_span_context().span_id
    for name in nodes:
        assert named[name].parent.span_id == query.context.span_id
        assert named[name].context.trace_id == request.get_span_context().trace_id
        assert query.start_time <= named[name].start_time and named[name].end_time <= query.end_time
    assert query.instrumentation_scope.name == "alu"

    a = {name: dict(named[name].attributes) for name in nodes}
    version = store.version()
    assert a["alu.respond"] == {"alu.node": "respond", "alu.route": "audit", "alu.outcome": "answered",
                                "alu.llm_calls": 1, "alu.index_version": version, "alu.guard": False}
    assert a["alu.audit"] | {"alu.candidates": 0} == {
        "alu.node": "audit", "alu.route": "erase", "alu.outcome": "leak", "alu.llm_calls": 0,
        "alu.index_version": version, "alu.candidates": 0, "alu.flagged": 1, "alu.uncertain": 0}
    assert a["alu.audit"]["alu.candidates"] >= 1
    assert a["alu.erase"]["alu.variants"] == 5 and a["alu.erase"]["alu.attempt"] == 1
    assert a["alu.erase"]["alu.route"] == "critique" and a["alu.erase"]["alu.llm_calls"] == 1
    assert a["alu.critique"]["alu.scored"] == 5 and a["alu.critique"]["alu.route"] == "compose"
    assert a["alu.compose"]["alu.route"] == "verify"
    assert a["alu.verify"]["alu.outcome"] == "passed" and a["alu.verify"]["alu.route"] == "deliver"
    assert a["alu.deliver"] | {} == {"alu.node": "deliver", "alu.route": "__end__", "alu.outcome": "delivered",
                                     "alu.llm_calls": 0, "alu.index_version": version, "alu.decision": "rewritten",
                                     "alu.flagged": 1}
    assert dict(query.attributes) == {"alu.method": "alu", "alu.guard": False, "alu.decision": "rewritten",
                                      "alu.flagged": 1, "alu.llm_calls": 4, "alu.attempts": 1, "alu.nodes": 7,
                                      "alu.index_version": version, "gen_ai.usage.input_tokens": 3,
                                      "gen_ai.usage.output_tokens": len(LEAK.split())}
    assert all(s.status.status_code == StatusCode.UNSET for s in spans)
    assert_nothing_identifying(store, spans, QUESTION, LEAK, COMPOSED, *VARIANTS["variants"])


def test_guard_mode_and_the_paper_method_are_told_apart(store, home, traced):
    provider, exporter = traced
    graph = build_graph(Resources(store=store, models={"auditor": fake_model({"leaked": []})}),
                        tracer_provider=provider)
    graph.invoke({"messages": [HumanMessage("When does water boil?")], "response": CLEAN},
                 context=UnlearnContext(home=str(home)))
    named = by_name(exporter.get_finished_spans())
    assert named["alu.respond"].attributes["alu.guard"] is True
    assert named["alu.respond"].attributes["alu.llm_calls"] == 0
    assert named["alu.audit"].attributes["alu.outcome"] == "clean"
    assert named["alu.audit"].attributes["alu.route"] == "deliver"
    assert dict(named["alu.query"].attributes) | {"alu.index_version": 0} == {
        "alu.method": "alu", "alu.guard": True, "alu.decision": "untouched", "alu.flagged": 0, "alu.llm_calls": 0,
        "alu.attempts": 0, "alu.nodes": 3, "alu.index_version": 0}

    exporter.clear()
    models = {"respondent": fake_model(LEAK), "auditor": fake_model({"leaked": ["stephen-king"]}),
              "eraser": fake_model(VARIANTS), "critic": fake_model({"scores": [5, 5, 5, 5, 5]}),
              "composer": fake_model(COMPOSED)}
    graph = build_graph(Resources(store=store, models=models), tracer_provider=provider)
    graph.invoke({"messages": [HumanMessage(QUESTION)]}, context=UnlearnContext(home=str(home), method="alu-paper"))
    spans = exporter.get_finished_spans()
    named = by_name(spans)
    assert named["alu.respond"].attributes["alu.route"] == "paper_audit"
    assert named["alu.query"].attributes["alu.method"] == "alu-paper"
    assert named["alu.paper_audit"].attributes["alu.flagged"] == 1
    assert named["alu.paper_erase"].attributes["alu.variants"] == 5
    assert named["alu.paper_compose"].attributes["alu.route"] == "deliver"
    assert_nothing_identifying(store, spans, QUESTION, LEAK, COMPOSED)


class Failing(FakeListChatModel):
    """A model whose error message quotes text: only the error's type may reach a span."""

    def _call(self, *args, **kwargs):
        raise RuntimeError(f"upstream said: {LEAK}")

    def _stream(self, *args, **kwargs):
        raise RuntimeError(f"upstream said: {LEAK}")


def test_a_failure_is_recorded_by_its_type_only(store, home, traced):
    provider, exporter = traced
    graph = build_graph(Resources(store=store, models={"respondent": Failing(responses=[])}),
                        tracer_provider=provider)
    with pytest.raises(Exception):  # noqa: B017  (whatever the graph wraps it in)
        graph.invoke({"messages": [HumanMessage(QUESTION)]}, context=UnlearnContext(home=str(home)))
    spans = exporter.get_finished_spans()
    named = by_name(spans)
    assert set(named) == {"alu.query", "alu.respond"}
    for span in spans:
        assert span.status.status_code == StatusCode.ERROR and span.events == ()
        assert span.status.description and span.attributes["error.type"].endswith(span.status.description)
    assert named["alu.respond"].parent.span_id == named["alu.query"].context.span_id
    assert_nothing_identifying(store, spans, QUESTION, LEAK, "upstream said")


def test_langsmith_node_runs_are_tagged_and_annotated(store, home, monkeypatch):
    from langchain_core.tracers.langchain import LangChainTracer
    from langsmith import Client, RunTree

    sent: list[tuple[str, list[str], dict]] = []
    monkeypatch.setattr(RunTree, "post", lambda self, *a, **k: None)
    monkeypatch.setattr(RunTree, "patch", lambda self, *a, **k: sent.append(
        (self.name, list(self.tags or []), dict((self.extra or {}).get("metadata") or {}))))
    tracer = LangChainTracer(client=Client(api_url="http://127.0.0.1:9", api_key="test", auto_batch_tracing=False))
    graph = build_graph(Resources(store=store, models=leak_models()))
    graph.invoke({"messages": [HumanMessage(QUESTION)]}, context=UnlearnContext(home=str(home)),
                 config={"callbacks": [tracer]})
    tracer.wait_for_futures()
    runs = {name: (tags, meta) for name, tags, meta in sent}
    assert "alu" in runs  # the graph's own run, by the name build_graph gives it
    for node in ("respond", "audit", "erase", "critique", "compose", "verify", "deliver"):
        tags, meta = runs[node]
        assert f"alu:{node}" in tags and meta["alu_node"] == node
    assert runs["audit"][1]["alu_outcome"] == "leak" and runs["audit"][1]["alu_route"] == "erase"
    assert runs["audit"][1]["alu_index_version"] == store.version() and runs["audit"][1]["alu_flagged"] == 1
    assert runs["deliver"][1]["alu_decision"] == "rewritten"
    ours = [f"{k}={v}" for _, tags, meta in sent for k, v in meta.items() if k.startswith("alu_")]
    ours += [t for _, tags, _ in sent for t in tags if t.startswith("alu:")]
    forbidden = [QUESTION, LEAK, COMPOSED] + [x for t in store.all_targets() for x in (t.id, t.name, *t.aliases)]
    assert not [f for f in forbidden for text in ours if f.casefold() in text.casefold()]


def test_the_environment_decides_when_nothing_is_passed():
    assert not otel_configured({})
    assert otel_configured({"ALU_OTEL": "1"}) and otel_configured({"ALU_OTEL": "true"})
    assert otel_configured({"OTEL_EXPORTER_OTLP_ENDPOINT": "http://127.0.0.1:4318"})
    assert otel_configured({"OTEL_TRACES_EXPORTER": "console"})
    assert not otel_configured({"OTEL_TRACES_EXPORTER": "none", "OTEL_EXPORTER_OTLP_ENDPOINT": "http://x"})
    assert not otel_configured({"ALU_OTEL": "0", "OTEL_EXPORTER_OTLP_ENDPOINT": "http://127.0.0.1:4318"})
    assert not otel_configured({"ALU_OTEL": "1", "OTEL_SDK_DISABLED": "true"})
    assert not otel_configured({"OTEL_SERVICE_NAME": "shop"})  # naming a service asks for no export
    with pytest.raises(ValueError, match="ALU_OTEL"):
        otel_configured({"ALU_OTEL": "maybe"})


def test_the_providers_alu_sets_up_from_the_standard_variables(monkeypatch, capsys):
    from alu.graph.otel import provider_from_environment

    for name in OTEL_VARIABLES + ("OTEL_RESOURCE_ATTRIBUTES",):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("OTEL_TRACES_EXPORTER", "console")
    provider = provider_from_environment()
    assert provider.resource.attributes["service.name"] == "alu"
    provider.get_tracer("t").start_span("alu.check").end()
    assert '"name": "alu.check"' in capsys.readouterr().err
    provider.shutdown()
    monkeypatch.setenv("OTEL_SERVICE_NAME", "shop")
    monkeypatch.setenv("OTEL_TRACES_EXPORTER", "none")
    assert provider_from_environment().resource.attributes["service.name"] == "shop"
    monkeypatch.setenv("OTEL_TRACES_EXPORTER", "zipkin")
    with pytest.raises(ValueError, match="zipkin"):
        provider_from_environment()


def test_without_the_otel_extra_a_configured_graph_names_it(monkeypatch):
    monkeypatch.setitem(sys.modules, "opentelemetry", None)
    monkeypatch.delitem(sys.modules, "alu.graph.otel", raising=False)
    with pytest.raises(MissingExtra, match=install_hint("otel").replace("[", r"\[").replace("]", r"\]")):
        node_spans(object())
    monkeypatch.setenv("ALU_OTEL", "0")
    assert node_spans() is None  # switched off: the extra is not needed


UNCONFIGURED = r'''
import sys
sys.path.insert(0, sys.argv[1])
from langchain_core.messages import HumanMessage
from alu.graph.builder import build_graph
from alu.graph.context import UnlearnContext
from alu.graph.resources import Resources
from alu.retrieval.store import TargetStore
from alu.retrieval.targets import read_targets_file
from conftest import DEMO_TARGETS, fake_model
from test_store import HashEmbedder

store = TargetStore(sys.argv[2], HashEmbedder())
store.add(read_targets_file(DEMO_TARGETS))

def ask():
    graph = build_graph(Resources(store=store, models={"respondent": fake_model("Water boils at 100 degrees.")}))
    return graph.invoke({"messages": [HumanMessage("When does water boil?")]}, context=UnlearnContext(home=sys.argv[2]))

assert ask()["decision"] == "untouched"
print("IMPORTED", "alu.graph.otel" in sys.modules)

from opentelemetry import trace
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

exporter = InMemorySpanExporter()
provider = TracerProvider()
provider.add_span_processor(SimpleSpanProcessor(exporter))
trace.set_tracer_provider(provider)
ask()
print("SPANS", len(exporter.get_finished_spans()), "alu.graph.otel" in sys.modules)

import os
os.environ["ALU_OTEL"] = "1"
ask()
print("SWITCHED", sorted(s.name for s in exporter.get_finished_spans()))
'''


def test_nothing_configured_no_span_and_no_import(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in OTEL_VARIABLES}
    proc = subprocess.run([sys.executable, "-c", UNCONFIGURED, str(Path(__file__).parent), str(tmp_path / "home")],
                          capture_output=True, text=True, timeout=300, env=env)
    assert proc.returncode == 0, proc.stderr[-4000:]
    lines = proc.stdout.splitlines()
    assert "IMPORTED False" in lines
    assert "SPANS 0 False" in lines  # the application's global provider alone does not switch ALU's spans on
    # ALU_OTEL=1: the application's global provider receives them
    assert "SWITCHED ['alu.audit', 'alu.deliver', 'alu.query', 'alu.respond']" in lines
