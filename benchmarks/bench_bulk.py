"""Bulk removal benchmark: remove N targets that share a word in one call while queries keep running.

    python benchmarks/bench_bulk.py [--targets 20000] [--out benchmarks/results/bulk.json]

A registry of N synthetic people who all bear the family name 'Smithwick' (the worst case for a
name index: every entry of that word is one key) plus five kept people; a serving store has its
index and matcher loaded.  A query thread keeps taking a snapshot and checking a text that names a
removed and a kept person (lexical lookup and a vector search), as a server's request threads do.
Measured: the removal command (`alu targets remove` with the N ids, its own process: start-up and the
registry's one transaction), the serving store's patch up to the
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
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_cli import ALU, RandomEmbedder  # noqa: E402

from alu.retrieval import views as views_module  # noqa: E402
from alu.retrieval.store import TargetStore  # noqa: E402
from alu.retrieval.targets import make_target  # noqa: E402

SYLLABLES = ["ka", "lo", "mir", "ven", "ta", "shu", "rel", "dor", "an", "pek", "zu", "hal", "ri", "mon"]
KEPT = ["Odalys Brenneke", "Torvald Quimby", "Marisol Fenwhistle", "Caspian Yardley", "Henrike Osterwald"]


def people(n: int) -> list[dict]:
    """n distinct given names (four syllables: up to 14 ** 4), all with one family name."""
    out, seen, i = [], set(), 0
    while len(out) < n:
        given = "".join(SYLLABLES[(i // len(SYLLABLES) ** k) % len(SYLLABLES)] for k in range(4)).capitalize()
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
        time.sleep(5.0)
        t0 = time.perf_counter()
        # the operator's command, in its own process as on a server's host
        subprocess.run([ALU, "--home", str(home), "targets", "remove", *[p["id"] for p in removed]], check=True,
                       stdout=subprocess.DEVNULL)
        t1 = time.perf_counter()
        version = serving.registry.version()
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
        before = [b - a for a, b in latencies if b < t0]
        during = [b - a for a, b in latencies if t0 <= b and a <= t2]
        f0 = time.perf_counter()
        subprocess.run([ALU, "--version"], check=True, stdout=subprocess.DEVNULL)  # the command's start-up floor
        floor_s = time.perf_counter() - f0
        snap = serving.snapshot()
        sample = removed[:: max(1, n // 200)]
        removed_flagged = sum(bool(snap.lexical(f"{p['name']} wrote a letter.")) for p in sample)
        kept_flagged = sum(bool(snap.lexical(f"{k} wrote a letter.")) for k in KEPT)
        return {"targets_removed": n, "registry_build_s": round(build_s, 2),
                "remove_command_s": round(t1 - t0, 3), "alu_version_command_s": round(floor_s, 3),
                "patch_s": round(t2 - t1, 3), "total_s": round(t2 - t0, 3),
                "purge_done": not serving._retired, "purge_finished_after_s": round(t3 - t2, 2),
                "query_p50_before_removal_ms": round(statistics.median(before) * 1000, 1) if before else None,
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
