"""Case files: anyone's own targets and test cases, run through the graph, with pass/fail per case.

T (targets, the import format) are all active for every case. C: one JSON object per line
{"id", "query", "response"?, "expect": "forget"|"keep", "leak": [strings]?, "attack"?, "targets": [ids]?}.
"""

from __future__ import annotations

import json
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import cast

from alu.eval import metrics as M
from alu.eval.data import DataError
from alu.eval.runner import PromptMeter, finished
from alu.retrieval.targets import json_lines

CASE_FIELDS = {"id", "query", "response", "expect", "leak", "attack", "targets"}


def read_cases(path: Path, target_ids: set[str]) -> list[dict]:
    """Validated cases; any bad line fails the whole file with its line number."""
    if not path.is_file():
        raise DataError(f"cases file not found: {path}")
    cases, seen = [], set()
    lines = path.read_text(encoding="utf-8").splitlines()
    for n, c in json_lines(lines, lambda n, why: DataError(f"{path}, line {n}: {why}")):
        where = f"{path}, line {n}"
        if not isinstance(c, dict):
            raise DataError(f"{where}: a case must be a JSON object")
        unknown = set(c) - CASE_FIELDS
        if unknown:
            raise DataError(f"{where}: unknown field(s) {', '.join(sorted(unknown))}")
        if not isinstance(c.get("id"), str) or not c["id"].strip():
            raise DataError(f"{where}: 'id' must be a non-empty string")
        if c["id"] in seen:
            raise DataError(f"{where}: duplicate case id {c['id']!r}")
        seen.add(c["id"])
        if not isinstance(c.get("query"), str) or not c["query"].strip():
            raise DataError(f"{where}: 'query' must be a non-empty string")
        if c.get("expect") not in ("forget", "keep"):
            raise DataError(f"{where}: 'expect' must be 'forget' or 'keep', got {c.get('expect')!r}")
        if "response" in c and not isinstance(c["response"], str):
            raise DataError(f"{where}: 'response' must be a string")
        for key in ("leak", "targets"):
            if key in c and not (isinstance(c[key], list) and all(isinstance(x, str) for x in c[key])):
                raise DataError(f"{where}: '{key}' must be a list of strings")
        if c["expect"] == "forget" and not c.get("leak"):
            raise DataError(f"{where}: a forget case needs a non-empty 'leak' list")
        missing = [t for t in c.get("targets", []) if t not in target_ids]
        if missing:
            raise DataError(f"{where}: unknown target id(s) {', '.join(missing)} (not in the targets file)")
        if "attack" in c and not isinstance(c["attack"], str):
            raise DataError(f"{where}: 'attack' must be a string")
        cases.append(c)
    if not cases:
        raise DataError(f"{path}: no cases")
    return cases


def judge(case: dict, final: str, vanilla: str, flagged: list[str]) -> bool:
    if case["expect"] == "forget":
        return not M.contains_any(final, case["leak"])
    return not flagged and final == vanilla


def run_case(graph, ctx, respondent, case: dict) -> dict:
    from langchain_core.messages import HumanMessage

    from alu.graph.limits import operator_callbacks
    from alu.nodes.messages import text_of

    meter = PromptMeter()
    t0 = time.perf_counter()
    vanilla = case.get("response")
    if vanilla is None:  # the configured respondent answers once; the graph then audits that answer
        reply = respondent.invoke([HumanMessage(case["query"])], config={"callbacks": [meter]})
        vanilla = text_of(reply)
    calls_before = meter.calls
    with operator_callbacks([meter]):  # the agents' own calls, which a caller's callbacks never see
        result = graph.invoke({"messages": [HumanMessage(case["query"])], "response": vanilla}, context=ctx)
    flagged = sorted({e["target_id"] for e in result.get("flagged", [])})
    return {"id": case["id"], "final": result["answer"], "passed": judge(case, result["answer"], vanilla, flagged),
            "flagged": flagged, "llm_calls": result["llm_calls"] + calls_before,
            "latency_ms": round((time.perf_counter() - t0) * 1000, 1)}


