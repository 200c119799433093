"""CLI start-up benchmark: `alu targets list/show/export/remove` at 10,000 targets, as a user runs them.

    python benchmarks/bench_cli.py [--targets 10000] [--reps 7] [--out benchmarks/results/cli.json]

Each command runs in a fresh process (the console script of this interpreter's environment), stdout
to /dev/null; the figure is the median wall-clock time over `--reps` runs, interleaving the commands.
`alu --version` is the floor (interpreter start-up and the CLI's own imports).  The registry holds
real targets with random unit vectors: these commands never read the vectors, and an embedding model
would make building 10,000 targets slower without changing what is measured.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from alu.retrieval.store import TargetStore
from alu.retrieval.targets import make_target

HERE = Path(__file__).resolve().parent
ALU = str(Path(sys.executable).with_name("alu"))
TARGET_S = 1.0  # what a user waits for a command that needs no model


class RandomEmbedder:
    """Unit vectors from a seeded generator: enough for a registry the measured commands never search."""

    name = "random"
    dim = 384

    def __init__(self, seed: int = 0) -> None:
        self.rng = np.random.default_rng(seed)

    def embed(self, texts: list[str]) -> np.ndarray:
        v = self.rng.standard_normal((len(texts), self.dim)).astype(np.float32)
        return v / np.linalg.norm(v, axis=1, keepdims=True)


def build_registry(home: Path, n: int, seed: int = 0) -> list[str]:
    rng = random.Random(seed)
    syllables = ["ka", "lo", "mir", "ven", "ta", "shu", "rel", "dor", "an", "pek", "zu", "hal", "ri", "mon"]

    def word() -> str:
        return "".join(rng.choice(syllables) for _ in range(rng.randint(2, 3))).capitalize()

    targets = [make_target({"id": f"t{i:05d}", "name": f"{word()} {word()}", "aliases": [f"{word()} {word()}"],
                            "description": f"a synthetic person, number {i}"}) for i in range(n)]
    TargetStore(home, embeddings=RandomEmbedder(seed)).add(targets)
    return [t.id for t in targets]


def timed(args: list[str], env: dict) -> float:
    started = time.perf_counter()
    proc = subprocess.run([ALU, *args], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env)
    elapsed = time.perf_counter() - started
    if proc.returncode != 0:
        raise RuntimeError(f"alu {' '.join(args)} failed: {proc.stderr.strip()}")
    return elapsed


def first_line(args: list[str], env: dict) -> float:
    """Seconds until the first line of output arrives (what a user sees start)."""
    started = time.perf_counter()
    proc = subprocess.Popen([ALU, *args], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    proc.stdout.readline()
    elapsed = time.perf_counter() - started
    proc.stdout.read()
    if proc.wait() != 0:
        raise RuntimeError(f"alu {' '.join(args)} failed")
    return elapsed


def bench(n: int, reps: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "home"
        t = time.perf_counter()
        ids = build_registry(home, n)
        build_s = time.perf_counter() - t
        env = os.environ | {"ALU_HOME": str(home), "HF_HUB_OFFLINE": "1"}
        commands = {
            "version": ["--version"],
            "targets list": ["targets", "list"],
            "targets list --json": ["targets", "list", "--json"],
            "targets show": ["targets", "show", ids[n // 2]],
            "targets export": ["targets", "export", "--format", "jsonl"],
            "targets add --dry-run": ["targets", "add", "--name", "Ann Lee", "--dry-run"],
        }
        times: dict[str, list[float]] = {name: [] for name in [*commands, "targets export: first line",
                                                               "targets remove"]}
        for rep in range(reps):
            for name, args in commands.items():
                times[name].append(timed(args, env))
            times["targets export: first line"].append(first_line(commands["targets export"], env))
            times["targets remove"].append(timed(["targets", "remove", ids[rep]], env))
        # the removals reached the index: a process that searches patches it from the change log
        store = TargetStore(home, embeddings=RandomEmbedder())
        assert store.count() == n - reps and store.get(ids[0]) is None
    return {"targets": n, "reps": reps, "registry_build_s": round(build_s, 1),
            "median_s": {name: round(statistics.median(ts), 3) for name, ts in times.items()},
            "max_s": {name: round(max(ts), 3) for name, ts in times.items()}}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--targets", type=int, default=10_000)
    ap.add_argument("--reps", type=int, default=7)
    ap.add_argument("--out", default=str(HERE / "results" / "cli.json"))
    args = ap.parse_args()
    report = {"machine": {"cpus": os.cpu_count()}, "target_s": TARGET_S} | bench(args.targets, args.reps)
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(report, indent=2) + "\n")
    print(f"\n| command at {args.targets:,} targets | median | max | target |\n|---|---|---|---|")
    for name, median in report["median_s"].items():
        goal = "" if name == "version" else f"< {TARGET_S:.0f} s"
        print(f"| `alu {name}` | {median * 1000:.0f} ms | {report['max_s'][name] * 1000:.0f} ms | {goal} |")
    slow = [n for n, m in report["median_s"].items() if m >= TARGET_S]
    if slow:
        print(f"over {TARGET_S} s: {', '.join(slow)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
