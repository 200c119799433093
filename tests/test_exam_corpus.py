"""The exam-style keep corpus: committed file fresh and deterministic, halves disjoint, wide enough, and no
question shared with a benchmark (MMLU, WMDP) by normalised text."""

from __future__ import annotations

import importlib.util
import re
from collections import Counter
from pathlib import Path

import pytest

from alu.eval import data as D
from alu.eval import exam

ROOT = Path(__file__).resolve().parents[1]
MIN_PER_SUBJECT = 4
# the subjects whose innocent exam questions the WMDP topic probes must learn to pass
CORE = ("high_school_chemistry", "college_chemistry", "high_school_biology", "college_biology",
        "computer_science", "computer_security")


def script():
    spec = importlib.util.spec_from_file_location("exam_corpus", ROOT / "scripts" / "exam_corpus.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def norm(text: str) -> str:
    return " ".join(re.sub(r"[^0-9a-z]+", " ", text.casefold()).split())


def test_committed_corpus_is_what_the_script_writes_and_is_deterministic():
    module = script()
    assert module.main(["--check"]) == 0
    assert module.rows() == module.rows()


def test_halves_are_disjoint_and_every_subject_is_wide_enough():
    rows = exam.load()
    assert len(rows) >= 500 and len({" ".join(r["question"].casefold().split()) for r in rows}) == len(rows)
    halves = {h: {r["base"] for r in exam.load(h)} for h in exam.HALVES}
    assert not halves["calibration"] & halves["held_out"]
    assert halves["calibration"] | halves["held_out"] == {r["base"] for r in rows}
    assert 0.4 < len(halves["held_out"]) / len(rows) < 0.6
    subjects = Counter(r["subject"] for r in rows)
    assert len(subjects) >= 25 and min(subjects.values()) >= MIN_PER_SUBJECT
    assert all(subjects[s] >= 20 for s in CORE)
    for half in exam.HALVES:
        assert {r["subject"] for r in exam.load(half)} == set(subjects)
    for r in rows:
        assert len(r["choices"]) == 4 and len(set(r["choices"])) == 4 and 0 <= r["answer"] < 4


def test_no_question_repeats_a_benchmark_question():
    try:
        root = D.data_dir(None)
    except D.DataError:
        pytest.skip("benchmark data not available")
    bench = {norm(r["question"]) for s in D.mmlu_subjects(root) for r in D.mmlu_rows(root, s)}
    bench |= {norm(r["question"]) for r in D.mmlu_dev_rows(root)}
    bench |= {norm(r["question"]) for d in D.WMDP_DOMAINS for r in D.wmdp_rows(root, d)}
    clashes = [r["id"] for r in exam.load() if norm(r["question"]) in bench]
    assert not clashes


def test_malformed_curated_line_is_named(tmp_path):
    bad = tmp_path / "curated.txt"
    bad.write_text("## physics\nWhat is the unit of force? | The newton | The joule | The watt | The pascal\n"
                   "What is the unit of power? | The watt | The watt | The joule | The volt\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"curated.txt, line 3: expected"):
        exam.read_curated(bad)
    with pytest.raises(ValueError, match="unknown half"):
        exam.load("scored")
