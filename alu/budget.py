"""Where the topic probes' thresholds go: a keep-loss budget shared by every probe, held on each keep source alone.

Every probe first gives up the same share of its own cross-validated keep margins, the largest share whose
union fits the budget.  That share is then spent per topic: a probe whose keep texts are also flagged by
another (a biology exam question near both bio and chem) should not hold back a third whose flags fall
elsewhere, so thresholds are lowered one keep text at a time, always where cross-validated recall gains most,
while the budget still holds.  Lowering never raises a threshold: no topic catches less than under the equal
share.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol

import numpy as np


class Fit(Protocol):
    positive_margins: np.ndarray
    keep_margins: np.ndarray


def _masks(sources: list[str] | None) -> list[np.ndarray]:
    return [np.asarray(sources) == s for s in sorted(set(sources))] if sources is not None else []


def _loss(fits: Mapping[str, Fit], margins: dict[str, float], masks: list[np.ndarray]) -> float:
    flagged = np.any([f.keep_margins >= margins[t] for t, f in fits.items()], axis=0)
    return max([float(flagged.mean())] + [float(flagged[mask].mean()) for mask in masks])


def equal_share(fits: Mapping[str, Fit], keep_loss: float, sources: list[str] | None = None) -> dict[str, float]:
    """Margins that together flag at most `keep_loss` of the keep questions and exemplars (cross-validated), of
    each source alone when `sources` (one per keep margin) is given: every probe gives up the same share of its
    own keep margins, the largest share whose union fits."""
    masks = _masks(sources)

    def margins(share: float) -> dict[str, float]:   # just above the margin that `share` of keep texts reach
        return {t: float(np.quantile(f.keep_margins, 1.0 - share, method="higher")) + 1e-9 for t, f in fits.items()}

    low, high = 0.0, 1.0
    for _ in range(40):
        mid = (low + high) / 2
        low, high = (mid, high) if _loss(fits, margins(mid), masks) <= keep_loss else (low, mid)
    return margins(low)


def budget_margins(fits: Mapping[str, Fit], keep_loss: float, sources: list[str] | None = None,
                   per_topic: bool = True) -> dict[str, float]:
    """The equal-share margins, then (`per_topic`) each probe's threshold lowered to its next keep margin while
    the budget holds on every source, the probe with the largest gain in cross-validated recall first (on a
    tie, the one that catches least so far)."""
    masks = _masks(sources)
    margins = equal_share(fits, keep_loss, sources)
    if not per_topic:
        return margins
    below = {t: np.unique(f.keep_margins)[::-1] for t, f in fits.items()}

    def recall(t: str, m: float) -> float:
        return float(np.mean(fits[t].positive_margins >= m))

    while True:
        best = None
        for t in fits:
            lower = below[t][below[t] < margins[t]]
            if not len(lower):
                continue
            trial = {**margins, t: float(lower[0])}
            if _loss(fits, trial, masks) > keep_loss:
                continue
            now = recall(t, margins[t])
            key = (recall(t, trial[t]) - now, -now)
            if best is None or key > best[0]:
                best = (key, trial)
        if best is None:
            return margins
        margins = best[1]
