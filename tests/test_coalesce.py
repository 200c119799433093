"""Concurrent embedding calls share forward passes and each gets exactly its own rows."""

from __future__ import annotations

import threading
import time

import numpy as np
import pytest

from alu.retrieval.coalesce import CoalescingEmbedder


class SlowEmbedder:
    """Deterministic vectors per text, a fixed cost per call, and a record of every batch it saw."""

    name, dim = "slow-test", 8

    def __init__(self, fail_on: str | None = None) -> None:
        self.batches: list[list[str]] = []
        self.fail_on = fail_on

    def embed(self, texts: list[str]) -> np.ndarray:
        self.batches.append(list(texts))
        time.sleep(0.02)
        if self.fail_on in texts:
            raise RuntimeError("model failed")
        return np.stack([np.full(self.dim, float(hash(t) % 997), np.float32) for t in texts])


def test_concurrent_callers_are_batched_and_get_their_own_rows():
    inner = SlowEmbedder()
    shared = CoalescingEmbedder(inner)
    results: dict[int, np.ndarray] = {}

    def call(i: int) -> None:
        results[i] = shared.embed([f"text {i} a", f"text {i} b"])

    threads = [threading.Thread(target=call, args=(i,)) for i in range(24)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    for i in range(24):
        assert np.array_equal(results[i], SlowEmbedder().embed([f"text {i} a", f"text {i} b"]))
    assert sum(len(b) for b in inner.batches) == 48
    assert len(inner.batches) < 24  # shared passes, not one per caller
    assert shared.name == "slow-test" and shared.dim == 8


def test_a_lone_call_goes_straight_through_and_failures_reach_every_caller_of_the_batch():
    inner = SlowEmbedder(fail_on="bad")
    shared = CoalescingEmbedder(inner)
    assert shared.embed(["one"]).shape == (1, 8) and inner.batches == [["one"]]
    with pytest.raises(RuntimeError, match="model failed"):
        shared.embed(["bad"])
    assert shared.embed(["after"]).shape == (1, 8)  # a failure does not wedge the next caller


def test_recent_texts_are_not_embedded_twice(embedder):
    class Counting:
        name, dim = embedder.name, embedder.dim
        texts: list[str] = []

        def embed(self, texts):
            self.texts.extend(texts)
            return embedder.embed(texts)

    inner = Counting()
    shared = CoalescingEmbedder(inner)
    first = shared.embed(["What is the capital of France?", "Paris is."])
    again = shared.embed(["Paris is.", "A new sentence.", "What is the capital of France?"])
    assert inner.texts == ["What is the capital of France?", "Paris is.", "A new sentence."]
    assert np.allclose(again[0], first[1]) and np.allclose(again[2], first[0])
    assert np.allclose(again[1], embedder.embed(["A new sentence."])[0], atol=1e-5)
