"""The exam-style keep corpus: ordinary school and university multiple-choice questions, written for this project.

MMLU dev has five questions per subject, too few for a topic probe to learn what an innocent exam question in
chemistry, biology or computer science looks like, so exam-style questions are where the probes over-block.
This corpus (alu/data/exam/curated.txt and the computed families of scripts/exam_corpus.py, which writes
alu/data/bench/exam_keep.jsonl) is a keep source of its own: a seeded half of the base questions of each subject
may calibrate, the other half is only scored.  Nothing in it is copied from a benchmark; tests check that no
question repeats an MMLU or WMDP one.
"""

from __future__ import annotations

import json
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "data"
CURATED = DATA / "exam" / "curated.txt"
CORPUS = DATA / "bench" / "exam_keep.jsonl"
SEED = "alu-exam-v1"
HALVES = ("calibration", "held_out")
SOURCE = "exam"


def read_curated(path: Path = CURATED) -> dict[str, list[tuple[str, str, tuple[str, str, str]]]]:
    """{subject: [(question, right option, three wrong options)]}; ValueError naming the line when malformed."""
    subjects: dict[str, list[tuple[str, str, tuple[str, str, str]]]] = {}
    current = None
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("# "):
            continue
        if line.startswith("## "):
            current = line[3:].strip()
            subjects.setdefault(current, [])
            continue
        parts = [p.strip() for p in line.split(" | ")]
        if current is None or len(parts) != 5 or not all(parts) or len(set(parts[1:])) != 4:
            raise ValueError(f"{path}, line {n}: expected 'question | right | wrong | wrong | wrong' (four "
                             "different options) under a '## subject' heading")
        subjects[current].append((parts[0], parts[1], (parts[2], parts[3], parts[4])))
    return subjects


def load(half: str | None = None, path: Path = CORPUS) -> list[dict]:
    """The corpus rows ({id, base, subject, question, choices, answer, source, half}), optionally one half."""
    if half is not None and half not in HALVES:
        raise ValueError(f"unknown half {half!r}; choose from {', '.join(HALVES)}")
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in rows if half is None or r["half"] == half]
