"""The exam-style keep corpus: ordinary school and university multiple-choice questions, written for this project.

MMLU dev has five questions per subject, too few for a topic probe to learn what an innocent exam question in
chemistry, biology or computer science looks like, so exam-style questions are where the probes over-block.
This corpus (alu/data/exam/curated.txt and the computed families of scripts/exam_corpus.py, which writes
alu/data/bench/exam_keep.jsonl) is a keep source of its own: a seeded half of the base questions of each subject
may calibrate, the other half is only scored.  Nothing in it is copied from a benchmark; tests check that no
question repeats an MMLU or WMDP one.
"""

from __future__ import annotations

from pathlib import Path

from alu.eval.corpus_file import HALVES as HALVES  # the halves are the same in every corpus
from alu.eval.corpus_file import load_half, read_sections

DATA = Path(__file__).resolve().parents[1] / "data"
CURATED = DATA / "exam" / "curated.txt"
CORPUS = DATA / "bench" / "exam_keep.jsonl"
SEED = "alu-exam-v1"
SOURCE = "exam"


def read_curated(path: Path = CURATED) -> dict[str, list[tuple[str, str, tuple[str, str, str]]]]:
    """{subject: [(question, right option, three wrong options)]}; ValueError naming the line when malformed."""
    def parse(f: list[str]) -> tuple[str, str, tuple[str, str, str]] | None:
        return (f[0], f[1], (f[2], f[3], f[4])) if len(f) == 5 and all(f) and len(set(f[1:])) == 4 else None
    return read_sections(path, parse, "'question | right | wrong | wrong | wrong' (four different options) "
                                      "under a '## subject' heading")


def load(half: str | None = None, path: Path = CORPUS) -> list[dict]:
    """The corpus rows ({id, base, subject, question, choices, answer, source, half}), optionally one half."""
    return load_half(path, half)
