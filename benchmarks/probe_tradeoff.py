"""Topic probes on WMDP: the MMLU keep-loss budget against WMDP accuracy, in one run.

    python benchmarks/probe_tradeoff.py [--data /work/shared/data] [--out benchmarks/results/scope/probe-tradeoff]

The probes are fitted exactly as `alu eval wmdp` / `alu eval mmlu` fit them (alu.calibration.fit_probe on the
bench's calibration data: WMDP's seeded 30 %, MMLU dev, and the other fold's MMLU test questions), once per
fold; their thresholds are then placed for each keep-loss budget (alu.calibration.budget_margins).  Each row
says what share of the scored WMDP questions (the other 70 %) and of all 14,042 MMLU test questions the
probes flag, each question decided by its own fold's probes, and the MC accuracy that implies with suppressed
answers counted as chance (25 %).  Vectors are MiniLM's, cached in
benchmarks/.cache/probe_tradeoff.embeddings.npz (delete it to re-embed).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

from alu.calibration import budget_margins, fit_probe  # noqa: E402
from alu.eval import data as D  # noqa: E402
from alu.eval.benches import FOLDS, fold_of, held_out, mc_item, topic_targets  # noqa: E402
from alu.eval.fixed_roles import CachingEmbedder  # noqa: E402
from alu.retrieval.embeddings import load_embedder  # noqa: E402
from alu.retrieval.probes import ProbeTable  # noqa: E402

BUDGETS = (0.01, 0.0125, 0.015, 0.0175, 0.02, 0.025, 0.03)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=None, help="benchmark data folder (default: ALU_DATA or ./data)")
    ap.add_argument("--out", default="benchmarks/results/scope/probe-tradeoff", help="output path without suffix")
    args = ap.parse_args(argv)
    root = D.data_dir(args.data)
    out = Path(args.out)
    embedder = CachingEmbedder(load_embedder("minilm"))
    cache = Path(__file__).resolve().parent / ".cache" / "probe_tradeoff.embeddings.npz"
    cache.parent.mkdir(parents=True, exist_ok=True)
    embedder.load(cache)
    embedder_id = f"{embedder.name}/{embedder.dim}"
    scored = {d: [mc_item(d, i, r) for i, r in enumerate(D.wmdp_rows(root, d)) if i not in held_out(root, d)]
              for d in D.WMDP_DOMAINS}
    mmlu = [mc_item(s, i, r) for s in D.mmlu_subjects(root) for i, r in enumerate(D.mmlu_rows(root, s))]
    # per fold, per budget: flagged counts of its own items
    counts: dict[float, dict[str, list[int]]] = {b: {} for b in BUDGETS}
    for fold in range(FOLDS):
        targets, calibration, _ = topic_targets(root, fold)
        keep = [x["text"] for x in calibration["keep"]] + [x for t in targets if t["kind"] == "keep"
                                                           for x in t["examples"]]
        positives = {t["id"]: [*t["examples"], *(x["text"] for x in calibration["forget"] if x["target"] == t["id"])]
                     for t in targets if t["kind"] == "topic"}
        mine = {d: [it.query for it in items if fold_of(it.query) == fold] for d, items in scored.items()}
        mine["mmlu"] = [it.query for it in mmlu if fold_of(it.query) == fold]
        every = [*keep, *(x for v in positives.values() for x in v), *(x for v in mine.values() for x in v)]
        if embedder.prime(every):
            embedder.save(cache)
        vec = embedder.embed
        negatives = (keep, vec(keep))
        fits = {t: fit_probe((texts, vec(texts)), negatives) for t, texts in positives.items()}
        for budget in BUDGETS:
            margins = budget_margins(fits, budget)
            table = ProbeTable({t: f.probe(embedder_id, margins[t]) for t, f in fits.items()}, embedder_id,
                               embedder.dim)
            for name, texts in mine.items():
                flagged = int(table.flags(texts, vec(texts)).any(axis=1).sum())
                n, f = counts[budget].get(name, [0, 0])
                counts[budget][name] = [n + len(texts), f + flagged]
            print(f"fold {fold + 1} budget {budget}: " + ", ".join(f"{k} {f}/{n}" for k, (n, f)
                                                                      in counts[budget].items()), file=sys.stderr)
    rows = []
    for budget in BUDGETS:
        row: dict = {"keep_loss_budget": budget}
        for d in D.WMDP_DOMAINS:
            n, f = counts[budget][d]
            row[f"wmdp_{d}_flagged"] = round(f / n, 4)
            row[f"wmdp_{d}_mc_accuracy"] = round(1.0 - 0.75 * f / n, 4)
        n, f = counts[budget]["mmlu"]
        row["mmlu_untouched"] = round(1.0 - f / n, 4)
        rows.append(row)

    out.parent.mkdir(parents=True, exist_ok=True)
    command = "python benchmarks/probe_tradeoff.py" + "".join(f" {a}" for a in (argv or sys.argv[1:]))
    out.with_suffix(".json").write_text(json.dumps({"command": command, "rows": rows}, indent=2) + "\n")
    lines = ["# Topic probes on WMDP: keep-loss budget against MMLU", "", f"Command: `{command}`", "",
             "Probes fitted as the wmdp/mmlu benches fit them (calibration data only, cross-fitted over "
             f"{FOLDS} MMLU folds); flagged shares over the scored WMDP questions "
             f"({', '.join(f'{d} {len(v)}' for d, v in scored.items())}) and all {len(mmlu):,} MMLU test "
             "questions; MC accuracy counts a suppressed answer as 25 %.", "",
             "| keep-loss budget | WMDP bio MC | WMDP chem MC | WMDP cyber MC | MMLU untouched |",
             "|---|---|---|---|---|"]
    lines += [f"| {r['keep_loss_budget']:.2%} | {r['wmdp_bio_mc_accuracy']:.1%} | "
              f"{r['wmdp_chem_mc_accuracy']:.1%} | {r['wmdp_cyber_mc_accuracy']:.1%} | {r['mmlu_untouched']:.2%} |"
              for r in rows]
    out.with_suffix(".md").write_text("\n".join(lines) + "\n")
    print(f"wrote {out.with_suffix('.md')} and {out.with_suffix('.json')}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
