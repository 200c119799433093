"""Write the README's results table from the committed result summaries (docs/results/BENCH.json).

    python scripts/readme_results.py [docs/results]
    python scripts/readme_results.py --check   # exit 1 if the README's table is stale

For each bench, respondent and split: the split's headline metric per method, with its direction
(forget: name or answer leak ↓; attacks: attack leak ↓; retain: untouched ↑; multiple choice: accuracy,
↓ towards chance on WMDP, ↑ on MMLU) and the mean LLM calls per query.  The rows come from
`alu.eval.report.plot_data`, the very numbers the plots docs/results/BENCH.png draw; the full
tables are in docs/results.md.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from alu.eval.report import plot_data
from alu.eval.runner import METHODS

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
import readme_block  # type: ignore[import-not-found]  # noqa: E402

START, END = "<!-- results:start -->", "<!-- results:end -->"


def cell(value: float | None, calls: float | None) -> str:
    return "n/a" if value is None else f"{100 * value:.0f} % ({calls:.1f} calls)"


def rows(results: Path) -> list[str]:
    out = ["| bench / split | respondent | metric | " + " | ".join(f"`{m}`" for m in METHODS) + " |",
           "|---|---|---|" + "---|" * len(METHODS)]
    for path in sorted(results.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        if "summary" not in data or data.get("bench") == "scale":
            continue
        for panel in plot_data(dict(sorted(data["summary"].items())), data["bench"]):
            for s in panel["splits"]:
                cells = [cell(s["values"][m], s["llm_calls"][m]) for m in METHODS]
                out.append(f"| {data['bench']} / {s['split']} (n={s['n']}) | {panel['respondent']} | "
                           f"{panel['label']} | " + " | ".join(cells) + " |")
    return out


def render(text: str, results: Path) -> str:
    return readme_block.replace(text, START, END, rows(results))


def main(argv: list[str] | None = None) -> int:
    args = argv if argv is not None else sys.argv[1:]
    paths = [a for a in args if a != "--check"]
    results = Path(paths[0]) if paths else ROOT / "docs" / "results"
    return readme_block.write_or_check(lambda text: render(text, results), "--check" in args,
                                       "readme_results.py")


if __name__ == "__main__":
    sys.exit(main())
