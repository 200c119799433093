"""Recover result summaries (docs/results/BENCH.json) from the tables of a results document.

    python scripts/results_from_markdown.py [docs/results.md] [docs/results]

For results whose JSON was not kept: every figure of a summary (n, errors, the metric columns, LLM calls,
prompt tokens, p50/p95 latency) is printed in docs/results.md's tables, so the summary can be read back
from them, at the tables' precision (0.1 % and 10 ms).  New runs write docs/results/BENCH.json directly
(`python -m alu.eval.results_doc eval-results docs/results.md`).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from alu.eval.report import COLUMNS
from alu.eval.results_doc import summary_only

LABEL_TO_METRIC = {label: name for name, label in COLUMNS} | {
    "LLM calls": "llm_calls", "prompt tok.": "prompt_tokens", "p50": "latency_p50_ms", "p95": "latency_p95_ms"}
HEADING = re.compile(r"^\*\*(?P<split>.+)\*\* — respondent `(?P<resp>[^`]+)`$")
CONFIG = re.compile(r"^`(?P<command>[^`]+)` — (?P<items>\d+) items, (?P<targets>\d+) active targets, "
                    r"seed (?P<seed>\d+)\.$")


def number(cell: str, metric: str) -> float | None:
    cell = cell.strip()
    if cell in ("–", "-", ""):
        return None
    if cell.endswith(" %"):
        return round(float(cell[:-2]) / 100, 6)
    if metric.startswith("latency"):
        return float(cell[:-2]) * 1000 if cell.endswith(" s") else float(cell[:-3])
    return float(cell.replace(",", ""))


def kind_of(fig: dict) -> str:
    if "attack_leak" in fig:
        return "forget"  # attack items are forget items whose headline is the attack leak
    if "name_leak" in fig or "answer_leak" in fig:
        return "forget"
    return "mc" if "mc_score" in fig else "retain"


def parse(markdown: str) -> dict[str, dict]:
    """{bench: result} for every `## bench` section with tables (the scale section has none)."""
    results: dict[str, dict] = {}
    bench = resp = split = None
    header: list[str] = []
    for line in markdown.splitlines():
        if line.startswith("## "):
            bench = line[3:].strip()
            continue
        if bench is None or bench == "scale":
            continue
        result = results.setdefault(bench, {"bench": bench, "config": {}, "group_by": "split", "summary": {},
                                            "notes": []})
        if m := CONFIG.match(line):
            result["config"] = {"command": m["command"], "items": int(m["items"]), "targets": int(m["targets"]),
                                "seed": int(m["seed"])}
        elif line.startswith("- ") and not result["summary"]:
            result["notes"].append(line[2:])
        elif m := HEADING.match(line):
            split, resp = m["split"], m["resp"]
        elif line.startswith("| method |"):
            header = [c.strip() for c in line.strip("|").split("|")][1:]
        elif line.startswith("| `") and split is not None:
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            method, values = cells[0].strip("`"), cells[1:]
            n_cell = values[0]
            n = int(n_cell.split()[0])
            errors = int(re.search(r"\((\d+) err\.\)", n_cell)[1]) if "err." in n_cell else 0
            fig: dict = {"n": n, "errors": errors}
            for label, cell in zip(header[1:], values[1:]):
                metric = LABEL_TO_METRIC[label]
                value = number(cell, metric)
                if value is not None:
                    fig[metric] = value
            fig["kind"] = kind_of(fig)
            result["summary"].setdefault(resp, {}).setdefault(split, {})[method] = fig
    return {b: r for b, r in results.items() if r["summary"]}


def main(argv: list[str] | None = None) -> int:
    args = argv if argv is not None else sys.argv[1:]
    source = Path(args[0] if args else "docs/results.md")
    out = Path(args[1] if len(args) > 1 else "docs/results")
    out.mkdir(parents=True, exist_ok=True)
    for bench, result in parse(source.read_text(encoding="utf-8")).items():
        result["config"]["recovered_from"] = str(source)
        (out / f"{bench}.json").write_text(json.dumps(summary_only(result), ensure_ascii=False, indent=1) + "\n",
                                           encoding="utf-8")
        print(f"wrote {out / (bench + '.json')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
