"""The two halves of a committed keep corpus, and the curated-file format both corpora are written from.

A curated file is lines `field | field | …` under `## heading` lines, `# ` lines being comments; each corpus
checks its own fields, so one reader serves both and a malformed line is named the same way in either."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

HALVES = ("calibration", "held_out")
Row = TypeVar("Row")


def read_sections(path: Path, parse: Callable[[list[str]], Row | None], expected: str) -> dict[str, list[Row]]:
    """{heading: [parse(fields)]}; ValueError naming the file and line when a line has no heading above it or
    `parse` returns None for it."""
    sections: dict[str, list[Row]] = {}
    current = None
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("# "):
            continue
        if line.startswith("## "):
            current = line[3:].strip()
            sections.setdefault(current, [])
            continue
        row = parse([p.strip() for p in line.split(" | ")]) if current is not None else None
        if current is None or row is None:
            raise ValueError(f"{path}, line {n}: expected {expected}")
        sections[current].append(row)
    return sections


def load_half(path: Path, half: str | None = None) -> list[dict]:
    """The corpus rows, optionally only one half."""
    if half is not None and half not in HALVES:
        raise ValueError(f"unknown half {half!r}; choose from {', '.join(HALVES)}")
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in rows if half is None or r["half"] == half]
