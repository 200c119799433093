"""Load on `alu serve`: concurrent clients for a bounded time, clean or mixed with leaking queries.

    python benchmarks/load.py [--clients 20] [--seconds 60] [--leak-fraction 0.5] [--deadline 20]
                              [--out benchmarks/results/load.json]

Starts a real `alu serve` on a free loopback port over a fresh home holding the demo targets,
with the embedded models (MiniLM; SmolLM2 via llama.cpp as eraser, critic and composer).  Queries
are guard-mode (the answer under audit comes with the request, as from any other LLM service): a
clean one costs the audit only; a leaking one names a demo target and goes down the erase path,
which the server must settle within its per-query deadline (ALU_DEADLINE_S).  Clients give up
after the deadline plus a margin, so a run the server does not settle in time shows up as an
error here.  After the load stops the server's CPU is watched for a while: a server that keeps
computing abandoned runs shows up as busy time there.

Reports requests per second, p50/p99 latency, errors, answers past the deadline, the server's
CPU time per answered request, RSS of the server (start, peak, end) and its CPU use after the load.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
import numpy as np

REPO = Path(__file__).resolve().parents[1]
ALU = str(Path(sys.executable).with_name("alu"))
DEMO_TARGETS = REPO / "alu" / "data" / "demo_targets.jsonl"
CLEAN = [("At what temperature does water boil?", "Water boils at 100 degrees Celsius at sea level."),
         ("What is photosynthesis?", "Plants turn light, water and carbon dioxide into sugar and oxygen."),
         ("How long is a day on Mars?", "A day on Mars lasts about 24 hours and 40 minutes."),
         ("Why does bread go stale?", "Its starch slowly recrystallises and pushes out water, so the crumb hardens.")]
LEAKING = [("Who wrote Carrie?", "Carrie was written by Stephen King; it was his first novel, published in 1974."),
           ("Who is the boy wizard?", "Harry Potter is the boy wizard who attends Hogwarts with Hermione Granger."),
           ("Which author was born in Taipei in 1991?", "Hsiao Yun-Hwa, a Taiwanese author, was born in Taipei.")]
IDLE_WATCH_SECONDS = 10.0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def process_tree(pid: int) -> list[int]:
    """The server and every process under it (`alu serve --workers N` runs its workers as children)."""
    parents: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            parents[int(stat.parent.name)] = int(stat.read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            continue  # a process that ended while we looked
    tree, frontier = [pid], [pid]
    while frontier:
        frontier = [child for child, parent in parents.items() if parent in frontier]
        tree += frontier
    return tree


def _read(path: str) -> str:
    try:
        return Path(path).read_text()
    except OSError:
        return ""


def rss_mb(pid: int) -> float:
    """Resident memory of the server and its workers together."""
    total = 0
    for p in process_tree(pid):
        total += sum(int(line.split()[1]) for line in _read(f"/proc/{p}/status").splitlines()
                     if line.startswith("VmRSS:"))
    return total / 1024


def cpu_seconds(pid: int) -> float:
    """CPU time of the server and its workers together."""
    ticks = 0
    for p in process_tree(pid):
        stat = _read(f"/proc/{p}/stat")
        if stat:
            fields = stat.rsplit(")", 1)[1].split()
            ticks += int(fields[11]) + int(fields[12])
    return ticks / os.sysconf("SC_CLK_TCK")


def start_server(home: Path, port: int, deadline: float, log: Path, workers: int = 1) -> subprocess.Popen:
    env = dict(os.environ, HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1", LANGSMITH_TRACING="false",
               TOKENIZERS_PARALLELISM="false", ALU_DEADLINE_S=str(deadline))
    env.pop("ALU_REGISTRY", None)
    subprocess.run([ALU, "--home", str(home), "targets", "import", str(DEMO_TARGETS)], env=env, check=True,
                   capture_output=True)
    with open(log, "wb") as out:
        server = subprocess.Popen([ALU, "--home", str(home), "serve", "--host", "127.0.0.1", "--port", str(port),
                                   "--log-level", "warning", "--workers", str(workers)],
                                  env=env, stdout=out, stderr=subprocess.STDOUT)
    started = time.monotonic()
    while True:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/health", timeout=2).status_code == 200:
                break
        except httpx.HTTPError:
            pass
        if server.poll() is not None or time.monotonic() - started > 300:
            raise RuntimeError(f"alu serve did not start: {log.read_text()[-2000:]}")
        time.sleep(0.5)
    # one worker answering is not all of them ready: wait until loading models (CPU-bound) has settled
    while time.monotonic() - started < 300:
        before = cpu_seconds(server.pid)
        time.sleep(1.0)
        if cpu_seconds(server.pid) - before < 0.2:
            break
    return server


async def client_loop(client: httpx.AsyncClient, url: str, stop_at: float, leak_fraction: float,
                      rng: random.Random, results: list[dict]) -> None:
    while time.monotonic() < stop_at:
        leaking = rng.random() < leak_fraction
        question, response = rng.choice(LEAKING if leaking else CLEAN)
        # every text of every request is new (the question and each sentence of the answer), so no embedding
        # is reused from an earlier request
        ticket = rng.randrange(10 ** 9)
        question, response = f"{question} (ticket {ticket})", f"Ticket {ticket}: {response} Ticket {ticket} closed."
        body = {"model": "alu", "messages": [{"role": "user", "content": question}], "response": response}
        t0 = time.monotonic()
        try:
            reply = await client.post(url, json=body)
            ok = reply.status_code == 200
            decision = reply.json().get("alu", {}).get("decision") if ok else None
            results.append({"leaking": leaking, "s": time.monotonic() - t0, "status": reply.status_code,
                            "decision": decision})
        except httpx.TimeoutException:
            results.append({"leaking": leaking, "s": time.monotonic() - t0, "status": None, "abandoned": True})
        except httpx.HTTPError as e:
            results.append({"leaking": leaking, "s": time.monotonic() - t0, "status": None, "error": type(e).__name__})


def percentile(values: list[float], q: float) -> float | None:
    """numpy's percentile of the values, q in [0, 1]; None for no values."""
    return round(float(np.percentile(values, q * 100)), 3) if values else None


