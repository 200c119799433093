"""Core performance benchmark: overhead on clean queries, audit scaling, import rate, LLM calls.

    python benchmarks/bench_core.py [--targets 100000] [--reps 15] [--out benchmarks/results/core.json]
    python benchmarks/bench_core.py --only audit   # audit scaling and index recall only, updating those
                                                   # entries of --out and leaving the others as they are

Everything runs offline on the embedded models (SmolLM2 via llama.cpp, MiniLM).  Medians and
ratios are measured within one run, interleaving the compared cases, because the machine may be
shared.  The large registry is built once with real MiniLM embeddings of synthetic targets and
cached under benchmarks/.cache (delete it to rebuild).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

import faiss  # noqa: E402
import numpy as np  # noqa: E402
from langchain_core.language_models import BaseChatModel  # noqa: E402
from langchain_core.language_models.fake_chat_models import FakeListChatModel  # noqa: E402
from langchain_core.messages import HumanMessage  # noqa: E402

from alu.graph.builder import build_graph  # noqa: E402
from alu.graph.context import UnlearnContext  # noqa: E402
from alu.graph.resources import Resources  # noqa: E402
from alu.models import load_chat_model  # noqa: E402
from alu.retrieval.index import vector_ids  # noqa: E402
from alu.retrieval.store import TargetStore  # noqa: E402
from alu.retrieval.targets import read_targets_file  # noqa: E402

HERE = Path(__file__).resolve().parent
DEMO = HERE.parent / "alu" / "data" / "demo_targets.jsonl"

CLEAN_QUESTIONS = [
    "What is the boiling point of water at sea level?",
    "How many legs does a spider have?",
    "Name a primary colour.",
    "What is photosynthesis?",
    "Why does bread go stale?",
]
# Guard-mode (question, response) pairs for audit timing: clean ones and one exact-name leak.
AUDIT_CASES = [
    ("How do I boil an egg?", "Put the egg in boiling water for about nine minutes. Then cool it in cold water."),
    ("Which is the tallest mountain in Africa?", "Kilimanjaro is the tallest mountain in Africa, in Tanzania."),
    ("Explain gravity briefly.", "Gravity is the attraction between masses. It keeps planets in orbit."),
    ("What do bees make?", "Bees make honey and beeswax. They also pollinate many crops."),
    ("How long is a marathon?", "A marathon is 42.195 kilometres long."),
    ("Who wrote Carrie?", "Carrie was written by Stephen King and published in 1974."),
]

SYLLABLES = ["ka", "lo", "mir", "ven", "ta", "shu", "rel", "dor", "an", "pek", "zu", "hal", "ri", "mon", "ost",
             "bel", "tra", "quin", "sa", "gor", "vel", "ny", "cas", "lu"]
JOBS = ["novelist", "chemist", "painter", "senator", "violinist", "engineer", "poet", "surgeon", "architect"]
PLACES = ["Valdora", "Kestrel Bay", "Moorfield", "Ostrava Nova", "Linden Falls", "Port Aramis", "Eskvale"]


def synthetic_targets(n: int, seed: int = 0) -> list[dict]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        first = "".join(rng.choice(SYLLABLES) for _ in range(2)).capitalize()
        last = "".join(rng.choice(SYLLABLES) for _ in range(3)).capitalize()
        job, place = rng.choice(JOBS), rng.choice(PLACES)
        work = " ".join("".join(rng.choice(SYLLABLES) for _ in range(3)).capitalize() for _ in range(2))
        # several vectors per target, as registered targets carry: description, facts, an example question, and
        # a knowledge footprint (two more vectors and keyphrases in the full-text index: a work of its own and a
        # place that thousands of targets share)
        out.append({"id": f"syn-{i}", "name": f"{first} {last} {i}",
                    "description": f"{job} from {place}, born {1900 + rng.randrange(120)}, known for work number {i}",
                    "facts": [f"{first} {last} {i} studied in {rng.choice(PLACES)}.",
                              f"{first} {last} {i} won the {rng.choice(PLACES)} prize for work number {i}."],
                    "examples": [f"Where did the {job} {first} {last} {i} grow up?"],
                    "footprint": {"descriptions": [f"the {job} who wrote {work}"],
                                  "facts": [f"The {job} behind {work} grew up in {place}."],
                                  "keyphrases": [work, place, f"{work} Prize"]}})
    return out


def median_ms(xs: list[float]) -> float:
    return round(statistics.median(xs) * 1000, 2)


def build_store(home: Path, n: int) -> TargetStore:
    store = TargetStore(home)
    if store.count() < n:
        demo = read_targets_file(DEMO)
        store.add(demo, replace=True)
        # the same synthetic targets every time, so an interrupted build resumes where it stopped
        wanted = synthetic_targets(n - len(demo), seed=n)
        have = {t.id for t in store.all_targets()}
        batch = [t for t in wanted if t["id"] not in have]
        for i in range(0, len(batch), 5000):
            store.add(batch[i:i + 5000])
            print(f"  embedded {min(i + 5000, len(batch))}/{len(batch)} synthetic targets", file=sys.stderr)
    store.refresh()
    return store


def rewrite_stubs() -> dict:
    """Scripted rewrite agents, so the leaking audit case ends quickly after the audit it measures."""
    return {"eraser": FakeListChatModel(responses=['{"variants": ["A horror novel from 1974."]}']),
            "critic": FakeListChatModel(responses=['{"scores": [5]}']),
            "composer": FakeListChatModel(responses=["A horror novel from 1974."])}


def bench_audit(stores: dict[int, TargetStore], reps: int) -> dict:
    """Audit-node time in guard mode (no respondent call), interleaving the registry sizes."""
    graphs = {n: build_graph(Resources(store=s, models=rewrite_stubs())) for n, s in stores.items()}
    times: dict[int, list[float]] = {n: [] for n in stores}
    calls: dict[int, set] = {n: set() for n in stores}
    for _ in range(reps):
        for question, response in AUDIT_CASES:
            for n, graph in graphs.items():
                ctx = UnlearnContext(home=str(stores[n].home), max_retries=0, n_variants=1, top_k=1)
                result = graph.invoke({"messages": [HumanMessage(question)], "response": response}, context=ctx)
                audit = next(s for s in result["steps"] if s["node"] == "audit")
                times[n].append(audit["ms"] / 1000)
                calls[n].add(audit["llm_calls"])
    return {str(n): {"audit_p50_ms": median_ms(t), "audit_p95_ms": round(sorted(t)[int(0.95 * len(t)) - 1] * 1000, 2),
                     "audit_llm_calls": sorted(calls[n])} for n, t in times.items()}


def recall_queries() -> list[str]:
    """Texts the recall check searches for: the audit's probes, clean questions, and held-out synthetic
    descriptions, facts and example questions (the same templates as the registry's, other names: the
    near-ties an inverted-file search is most likely to miss)."""
    texts = [text for question, response in AUDIT_CASES for text in (question, *sentence_texts(response))]
    texts += CLEAN_QUESTIONS + sentence_texts(LEXICAL_PROSE)
    for t in synthetic_targets(60, seed=12345):
        texts += [t["description"], t["facts"][0], t["examples"][0]]
    return texts


def sentence_texts(text: str) -> list[str]:
    from alu.nodes.evidence import sentences

    return [s for s, _, _ in sentences(text)]


def bench_recall(store: TargetStore, k: int, threshold: float, nprobes: tuple[int, ...]) -> dict:
    """The large registry's index against an exact inner-product search over the registry's vectors: of each
    query's exact top-k vectors, the share the index returns (recall@k), and the exact hits at or above the
    candidate threshold it misses (scoring below them); with the search time of one audit-shaped call
    (a question and its answer's sentences) per nprobe."""
    index = store._loaded()
    exact = faiss.IndexIDMap2(faiss.IndexFlatIP(store.embedder.dim))  # over the registry's float32 vectors
    for row, _, matrix in store.registry.iter_all():
        exact.add_with_ids(np.ascontiguousarray(matrix, np.float32), vector_ids(row, len(matrix)))
    vectors = store.embedder.embed(recall_queries())
    true_scores, true_ids = exact.search(vectors, k)
    audit_calls = [store.embedder.embed([q, *sentence_texts(r)]) for q, r in AUDIT_CASES]
    out = {"queries": len(vectors), "k": k, "threshold": threshold, "kind": index.kind}
    if index.kind != "ivf":
        return out
    default = index.index.nprobe
    try:
        for nprobe in nprobes:
            index.index.nprobe = nprobe
            scores, ids = index.search(vectors, k)
            found = [len(set(ids[i]) & set(true_ids[i])) for i in range(len(vectors))]
            missed = sum(1 for i in range(len(vectors)) for score, vid in zip(true_scores[i], true_ids[i])
                         if score >= threshold and vid not in set(ids[i]) and scores[i][-1] < score - 1e-5)
            times = []
            for _ in range(20):
                for batch in audit_calls:
                    t = time.perf_counter()
                    index.search(batch, k)
                    times.append(time.perf_counter() - t)
            out[f"nprobe_{nprobe}"] = {"recall_at_k": round(sum(found) / (k * len(vectors)), 4),
                                       "missed_above_threshold": missed,
                                       "exact_above_threshold": int((true_scores >= threshold).sum()),
                                       "audit_search_p50_ms": median_ms(times),
                                       "default": nprobe == default}
    finally:
        index.index.nprobe = default
    return out


def bench_clean_overhead(store: TargetStore, reps: int) -> dict:
    """Plain respondent call vs the whole graph on clean questions, same model, interleaved."""
    model = load_chat_model("embedded")
    graph = build_graph(Resources(store=store))
    ctx = UnlearnContext(home=str(store.home))
    plain, full, own, calls, untouched = [], [], [], set(), 0
    model.invoke([HumanMessage("warm up")])
    for i in range(reps):
        q = CLEAN_QUESTIONS[i % len(CLEAN_QUESTIONS)]
        t = time.perf_counter()
        model.invoke([HumanMessage(q)])
        plain.append(time.perf_counter() - t)
        t = time.perf_counter()
        result = graph.invoke({"messages": [HumanMessage(q)]}, context=ctx)
        full.append(time.perf_counter() - t)
        own.append(full[-1] / (result["steps"][0]["ms"] / 1000))  # whole run / its own respondent call
        calls.add(result["llm_calls"])
        untouched += result["decision"] == "untouched"
    ratio = statistics.median(f / p for f, p in zip(full, plain))
    # generation lengths vary between two calls of the same prompt, so the paired ratio is noisy;
    # the graph's time over its own respondent call isolates what the graph adds
    return {"plain_p50_ms": median_ms(plain), "graph_p50_ms": median_ms(full), "ratio_p50": round(ratio, 3),
            "graph_over_own_respondent_p50": round(statistics.median(own), 3),
            "llm_calls": sorted(calls), "untouched": f"{untouched}/{reps}"}


class FirstSentenceTimer(BaseChatModel):
    """The embedded respondent, unchanged, noting when its own stream first holds a full sentence
    (a sentence is final once text follows its end, the rule the verified release uses)."""

    inner: Any
    marks: list = []

    @property
    def _llm_type(self) -> str:
        return "timed"

    def _generate(self, messages, stop=None, run_manager=None, **kw):
        return self.inner._generate(messages, stop=stop, **kw)

    def _stream(self, messages, stop=None, run_manager=None, **kw):
        t0, text, first = time.perf_counter(), "", None
        for chunk in self.inner._stream(messages, stop=stop, **kw):
            text += chunk.message.content
            if first is None and re.search(r"([.!?…]\s+|\n+)\S", text):
                first = time.perf_counter() - t0
            yield chunk
        self.marks.append(first if first is not None else time.perf_counter() - t0)


def bench_streaming(store: TargetStore, reps: int) -> dict:
    """Verified streaming on clean questions: time from the request to the first released token,
    over the respondent's own time to its first full sentence, in the same run."""
    timer = FirstSentenceTimer(inner=load_chat_model("embedded"), marks=[])
    graph = build_graph(Resources(store=store, models={"respondent": timer}))
    ctx = UnlearnContext(home=str(store.home))
    ratios, first_ms, identical, calls = [], [], 0, set()
    for i in range(reps):
        q = CLEAN_QUESTIONS[i % len(CLEAN_QUESTIONS)]
        t0, first, streamed, final = time.perf_counter(), None, "", {}
        for mode, part in graph.stream({"messages": [HumanMessage(q)]}, context=ctx,
                                       stream_mode=["messages", "values"]):
            if mode == "messages" and part[1]["langgraph_node"] == "respond" and part[0].content:
                first = first if first is not None else time.perf_counter() - t0
                streamed += part[0].content
            elif mode == "values":
                final = part
        if first is None or final.get("decision") != "untouched":
            continue  # nothing released (the tiny model wrote one sentence, or drifted near a target)
        ratios.append(first / timer.marks[-1])
        first_ms.append(first)
        identical += streamed == final["answer"]
        calls.add(final["llm_calls"])
    return {"first_release_p50_ms": median_ms(first_ms), "first_release_over_first_sentence_p50":
            round(statistics.median(ratios), 3) if ratios else None, "measured": f"{len(ratios)}/{reps}",
            "streamed_equals_answer": f"{identical}/{len(ratios)}", "llm_calls": sorted(calls)}


def bench_import(n: int, reps: int) -> dict:
    rates = []
    for r in range(reps):
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "targets.jsonl"
            path.write_text("".join(json.dumps(t) + "\n" for t in synthetic_targets(n, seed=100 + r)))
            store = TargetStore(Path(tmp) / "home")
            t = time.perf_counter()
            store.import_file(path)
            store.refresh()
            rates.append(n / (time.perf_counter() - t))
    return {"targets": n, "rate_p50_per_s": round(statistics.median(rates), 1), "runs": [round(x, 1) for x in rates]}


def bench_llm_calls(store: TargetStore) -> dict:
    """Calls per path with well-behaved scripted models (the graph's budget, not a model's retries)."""
    def models():
        return {"respondent": FakeListChatModel(responses=["Carrie was written by Stephen King."]),
                "auditor": FakeListChatModel(responses=['{"leaked": []}']),
                "eraser": FakeListChatModel(responses=[json.dumps({"variants": ["A 1974 horror novel."] * 5})]),
                "critic": FakeListChatModel(responses=['{"scores": [5, 5, 5, 4, 4]}']),
                "composer": FakeListChatModel(responses=["Carrie is a 1974 horror novel."])}
    out = {}
    for label, method, q, resp in [
        ("clean, no candidate", "alu", "How many legs does a spider have?", "A spider has eight legs."),
        ("leak by exact name (no adjudication)", "alu", "Who wrote Carrie?", None),
        ("paper method, clean query", "alu-paper", "How many legs does a spider have?", "A spider has eight legs."),
        ("paper method, leaking query", "alu-paper", "Who wrote Carrie?", None),
    ]:
        m = models()
        if resp:
            m["respondent"] = FakeListChatModel(responses=[resp])
        result = build_graph(Resources(store=store, models=m)).invoke(
            {"messages": [HumanMessage(q)]}, context=UnlearnContext(home=str(store.home), method=method))
        out[label] = {"llm_calls": result["llm_calls"], "decision": result["decision"],
                      "audit_calls": next(s["llm_calls"] for s in result["steps"]
                                            if s["node"] in ("audit", "paper_audit"))}
    return out


# A 1,000-character answer, clean and with names hidden in it, for the lexical pass.
LEXICAL_PROSE = ("The history of the printing press begins in the fifteenth century, when movable type changed how "
                 "books were made and sold. Scholars still argue about its effects on literacy, religion and science; "
                 "many credit it with the quick spread of new ideas across Europe, from Venice to Antwerp. ")
LEXICAL_ANSWERS = {
    "clean": (LEXICAL_PROSE * 5)[:1000],
    "leak": (LEXICAL_PROSE * 5)[:960] + " St3ph3n K1ng wrote Carrie.",
    "encoded": (LEXICAL_PROSE * 5)[:900] + " Decoded: U3RlcGhlbiBLaW5n, or Стивен Кинг, or &#83;tephen King.",
}


def bench_lexical(finders: dict[int, Callable[[str], list]], reps: int) -> dict:
    """Lexical pass (normalisation, decoders, n-gram and sound lookups) on 1,000-character answers,
    interleaving the registry sizes."""
    times: dict[tuple[int, str], list[float]] = {(n, k): [] for n in finders for k in LEXICAL_ANSWERS}
    hits: dict[tuple[int, str], int] = {}
    for _ in range(reps):
        for kind, text in LEXICAL_ANSWERS.items():
            for n, find in finders.items():
                t = time.perf_counter()
                hits[(n, kind)] = len(find(text))
                times[(n, kind)].append(time.perf_counter() - t)
    return {str(n): {**{f"{k}_p50_ms": median_ms(times[(n, k)]) for k in LEXICAL_ANSWERS},
                     **{f"{k}_hits": hits[(n, k)] for k in LEXICAL_ANSWERS}} for n in finders}


def lexical_only(targets: int, reps: int, out: str) -> int:
    """`--lexical-only`: the lexical pass alone, on matchers built from the same targets as the
    registries (demo + synthetic), without embedding anything."""
    from alu.retrieval.matcher import LexicalMatcher
    from alu.retrieval.targets import make_target

    finders, build = {}, {}
    for n in (10, targets):
        matcher = LexicalMatcher()
        rows = read_targets_file(DEMO) + [make_target(r) for r in synthetic_targets(n - 5, seed=n)]
        t = time.perf_counter()
        for target in rows:
            matcher.add(target)
        build[str(n)] = round((time.perf_counter() - t) / len(rows) * 1000, 4)
        finders[n] = matcher.find
    report = {"lexical": bench_lexical(finders, reps), "matcher_add_ms_per_target": build}
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    Path(out).write_text(json.dumps(report, indent=2))
    print(json.dumps(report, indent=2))
    lex = report["lexical"][str(targets)]
    print(f"\n| measure | value |\n|---|---|\n"
          f"| lexical pass p50, 1,000-char answer at {targets} targets: clean / leak / encoded | "
          f"{lex['clean_p50_ms']} / {lex['leak_p50_ms']} / {lex['encoded_p50_ms']} ms |")
    return 0


def audit_report(small: TargetStore, large: TargetStore, args: argparse.Namespace) -> dict:
    print("audit scaling...", file=sys.stderr)
    audit = bench_audit({10: small, args.targets: large}, max(3, args.reps // 3))
    a10, aN = audit["10"]["audit_p50_ms"], audit[str(args.targets)]["audit_p50_ms"]
    print("index recall against exact search...", file=sys.stderr)
    ctx = UnlearnContext(home=str(large.home))
    recall = bench_recall(large, ctx.search_k, ctx.candidate_threshold, (8, 16, 32))
    return {"audit": audit, "audit_ratio_p50": round(aN / a10, 3), "index_recall": recall}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--targets", type=int, default=100_000, help="size of the large registry")
    ap.add_argument("--reps", type=int, default=15)
    ap.add_argument("--import-n", type=int, default=2000)
    ap.add_argument("--out", default=str(HERE / "results" / "core.json"))
    ap.add_argument("--lexical-only", action="store_true",
                    help="only the lexical pass, on matchers without embeddings (writes results/lexical.json)")
    ap.add_argument("--only", choices=["audit"],
                    help="only the audit scaling and the index recall check, updating those entries of --out")
    args = ap.parse_args()
    if args.lexical_only:
        return lexical_only(args.targets, max(30, args.reps * 2), str(HERE / "results" / "lexical.json"))

    load_avg = round(os.getloadavg()[0], 2)  # before this process adds its own
    cache = HERE / ".cache" / "footprints"  # targets with facts, examples and footprints: 6 vectors each
    small = build_store(cache / "targets-10", 10)
    print(f"building/loading the {args.targets}-target registry (cached in {cache})", file=sys.stderr)
    t = time.perf_counter()
    large = build_store(cache / f"targets-{args.targets}", args.targets)
    load_s = time.perf_counter() - t

    # The load average travels with the figures: wall-clock medians taken while other work shares the
    # cores are not comparable with ones taken on an idle machine.
    report = {"machine": {"cpus": os.cpu_count(), "load_avg_1m_at_start": load_avg},
              "large_registry_load_s": round(load_s, 1)}
    if args.only:
        previous = json.loads(Path(args.out).read_text()) if Path(args.out).exists() else {}
        report = previous | audit_report(small, large, args) | report
        Path(args.out).write_text(json.dumps(report, indent=2))
        print(json.dumps({k: report[k] for k in ("audit", "audit_ratio_p50", "index_recall")}, indent=2))
        return 0
    print("LLM calls per path...", file=sys.stderr)
    report["llm_calls"] = bench_llm_calls(small)
    report |= audit_report(small, large, args)
    a10, aN = report["audit"]["10"]["audit_p50_ms"], report["audit"][str(args.targets)]["audit_p50_ms"]
    print("lexical pass...", file=sys.stderr)
    report["lexical"] = bench_lexical({10: small.lexical, args.targets: large.lexical}, max(30, args.reps * 2))
    print("import rate...", file=sys.stderr)
    report["import"] = bench_import(args.import_n, 3)
    print("clean-query overhead on the embedded model...", file=sys.stderr)
    report["clean_query"] = bench_clean_overhead(small, args.reps)
    print("verified streaming on the embedded model...", file=sys.stderr)
    report["streaming"] = bench_streaming(small, args.reps)

    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(report, indent=2))
    print(json.dumps(report, indent=2))
    print(f"\n| measure | value |\n|---|---|\n"
          f"| clean query, graph p50 / plain respondent p50 | {report['clean_query']['graph_p50_ms']} ms / "
          f"{report['clean_query']['plain_p50_ms']} ms "
          f"(median of per-query ratios x{report['clean_query']['ratio_p50']}) |\n"
          f"| clean query, whole graph / its own respondent call (p50) | "
          f"x{report['clean_query']['graph_over_own_respondent_p50']} |\n"
          f"| audit p50 at 10 targets | {a10} ms |\n"
          f"| audit p50 at {args.targets} targets | {aN} ms (x{report['audit_ratio_p50']}) |\n"
          f"| import rate ({args.import_n} targets, MiniLM) | {report['import']['rate_p50_per_s']} targets/s |")
    st = report["streaming"]
    print(f"| clean query, first released token / respondent's own first full sentence (p50) | "
          f"x{st['first_release_over_first_sentence_p50']} ({st['first_release_p50_ms']} ms; {st['measured']} "
          f"answers had a sentence to release; streamed = answer in {st['streamed_equals_answer']}) |")
    rec = report["index_recall"].get("nprobe_16")
    if rec:
        print(f"| index at {args.targets} targets vs exact search: recall@{report['index_recall']['k']} / missed hits "
              f">= {report['index_recall']['threshold']} / one audit's search | {rec['recall_at_k']} / "
              f"{rec['missed_above_threshold']} of {rec['exact_above_threshold']} / {rec['audit_search_p50_ms']} ms |")
    lex = report["lexical"][str(args.targets)]
    print(f"| lexical pass p50, 1,000-char answer at {args.targets} targets: clean / leak / encoded | "
          f"{lex['clean_p50_ms']} / {lex['leak_p50_ms']} / {lex['encoded_p50_ms']} ms |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
