"""Write the README's conversations table from the committed reports (benchmarks/results/conversations).

    python scripts/readme_conversations.py
    python scripts/readme_conversations.py --check   # exit 1 if the README's table is stale

One row per family, one column per report: the leak rate on forget families, the over-block rate on innocent
ones, bold where a family is above the 2 % goal.  The "before" column is the policy at the baseline commit,
scored on the same test split.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
import readme_block  # type: ignore[import-not-found]  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results" / "conversations"
START, END = "<!-- conversations-table:start -->", "<!-- conversations-table:end -->"
GOAL = 0.02
COLUMNS = (
    ("test, now", "conversations-test.json"),
    ("test, now, default context", "conversations-test-default.json"),
    ("dev, now", "conversations-dev.json"),
    ("dev, now, default context", "conversations-dev-default.json"),
    ("test, before", "baseline-21eb875/conversations-test.json"),
)


def pct(rate: float, bold: bool) -> str:
    text = "100 %" if rate >= 0.9995 else f"{100 * rate:.1f} %"
    return f"**{text}**" if bold and rate > GOAL else text


def rows(results: Path) -> list[str]:
    reports = [json.loads((results / name).read_text(encoding="utf-8")) for _, name in COLUMNS]
    test, dev = reports[0]["summary"], reports[2]["summary"]
    out = ["| family (n test / dev) | " + " | ".join(label for label, _ in COLUMNS) + " |",
           "|---|" + "---|" * len(COLUMNS)]
    for side, noun in (("forget", "forget"), ("innocent", "innocent")):
        for family in test[side]:
            n = f"{test[side][family]['n']:,} / {dev[side][family]['n']:,}"
            name = f"**{noun}, all ({n})**" if family == "all" else f"{family} ({n})"
            # Only the headline column is bold per family; the "all" row is bold throughout.
            cells = [pct(r["summary"][side][family]["rate"], bold=(i == 0 or family == "all"))
                     for i, r in enumerate(reports)]
            if family == "all":
                cells = [c if c.startswith("**") else f"**{c}**" for c in cells]
            out.append(f"| {name} | " + " | ".join(cells) + " |")
    return out


def render(text: str, results: Path) -> str:
    return readme_block.replace(text, START, END, rows(results))


def main(argv: list[str] | None = None) -> int:
    args = argv if argv is not None else sys.argv[1:]
    return readme_block.write_or_check(lambda text: render(text, RESULTS), "--check" in args,
                                       "readme_conversations.py")


if __name__ == "__main__":
    sys.exit(main())
