"""How close a user turn is to each target's facts and examples, kept only where it beats every keep
exemplar, and the thresholds that put a target in scope by that score (calibrated by alu.calibration)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from alu.retrieval.store import SemanticHit, best_per_target

if TYPE_CHECKING:
    from alu.nodes.evidence import Store

SCOPE_THRESHOLD_KEY = "scope_threshold"   # registry meta: the calibrated global example threshold
DEFAULT_EXAMPLE_THRESHOLD = 0.80   # a fact/example match this close is a paraphrase of a forgotten question
WEAK_EXAMPLE_THRESHOLD = 0.55      # a weak name form plus a fact/example match this close is in scope


def has_examples(store: Store) -> bool:
    """Does any target carry fact or example vectors (beyond its description), or a topic probe?"""
    return store.vector_count() > store.count() or len(store.probe_table()) > 0


def example_scores(store: Store, vector: np.ndarray | None, k: int,
                   hits: list[SemanticHit] | None = None) -> dict[str, float]:
    """For one probe: each target's best fact/example score, kept only where it beats every keep exemplar.

    This nearest-neighbour rule is what lets a topic ("hazardous chemistry") be told from its neighbours
    (ordinary chemistry): a question closer to a keep exemplar than to any forget example scores nothing.
    `hits`: the probe's vector hits when the caller has searched already (audit searches the turn together
    with the answer's sentences).
    """
    if hits is None:
        hits = store.search_each([""], k, vectors=np.asarray(vector, np.float32)[None, :])[0]
    targets = {h.target_id: store.get(h.target_id) for h in hits}
    # a footprint's vectors put nothing in scope by themselves: they describe the target's world (its works,
    # places, companions), which a neighbour question shares; nodes/footprint.py weighs them with its keyphrases
    hits = best_per_target([h for h in hits if (t := targets[h.target_id]) is None or t.footprint is None
                            or h.slot not in t.footprint_slots()])
    kinds = {h.target_id: (t.kind if (t := targets[h.target_id]) else "keep") for h in hits}
    keep_best = max((h.score for h in hits if kinds[h.target_id] == "keep"), default=-1.0)
    return {h.target_id: float(h.score) for h in hits
            if kinds[h.target_id] != "keep" and h.slot > 0 and h.score > keep_best}


def global_threshold(store: Store) -> float:
    registry = getattr(store, "registry", None) or getattr(getattr(store, "_store", None), "registry", None)
    value = registry.meta(SCOPE_THRESHOLD_KEY) if registry is not None else None
    return float(value) if value else DEFAULT_EXAMPLE_THRESHOLD
