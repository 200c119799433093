"""Scale: 10 → 100,000 targets (real benchmark targets first, then synthetic ones).

Synthetic targets are embedded by a hash-seeded random unit vector (SyntheticAwareEmbedder) so that
100,000 of them can be inserted in seconds; every real target and every query still goes through
MiniLM. Search cost does not depend on what the vectors mean, so latency and memory are real.
"""

from __future__ import annotations

import hashlib
import json
import time
from pathlib import Path
from typing import Any

import numpy as np
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, HumanMessage
from langchain_core.outputs import ChatGeneration, ChatResult

from alu.eval import data as D
from alu.eval.runner import PromptMeter
from alu.extras import pyplot

SYNTHETIC_PREFIX = "Synthetica "
DEFAULT_SIZES = [10, 100, 1000, 10000]
FULL_SIZES = [10, 100, 1000, 10000, 100000]
QUERIES = {  # (question, ready response): one leaking by name, one clean
    "leak": ("Who wrote the novel Carrie?", "Carrie was written by Stephen King, his first published novel."),
    "clean": ("What is the boiling point of water at sea level?", "Water boils at 100 degrees Celsius at sea level."),
}


class SyntheticAwareEmbedder:
    """MiniLM for real text; a deterministic random unit vector for synthetic targets' text."""

    def __init__(self, real) -> None:
        self.real = real
        self.dim = real.dim
        self.name = f"{real.name}+synthetic"

    def embed(self, texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), np.float32)
        real = [i for i, t in enumerate(texts) if not t.startswith(SYNTHETIC_PREFIX)]
        if real:
            out[real] = self.real.embed([texts[i] for i in real])
        for i, t in enumerate(texts):
            if t.startswith(SYNTHETIC_PREFIX):
                seed = int.from_bytes(hashlib.blake2b(t.encode(), digest_size=8).digest(), "little")
                v = np.random.default_rng(seed).standard_normal(self.dim).astype(np.float32)
                out[i] = v / np.linalg.norm(v)
        return out


class StubChatModel(BaseChatModel):
    """A deterministic chat model that waits a fixed time and returns a fixed reply (for scale runs)."""

    reply: str
    latency_s: float = 0.05

    @property
    def _llm_type(self) -> str:
        return "fixed-latency-stub"

    def _generate(self, messages, stop=None, run_manager=None, **kwargs: Any) -> ChatResult:
        time.sleep(self.latency_s)
        return ChatResult(generations=[ChatGeneration(message=AIMessage(content=self.reply))])


def stub_models(latency_s: float, n_variants: int = 5) -> dict:
    variants = [f"I have no information about that author (variant {i + 1})." for i in range(n_variants)]
    return {"respondent": StubChatModel(reply=QUERIES["leak"][1], latency_s=latency_s),
            "auditor": StubChatModel(reply=json.dumps({"leaked": []}), latency_s=latency_s),
            "eraser": StubChatModel(reply=json.dumps({"variants": variants}), latency_s=latency_s),
            "critic": StubChatModel(reply=json.dumps({"scores": [5] * n_variants}), latency_s=latency_s),
            "composer": StubChatModel(reply="I have no information about that author.", latency_s=latency_s)}


def real_targets() -> list[dict]:
    return D.bench_targets("rwku") + D.bench_targets("tofu") + D.bench_targets("wpu")


def synthetic(i: int) -> dict:
    code = hashlib.sha1(str(i).encode()).hexdigest()[:6].upper()
    return {"id": f"syn-{i:06d}", "name": f"{SYNTHETIC_PREFIX}{code}-{i:06d}", "aliases": [],
            "description": f"Synthetic forget target number {i} used to test scale."}


def rss_mb() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed_query(graph, ctx, question: str, response: str | None) -> dict:
    from alu.graph.limits import operator_callbacks

    meter = PromptMeter()
    payload = {"messages": [HumanMessage(question)]} | ({"response": response} if response is not None else {})
    t0 = time.perf_counter()
    try:
        with operator_callbacks([meter]):  # the agents' own calls, which a caller's callbacks never see
            result = graph.invoke(payload, context=ctx)
    except Exception as e:  # e.g. the embedded model's context window overflows with every target in a prompt
        return {"error": f"{type(e).__name__}: {str(e)[:200]}", "total_ms": (time.perf_counter() - t0) * 1000}
    audit_ms = sum(s["ms"] for s in result["steps"] if s["node"] == "audit")
    return {"total_ms": (time.perf_counter() - t0) * 1000, "audit_ms": audit_ms, "llm_calls": result["llm_calls"],
            "decision": result["decision"], "prompt_chars_max": meter.largest,
            "prompt_tokens_per_call": (meter.chars / meter.calls / 4) if meter.calls else 0.0}


