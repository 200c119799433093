"""`alu ask`: one question through the graph, with the models loaded first and each node shown as it runs."""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import sys
import time
from typing import TYPE_CHECKING

from alu.cli.common import add_model_options, command, context_from

if TYPE_CHECKING:  # imported lazily: LangGraph and the models load only when a question is asked
    from alu.graph.context import UnlearnContext


class NodeProgress:
    """One live line on a terminal's stderr: the steps done with their times, then the one running.

    Silent when stderr is not a terminal, so piped output and logs stay clean."""

    def __init__(self, stream=None, enabled: bool | None = None) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.done: list[str] = []
        self.running: dict[str, float] = {}
        self.drawn = False

    def start(self, step: str) -> None:
        self.running[step] = time.perf_counter()
        self._draw()

    def finish(self, step: str) -> None:
        started = self.running.pop(step, None)
        seconds = time.perf_counter() - started if started is not None else 0.0
        self.done.append(f"{step} {seconds:.1f}s")
        self._draw()

    def close(self) -> None:
        if self.enabled and self.drawn:
            self.stream.write("\n")
            self.stream.flush()
        self.drawn = False
        self.done, self.running = [], {}

    def _draw(self) -> None:
        if not self.enabled:
            return
        parts = self.done + [f"{step}…" for step in self.running]
        width = shutil.get_terminal_size((100, 20)).columns - 1
        line = " → ".join(parts)
        if len(line) > width:
            line = "…" + line[-(width - 1):]
        self.stream.write("\r\x1b[2K" + line)
        self.stream.flush()
        self.drawn = True


def load_models(ctx: UnlearnContext, progress: NodeProgress, respondent: bool = True) -> dict[str, float]:
    """Load the target store's embedder and every role's chat model before the graph runs, as their own
    step: the graph's nodes then time only their own work.  Returns milliseconds per loaded thing."""
    from alu.graph.resources import open_store
    from alu.models import load_chat_model

    loaded: dict[str, float] = {}
    progress.start("loading embeddings")
    started = time.perf_counter()
    open_store(ctx.home, ctx.embeddings)
    loaded[f"embeddings {ctx.embeddings}"] = round((time.perf_counter() - started) * 1000, 1)
    progress.finish("loading embeddings")
    specs = {spec for role, spec in ctx.models.items() if respondent or role != "respondent"}
    for spec in sorted(specs):
        progress.start(f"loading {spec}")
        started = time.perf_counter()
        load_chat_model(spec)
        loaded[f"model {spec}"] = round((time.perf_counter() - started) * 1000, 1)
        progress.finish(f"loading {spec}")
    return loaded


def run_query(graph, ctx: UnlearnContext, question: str, response: str | None = None,
              progress: NodeProgress | None = None) -> dict:
    """The graph's result; with `progress`, each node is shown as it starts and ends."""
    from langchain_core.messages import HumanMessage

    payload: dict = {"messages": [HumanMessage(question)]}
    if response is not None:
        payload["response"] = response
    if progress is None or not progress.enabled:
        return graph.invoke(payload, context=ctx)
    result: dict = {}
    for mode, chunk in graph.stream(payload, context=ctx, stream_mode=["tasks", "values"]):
        if mode == "values":
            result = chunk
        elif "result" in chunk or "error" in chunk:
            progress.finish(chunk["name"])
        else:
            progress.start(chunk["name"])
    return result


def summarize(result: dict) -> dict:
    return {
        "answer": result["answer"],
        "decision": result["decision"],
        "flagged": result.get("flagged", []),
        "llm_calls": result["llm_calls"],
        "index_version": result.get("index_version"),
        "timings_ms": {s["node"]: s["ms"] for s in result["steps"]},
        "steps": result["steps"],
    }


def print_trace(result: dict, out=sys.stdout) -> None:
    for step in result["steps"]:
        calls = f"{step['llm_calls']} LLM call{'s' if step['llm_calls'] != 1 else ''}"
        print(f"  {step['node']:<9} {step['ms']:>9.1f} ms  {calls:<12} {step['decision']}: {step['why']}", file=out)
    for e in result.get("flagged", []):
        if "target_id" not in e:  # public evidence: how and where, not who
            print(f"  flagged   a target, by {e.get('how')} in the {e.get('where')}", file=out)
            continue
        where = f" at {e['span'][0]}-{e['span'][1]}" if e.get("span") else ""
        print(f"  flagged   {e.get('name', '?')} [{e['target_id']}] by {e['how']}{where}, "
              f"score {e.get('score', 0.0):.2f}, index v{e.get('index_version')}", file=out)


def cmd_ask(args) -> int:
    from alu.graph.builder import build_graph
    from alu.graph.context import EvidenceLevel

    # the local operator owns the registry: the CLI shows who was flagged unless ALU_EVIDENCE says otherwise
    evidence: EvidenceLevel = "public" if os.environ.get("ALU_EVIDENCE") == "public" else "full"
    ctx = dataclasses.replace(context_from(args), evidence=evidence)
    progress = NodeProgress()
    try:
        loading = load_models(ctx, progress, respondent=args.response is None)
        result = run_query(build_graph(), ctx, args.question, args.response, progress)
    finally:
        progress.close()
    if args.json:
        print(json.dumps(summarize(result) | {"loading_ms": loading}, ensure_ascii=False, indent=2))
    else:
        print(result["answer"])
        if args.trace:
            print_trace(result, sys.stderr)
    return 0


def register(sub) -> None:
    ask = command(sub, "ask", "answer a question with unlearning applied",
                  ['alu ask "Who wrote Carrie?"',
                   'alu ask "Who wrote Carrie?" --response "Stephen King wrote it." --json'])
    ask.add_argument("question", help='the user\'s question, e.g. "Who wrote Carrie?"')
    ask.add_argument("--response", help="guard mode: audit and repair this ready answer instead of generating "
                                        'one, e.g. --response "Stephen King wrote it."')
    ask.add_argument("--json", action="store_true", help="print answer, flags with evidence, calls, model "
                                                         "loading and node timings as JSON, e.g. --json")
    ask.add_argument("--trace", action="store_true", help="print each node's decision to stderr, e.g. --trace")
    add_model_options(ask)
    ask.set_defaults(func=cmd_ask)
