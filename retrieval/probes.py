"""Topic probes: a linear classifier per topic target over the embedder's vectors of a user turn.

Nearest examples tell a topic from its neighbours only as far as the keep exemplars reach; a probe
learns the boundary from every example at once (`alu targets calibrate` fits it, see
alu/calibration.py).  Applying one costs one dot product on the turn's vector, which conversation
scope computes anyway: all probes of a registry version are stacked into one matrix.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

MAX_WEIGHTS = 8192   # dimensions a probe may have (MiniLM: 384)


class ProbeError(ValueError):
    """A stored or imported probe is malformed."""


@dataclass(frozen=True)
class Probe:
    """In scope when sigmoid(weights . v + bias) >= threshold, for v the turn's unit vector by `embedder`."""

    weights: tuple[float, ...]
    bias: float
    threshold: float          # a probability in (0, 1)
    embedder: str             # "name/dim" of the embedder whose vectors it was fitted on
    n_forget: int = 0         # labelled questions it was fitted on
    n_keep: int = 0

    def to_dict(self) -> dict:
        return {"weights": list(self.weights), "bias": self.bias, "threshold": self.threshold,
                "embedder": self.embedder, "n_forget": self.n_forget, "n_keep": self.n_keep}

    def summary(self) -> str:
        return (f"linear over {self.embedder}, threshold {self.threshold:.4f} "
                f"(fitted on {self.n_forget} forget / {self.n_keep} keep questions)")


def _finite(value, what: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise ProbeError(f"probe {what} must be a finite number, got {value!r}")
    return float(value)


def make_probe(data) -> Probe | None:
    """Validate a probe mapping (as stored or exported); None stays None."""
    if data is None or isinstance(data, Probe):
        return data
    if not isinstance(data, dict):
        raise ProbeError(f"probe must be an object with weights, bias, threshold and embedder, "
                         f"got {type(data).__name__}")
    unknown = set(data) - {"weights", "bias", "threshold", "embedder", "n_forget", "n_keep"}
    if unknown:
        raise ProbeError(f"unknown probe field(s): {', '.join(sorted(unknown))}")
    weights = data.get("weights")
    if not isinstance(weights, (list, tuple)) or not 0 < len(weights) <= MAX_WEIGHTS:
        raise ProbeError(f"probe weights must be a list of 1-{MAX_WEIGHTS} numbers")
    threshold = _finite(data.get("threshold"), "threshold")
    if not 0.0 < threshold < 1.0:
        raise ProbeError(f"probe threshold must lie strictly between 0 and 1, got {threshold!r}")
    embedder = data.get("embedder")
    if not isinstance(embedder, str) or not embedder:
        raise ProbeError("probe needs the 'embedder' it was fitted with (e.g. 'minilm/384')")
    counts = [data.get(k, 0) for k in ("n_forget", "n_keep")]
    if any(isinstance(c, bool) or not isinstance(c, int) or c < 0 for c in counts):
        raise ProbeError("probe n_forget and n_keep must be counts")
    return Probe(tuple(_finite(w, "weight") for w in weights), _finite(data.get("bias"), "bias"), threshold,
                 embedder, counts[0], counts[1])


class ProbeTable:
    """Every probe of one registry version that fits the store's embedder, as one matrix."""

    def __init__(self, probes: dict[str, Probe], embedder: str, dim: int) -> None:
        usable = {i: p for i, p in probes.items() if p.embedder == embedder and len(p.weights) == dim}
        self.ids = list(usable)
        self.members = frozenset(usable)
        self.weights = np.array([p.weights for p in usable.values()], np.float32).reshape(len(usable), dim)
        self.bias = np.array([p.bias for p in usable.values()], np.float32)
        # compare margins, not probabilities: logit(threshold) once here instead of a sigmoid per query
        self.margin = np.array([math.log(p.threshold / (1.0 - p.threshold)) for p in usable.values()], np.float32)
        self.stale = sorted(set(probes) - set(usable))   # fitted with another embedder: not applied

    def __len__(self) -> int:
        return len(self.ids)

    def flags(self, vectors: np.ndarray) -> np.ndarray:
        """(n vectors, n probes) booleans: which probe fires on which vector (for batch measurements)."""
        return np.asarray(vectors, np.float32) @ self.weights.T + self.bias >= self.margin

    def fired(self, vector: np.ndarray) -> dict[str, float]:
        """target id -> probability, for each probe at or above its threshold."""
        if not self.ids:
            return {}
        z = self.weights @ np.asarray(vector, np.float32) + self.bias
        return {self.ids[i]: round(1.0 / (1.0 + math.exp(-float(z[i]))), 4) for i in np.flatnonzero(z >= self.margin)}