def run_scale(out: Path, sizes: list[int], *, stub_latency_ms: float = 50.0, embedded_sizes=(10, 100),
              methods=("alu", "alu-paper"), embedder=None, repeats: int = 3, embedded: bool = True) -> dict:
    """Grow one registry through `sizes`; at each size time both methods. Resumable per size."""
    from alu.graph.builder import build_graph
    from alu.graph.context import UnlearnContext
    from alu.graph.resources import Resources
    from alu.retrieval.store import TargetStore

    if embedder is None:
        from alu.retrieval.embeddings import load_embedder

        embedder = load_embedder("minilm")
    from alu.eval.runner import finished

    emb = SyntheticAwareEmbedder(embedder)
    sizes = sorted(set(sizes))
    out.mkdir(parents=True, exist_ok=True)
    records_path = out / "scale.records.jsonl"
    home = out / "scale.home"
    done = finished(records_path, "size")
    store = TargetStore(home, emb)
    real = real_targets()
    stub_graph = build_graph(Resources(store=store, models=stub_models(stub_latency_ms / 1000)))
    model_graph = build_graph(Resources(store=store))
    import sys

    from tqdm import tqdm

    for size in tqdm(sizes, desc="scale", unit="size", file=sys.stderr):
        if size in done:
            continue
        have = store.count()
        wanted = real[:size] + [synthetic(i) for i in range(max(0, size - len(real)))]
        if have > size:
            store.remove([t.id for t in store.all_targets()][size:])
        t0 = time.perf_counter()
        store.add(wanted[have:] if have <= size else [])
        import_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        TargetStore(home, emb).refresh()  # a second process-like opener: index load from disk
        open_s = time.perf_counter() - t0
        row = {"size": size, "import_s": import_s, "import_new": max(0, size - have), "open_s": open_s,
               "rss_mb": rss_mb(), "methods": {}}
        for method in methods:
            ctx = UnlearnContext(method=method, home=str(home), embeddings=emb.name)
            m: dict = {}
            for name, (q, resp) in QUERIES.items():
                runs = [timed_query(stub_graph, ctx, q, resp) for _ in range(repeats)]
                m[f"guard_{name}"] = median_run(runs)
            m["stub_e2e_leak"] = median_run([timed_query(stub_graph, ctx, QUERIES["leak"][0], None)
                                             for _ in range(repeats)])
            if embedded and size in embedded_sizes:
                m["embedded_e2e_clean"] = timed_query(model_graph, ctx, QUERIES["clean"][0], None)
            row["methods"][method] = m
        row["rss_mb_after"] = rss_mb()
        with records_path.open("a", encoding="utf-8") as f:
            f.write(json.dumps(row) + "\n")
        done[size] = row
    rows = [done[s] for s in sizes if s in done]
    result = {"bench": "scale", "config": {"sizes": sizes, "stub_latency_ms": stub_latency_ms,
                                           "embedded_sizes": list(embedded_sizes), "repeats": repeats,
                                           "real_targets": len(real)}, "rows": rows}
    (out / "scale.json").write_text(json.dumps(result, indent=1), encoding="utf-8")
    plot_scale(rows, out / "scale.png")
    (out / "scale.md").write_text(scale_markdown(result), encoding="utf-8")
    return result


def median_run(runs: list[dict]) -> dict:
    ok = [r for r in runs if "error" not in r]
    if not ok:
        return runs[0]
    ok.sort(key=lambda r: r["total_ms"])
    return ok[len(ok) // 2]


def _get(row: dict, method: str, what: str, key: str):
    v = row["methods"].get(method, {}).get(what, {})
    return v.get(key) if "error" not in v else None


def plot_scale(rows: list[dict], path: Path) -> None:
    plt = pyplot()
    fig, axes = plt.subplots(1, 4, figsize=(16, 3.8))
    panels = [("guard_leak", "audit_ms", "audit latency, leaking answer (ms)"),
              ("stub_e2e_leak", "total_ms", "end to end, stub models (ms)"),
              ("stub_e2e_leak", "prompt_tokens_per_call", "prompt tokens per LLM call")]
    for ax, (what, key, title) in zip(axes, panels):
        for method in ("alu", "alu-paper"):
            pts = [(r["size"], _get(r, method, what, key)) for r in rows]
            pts = [(x, y) for x, y in pts if y]
            if pts:
                ax.plot(*zip(*pts), marker="o", label=method)
        ax.set_xscale("log")
        ax.set_yscale("log")
        ax.set_title(title, fontsize=9)
        ax.set_xlabel("targets")
        ax.legend(fontsize=8)
    axes[3].plot([r["size"] for r in rows], [r["rss_mb_after"] for r in rows], marker="o", color="gray")
    axes[3].set_xscale("log")
    axes[3].set_title("process memory (RSS, MB)", fontsize=9)
    axes[3].set_xlabel("targets")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def scale_markdown(result: dict) -> str:
    c = result["config"]
    lines = ["# `alu eval scale`\n",
             f"Sizes {c['sizes']}; the first {c['real_targets']} targets are real (TOFU, RWKU, WPU, MiniLM), the "
             f"rest synthetic (hash vectors). Stub models answer after {c['stub_latency_ms']:.0f} ms; figures are "
             f"the median of {c['repeats']} runs. Prompt tokens = characters / 4.\n",
             "| targets | method | import (s) | index open (s) | audit, leaking (ms) | audit, clean (ms) | "
             "e2e stub (ms) | prompt tok./call | largest prompt (chars) | e2e embedded, clean | RSS (MB) |",
             "|---" * 11 + "|"]
    for r in result["rows"]:
        for method, m in r["methods"].items():
            emb = m.get("embedded_e2e_clean")
            emb_cell = "–" if emb is None else (f"error: {emb['error'][:60]}" if "error" in emb
                                                 else f"{emb['total_ms'] / 1000:.1f} s, {emb['llm_calls']} calls")
            lines.append(
                f"| {r['size']:,} | `{method}` | {r['import_s']:.2f} | {r['open_s']:.2f} | "
                f"{_fmt(m['guard_leak'], 'audit_ms')} | {_fmt(m['guard_clean'], 'audit_ms')} | "
                f"{_fmt(m['stub_e2e_leak'], 'total_ms')} | {_fmt(m['stub_e2e_leak'], 'prompt_tokens_per_call')} | "
                f"{_fmt(m['stub_e2e_leak'], 'prompt_chars_max')} | {emb_cell} | {r['rss_mb_after']:.0f} |")
    lines.append("\n![scale](scale.png)\n")
    return "\n".join(lines)


def _fmt(run: dict, key: str) -> str:
    if "error" in run:
        return "error"
    v = run.get(key)
    return "–" if v is None else f"{v:,.0f}" if v >= 100 else f"{v:.1f}"
