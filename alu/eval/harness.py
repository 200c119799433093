"""run_bench: one benchmark, all requested methods and respondents, results and reports on disk."""

from __future__ import annotations

import hashlib
import importlib
import json
from pathlib import Path
from typing import Any

from alu import ROLES
from alu.eval import data as D
from alu.eval.benches import BENCHES, DEFAULT_LIMIT, Group, Plan
from alu.eval.report import write_outputs
from alu.eval.runner import METHODS, RESPONDENTS, Setup, fingerprint, run_items

# benches in modules of their own build on alu.eval.benches, so benches cannot list them: imported when asked for
ATTACK_BENCHES = {"attacks": ("alu.eval.attacks", "attacks"), "rwku-attacks": ("alu.eval.rwku_attacks", "rwku_attacks"),
                  "rwku": ("alu.eval.rwku_bench", "rwku")}


def plan_for(bench: str, root: Path, splits, limit, seed) -> Plan:
    if bench in ATTACK_BENCHES:
        module, name = ATTACK_BENCHES[bench]
        return getattr(importlib.import_module(module), name)(root, splits, limit, seed)
    if bench not in BENCHES:
        raise ValueError(f"unknown bench {bench!r}")
    return BENCHES[bench](root, splits, limit, seed)


def open_bench_store(home: Path, targets: list[dict], embedder):
    """A registry holding exactly the bench's active targets (others left from an earlier run go)."""
    from alu.retrieval.store import TargetStore

    store = TargetStore(home, embedder)
    wanted = {t["id"] for t in targets}
    stale = [t.id for t in store.all_targets() if t.id not in wanted]
    if stale:
        store.remove(stale)
    store.add(targets, replace=True)
    return store


# When a bench brings calibration data, topic probes are placed so that together they flag at most
# KEEP_LOSS_BUDGET of its keep questions (cross-validated); recalls are tried in turn for the fact/example
# thresholds, the first within the budget is stored (all chosen on calibration questions, never scored ones).
CALIBRATION_RECALLS = (0.97, 0.96, 0.95, 0.94, 0.93, 0.92, 0.9, 0.85, 0.8)
# three quarters of the 2 % that MMLU may lose: the rest covers the error of a cross-validated estimate
KEEP_LOSS_BUDGET = 0.015


def calibrate_bench(store, calibration: dict, keep_loss_budget: float = KEEP_LOSS_BUDGET) -> str:
    """Set the bench's thresholds with `alu targets calibrate`'s code; returns a note for the report."""
    from alu.calibration import CalibrationError, Labelled, calibrate, store_calibration

    items = [Labelled(x["text"], "forget", x.get("target"), x.get("group")) for x in calibration["forget"]]
    items += [Labelled(x["text"], "keep", None, x.get("group"), x.get("source")) for x in calibration["keep"]]
    errors = []
    for recall in CALIBRATION_RECALLS:
        try:
            result = calibrate(store, items, recall=recall, max_keep_loss=keep_loss_budget, keep_loss=keep_loss_budget,
                               groups=calibration.get("groups"))
        except CalibrationError as e:
            errors.append(str(e))
            continue
        store_calibration(store, result)
        per = [f"{t} probe threshold {v['threshold']:.4f} (cross-validated recall {v['recall']:.1%}, keep loss "
               f"{v['keep_loss']:.1%})" for t, v in result.probe_stats.items()]
        per += [f"{t} {v['flag']:.3f}" for t, v in result.per_target.items()]
        example = "" if result.threshold is None else f"; example threshold {result.threshold:.3f}"
        return (f"calibrated on {result.n_forget} forget / {result.n_keep} keep calibration questions and exemplars "
                f"(probes within a keep loss of {keep_loss_budget:.2%}): keep loss {result.keep_loss:.2%}{example}; "
                f"{'; '.join(per)}")
    return "calibration found no recall within the keep-loss budget: " + "; ".join(errors[-1:])


def probe_texts(items) -> list[str]:
    """What the graph will embed for each item: the user turn and each sentence of the oracle answer."""
    from alu.nodes.evidence import sentences

    out = []
    for item in items:
        out.append(item.query)
        out += [s for s, _, _ in sentences(item.gold)]
    return out


def make_setup(store, home: Path, model_specs: dict[str, str], models: dict | None, key: dict) -> Setup:
    from alu.graph.builder import build_graph
    from alu.graph.context import UnlearnContext
    from alu.graph.resources import Resources

    models = dict(models or {})
    # the harness is the operator: it reads which targets were flagged (the full evidence)
    operator: dict[str, Any] = {"evidence": "full"} if "evidence" in UnlearnContext.__dataclass_fields__ else {}
    roles: dict[str, Any] = {f"{r}_model": s for r, s in model_specs.items()}
    contexts = {m: UnlearnContext(method=m, home=str(home), embeddings=store.embedder.name, **operator, **roles)
                for m in ("alu", "alu-paper")}
    graph = build_graph(Resources(store=store, models=models))
    respondent = models.get("respondent")
    if respondent is None and "respondent" in key.get("need", []):
        from alu.models import load_chat_model

        respondent = load_chat_model(contexts["alu"].respondent_model)
    return Setup(graph=graph, store=store, contexts=contexts, respondent=respondent,
                 fingerprint=fingerprint(**{k: v for k, v in key.items() if k != "need"}))


