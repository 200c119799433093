"""Write the graph's Mermaid picture, drawn from the compiled graph, into README.md.

    python scripts/readme_graph.py          # rewrite the block between the markers
    python scripts/readme_graph.py --check  # exit 1 if the README's picture is stale
"""

from __future__ import annotations

import sys
from pathlib import Path

START, END = "<!-- graph:start -->", "<!-- graph:end -->"
README = Path(__file__).resolve().parents[1] / "README.md"


def mermaid() -> str:
    from alu.graph.builder import build_graph

    return build_graph().get_graph().draw_mermaid().strip()


def block() -> str:
    return f"{START}\n```mermaid\n{mermaid()}\n```\n{END}"


def main() -> int:
    text = README.read_text()
    head, rest = text.split(START, 1)
    _, tail = rest.split(END, 1)
    updated = head + block() + tail
    if "--check" in sys.argv:
        if updated != text:
            print("README.md's graph picture is stale: run python scripts/readme_graph.py", file=sys.stderr)
            return 1
        return 0
    README.write_text(updated)
    return 0


if __name__ == "__main__":
    sys.exit(main())
