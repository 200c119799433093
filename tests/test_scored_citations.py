"""No rule, test, comment or prose example quotes an item of a scored set (scripts/check_scored_citations.py)."""

from __future__ import annotations

import importlib
import importlib.util
import sys

import pytest

from alu.eval import data as D

pytestmark = pytest.mark.skipif(not (D.REPO.parent / "shared" / "data").is_dir() and not D.os.environ.get(
    "ALU_DATA_DIR"), reason="benchmark data folder not present")

CHECKED = ["."]


@pytest.fixture(scope="module")
def c():
    spec = importlib.util.spec_from_file_location("check_scored_citations",
                                                  D.REPO / "scripts" / "check_scored_citations.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up while they are made
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def sets(c):
    """The scored sets' loader, beside the checker in scripts/ (which put that folder on the path)."""
    return importlib.import_module("scored_sets")


@pytest.fixture(scope="module")
def scored(c):
    return c.scored_items(D.data_dir())


def test_no_scored_item_is_quoted(c, scored):
    found = "\n".join(hit.render() for hit in c.find(c.project_pieces(CHECKED), scored))
    assert found == "", found


def test_each_kind_of_quotation_is_found(c, sets, scored):
    # the first question of TOFU's first forget author, read from the data: a test must not carry one
    forget10 = D.data_dir() / "tofu" / "forget10.json"
    if not forget10.is_file():
        pytest.skip(f"{forget10} not present")
    first = next(sets.json_lines(forget10))["question"]
    # short: no item by itself
    answer = " ".join(next(a for a in scored.answers if len(a) < sets.LONG_FIELD_WORDS))
    pieces = [c.Piece("a.py", 1, first.upper()),                                    # exact, case aside
              c.Piece("b.md", 1, f"Intro line.\nAs in \"{first[:-1]} and more\"?"),  # near-exact, second line
              c.Piece("c.md", 1, " ".join(reversed(first[:-1].split())) + "?"),     # its words in another order
              c.Piece("d.md", 1, f'The probe wants "{answer}".'),                     # a gold answer, as one
              c.Piece("e.md", 1, f'My notes say "{answer}".'),                        # the same words, no probe
              c.Piece("f.md", 1, "What is the full name of the author born in Ruse?"),  # a format stem only
              c.Piece("g.md", 1, "A made-up question about a made-up person, nothing more.")]
    found = {(hit.path, hit.line, hit.kind) for hit in c.find(pieces, scored)}
    assert {("a.py", 1, "exact"), ("b.md", 2, "near-exact"), ("c.md", 1, "paraphrase"), ("d.md", 1, "answer")} <= found
    assert not any(path in ("e.md", "f.md", "g.md") for path, _, _ in found)


def test_a_test_split_quotation_is_reported_without_its_words(c, sets, scored):
    answer = next(sets.json_lines(sets.CONVERSATIONS_TEST / "everyday.jsonl"))["answer"]
    hits = c.find([c.Piece("e.py", 3, answer)], scored)
    assert hits and all(hit.text == "" and hit.render().endswith(c.TEST_SPLIT) for hit in hits)
