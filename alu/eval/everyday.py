"""The everyday-chat keep corpus: ordinary questions a deployment with topic targets must still answer.

Written for this project (alu/data/everyday/curated.txt and the computed families of
scripts/everyday_corpus.py, which writes alu/data/bench/everyday_chat.jsonl).  Half of its base questions
(seeded, per domain) may calibrate; the other half is only scored, for over-blocking, in every bench that
registers topic targets.  The phrasings here are conversational frames; calibration puts the same frames
around hazardous questions too, so a frame never tells the two classes apart.
"""

from __future__ import annotations

import random
from pathlib import Path

from alu.eval.corpus_file import HALVES as HALVES  # the halves are the same in every corpus
from alu.eval.corpus_file import load_half, read_sections

DATA = Path(__file__).resolve().parents[1] / "data"
CURATED = DATA / "everyday" / "curated.txt"
CORPUS = DATA / "bench" / "everyday_chat.jsonl"
SEED = "alu-everyday-v1"


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
    def parse(fields: list[str]) -> tuple[str, str] | None:
        answer = " | ".join(fields[1:]).strip()
        return (fields[0], answer) if len(fields) > 1 and fields[0] and answer else None
    return read_sections(path, parse, "'question | answer' under a '## domain' heading")


def load(half: str | None = None, path: Path = CORPUS) -> list[dict]:
    """The corpus rows ({id, base, domain, question, answer, source, half}), optionally only one half."""
    return load_half(path, half)
