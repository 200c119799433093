"""MiniLM forward passes: the fixed cost of a pass, the cost of a token, and length groups.

    python benchmarks/embed_groups.py [--reps 15] [--runtimes] [--out benchmarks/results/embed_groups.json]

Fits CPU time of one single-threaded forward pass as `pass + tokens x per_token` over batches of
several sizes and lengths (PASS_COST_TOKENS in retrieval/embeddings.py is their ratio), then
embeds batches like those `alu serve` coalesces under load (10 queries, each a question and its
answer's sentences, texts from a few tokens to a long sentence) in one padded pass and in the
length groups `length_groups` chooses.  CPU time (thread time) and medians of interleaved
repetitions, because the machine may be shared.

--runtimes compares the two runtimes instead: process CPU time of `_one_batch` (length groups) in
torch and in ONNX Runtime on load-like batches of 1, 3, 10 and 20 texts, the two interleaved.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

import numpy as np

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

from alu.retrieval.embeddings import ONNX_INPUTS, MiniLMEmbedder, length_groups  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from load import CLEAN, write_result  # noqa: E402  (the load benchmark's queries)

WORDS = ("water boils at one hundred degrees celsius at sea level while the pressure of the air above "
         "it stays the same as on an ordinary day by the coast").split()


def cpu_ms(fn, reps: int) -> float:
    times = []
    for _ in range(reps):
        t0 = time.thread_time()
        fn()
        times.append((time.thread_time() - t0) * 1000)
    return statistics.median(times)


def queries_batch(rng: random.Random, queries: int = 10) -> list[str]:
    """The texts of `queries` concurrent guard-mode queries, every one new (a ticket number in each)."""
    texts = []
    for _ in range(queries):
        question, answer = rng.choice(CLEAN)
        ticket = rng.randrange(10 ** 9)
        texts += [f"{question} (ticket {ticket})", f"Ticket {ticket}: {answer}", f"Ticket {ticket} is answered."]
    return texts


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--reps", type=int, default=15)
    p.add_argument("--out", type=Path)
    p.add_argument("--runtimes", action="store_true", help="torch against ONNX Runtime, CPU per batch")
    args = p.parse_args()
    import torch

    embedder = MiniLMEmbedder()
    torch.set_num_threads(1)  # as the server embeds a coalesced batch of up to SMALL_BATCH texts
    if args.runtimes:
        write_result(compare_runtimes(embedder, args.reps), args.out)
        return 0
    embedder._session = None  # the torch passes these figures calibrate
    model = embedder._model

    def forward(texts: list[str]) -> None:
        with torch.inference_mode():
            model(model.preprocess(texts))

    # fixed and per-token cost of a pass
    points = []
    for size in (1, 4, 16):
        for words in (6, 14, 28):
            texts = [" ".join(WORDS[:words])] * size
            tokens = size * int(model.preprocess(texts)["attention_mask"].shape[1])
            forward(texts)
            points.append((tokens, cpu_ms(lambda texts=texts: forward(texts), args.reps)))
    x = np.array([t for t, _ in points], float)
    y = np.array([ms for _, ms in points])
    pass_ms, token_ms = np.linalg.lstsq(np.vstack([np.ones_like(x), x]).T, y, rcond=None)[0]

    # one padded pass against length groups, on load-like batches
    rng = random.Random(0)
    batches = [queries_batch(rng) for _ in range(4)]
    single, grouped = [], []
    for texts in batches:
        embedder._one_batch(texts)
        for _ in range(args.reps):  # interleaved, so both see the same machine
            t0 = time.thread_time()
            forward(texts)
            single.append((time.thread_time() - t0) * 1000)
            t0 = time.thread_time()
            embedder._one_batch(texts)
            grouped.append((time.thread_time() - t0) * 1000)
    lengths = [model.preprocess(b)["attention_mask"].sum(dim=1).tolist() for b in batches]
    result = {
        "pass_ms": round(float(pass_ms), 2), "token_ms": round(float(token_ms), 4),
        "pass_cost_tokens": round(float(pass_ms / token_ms), 1),
        "load_batch": {"texts": len(batches[0]),
                       "groups": [len(length_groups(ls)) for ls in lengths],
                       "one_pass_ms": round(statistics.median(single), 1),
                       "grouped_ms": round(statistics.median(grouped), 1)},
        "reps": args.reps, "cpus": os.cpu_count(),
    }
    write_result(result, args.out)
    return 0


def compare_runtimes(embedder: MiniLMEmbedder, reps: int) -> dict:
    """Median process CPU ms per batch in each runtime (the same texts, interleaved), and their ratio."""
    if embedder._session is None:
        raise SystemExit("ONNX Runtime is not in use (ALU_EMBED_RUNTIME=torch, or onnxruntime missing)")
    session = embedder._session
    model = embedder._model
    points = []  # ONNX Runtime's fixed and per-token cost of a pass (ONNX_PASS_COST_TOKENS is their ratio)
    for size in (1, 4, 16):
        for words in (6, 14, 28):
            features = model.preprocess([" ".join(WORDS[:words])] * size)
            feed = {k: features[k].numpy() for k in ONNX_INPUTS}
            session.run(None, feed)
            tokens = size * int(features["attention_mask"].shape[1])
            points.append((tokens, cpu_ms(lambda feed=feed: session.run(None, feed), reps)))
    x = np.array([t for t, _ in points], float)
    pass_ms, token_ms = np.linalg.lstsq(np.vstack([np.ones_like(x), x]).T, np.array([ms for _, ms in points]),
                                        rcond=None)[0]
    rng = random.Random(0)
    sizes = {}
    for size in (1, 3, 10, 20):
        times: dict[str, list[float]] = {"torch": [], "onnx": []}
        for rep in range(reps + 1):
            texts = queries_batch(rng, 7)[:size]  # new texts each repetition, as under load
            for runtime in ("torch", "onnx"):
                embedder._session = session if runtime == "onnx" else None
                t0 = time.process_time()
                embedder._one_batch(texts)
                if rep:  # the first is a warm-up
                    times[runtime].append((time.process_time() - t0) * 1000)
        torch_ms, onnx_ms = (statistics.median(times[r]) for r in ("torch", "onnx"))
        sizes[size] = {"torch_ms": round(torch_ms, 2), "onnx_ms": round(onnx_ms, 2),
                       "torch_over_onnx": round(torch_ms / onnx_ms, 2)}
    embedder._session = session
    return {"onnx_pass_ms": round(float(pass_ms), 2), "onnx_token_ms": round(float(token_ms), 4),
            "onnx_pass_cost_tokens": round(float(pass_ms / token_ms), 1),
            "cpu_ms_per_batch": sizes, "reps": reps, "cpus": os.cpu_count()}


if __name__ == "__main__":
    sys.exit(main())
