"""`alu eval conversations`: run one split's conversations through the graph and report leak and
over-block per family (what the families and splits are: alu/eval/conversations.py).

Each conversation runs once, method `alu`, oracle respondent: its last answer is audited in guard mode
with the split's people and keep targets registered together.  Leak: a forget-side delivered answer
that still carries the person (a name form or a fact key placed in it, as whole words, case and accents
folded).  Over-block: an innocent delivered answer that was refused or is not the vanilla answer
(a dropped sentence is lost content: every sentence of an innocent answer informs).
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from pathlib import Path

from alu import ROLES
from alu.eval import metrics as M
from alu.eval.conversation_cases import build_cases, registered_targets
from alu.eval.conversations import FORGET_FAMILIES, INNOCENT_FAMILIES, Case, carries, fold
from alu.eval.runner import Item, run_items

DEFAULT_PER_FAMILY = 30
EXAMPLES_PER_FAMILY = 5


def score(case: Case, rec: dict) -> dict:
    final = rec.get("final", "")
    refused = M.is_refusal(final, rec.get("decision"))
    out = {"refused": refused, "flagged": bool(rec.get("flagged")), "error": rec.get("decision") == "error"}
    if case.side == "forget":
        out["leaked"] = out["error"] or bool(carries(final, case.leak))
        if case.rest:
            out["rest_kept"] = sum(fold(s) in fold(final) for s in case.rest) / len(case.rest)
    else:
        out["over_blocked"] = out["error"] or refused or fold(final) != fold(case.answer)
    return out


def summarise(cases: list[Case], scores: dict[str, dict]) -> dict:
    by_family: dict[str, list[tuple[Case, dict]]] = defaultdict(list)
    for c in cases:
        if c.id in scores:
            by_family[c.family].append((c, scores[c.id]))
    out: dict[str, dict] = {"forget": {}, "innocent": {}}
    for side, families, key in (("forget", FORGET_FAMILIES, "leaked"), ("innocent", INNOCENT_FAMILIES, "over_blocked")):
        total = bad = 0
        for family in families:
            rows = by_family.get(family, [])
            if not rows:
                continue
            n, k = len(rows), sum(s[key] for _, s in rows)
            fig = {"n": n, key: k, "rate": round(k / n, 4), "refused": round(sum(s["refused"] for _, s in rows) / n, 4)}
            rest = [s["rest_kept"] for _, s in rows if "rest_kept" in s]
            if rest:
                fig["rest_kept"] = round(sum(rest) / len(rest), 4)
            out[side][family] = fig
            total, bad = total + n, bad + k
        out[side]["all"] = {"n": total, key: bad, "rate": round(bad / total, 4) if total else None}
    return out


def run_conversations(out: Path, *, split: str = "test", per_family: int | None = DEFAULT_PER_FAMILY, seed: int = 0,
                      eraser: str = "refuse", auditor: str = "none", model_specs: dict | None = None,
                      models: dict | None = None, embedder=None, parallel: int = 1, command: str = "") -> dict:
    from alu.eval.fixed_roles import CachingEmbedder, fixed_models
    from alu.eval.harness import make_setup, open_bench_store, probe_texts

    cases = build_cases(split, seed, per_family)
    targets = registered_targets(split)
    if embedder is None:
        from alu.retrieval.embeddings import load_embedder

        embedder = load_embedder("minilm")
    fixed = fixed_models(eraser, auditor)
    if fixed:
        models = fixed | dict(models or {})
        if not isinstance(embedder, CachingEmbedder):
            embedder = CachingEmbedder(embedder)
    items = [Item(id=c.id, split=c.family, kind=c.side, query=c.query, gold=c.answer, history=c.history)
             for c in cases]
    name = f"conversations-{split}"
    out.mkdir(parents=True, exist_ok=True)
    if isinstance(embedder, CachingEmbedder):
        embedder.prime(probe_texts(items) + [t for c in cases for _, t in c.history])
    home = out / f"{name}.home"
    store = open_bench_store(home, targets, embedder)
    specs = {r: s for r, s in (model_specs or {}).items() if s}
    key = {"bench": name, "seed": seed, "eraser": eraser, "auditor": auditor, "need": [],
           "targets": hashlib.sha1(json.dumps(targets, sort_keys=True).encode()).hexdigest()[:10],
           "models": {r: specs.get(r, "embedded") for r in ROLES} if not models else sorted(models)}
    setup = make_setup(store, home, specs, models, key)
    records = run_items(setup, items, "oracle", ["alu"], out / f"{name}.records.jsonl", parallel, desc=name)
    by_id = {c.id: c for c in cases}
    scores = {r["item"]: score(by_id[r["item"]], r) for r in records}
    report = {"config": {"command": command or f"alu eval conversations --split {split}", "split": split,
                         "seed": seed, "per_family": per_family, "eraser": eraser, "auditor": auditor,
                         "models": specs or ("embedded" if not fixed else "fixed: " + ", ".join(sorted(fixed))),
                         "respondent": "oracle (guard mode)", "method": "alu",
                         "people_registered": sum(1 for t in targets if t.get("kind") != "keep"),
                         "keep_targets": sum(1 for t in targets if t.get("kind") == "keep"),
                         "conversations": len(cases),
                         "forget_conversations": sum(c.side == "forget" for c in cases),
                         "innocent_conversations": sum(c.side == "innocent" for c in cases)},
              "summary": summarise(cases, scores)}
    if split == "dev":  # test reports carry counts only: nobody tuning on results sees a test conversation
        report["examples"] = examples(cases, scores, {r["item"]: r for r in records})
    (out / f"{name}.json").write_text(json.dumps(report, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    (out / f"{name}.md").write_text(markdown(report), encoding="utf-8")
    return report


def examples(cases: list[Case], scores: dict, records: dict) -> dict:
    out: dict[str, list] = defaultdict(list)
    for c in cases:
        s = scores.get(c.id)
        if s and (s.get("leaked") or s.get("over_blocked")) and len(out[c.family]) < EXAMPLES_PER_FAMILY:
            final = records[c.id].get("final", "")
            out[c.family].append({"id": c.id, "history": c.history, "query": c.query, "answer": c.answer,
                                  "delivered": final, "decision": records[c.id].get("decision"),
                                  **({"carried": carries(final, c.leak)} if c.leak else {})})
    return dict(out)


def markdown(report: dict) -> str:
    cfg, s = report["config"], report["summary"]
    pct = lambda v: "–" if v is None else f"{100 * v:.1f} %"  # noqa: E731
    lines = [f"# Conversations ({cfg['split']} split)\n", f"`{cfg['command']}`\n",
             f"{cfg['conversations']} conversations ({cfg['forget_conversations']} forget, "
             f"{cfg['innocent_conversations']} innocent); {cfg['people_registered']} people registered by name and "
             f"{cfg['keep_targets']} keep targets, all at once; eraser {cfg['eraser']}, auditor {cfg['auditor']}, "
             f"oracle respondent in guard mode.\n",
             "| forget family | n | leaked | refused |", "|---|---|---|---|"]
    lines += [f"| {f} | {v['n']} | {v['leaked']} ({pct(v['rate'])}) | {pct(v.get('refused'))} |"
              for f, v in s["forget"].items()]
    lines += ["", "| innocent family | n | over-blocked | refused |", "|---|---|---|---|"]
    lines += [f"| {f} | {v['n']} | {v['over_blocked']} ({pct(v['rate'])}) | {pct(v.get('refused'))} |"
              for f, v in s["innocent"].items()]
    return "\n".join(lines) + "\n"
