"""Topic probes: a linear classifier per topic target over a user turn's embedding and its word n-grams.

Nearest examples tell a topic from its neighbours only as far as the keep exemplars reach; a probe
learns the boundary from every example at once (`alu targets calibrate` fits it, see
alu/calibration.py).  Its features are the embedder's unit vector of the turn, which conversation
scope computes anyway, and optionally the turn's word unigrams and bigrams hashed into NGRAM_FEATURES
buckets (scikit-learn's HashingVectorizer: stateless, so a probe carries no vocabulary).  The
n-grams catch the jargon a small sentence encoder blurs ("shellcode", "aerosolised") that tells a
hazardous question from a textbook one on the same subject.  Applying the probes costs one dense and
one sparse product per turn: all probes of a registry version are stacked into matrices.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from sklearn.feature_extraction.text import HashingVectorizer

MAX_WEIGHTS = 8192   # dimensions a probe may have (MiniLM: 384)
NGRAM_FEATURES = 2 ** 13   # hashed n-gram buckets: collisions cost nothing measurable at 8,192 (probe_tradeoff.py)


def ngram_vectorizer() -> HashingVectorizer:
    """Word unigrams and bigrams, present or not, hashed and scaled to unit length (the same for fit and use)."""
    from sklearn.feature_extraction.text import HashingVectorizer

    return HashingVectorizer(ngram_range=(1, 2), n_features=NGRAM_FEATURES, alternate_sign=False, binary=True,
                             norm="l2")


class ProbeError(ValueError):
    """A stored or imported probe is malformed."""


@dataclass(frozen=True)
class Probe:
    """In scope when sigmoid(weights . v + ngrams . h + bias) >= threshold, for v the turn's unit vector by
    `embedder` and h its hashed n-grams (`ngram_vectorizer`; no n-gram term when `ngrams` is empty)."""

    weights: tuple[float, ...]
    bias: float
    threshold: float          # a probability in (0, 1)
    embedder: str             # "name/dim" of the embedder whose vectors it was fitted on
    n_forget: int = 0         # labelled questions it was fitted on
    n_keep: int = 0
    ngrams: tuple[float, ...] = ()   # NGRAM_FEATURES weights, or none

    def to_dict(self) -> dict:
        out = {"weights": list(self.weights), "bias": self.bias, "threshold": self.threshold,
               "embedder": self.embedder, "n_forget": self.n_forget, "n_keep": self.n_keep}
        return out | ({"ngrams": list(self.ngrams)} if self.ngrams else {})

    def summary(self) -> str:
        features = f"{self.embedder} + {len(self.ngrams)} hashed n-grams" if self.ngrams else self.embedder
        return (f"linear over {features}, threshold {self.threshold:.4f} "
                f"(fitted on {self.n_forget} forget / {self.n_keep} keep questions)")


def _finite(value: object, what: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise ProbeError(f"probe {what} must be a finite number, got {value!r}")
    return float(value)


def make_probe(data: object) -> Probe | None:
    """Validate a probe mapping (as stored or exported); None stays None."""
    if data is None or isinstance(data, Probe):
        return data
    if not isinstance(data, dict):
        raise ProbeError(f"probe must be an object with weights, bias, threshold and embedder, "
                         f"got {type(data).__name__}")
    unknown = set(data) - {"weights", "bias", "threshold", "embedder", "n_forget", "n_keep", "ngrams"}
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
    ngrams = data.get("ngrams", [])
    if not isinstance(ngrams, (list, tuple)) or len(ngrams) not in (0, NGRAM_FEATURES):
        raise ProbeError(f"probe ngrams must be a list of {NGRAM_FEATURES} numbers (hashed word n-grams) or absent")
    return Probe(tuple(_finite(w, "weight") for w in weights), _finite(data.get("bias"), "bias"), threshold,
                 embedder, counts[0], counts[1], tuple(_finite(w, "n-gram weight") for w in ngrams))


class ProbeTable:
    """Every probe of one registry version that fits the store's embedder, as one matrix."""

    def __init__(self, probes: dict[str, Probe], embedder: str, dim: int) -> None:
        usable = {i: p for i, p in probes.items() if p.embedder == embedder and len(p.weights) == dim}
        self.ids = list(usable)
        self.members = frozenset(usable)
        self.weights = np.array([p.weights for p in usable.values()], np.float32).reshape(len(usable), dim)
        self.bias = np.array([p.bias for p in usable.values()], np.float32)
        # (NGRAM_FEATURES, n probes); a probe without n-gram weights has a zero column
        self.ngrams = np.zeros((NGRAM_FEATURES, len(usable)), np.float32)
        for column, p in enumerate(usable.values()):
            if p.ngrams:
                self.ngrams[:, column] = p.ngrams
        self.uses_ngrams = bool(self.ngrams.any())
        self._vectorizer = ngram_vectorizer() if self.uses_ngrams else None
        # compare margins, not probabilities: logit(threshold) once here instead of a sigmoid per query
        self.margin = np.array([math.log(p.threshold / (1.0 - p.threshold)) for p in usable.values()], np.float32)
        self.stale = sorted(set(probes) - set(usable))   # fitted with another embedder: not applied

    def __len__(self) -> int:
        return len(self.ids)

    def scores(self, texts: list[str], vectors: np.ndarray) -> np.ndarray:
        """(n texts, n probes) margins; `vectors` are the texts' embeddings."""
        z = np.asarray(vectors, np.float32).reshape(len(texts), -1) @ self.weights.T + self.bias
        if self._vectorizer is not None:
            z += np.asarray(self._vectorizer.transform(texts) @ self.ngrams, np.float32)
        return z

    def flags(self, texts: list[str], vectors: np.ndarray) -> np.ndarray:
        """(n texts, n probes) booleans: which probe fires on which text (for batch measurements)."""
        return self.scores(texts, vectors) >= self.margin

    def fired(self, text: str, vector: np.ndarray) -> dict[str, float]:
        """target id -> probability, for each probe at or above its threshold on this turn."""
        if not self.ids:
            return {}
        z = self.scores([text], vector)[0]
        return {self.ids[i]: round(1.0 / (1.0 + math.exp(-float(z[i]))), 4) for i in np.flatnonzero(z >= self.margin)}
