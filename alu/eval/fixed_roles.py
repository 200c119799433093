"""Fixed replies for the roles after detection, so detection is measured alone and at full size.

`--eraser refuse` replaces the eraser, critic and composer by deterministic models whose output is
one fixed refusal: every flagged query then ends in that refusal (after verify), in milliseconds
instead of LLM seconds, and the leak figures measure what was detected, separately from how well a
real eraser rewrites.  `--auditor none` replaces the auditor by one that finds nothing, so only the
deterministic layers (names, variants, conversation scope, facts/examples, thresholds) flag.
"""

from __future__ import annotations

import json

import numpy as np

from alu.eval.scale import StubChatModel

REFUSAL = "I don't have any information about that."
ERASERS = ("model", "refuse")
AUDITORS = ("model", "none")


def refusal_models(n_variants: int = 5) -> dict:
    """eraser, critic and composer that always settle on REFUSAL (scored 5, so it clears tau)."""
    return {"eraser": StubChatModel(reply=json.dumps({"variants": [REFUSAL] * n_variants}), latency_s=0.0),
            "critic": StubChatModel(reply=json.dumps({"scores": [5] * n_variants}), latency_s=0.0),
            "composer": StubChatModel(reply=REFUSAL, latency_s=0.0)}


def silent_auditor() -> dict:
    """An auditor that never adds a flag: semantic-only candidates stay unflagged."""
    return {"auditor": StubChatModel(reply=json.dumps({"leaked": []}), latency_s=0.0)}


def fixed_models(eraser: str = "model", auditor: str = "model") -> dict:
    if eraser not in ERASERS:
        raise ValueError(f"unknown eraser {eraser!r}; choose from {', '.join(ERASERS)}")
    if auditor not in AUDITORS:
        raise ValueError(f"unknown auditor {auditor!r}; choose from {', '.join(AUDITORS)}")
    return (refusal_models() if eraser == "refuse" else {}) | (silent_auditor() if auditor == "none" else {})


class CachingEmbedder:
    """The bench's embedder with every probe embedded ahead, in large batches.

    The graph embeds a handful of texts per query (the user turn, each answer sentence); one at a time
    on a shared CPU that dominates a full-size run.  `prime` embeds all of them in batches first; the
    graph then gets identical vectors from the cache (texts never seen are embedded as usual).
    """

    def __init__(self, real, batch: int = 256) -> None:
        self.real = real
        self.name = real.name
        self.dim = real.dim
        self.batch = batch
        self._cache: dict[str, np.ndarray] = {}

    def prime(self, texts) -> int:
        todo = list(dict.fromkeys(t for t in texts if t not in self._cache))
        for i in range(0, len(todo), self.batch):
            chunk = todo[i:i + self.batch]
            for text, vector in zip(chunk, self.real.embed(chunk)):
                self._cache[text] = vector
        return len(todo)

    def load(self, path) -> int:
        """Vectors saved by an earlier run of the same bench (a resumed run embeds nothing twice)."""
        try:
            with np.load(path, allow_pickle=False) as saved:
                if saved["name"].item() != self.name:
                    return 0
                texts = json.loads(saved["texts_utf8"].tobytes()) if "texts_utf8" in saved else saved["texts"].tolist()
                self._cache.update(zip(texts, saved["vectors"]))
                return len(texts)
        except (OSError, KeyError, ValueError):
            return 0

    def save(self, path) -> None:
        texts = list(self._cache)
        vectors = np.stack([self._cache[t] for t in texts]) if texts else np.zeros((0, self.dim), np.float32)
        # texts as one UTF-8 JSON buffer: a numpy string array pads every text to the longest one, four bytes a
        # character (the full MMLU cache came to almost 1 GB that way)
        utf8 = np.frombuffer(json.dumps(texts, ensure_ascii=False).encode(), np.uint8)
        np.savez(path, name=np.array(self.name), texts_utf8=utf8, vectors=vectors)

    def embed(self, texts: list[str]) -> np.ndarray:
        missing = [t for t in dict.fromkeys(texts) if t not in self._cache]
        if missing:
            for text, vector in zip(missing, self.real.embed(missing)):
                self._cache[text] = vector
        if not texts:
            return np.zeros((0, self.dim), np.float32)
        return np.stack([self._cache[t] for t in texts])
