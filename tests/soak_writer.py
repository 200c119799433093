"""A writer process for the concurrency soak: adds, updates and removes targets until a deadline.

Run as `python soak_writer.py HOME WRITER_ID DEADLINE VECTORS [churn|bulk]` (DEADLINE a time.time()
value); prints how many of its writes were refused and, last, the number it made.  A churn writer
writes targets about the same lighthouse, so the querying process keeps meeting them as semantic
candidates while they come and go; a bulk writer adds BULK targets in one call and removes them all
in one call, again and again.  A writer whose registry is lost (deleted or replaced) stops at the
first refused write.

The vectors are MiniLM's, computed once by the test for every text a writer can write
(VECTORS, an .npz of texts and vectors), so that a writer starts in a second instead of
loading the model: the registry, its locking and its change log are what is under test here.
"""

from __future__ import annotations

import random
import sys
import time

import numpy as np

from alu.retrieval.guard import RegistryUnavailable
from alu.retrieval.store import TargetStore

TOPIC = "Lighthouse keeper on the island of Varnholm who collects brass telescopes and logs every storm."
POOL = 30        # target ids per writer, reused: removed ones come back
REVISIONS = 3    # descriptions each target cycles through on update
BULK = 500       # targets a bulk writer adds, then removes, in one call each


def churn_target(writer: int, n: int, revision: int) -> dict:
    return {"id": f"churn-{writer}-{n}", "name": f"Varnholm Keeper {writer}x{n}",
            "description": f"{TOPIC} Revision {revision} of keeper {n}."}


def bulk_target(n: int) -> dict:
    return {"id": f"bulk-{n}", "name": f"Pellory Glassblower {n}",
            "description": "Invented glassblower from the hill town of Pellory who makes green bottles."}


class LookupEmbedder:
    """MiniLM's vectors for a fixed set of texts, under MiniLM's own name (so no re-embedding happens)."""

    def __init__(self, path: str) -> None:
        data = np.load(path)
        self.name, self.dim = str(data["name"]), int(data["dim"])
        self._table = dict(zip(data["texts"].tolist(), data["vectors"]))

    def embed(self, texts: list[str]) -> np.ndarray:
        return np.stack([self._table[t] for t in texts]) if texts else np.zeros((0, self.dim), np.float32)


def main(home: str, writer: int, deadline: float, vectors: str, mode: str = "churn") -> tuple[int, int]:
    store = TargetStore(home, LookupEmbedder(vectors))
    write = churn if mode == "churn" else bulk
    rng = random.Random(writer)
    live: set[int] = set()
    writes = 0
    while time.time() < deadline:
        try:
            write(store, writer, rng, live)
        except RegistryUnavailable:
            return 1, writes
        writes += 1
        time.sleep(0.01)  # a busy registry, not a write-only one: queries must get their turn too
    return 0, writes


def churn(store: TargetStore, writer: int, rng: random.Random, live: set[int]) -> None:
    n = rng.randrange(POOL)
    if n not in live:
        store.add([churn_target(writer, n, 0)], replace=True)
        live.add(n)
    elif rng.random() < 0.5:
        store.add([churn_target(writer, n, rng.randrange(REVISIONS))], replace=True)
    else:
        store.remove([f"churn-{writer}-{n}"])
        live.discard(n)


def bulk(store: TargetStore, writer: int, rng: random.Random, live: set[int]) -> None:
    if live:
        store.remove([f"bulk-{n}" for n in sorted(live)])
        live.clear()
    else:
        store.add([bulk_target(n) for n in range(BULK)], replace=True)
        live.update(range(BULK))


if __name__ == "__main__":
    refused, made = main(sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), sys.argv[4], *sys.argv[5:])
    print(f"refused {refused} writes {made}")
