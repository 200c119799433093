"""The keep-loss budget spent per topic: never above the budget on any source, never below the equal share."""

from __future__ import annotations

import numpy as np

from alu.budget import _loss, _masks, budget_margins, equal_share
from alu.calibration import ProbeFit


def fits(seed: int) -> tuple[dict[str, ProbeFit], list[str]]:
    rng = np.random.default_rng(seed)
    keep = rng.normal(-3.0, 1.5, (3, 300))
    keep[0, :30] += 4.0        # exam questions one topic's probe finds close
    keep[1, :30] += 3.0        # and a second one, on the same questions
    out = {f"t{k}": ProbeFit((0.0,), (), 0.0, rng.normal(1.0 - k, 2.0, 200), keep[k]) for k in range(3)}
    return out, ["everyday"] * 200 + ["exam"] * 100


def test_per_topic_margins_hold_the_budget_and_never_catch_less():
    gained = 0.0
    for seed in range(5):
        f, sources = fits(seed)
        equal = equal_share(f, 0.02, sources)
        per_topic = budget_margins(f, 0.02, sources)
        assert _loss(f, per_topic, _masks(sources)) <= 0.02
        for t, fit in f.items():
            assert per_topic[t] <= equal[t]
            gained += np.mean(fit.positive_margins >= per_topic[t]) - np.mean(fit.positive_margins >= equal[t])
    assert gained > 0.0


def test_equal_share_is_what_per_topic_false_gives():
    f, sources = fits(0)
    assert budget_margins(f, 0.02, sources, per_topic=False) == equal_share(f, 0.02, sources)
