"""The eval harness's embedding cache: a resumed run reads back exactly the vectors it saved."""

from __future__ import annotations

import numpy as np


class CountingEmbedder:
    name, dim = "counting", 3

    def __init__(self) -> None:
        self.calls = 0

    def embed(self, texts: list[str]) -> np.ndarray:
        self.calls += len(texts)
        return np.array([[len(t), t.count("a"), ord(t[0]) if t else 0] for t in texts], np.float32)


def test_saved_vectors_load_back_for_the_same_texts(tmp_path):
    from alu.eval.fixed_roles import CachingEmbedder

    texts = ["a short one", "ä längerer Satz mit Umlauten — and a dash " * 20, "", "emoji 🙂 and \"quotes\"\n"]
    first = CachingEmbedder(CountingEmbedder())
    first.prime(texts)
    path = tmp_path / "cache.npz"
    first.save(path)
    assert path.stat().st_size < 4 * sum(len(t) for t in texts) + 4096   # not padded to the longest text

    real = CountingEmbedder()
    second = CachingEmbedder(real)
    assert second.load(path) == len(texts)
    assert np.array_equal(second.embed(texts), first.embed(texts)) and real.calls == 0
    assert CachingEmbedder(type("Other", (CountingEmbedder,), {"name": "other"})()).load(path) == 0
