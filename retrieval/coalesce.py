"""Concurrent embedding calls share one forward pass.

A server answers many queries at once, each embedding a few short sentences.  One model call
per query pays the model's fixed per-call cost every time and makes the calls queue behind each
other; here calls that arrive while another is running wait for it and then go together in one
batch.  A lone caller is never delayed, and every caller gets exactly the rows of its own texts.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any

import numpy as np

MAX_BATCH_TEXTS = 256


CACHE_TEXTS = 8192  # recent texts whose vectors are kept (about 12 MB for MiniLM)


@dataclass
class _Call:
    texts: list[str]
    done: threading.Event = field(default_factory=threading.Event)
    lead: bool = False                 # woken to run the next batch rather than with a result
    out: np.ndarray | None = None
    error: BaseException | None = None


class CoalescingEmbedder:
    """Wraps an embedder (anything with name, dim and embed(texts) -> (n, dim) array)."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.name, self.dim = inner.name, inner.dim
        self._lock = threading.Lock()
        self._waiting: list[_Call] = []
        self._busy = False
        self._cache: dict[str, np.ndarray] = {}  # insertion-ordered: the oldest entry goes first
        self._cache_lock = threading.Lock()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)

    def embed(self, texts: list[str]) -> np.ndarray:
        """Vectors for texts; a text embedded recently (the same question or sentence seen again by the
        release gate, scope and audit of one query) comes from a bounded cache instead of the model."""
        if not texts:
            return self.inner.embed(texts)
        with self._cache_lock:
            known = {t: self._cache[t] for t in texts if t in self._cache}
        missing = list(dict.fromkeys(t for t in texts if t not in known))
        if missing:
            fresh = self._embed_together(missing)
            with self._cache_lock:
                for text, vector in zip(missing, fresh):
                    self._cache[text] = known[text] = vector
                while len(self._cache) > CACHE_TEXTS:
                    del self._cache[next(iter(self._cache))]
        return np.stack([known[t] for t in texts])

    def _embed_together(self, texts: list[str]) -> np.ndarray:
        call = _Call(list(texts))
        with self._lock:
            self._waiting.append(call)
            lead = not self._busy
            self._busy = True
        if not lead:
            call.done.wait()
            if not call.lead:
                return self._result(call)
        self._run_batch()
        call.done.wait()
        return self._result(call)

    def _run_batch(self) -> None:
        """Embed what is waiting (up to MAX_BATCH_TEXTS), then hand the lead to the next waiter."""
        with self._lock:
            batch: list = []
            size = 0
            while self._waiting and (not batch or size + len(self._waiting[0].texts) <= MAX_BATCH_TEXTS):
                call = self._waiting.pop(0)
                batch.append(call)
                size += len(call.texts)
        try:
            vectors = self.inner.embed([t for call in batch for t in call.texts])
            start = 0
            for call in batch:
                call.out = vectors[start:start + len(call.texts)]
                start += len(call.texts)
        except BaseException as e:  # every caller of the batch sees the failure
            for call in batch:
                call.error = e
        with self._lock:
            if self._waiting:
                successor = self._waiting[0]
                successor.lead = True
                successor.done.set()
            else:
                self._busy = False
        for call in batch:
            call.lead = False
            call.done.set()

    @staticmethod
    def _result(call: _Call) -> np.ndarray:
        if call.error is not None:
            raise call.error
        assert call.out is not None
        return call.out
