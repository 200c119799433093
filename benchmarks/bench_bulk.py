"""Bulk removal benchmark: remove N targets that share a word in one call while queries keep running.

    python benchmarks/bench_bulk.py [--targets 20000] [--out benchmarks/results/bulk.json]

A registry of N synthetic people who all bear the family name 'Smithwick' (the worst case for a
name index: every entry of that word is one key) plus five kept people; a serving store has its
index and matcher loaded.  A query thread keeps taking a snapshot and checking a text that names a
removed and a kept person (lexical lookup and a vector search), as a server's request threads do.
Measured: the removal call (the registry's one transaction), the serving store's patch up to the
new version (done by the query thread's next snapshot; until it is in, the version before the
removal answers, which enforces more, never less), and the background purge of the removed names
from the matcher once no query reads the old version; the queries answered during the removal and
the patch, and their slowest latency.  Vectors are
random unit vectors (the removal never embeds).  Afterwards, removed names are checked for being
forgotten-no-more (not flagged: no over-blocking left behind) and kept names for still being flagged.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_cli import RandomEmbedder  # noqa: E402

from alu.retrieval import views as views_module  # noqa: E402
from alu.retrieval.store import TargetStore  # noqa: E402
from alu.retrieval.targets import make_target  # noqa: E402

SYLLABLES = ["ka", "lo", "mir", "ven", "ta", "shu", "rel", "dor", "an", "pek", "zu", "hal", "ri", "mon"]
KEPT = ["Odalys Brenneke", "Torvald Quimby", "Marisol Fenwhistle", "Caspian Yardley", "Henrike Osterwald"]


def people(n: int) -> list[dict]:
    """n distinct given names, all with one family name."""
    out, seen, i = [], set(), 0
    while len(out) < n:
        a, b, c = (SYLLABLES[(i // len(SYLLABLES) ** k) % len(SYLLABLES)] for k in range(3))
        given = f"{a}{b}{c}".capitalize()
        i += 1
        if given not in seen:
            seen.add(given)
            out.append({"id": f"p{len(out):05d}", "name": f"{given} Smithwick"})
    return out


def bench(n: int) -> dict:
    views_module.SNAPSHOT_TTL_S = 2.0  # old versions expire quickly, so the purge is measured too
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        embedder = RandomEmbedder()
        removed = people(n)
        t = time.perf_counter()
        TargetStore(home, embedder).add([make_target(p) for p in removed]
                                         + [make_target({"name": k}) for k in KEPT])
        serving = TargetStore(home, embedder)
        serving.refresh()
        build_s = time.perf_counter() - t
        text = f"{removed[n // 2]['name']} met {KEPT[0]} in spring."
        stop, latencies, errors = threading.Event(), [], []

        def queries() -> None:
            while not stop.is_set():
                q0 = time.perf_counter()
                try:
                    snap = serving.snapshot()
                    snap.lexical(text)
                    snap.search_each([text], 8)
                except Exception as e:  # reported in the result
                    errors.append(repr(e))
                latencies.append((q0, time.perf_counter()))

        thread = threading.Thread(target=queries)
        thread.start()
        time.sleep(0.5)
        t0 = time.perf_counter()
        version = TargetStore(home, embedder).remove([p["id"] for p in removed]).version  # as the CLI would
        t1 = time.perf_counter()
        while serving._view.version < version:  # patched by the query thread's next snapshot
            time.sleep(0.005)
        t2 = time.perf_counter()
        time.sleep(views_module.SNAPSHOT_TTL_S + 0.5)  # the old version expires; the purge runs behind
        deadline = time.monotonic() + 120
        while serving._retired and time.monotonic() < deadline:
            time.sleep(0.1)
        t3 = time.perf_counter()
        stop.set()
        thread.join()
        during = [b - a for a, b in latencies if t0 <= b and a <= t2]
        snap = serving.snapshot()
        sample = removed[:: max(1, n // 200)]
        removed_flagged = sum(bool(snap.lexical(f"{p['name']} wrote a letter.")) for p in sample)
        kept_flagged = sum(bool(snap.lexical(f"{k} wrote a letter.")) for k in KEPT)
        return {"targets_removed": n, "registry_build_s": round(build_s, 2),
                "remove_call_s": round(t1 - t0, 3), "patch_s": round(t2 - t1, 3), "total_s": round(t2 - t0, 3),
                "purge_done": not serving._retired, "purge_finished_after_s": round(t3 - t2, 2),
                "queries_during_removal": len(during), "slowest_query_during_removal_ms":
                    round(max(during) * 1000, 1) if during else None,
                "query_errors": len(errors), "removed_names_still_flagged": f"{removed_flagged}/{len(sample)}",
                "kept_names_flagged": f"{kept_flagged}/{len(KEPT)}", "matcher_targets_after": len(snap._view.matcher)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--targets", type=int, default=20_000)
    ap.add_argument("--out", default=str(HERE / "results" / "bulk.json"))
    args = ap.parse_args()
    result = {"machine": f"{__import__('os').cpu_count()} CPU cores", "target_s": 10.0} | bench(args.targets)
    Path(args.out).write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
