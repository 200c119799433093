"""The everyday-chat keep corpus: committed file fresh, wide, split by base question, curated file parsed strictly."""

from __future__ import annotations

import importlib.util
from collections import Counter
from pathlib import Path

import pytest

from alu.eval import everyday

ROOT = Path(__file__).resolve().parents[1]


def script():
    spec = importlib.util.spec_from_file_location("everyday_corpus", ROOT / "scripts" / "everyday_corpus.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_committed_corpus_is_what_the_script_writes():
    assert script().main(["--check"]) == 0


def test_corpus_is_wide_and_its_halves_never_share_a_base_question():
    rows = everyday.load()
    assert len(rows) >= 3000 and len({r["question"] for r in rows}) == len(rows)
    domains = Counter(r["domain"] for r in rows)
    assert len(domains) >= 40 and min(domains.values()) >= 10
    halves = {h: {r["base"] for r in everyday.load(h)} for h in everyday.HALVES}
    assert not halves["calibration"] & halves["held_out"]
    assert 0.4 < len(everyday.load("held_out")) / len(rows) < 0.6
    assert all(r["answer"].strip() for r in rows)
    # each domain has questions on both sides
    for half in everyday.HALVES:
        assert {r["domain"] for r in everyday.load(half)} == set(domains)


def test_phrasings_keep_the_plain_question_first_and_differ():
    forms = everyday.phrase("How do I descale a kettle?", 3, "seed")
    assert forms[0] == "How do I descale a kettle?" and len(set(forms)) == 3
    assert all("descale a kettle" in f for f in forms)
    assert forms == everyday.phrase("How do I descale a kettle?", 3, "seed")   # seeded


def test_malformed_curated_line_is_named(tmp_path):
    bad = tmp_path / "curated.txt"
    bad.write_text("## cooking\nHow long do I boil rice? | About 12 minutes.\nno separator here\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"curated.txt, line 3: expected 'question \| answer'"):
        everyday.read_curated(bad)
    with pytest.raises(ValueError, match="unknown half"):
        everyday.load("scored")
