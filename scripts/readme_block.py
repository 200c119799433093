"""Replace one generated block of README.md, or check that it is current (shared by the readme_* scripts)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

README = Path(__file__).resolve().parents[1] / "README.md"


def replace(text: str, start: str, end: str, lines: list[str]) -> str:
    head, rest = text.split(start, 1)
    _, tail = rest.split(end, 1)
    return f"{head}{start}\n" + "\n".join(lines) + f"\n{end}{tail}"


def write_or_check(render: Callable[[str], str], check: bool, script: str) -> int:
    text = README.read_text(encoding="utf-8")
    updated = render(text)
    if check:
        if updated != text:
            print(f"README.md is stale: run python scripts/{script}", file=sys.stderr)
            return 1
        return 0
    README.write_text(updated, encoding="utf-8")
    return 0
