"""Scale benchmark: a replica's cold start, and a registry of a million name-only targets.

    python benchmarks/bench_scale.py [--sizes 100000 1000000] [--reps 10] [--out benchmarks/results/scale.json]
    python benchmarks/bench_scale.py --build 1000000   # only generate (or resume) the cached registry

Registries of name-only targets (a deletion-request registry: a name per person, nothing else) plus the
demo targets (which have descriptions, so the leaking audit case is flagged) are generated once and
cached under benchmarks/.cache/names-N (delete a folder to regenerate it); the generation is the import
measured: `TargetStore.import_file` of 50,000-line JSONL files, one registry transaction each, the
last ones into a registry that already holds nearly N targets.

For each size, in fresh processes (the MiniLM embedder and the registry opened from disk, as a
replica starts): the time from starting the process to the first answered audit (guard mode, as
benchmarks/bench_core.py measures it) with the home's replica snapshot present, and with --without-snapshot
once on a copy of the home without it (the start that builds the snapshot; the saved index of that version is
kept); then the audit node's p50 over the bench_core audit cases after one warm-up round, and the process's
peak RSS.  The first start on a new registry ("first_start") builds the index and the snapshot.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

SYLLABLES = ["ka", "lo", "mir", "ven", "ta", "shu", "rel", "dor", "an", "pek", "zu", "hal", "ri", "mon", "ost",
             "bel", "tra", "quin", "sa", "gor", "vel", "ny", "cas", "lu"]
BATCH = 50_000
READY = "ALU-SCALE-READY"


def names(lo: int, hi: int) -> list[dict]:
    """Name-only targets lo..hi-1, each the same whichever run makes it (so a build resumes)."""
    out = []
    for i in range(lo, hi):
        rng = random.Random(i)
        first = "".join(rng.choice(SYLLABLES) for _ in range(2)).capitalize()
        last = "".join(rng.choice(SYLLABLES) for _ in range(rng.choice((2, 3, 4)))).capitalize()
        out.append({"id": f"name-{i}", "name": f"{first} {last}"})
    return out


def build(n: int) -> Path:
    """The cached registry of n name-only targets (and the demo's), generated or resumed; import rates kept
    beside it in build.json."""
    from bench_core import DEMO

    from alu.retrieval.store import TargetStore
    from alu.retrieval.targets import read_targets_file

    home = HERE / ".cache" / f"names-{n}"
    stats_path = home / "build.json"
    store = TargetStore(home)
    stats = json.loads(stats_path.read_text()) if stats_path.exists() else {"batches": []}
    demo = read_targets_file(DEMO)
    if store.registry.count() == 0:
        store.add(demo)
    have = store.registry.count() - len(demo)  # names 0..have-1: each batch is one transaction
    with tempfile.TemporaryDirectory() as tmp:
        for lo in range(have - have % BATCH, n, BATCH):
            path = Path(tmp) / "batch.jsonl"
            path.write_text("".join(json.dumps(t) + "\n" for t in names(lo, min(n, lo + BATCH))))
            t = time.perf_counter()
            result = store.import_file(path)
            seconds = time.perf_counter() - t
            stats["batches"].append({"from": lo, "targets": len(result.added), "rate_per_s": round(BATCH / seconds)})
            stats_path.write_text(json.dumps(stats, indent=2))
            print(f"  imported {min(n, lo + BATCH)}/{n} name-only targets ({BATCH / seconds:.0f}/s)", file=sys.stderr)
    store.registry.close()
    return home


def child(home: str, reps: int) -> None:
    """One replica: open the store, answer audits; prints READY after the first, then the figures."""
    import resource

    from bench_core import AUDIT_CASES, median_ms, rewrite_stubs
    from langchain_core.messages import HumanMessage

    from alu.graph.builder import build_graph
    from alu.graph.context import UnlearnContext
    from alu.graph.resources import Resources
    from alu.retrieval.store import TargetStore

    store = TargetStore(home)
    graph = build_graph(Resources(store=store, models=rewrite_stubs()))
    ctx = UnlearnContext(home=home, max_retries=0, n_variants=1, top_k=1)
    times, decisions, ready = [], {}, False
    for r in range(reps + 1):
        for question, response in AUDIT_CASES:
            result = graph.invoke({"messages": [HumanMessage(question)], "response": response}, context=ctx)
            if not ready:
                print(READY, flush=True)
                ready = True
            audit = next(s for s in result["steps"] if s["node"] == "audit")
            if r > 0:  # the first round warms caches, as a replica's first requests do
                times.append(audit["ms"] / 1000)
            decisions[question] = result["decision"]
    print(json.dumps({"audit_p50_ms": median_ms(times), "audit_p95_ms": round(sorted(times)[int(0.95 * len(times)) - 1]
                                                                              * 1000, 2),
                      "decisions": decisions, "targets": store.count(),
                      "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}), flush=True)


def cold_start(home: Path, reps: int) -> dict:
    """Start a replica process on `home`; seconds to its first answered audit, and what it reports."""
    t = time.perf_counter()
    proc = subprocess.Popen([sys.executable, __file__, "--child", str(home), "--reps", str(reps)],
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    ready = None
    for line in proc.stdout:
        if line.strip() == READY and ready is None:
            ready = time.perf_counter() - t
        elif line.startswith("{"):
            report = json.loads(line)
    if proc.wait() != 0 or ready is None:
        raise RuntimeError(f"the replica on {home} failed")
    return {"first_audit_s": round(ready, 2), **report}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    ap.add_argument("--reps", type=int, default=10)
    ap.add_argument("--out", default=str(HERE / "results" / "scale.json"))
    ap.add_argument("--build", type=int, help="only generate (or resume) the registry of this many targets")
    ap.add_argument("--without-snapshot", action="store_true", help="also start once without the snapshot")
    ap.add_argument("--home", help="instead of generated registries, an existing home (e.g. a copy of bench_core's "
                    "100,000 targets with footprints); its figures are kept under its folder's name")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.child, args.reps)
        return 0
    if args.build:
        build(args.build)
        return 0
    report: dict = {"machine": {"cpus": os.cpu_count()}}
    for n in [Path(args.home).name] if args.home else args.sizes:
        home = Path(args.home) if args.home else build(int(n))
        stats = json.loads((home / "build.json").read_text()) if (home / "build.json").exists() else {"batches": []}
        rates = [b["rate_per_s"] for b in stats["batches"]]
        row: dict = {"import_rate_p50_per_s": round(statistics.median(rates)) if rates else None,
                     "import_rate_last_batch_per_s": rates[-1] if rates else None}
        print(f"{n}: first start (writes the snapshot if missing)...", file=sys.stderr)
        row["first_start"] = cold_start(home, 1)
        print(f"{n}: replica cold start with the snapshot...", file=sys.stderr)
        row["with_snapshot"] = cold_start(home, args.reps)
        if args.without_snapshot:
            with tempfile.TemporaryDirectory(dir=HERE / ".cache") as tmp:
                bare = Path(tmp) / "home"
                shutil.copytree(home, bare, ignore=shutil.ignore_patterns("replica*"))
                print(f"{n}: cold start without the snapshot...", file=sys.stderr)
                row["without_snapshot"] = cold_start(bare, 1)
        report[str(n)] = row
        print(json.dumps(row, indent=2), file=sys.stderr)
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    previous = json.loads(Path(args.out).read_text()) if Path(args.out).exists() else {}
    Path(args.out).write_text(json.dumps(previous | report, indent=2))
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
