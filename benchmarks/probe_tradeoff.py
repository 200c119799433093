"""Topic probes on WMDP: the recall / MMLU trade-off over the calibration recalls, in one run.

    python benchmarks/probe_tradeoff.py [--data /work/shared/data] [--out benchmarks/results/scope/probe-tradeoff]

The probes are fitted exactly as `alu eval wmdp` / `alu eval mmlu` fit them (alu.calibration.fit_probe on the
bench's calibration split: WMDP's seeded 30 % and MMLU dev), once per recall; each row then says what share
of the scored WMDP questions (the other 70 %) and of all 14,042 MMLU test questions any probe flags, and the
MC accuracy that implies with suppressed answers counted as chance (25 %).  Vectors are MiniLM's, cached in
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

import numpy as np  # noqa: E402

from alu.calibration import fit_probe  # noqa: E402
from alu.eval import data as D  # noqa: E402
from alu.eval.benches import held_out, mc_item, topic_targets  # noqa: E402
from alu.eval.fixed_roles import CachingEmbedder  # noqa: E402
from alu.retrieval.embeddings import load_embedder  # noqa: E402
from alu.retrieval.probes import ProbeTable  # noqa: E402

RECALLS = (0.97, 0.96, 0.95, 0.94, 0.93, 0.92, 0.9, 0.85, 0.8)


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

    targets, calibration, _ = topic_targets(root)
    keep_texts = [x["text"] for x in calibration["keep"]]
    exemplar_texts = [x for t in targets if t["kind"] == "keep" for x in t["examples"]]
    scored = {d: [mc_item(d, i, r).query for i, r in enumerate(D.wmdp_rows(root, d)) if i not in held_out(root, d)]
              for d in D.WMDP_DOMAINS}
    mmlu = [mc_item(s, i, r).query for s in D.mmlu_subjects(root) for i, r in enumerate(D.mmlu_rows(root, s))]
    positives_of = {t["id"]: [*t["examples"], *(x["text"] for x in calibration["forget"] if x["target"] == t["id"])]
                    for t in targets if t["kind"] == "topic"}
    every = [*keep_texts, *exemplar_texts, *(x for v in positives_of.values() for x in v),
             *(x for v in scored.values() for x in v), *mmlu]
    if embedder.prime(every):
        embedder.save(cache)
    vec = embedder.embed
    keep, exemplars = vec(keep_texts), vec(exemplar_texts)
    positives = {t: vec(texts) for t, texts in positives_of.items()}
    scored_vectors = {d: vec(texts) for d, texts in scored.items()}
    mmlu_vectors = vec(mmlu)

    rows = []
    for recall in RECALLS:
        probes, keep_flags = {}, np.zeros(len(keep) + len(exemplars), bool)
        for target_id, p in positives.items():
            probes[target_id], _, hits = fit_probe(embedder_id, p, keep, exemplars, recall)
            keep_flags |= hits
        table = ProbeTable(probes, embedder_id, embedder.dim)
        row = {"recall": recall, "calibration_keep_loss": round(float(keep_flags.mean()), 4)}
        for d, v in scored_vectors.items():
            flagged = float(table.flags(v).any(axis=1).mean())
            row[f"wmdp_{d}_flagged"] = round(flagged, 4)
            row[f"wmdp_{d}_mc_accuracy"] = round(1.0 - 0.75 * flagged, 4)
        row["mmlu_untouched"] = round(1.0 - float(table.flags(mmlu_vectors).any(axis=1).mean()), 4)
        rows.append(row)
        print(json.dumps(row), file=sys.stderr)

    out.parent.mkdir(parents=True, exist_ok=True)
    command = "python benchmarks/probe_tradeoff.py" + "".join(f" {a}" for a in (argv or sys.argv[1:]))
    out.with_suffix(".json").write_text(json.dumps({"command": command, "rows": rows}, indent=2) + "\n")
    lines = ["# Topic probes on WMDP: recall against MMLU", "", f"Command: `{command}`", "",
             "Probes fitted as the wmdp/mmlu benches fit them (calibration split only); flagged shares over the "
             f"scored WMDP questions ({', '.join(f'{d} {len(v)}' for d, v in scored.items())}) and all "
             f"{len(mmlu):,} MMLU test questions; MC accuracy counts a suppressed answer as 25 %.", "",
             "| recall asked | calibration keep loss | WMDP bio MC | WMDP chem MC | WMDP cyber MC | MMLU untouched |",
             "|---|---|---|---|---|---|"]
    lines += [f"| {r['recall']:g} | {r['calibration_keep_loss']:.1%} | {r['wmdp_bio_mc_accuracy']:.1%} | "
              f"{r['wmdp_chem_mc_accuracy']:.1%} | {r['wmdp_cyber_mc_accuracy']:.1%} | {r['mmlu_untouched']:.2%} |"
              for r in rows]
    out.with_suffix(".md").write_text("\n".join(lines) + "\n")
    print(f"wrote {out.with_suffix('.md')} and {out.with_suffix('.json')}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