def run_bench(bench: str, out: Path, *, respondents=("oracle",), methods=METHODS, limit: int | None = -1,
              seed: int = 0, splits=None, parallel: int = 1, data: str | None = None,
              model_specs: dict[str, str] | None = None, models: dict | None = None, embedder=None,
              command: str = "", eraser: str = "model", auditor: str = "model",
              keep_loss_budget: float = KEEP_LOSS_BUDGET) -> dict:
    """Run (or resume) a bench; limit -1 means the default size, None means everything (--full)."""
    unknown = [m for m in methods if m not in METHODS]
    if unknown:
        raise ValueError(f"unknown method(s) {', '.join(unknown)}; choose from {', '.join(METHODS)}")
    bad = [r for r in respondents if r not in RESPONDENTS]
    if bad:
        raise ValueError(f"unknown respondent(s) {', '.join(bad)}; choose from {', '.join(RESPONDENTS)}")
    if limit == -1:
        limit = DEFAULT_LIMIT[bench]
    root = D.data_dir(data)
    plan = plan_for(bench, root, splits, limit, seed)
    if not plan.items:
        raise ValueError(f"{bench}: the chosen splits hold no items")
    if embedder is None:
        from alu.retrieval.embeddings import load_embedder

        embedder = load_embedder("minilm")
    from alu.eval.fixed_roles import CachingEmbedder, fixed_models

    fixed = fixed_models(eraser, auditor)
    if fixed and not isinstance(embedder, CachingEmbedder):
        embedder = CachingEmbedder(embedder)  # detection-only runs are embedding-bound: batch them ahead
    if fixed:
        models = fixed | dict(models or {})
    home = out / f"{bench}.home"
    groups = plan.groups or [Group("", [t["id"] for t in plan.targets], plan.items)]
    out.mkdir(parents=True, exist_ok=True)
    if isinstance(embedder, CachingEmbedder):
        cache = out / f"{bench}.embeddings.npz"
        embedder.load(cache)
        if embedder.prime(probe_texts(plan.items)):
            embedder.save(cache)
    notes = list(plan.notes)
    by_id = {t["id"]: t for t in plan.targets}
    homes = [home / group.name if group.name else home for group in groups]
    stores = []
    for group, group_home in zip(groups, homes):
        group_store = open_bench_store(group_home, [by_id[t] for t in group.target_ids], embedder)
        if group.calibration:
            note = calibrate_bench(group_store, group.calibration, keep_loss_budget)
            notes.append(f"{group.name}: {note}" if len(groups) > 1 else note)
        stores.append(group_store)
    if isinstance(embedder, CachingEmbedder) and any(g.calibration for g in groups):
        embedder.save(out / f"{bench}.embeddings.npz")
    specs = {r: s for r, s in (model_specs or {}).items() if s}
    # what decides the flags: the targets and, where calibrated, their thresholds and probes (so a resumed run
    # never mixes records scored under another calibration)
    decides = [plan.targets, *(st.registry.meta("calibration") for g, st in zip(groups, stores) if g.calibration)]
    targets_hash = hashlib.sha1(json.dumps(decides, sort_keys=True).encode()).hexdigest()[:10]
    records = []
    for respondent in respondents:
        key = {"bench": bench, "seed": seed, "targets": targets_hash, "respondent": respondent,
               "models": {r: specs.get(r, "embedded") for r in ROLES} if not models else "injected",
               "eraser": eraser, "auditor": auditor, **({"protocol": plan.protocol} if plan.groups else {}),
               "need": ["respondent"] if respondent == "model" else []}
        path = out / f"{bench}.records.jsonl"
        for n, (group, group_home, group_store) in enumerate(zip(groups, homes, stores), 1):
            if not group.items:
                continue
            setup = make_setup(group_store, group_home, specs, models, key)
            desc = f"{bench} ({respondent})" + (f" {n}/{len(groups)}" if len(groups) > 1 else "")
            records += run_items(setup, group.items, respondent, list(methods), path, parallel, desc=desc)
    if plan.redact:
        records = [{k: v for k, v in r.items() if k not in ("final", "vanilla")} for r in records]
    config = {"command": command or f"alu eval {bench}", "seed": seed, "limit": limit, "splits": splits,
              "respondents": list(respondents), "methods": list(methods), "models": specs or "embedded",
              "targets": len(plan.targets), "items": len(plan.items), "data": str(root),
              "eraser": eraser, "auditor": auditor,
              "protocol": plan.protocol}
    if "prompt" in methods and "oracle" in respondents:
        notes.append("`prompt` is not applicable with the oracle respondent (a gold answer cannot follow a "
                     "system prompt); it appears only for the model respondent")
    return write_outputs(out, bench, config, records, notes, group="split", pools=plan.pools)

