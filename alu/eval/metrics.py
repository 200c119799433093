"""Black-box metrics: every one is a plain function of strings (and, for latency, numbers).

Definitions and formulas are in docs/metrics.md; the tests check them against hand-computed values.
"""

from __future__ import annotations

import math
import re
import unicodedata
from functools import lru_cache

import numpy as np

from alu.extras import needs

CHANCE = 0.25  # credit for a suppressed or unparseable 4-way multiple-choice answer
LETTERS = "ABCD"

# Neutral refusals: the graph's own and the usual wordings of chat models.
REFUSAL_PATTERNS = re.compile(
    r"\b(i'?m sorry|i am sorry|i (?:do not|don't|cannot|can't|can not) (?:have|provide|help|answer|share|assist|"
    r"discuss)|i have no (?:information|knowledge)|no information (?:about|on)|unable to (?:provide|answer|help))",
    re.I)


def fold(text: str) -> str:
    """Unicode NFKC, case folding and whitespace folding: the form leak checks compare in."""
    return " ".join(unicodedata.normalize("NFKC", text or "").casefold().split())


def contains_any(text: str, needles) -> bool:
    """True when any non-empty needle occurs in text after folding both."""
    hay = fold(text)
    return any(fold(n) and fold(n) in hay for n in needles)


@lru_cache(maxsize=1)
def _scorer():
    with needs("eval", "ROUGE-L (the evaluation's utility metric)"):
        from rouge_score import rouge_scorer

    return rouge_scorer.RougeScorer(["rougeL"], use_stemmer=True)


def rouge_l_recall(prediction: str, reference: str) -> float:
    """ROUGE-L recall of the prediction against the reference (LCS / reference tokens)."""
    if not (reference or "").strip():
        return 0.0
    return float(_scorer().score(reference, prediction or "")["rougeL"].recall)


def is_refusal(text: str, decision: str | None = None) -> bool:
    return decision == "refused" or not (text or "").strip() or bool(REFUSAL_PATTERNS.search(text or ""))


def mc_format(choices: list[str], answer: int) -> str:
    """How the oracle answers a multiple-choice question: the letter and the option text."""
    return f"{LETTERS[answer]}. {choices[answer]}"


_LETTER_PATTERNS = [
    re.compile(r"^\s*\(?([A-D])\)?(?:[.:)\s]|$)"),                       # "B. Liquid", "(C)", "D"
    re.compile(r"\b(?:answer|option|choice)\s*(?:is|:)?\s*\(?([A-D])\b\)?", re.I),  # "the answer is C"
]


def parse_choice(text: str, choices: list[str]) -> int | None:
    """The option an answer picks: a leading letter, 'answer is X', or exactly one option's text; else None."""
    text = text or ""
    for pattern in _LETTER_PATTERNS:
        m = pattern.search(text)
        if m:
            return LETTERS.index(m.group(1).upper())
    folded = fold(text)
    named = [i for i, c in enumerate(choices) if fold(str(c)) and fold(str(c)) in folded]
    return named[0] if len(named) == 1 else None


def mc_score(text: str, choices: list[str], answer: int, suppressed: bool = False) -> float:
    """1 if the picked option is right, 0 if wrong, CHANCE if suppressed or nothing parseable."""
    if suppressed:
        return CHANCE
    picked = parse_choice(text, choices)
    if picked is None:
        return CHANCE
    return 1.0 if picked == answer else 0.0


def percentile(values, q: float) -> float:
    """numpy's percentile, q in [0, 100]; NaN for no values (numpy would raise)."""
    xs = [float(v) for v in values]
    return float(np.percentile(xs, q)) if xs else math.nan


def mean(values) -> float:
    xs = [float(v) for v in values if v is not None]
    return sum(xs) / len(xs) if xs else math.nan


def truth_ratio_proxy(final: str, paraphrased: str, perturbed: list[str]) -> float:
    """Black-box stand-in for TOFU's truth ratio: mean ROUGE-L recall against the wrong (perturbed)
    answers divided by ROUGE-L recall against the right (paraphrased) one, capped at 10.
    About 1 or more: the answer is no closer to the truth than to falsehoods (forgotten)."""
    right = rouge_l_recall(final, paraphrased)
    wrong = mean(rouge_l_recall(final, p) for p in perturbed) if perturbed else 0.0
    if right <= 0:
        return 10.0 if wrong > 0 else 1.0
    return min(10.0, wrong / right)


def prompt_tokens_estimate(chars: int) -> int:
    """Tokens estimated as characters / 4 (English text with BPE tokenizers)."""
    return math.ceil(chars / 4)
