"""The eval metrics against values computed by hand."""

from __future__ import annotations

import math

import pytest

from alu.eval import metrics as M


def test_fold_applies_nfkc_case_and_whitespace():
    assert M.fold("  Ｓtephen\u00a0\n KING ") == "stephen king"  # fullwidth S, no-break space, newline


def test_contains_any_after_folding():
    assert M.contains_any("Written by STEPHEN   king.", ["Stephen King"])
    assert not M.contains_any("Written by someone.", ["Stephen King", ""])


def test_rouge_l_recall_hand_computed():
    # reference tokens: the cat sat on the mat (6); LCS with "the cat on a mat" = the cat on mat (4)
    assert M.rouge_l_recall("the cat on a mat", "the cat sat on the mat") == pytest.approx(4 / 6)
    assert M.rouge_l_recall("anything", "") == 0.0
    assert M.rouge_l_recall("", "the cat") == 0.0


def test_parse_choice_forms():
    choices = ["Solid", "Liquid", "Gaseous", "Supercritical fluid"]
    assert M.parse_choice("B. Liquid", choices) == 1
    assert M.parse_choice("(C)", choices) == 2
    assert M.parse_choice("I think the answer is D.", choices) == 3
    assert M.parse_choice("It is a liquid at room temperature.", choices) == 1
    assert M.parse_choice("Either solid or liquid.", choices) is None


def test_mc_score_counts_suppressed_and_unparseable_as_chance():
    choices = ["w", "x", "y", "z"]
    assert M.mc_score("A. w", choices, 0) == 1.0
    assert M.mc_score("B. x", choices, 0) == 0.0
    assert M.mc_score("no idea", choices, 0) == 0.25
    assert M.mc_score("A. w", choices, 0, suppressed=True) == 0.25
    assert M.mc_format(choices, 2) == "C. y"


def test_refusal_detection():
    assert M.is_refusal("I'm sorry, but I don't have any information about that.")
    assert M.is_refusal("Anything", decision="refused")
    assert M.is_refusal("   ")
    assert not M.is_refusal("Water boils at 100 degrees Celsius.")


def test_percentile_linear_interpolation():
    xs = [4, 1, 3, 2]
    assert M.percentile(xs, 50) == pytest.approx(2.5)
    assert M.percentile(xs, 95) == pytest.approx(3.85)  # pos = 3 * 0.95 = 2.85 -> 3 + 0.85 * (4 - 3)
    assert M.percentile([7], 95) == 7
    assert math.isnan(M.percentile([], 50))


def test_truth_ratio_proxy():
    # recall vs paraphrased: "a b c d" vs "a b c d" = 1; vs perturbed "a b x y" = 2/4, "x y z w" = 0 -> mean 0.25
    assert M.truth_ratio_proxy("a b c d", "a b c d", ["a b x y", "x y z w"]) == pytest.approx(0.25)
    assert M.truth_ratio_proxy("q r", "a b", ["q r"]) == 10.0
    assert M.truth_ratio_proxy("q r", "a b", ["c d"]) == 1.0


def test_prompt_tokens_estimate():
    assert M.prompt_tokens_estimate(0) == 0
    assert M.prompt_tokens_estimate(9) == 3
