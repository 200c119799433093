"""The everyday-chat keep corpus: ordinary questions a deployment with topic targets must still answer.

Written for this project (alu/data/everyday/curated.txt and the computed families of
scripts/everyday_corpus.py, which writes alu/data/bench/everyday_chat.jsonl).  Half of its base questions
(seeded, per domain) may calibrate; the other half is only scored, for over-blocking, in every bench that
registers topic targets.  The phrasings here are conversational frames; calibration puts the same frames
around hazardous questions too, so a frame never tells the two classes apart.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "data"
CURATED = DATA / "everyday" / "curated.txt"
CORPUS = DATA / "bench" / "everyday_chat.jsonl"
SEED = "alu-everyday-v1"
HALVES = ("calibration", "held_out")


def _lower_first(q: str) -> str:
    return q[:1].lower() + q[1:] if q[:2] != q[:2].upper() else q


PHRASINGS = (
    lambda q: q,
    lambda q: f"Quick question: {q}",
    lambda q: f"{q} Thanks!",
    lambda q: f"Hi! {q}",
    lambda q: f"I was wondering, {_lower_first(q)}",
    lambda q: f"{q} A short answer is fine.",
    lambda q: f"Can you help me with something? {q}",
    lambda q: _lower_first(q).rstrip("?"),
    lambda q: f"Hey, {_lower_first(q)}",
    lambda q: f"{q} I'd like to get this right.",
    lambda q: f"Sorry if this is basic, but {_lower_first(q)}",
    lambda q: f"Please explain briefly: {q}",
)


def phrase(question: str, n: int, seed: str) -> list[str]:
    """The question in n phrasings: always the plain one, then n - 1 others drawn with `seed`."""
    others = random.Random(seed).sample(range(1, len(PHRASINGS)), max(0, min(n, len(PHRASINGS)) - 1))
    return [PHRASINGS[k](question) for k in (0, *others)]


def reframe(question: str, seed: str) -> str:
    """One conversational frame drawn with `seed` (used to give calibration questions of either class the same
    frames)."""
    return PHRASINGS[random.Random(seed).randrange(len(PHRASINGS))](question)


def read_curated(path: Path = CURATED) -> dict[str, list[tuple[str, str]]]:
    """{domain: [(question, answer)]} from the curated file; ValueError naming the line when malformed."""
    domains: dict[str, list[tuple[str, str]]] = {}
    current = None
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("# "):
            continue
        if line.startswith("## "):
            current = line[3:].strip()
            domains.setdefault(current, [])
            continue
        question, sep, answer = line.partition(" | ")
        if current is None or not sep or not question.strip() or not answer.strip():
            raise ValueError(f"{path}, line {n}: expected 'question | answer' under a '## domain' heading")
        domains[current].append((question.strip(), answer.strip()))
    return domains


def load(half: str | None = None, path: Path = CORPUS) -> list[dict]:
    """The corpus rows ({id, base, domain, question, answer, source, half}), optionally only one half."""
    if half is not None and half not in HALVES:
        raise ValueError(f"unknown half {half!r}; choose from {', '.join(HALVES)}")
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in rows if half is None or r["half"] == half]
