"""A writer process for the concurrency soak: adds, updates and removes targets until a deadline.

Run as `python soak_writer.py HOME WRITER_ID DEADLINE VECTORS` (DEADLINE a time.time() value);
prints the number of writes it made.  Every target it writes is about the same lighthouse, so
the querying process keeps meeting them as semantic candidates while they come and go.

The vectors are MiniLM's, computed once by the test for every text a writer can write
(VECTORS, an .npz of texts and vectors), so that a writer starts in a second instead of
loading the model: the registry, its locking and its change log are what is under test here.
"""

from __future__ import annotations

import random
import sys
import time

import numpy as np

from alu.retrieval.store import TargetStore

TOPIC = "Lighthouse keeper on the island of Varnholm who collects brass telescopes and logs every storm."
POOL = 30        # target ids per writer, reused: removed ones come back
REVISIONS = 3    # descriptions each target cycles through on update


def churn_target(writer: int, n: int, revision: int) -> dict:
    return {"id": f"churn-{writer}-{n}", "name": f"Varnholm Keeper {writer}x{n}",
            "description": f"{TOPIC} Revision {revision} of keeper {n}."}


class LookupEmbedder:
    """MiniLM's vectors for a fixed set of texts, under MiniLM's own name (so no re-embedding happens)."""

    def __init__(self, path: str) -> None:
        data = np.load(path)
        self.name, self.dim = str(data["name"]), int(data["dim"])
        self._table = dict(zip(data["texts"].tolist(), data["vectors"]))

    def embed(self, texts: list[str]) -> np.ndarray:
        return np.stack([self._table[t] for t in texts]) if texts else np.zeros((0, self.dim), np.float32)


def main(home: str, writer: int, deadline: float, vectors: str) -> int:
    store = TargetStore(home, LookupEmbedder(vectors))
    rng = random.Random(writer)
    live: set[int] = set()
    writes = 0
    while time.time() < deadline:
        n = rng.randrange(POOL)
        if n not in live:
            store.add([churn_target(writer, n, 0)], replace=True)
            live.add(n)
        elif rng.random() < 0.5:
            store.add([churn_target(writer, n, rng.randrange(REVISIONS))], replace=True)
        else:
            store.remove([f"churn-{writer}-{n}"])
            live.discard(n)
        writes += 1
        time.sleep(0.01)  # a busy registry, not a write-only one: queries must get their turn too
    return writes


if __name__ == "__main__":
    print(main(sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), sys.argv[4]))