async def load(port: int, server: subprocess.Popen, args) -> dict:
    url = f"http://127.0.0.1:{port}/v1/chat/completions"
    results: list[dict] = []
    rng = random.Random(0)
    # with several workers each request opens its own connection, so the kernel spreads them over the workers
    # (a kept-alive connection stays with the worker that accepted it first)
    limits = httpx.Limits(max_connections=args.clients,
                          max_keepalive_connections=args.clients if args.workers == 1 else 0)
    rss = [rss_mb(server.pid)]
    timeout = args.abandon_after or args.deadline + args.margin
    async with httpx.AsyncClient(timeout=timeout, limits=limits) as client:
        cpu_start = cpu_seconds(server.pid)
        started = time.monotonic()
        stop_at = started + args.seconds
        tasks = [asyncio.create_task(client_loop(client, url, stop_at, args.leak_fraction,
                                                 random.Random(rng.random()), results))
                 for _ in range(args.clients)]
        while not all(t.done() for t in tasks):
            rss.append(rss_mb(server.pid))
            await asyncio.sleep(0.5)
        elapsed = time.monotonic() - started
    # no client is waiting any more: a server that still computes is computing for nobody
    cpu_before = cpu_seconds(server.pid)
    load_cpu = cpu_before - cpu_start
    await asyncio.sleep(IDLE_WATCH_SECONDS)
    idle_cpu = (cpu_seconds(server.pid) - cpu_before) / IDLE_WATCH_SECONDS
    ok = [r for r in results if r["status"] == 200]
    latencies = [r["s"] for r in ok]
    by_kind = {}
    for kind, leaking in (("clean", False), ("leaking", True)):
        rows = [r for r in ok if r["leaking"] == leaking]
        by_kind[kind] = {"answered": len(rows), "p50_s": percentile([r["s"] for r in rows], 0.5),
                         "p99_s": percentile([r["s"] for r in rows], 0.99),
                         "decisions": {d: sum(r["decision"] == d for r in rows) for d in
                                       sorted({r["decision"] for r in rows})}}
    return {
        "clients": args.clients, "seconds": round(elapsed, 1), "leak_fraction": args.leak_fraction,
        "abandon_after_s": args.abandon_after or None,
        "deadline_s": args.deadline, "requests": len(results), "answered": len(ok),
        "req_per_s": round(len(ok) / elapsed, 2),
        "p50_s": percentile(latencies, 0.5), "p99_s": percentile(latencies, 0.99),
        "mean_s": round(statistics.fmean(latencies), 3) if latencies else None,
        "abandoned_by_client": sum(bool(r.get("abandoned")) for r in results),
        "errors": sum(r["status"] != 200 and not r.get("abandoned") for r in results),
        "error_kinds": sorted({str(r.get("error") or r["status"]) for r in results
                               if r["status"] != 200 and not r.get("abandoned")}),
        "past_deadline": sum(r["s"] > args.deadline for r in results if not r.get("abandoned")),
        "by_kind": by_kind,
        # the server's CPU time per answered request: unlike req/s, hardly moved by other load on the machine
        "server_cpu_ms_per_request": round(1000 * load_cpu / len(ok), 2) if ok else None,
        "rss_mb": {"start": round(rss[0]), "peak": round(max(rss)), "end": round(rss_mb(server.pid))},
        "server_cpu_after_load": round(idle_cpu, 3),  # cores busy while no request is open
    }


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--clients", type=int, default=20)
    p.add_argument("--seconds", type=float, default=60.0, help="how long clients keep sending (bounded run)")
    p.add_argument("--leak-fraction", type=float, default=0.0, help="share of queries that leak a target")
    p.add_argument("--deadline", type=float, default=20.0, help="the server's per-query deadline (ALU_DEADLINE_S)")
    p.add_argument("--margin", type=float, default=10.0, help="extra seconds a client waits past the deadline")
    p.add_argument("--abandon-after", type=float, default=0.0,
                   help="clients hang up after this many seconds (0: they wait for the deadline plus the margin)")
    p.add_argument("--workers", type=int, default=os.cpu_count() or 1,
                   help="alu serve's worker processes (default: one per CPU)")
    p.add_argument("--out", type=Path, help="write the JSON result here")
    args = p.parse_args()
    with tempfile.TemporaryDirectory(prefix="alu-load-") as tmp:
        port = free_port()
        server = start_server(Path(tmp) / "home", port, args.deadline, Path(tmp) / "server.log", args.workers)
        try:
            result = asyncio.run(load(port, server, args))
        finally:
            server.terminate()
            try:
                server.wait(30)
            except subprocess.TimeoutExpired:
                server.kill()
    result["cpus"], result["workers"] = os.cpu_count(), args.workers
    write_result(result, args.out)
    return 0


def write_result(result: dict, out: Path | None) -> None:
    """The result as JSON to `out` (if given) and to stdout."""
    text = json.dumps(result, indent=2)
    if out:  # written first: a closed stdout must not lose the measurement
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text + "\n")
    print(text)


if __name__ == "__main__":
    sys.exit(main())