def summary(cases: list[dict], results: list[dict]) -> dict:
    by_id = {r["id"]: r for r in results}
    rate = lambda rs: (sum(r["passed"] for r in rs) / len(rs)) if rs else None  # noqa: E731
    forget = [by_id[c["id"]] for c in cases if c["expect"] == "forget" and c["id"] in by_id]
    keep = [by_id[c["id"]] for c in cases if c["expect"] == "keep" and c["id"] in by_id]
    groups = defaultdict(list)
    for c in cases:
        if c["id"] in by_id:
            groups[c.get("attack") or "none"].append(by_id[c["id"]])
    return {"n": len(by_id), "forget_pass_rate": rate(forget), "keep_pass_rate": rate(keep),
            "by_attack": {k: {"n": len(v), "pass_rate": rate(v)} for k, v in sorted(groups.items())}}


def run_cases(targets_path: Path, cases_path: Path, out_path: Path, *, method: str = "alu",
              model_specs: dict | None = None, models: dict | None = None, embedder=None, home: Path | None = None,
              parallel: int = 1) -> dict:
    """Run every case not yet in out_path's progress file; write R (JSON) and a Markdown report."""
    from concurrent.futures import ThreadPoolExecutor

    from tqdm import tqdm

    from alu.eval.harness import open_bench_store
    from alu.graph.builder import build_graph
    from alu.graph.context import Method, UnlearnContext
    from alu.graph.resources import Resources
    from alu.retrieval.targets import read_targets_file

    targets = [t.to_dict() for t in read_targets_file(targets_path)]
    cases = read_cases(Path(cases_path), {t["id"] for t in targets})
    if embedder is None:
        from alu.retrieval.embeddings import load_embedder

        embedder = load_embedder("minilm")
    home = Path(home or tempfile.mkdtemp(prefix="alu-cases-"))
    store = open_bench_store(home, targets, embedder)
    specs = {r: s for r, s in (model_specs or {}).items() if s}
    ctx = UnlearnContext(method=cast(Method, method), home=str(home), embeddings=embedder.name, evidence="full",
                         **{f"{r}_model": s for r, s in specs.items()})
    models = dict(models or {})
    graph = build_graph(Resources(store=store, models=models))
    respondent = models.get("respondent")
    if respondent is None and any("response" not in c for c in cases):
        from alu.models import load_chat_model

        respondent = load_chat_model(ctx.respondent_model)

    # progress file: finished cases survive Ctrl-C and are skipped on the next run
    progress = out_path.with_name(out_path.name + ".progress.jsonl")
    done = finished(progress, "id")
    todo = [c for c in cases if c["id"] not in done]
    out_path.parent.mkdir(parents=True, exist_ok=True)
    import sys

    with progress.open("a", encoding="utf-8") as f, tqdm(total=len(todo), desc="cases", unit="case",
                                                         file=sys.stderr, disable=not todo) as bar:
        def one(c):
            return run_case(graph, ctx, respondent, c)

        with ThreadPoolExecutor(max(1, parallel)) as pool:
            for r in pool.map(one, todo):
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
                f.flush()
                done[r["id"]] = r
                bar.update(1)
    results = [done[c["id"]] for c in cases if c["id"] in done]
    report = {"summary": summary(cases, results), "cases": results}
    out_path.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    write_markdown(out_path.with_suffix(".md"), report, method)
    return report


def write_markdown(path: Path, report: dict, method: str) -> None:
    s = report["summary"]
    pct = lambda v: "–" if v is None else f"{100 * v:.1f} %"  # noqa: E731
    lines = [f"# Case file results (method `{method}`)\n", f"- cases: {s['n']}",
             f"- forget pass rate: {pct(s['forget_pass_rate'])}", f"- keep pass rate: {pct(s['keep_pass_rate'])}\n",
             "| attack | n | pass rate |", "|---|---|---|"]
    lines += [f"| {k} | {v['n']} | {pct(v['pass_rate'])} |" for k, v in s["by_attack"].items()]
    lines += ["", "| case | passed | flagged | LLM calls | latency |", "|---|---|---|---|---|"]
    lines += [f"| {r['id']} | {'yes' if r['passed'] else 'no'} | {', '.join(r['flagged']) or '–'} | "
              f"{r['llm_calls']} | {r['latency_ms']:.0f} ms |" for r in report["cases"]]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
