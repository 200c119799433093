"""Write the README's results table from `alu eval` result files.

    python scripts/readme_results.py [eval-results]

For each bench, split and respondent: the split's headline metric per method (forget: name or answer
leak rate, lower is better; retain: untouched rate; multiple choice: accuracy; attacks: leak rate) and
the mean LLM calls per query.  The full tables are in docs/results.md.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from alu.eval.report import HEADLINE

ROOT = Path(__file__).resolve().parents[1]
START, END = "<!-- results:start -->", "<!-- results:end -->"
METHODS = ["none", "prompt", "alu-paper", "alu"]
LABEL = {"name_leak": "name leak ↓", "answer_leak": "answer leak ↓", "untouched": "untouched ↑",
         "mc_score": "MC accuracy", "attack_leak": "leak under attack ↓"}


def headline(fig: dict) -> str:
    metric = HEADLINE.get(fig.get("kind"), "untouched")
    if fig.get("kind") == "forget" and "answer_leak" in fig:
        metric = "answer_leak"
    return metric


def rows(results: Path) -> list[str]:
    out = ["| bench / split | respondent | metric | " + " | ".join(f"`{m}`" for m in METHODS) + " |",
           "|---|---|---|" + "---|" * len(METHODS)]
    for path in sorted(results.glob("*.json")):
        data = json.loads(path.read_text())
        if "summary" not in data or data.get("bench") == "scale":
            continue
        for respondent, splits in sorted(data["summary"].items()):
            for split, methods in splits.items():
                any_fig = next(iter(methods.values()))
                metric = headline(any_fig)
                cells = []
                for m in METHODS:
                    fig = methods.get(m)
                    if fig is None or metric not in fig:
                        cells.append("n/a")
                    else:
                        cells.append(f"{100 * fig[metric]:.0f} % ({fig['llm_calls']:.1f} calls)")
                out.append(f"| {data['bench']} / {split} (n={any_fig['n']}) | {respondent} | "
                           f"{LABEL.get(metric, metric)} | " + " | ".join(cells) + " |")
    return out


def main() -> int:
    results = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "eval-results")
    table = "\n".join(rows(results))
    readme = ROOT / "README.md"
    text = readme.read_text()
    head, rest = text.split(START, 1)
    _, tail = rest.split(END, 1)
    readme.write_text(f"{head}{START}\n{table}\n{END}{tail}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
