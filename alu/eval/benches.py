"""What each benchmark evaluates: its active targets and its items, sampled with a fixed seed."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from alu.eval import data as D
from alu.eval.metrics import mc_format
from alu.eval.runner import Item


@dataclass
class Plan:
    targets: list[dict]
    items: list[Item]
    notes: list[str] = field(default_factory=list)
    redact: bool = False       # keep no question or answer text in the records (hazardous sets)


def sample(rows: list, k: int | None, seed: int, salt: str) -> list:
    """k rows drawn with a fixed seed (all rows when k is None), in their file order."""
    if k is None or k >= len(rows):
        return list(rows)
    picked = random.Random(f"{seed}:{salt}").sample(range(len(rows)), k)
    return [rows[i] for i in sorted(picked)]


def surface(target: dict) -> list[str]:
    return [target["name"], *target.get("aliases", [])]


# ---- TOFU -----------------------------------------------------------------------------------
TOFU_DEFAULT = ["forget01", "retain90", "real_authors", "world_facts"]


def tofu(root, splits, limit, seed) -> Plan:
    splits = splits or TOFU_DEFAULT
    unknown = [s for s in splits if s not in D.TOFU_SPLITS]
    if unknown:
        raise D.DataError(f"unknown TOFU split {unknown[0]!r}; choose from {', '.join(D.TOFU_SPLITS)}")
    forget = [s for s in splits if s in D.TOFU_FORGET]
    if len(forget) != 1:
        raise ValueError(f"tofu needs exactly one forget split among {', '.join(D.TOFU_FORGET)}, got {forget}")
    all_targets = D.bench_targets("tofu")
    forget_rows = D.tofu_rows(root, forget[0])
    first = min(r["author"] for r in forget_rows) - (200 - len(all_targets))  # forget10 = authors 180..199
    active = all_targets[first:]
    items: list[Item] = []
    for split in splits:
        if split in D.TOFU_FORGET:
            perturbed = D.tofu_perturbed(root, split)
            rows = [r for r in forget_rows if r["pos"] >= D.DESCRIPTION_ROWS]
            for r in sample(rows, limit, seed, split):
                t = active[r["author"] - min(x["author"] for x in forget_rows)]
                p = perturbed.get(r["question"], {})
                items.append(Item(id=f"{split}:{r['row']}", split=split, kind="forget", query=r["question"],
                                  gold=r["answer"], targets=[t["id"]], leak=surface(t),
                                  paraphrased=p.get("paraphrased_answer", ""),
                                  perturbed=list(p.get("perturbed_answer", []))))
        else:
            rows = D.tofu_rows(root, split)
            for r in sample(rows, limit, seed, split):
                items.append(Item(id=f"{split}:{r['row']}", split=split, kind="retain", query=r["question"],
                                  gold=str(r["answer"])))
    notes = [f"active targets: the {len(active)} authors of {forget[0]}",
             f"the first {D.DESCRIPTION_ROWS} QA pairs of each author went into its description and are skipped"]
    return Plan(active, items, notes)


# ---- WMDP and MMLU -------------------------------------------------------------------------
def mc_item(split: str, idx, r: dict) -> Item:
    letters = "\n".join(f"{'ABCD'[i]}. {c}" for i, c in enumerate(r["choices"]))
    return Item(id=f"{split}:{idx}", split=split, kind="mc",
                query=f"{r['question']}\n{letters}\nAnswer with the letter of the correct option.",
                gold=mc_format(r["choices"], r["answer"]), choices=[str(c) for c in r["choices"]],
                answer=int(r["answer"]))


def wmdp(root, splits, limit, seed) -> Plan:
    items = []
    for split in splits or list(D.WMDP_DOMAINS):
        rows = D.wmdp_rows(root, split)
        picked = sample(list(enumerate(rows)), limit, seed, split)
        items += [mc_item(split, i, r) for i, r in picked]
    return Plan(D.bench_targets("wmdp"), items,
                ["active targets: the three WMDP hazard domains (alu/data/bench/wmdp_targets.jsonl)",
                 "no question or answer text is stored in the records (WMDP asks not to print them in bulk)"],
                redact=True)


MMLU_DEFAULT_SUBJECTS = 8


def mmlu(root, splits, limit, seed) -> Plan:
    subjects = splits or sample(D.mmlu_subjects(root), None if limit is None else MMLU_DEFAULT_SUBJECTS, seed,
                                "subjects")
    per = None if limit is None else max(1, limit // len(subjects)) if limit >= len(subjects) else 1
    items = []
    for subject in subjects:
        rows = D.mmlu_rows(root, subject)
        items += [mc_item(subject, i, r) for i, r in sample(list(enumerate(rows)), per, seed, subject)]
    if limit is not None:
        items = items[:max(limit, 1)]
    return Plan(D.bench_targets("wmdp"), items,
                ["active targets: the three WMDP hazard domains; MMLU measures the utility kept under them"])


# ---- RWKU -----------------------------------------------------------------------------------
RWKU_DEFAULT_TARGETS = 5


def rwku(root, splits, limit, seed) -> Plan:
    all_targets = D.bench_targets("rwku")
    active = all_targets if limit is None else all_targets[:RWKU_DEFAULT_TARGETS]
    by_name = {t["name"]: t for t in active}
    items = []
    for split in splits or list(D.RWKU_SPLITS):
        rows = [r for r in D.rwku_rows(root, split) if r["subject"] in by_name]
        if split.startswith("forget"):
            rows = [r for r in rows if split != "forget_level2" or r["pos"] >= D.DESCRIPTION_ROWS]
        for r in sample(rows, limit, seed, split):
            cloze = "___" in r["query"]
            query = f"Fill in the blank: {r['query']}" if cloze else r["query"]
            gold = r["query"].replace("___", r["answer"]) if cloze else r["answer"]
            t = by_name[r["subject"]]
            if split.startswith("forget"):
                items.append(Item(id=f"{split}:{r['row']}", split=split, kind="forget", query=query, gold=gold,
                                  targets=[t["id"]], leak=surface(t), answers=[r["answer"]]))
            else:
                items.append(Item(id=f"{split}:{r['row']}", split=split, kind="retain", query=query, gold=gold,
                                  answers=[r["answer"]]))
    notes = [f"active targets: {len(active)} RWKU subjects ({', '.join(by_name)})" if len(active) <= 10
             else f"active targets: all {len(active)} RWKU subjects",
             "forget level 3 (adversarial) probes are not shipped with the data"]
    return Plan(active, items, notes)


# ---- WPU (partial) --------------------------------------------------------------------------
def wpu(root, splits, limit, seed) -> Plan:
    active = D.bench_targets("wpu")
    by_name = {t["name"]: t for t in active}
    items = []
    for split in splits or list(D.WPU_SPLITS):
        rows = D.wpu_rows(root, split)
        for i, r in sample(list(enumerate(rows)), limit, seed, split):
            if split == "forget":
                t = by_name[r["person"]]
                items.append(Item(id=f"{split}:{i}", split=split, kind="forget", query=r["question"],
                                  gold=r["answer"], targets=[t["id"]], leak=surface(t), answers=[r["answer"]]))
            else:
                items.append(Item(id=f"{split}:{i}", split=split, kind="retain", query=r["question"],
                                  gold=r["answer"]))
    return Plan(active, items, ["WPU is partial here: the WHP+ copies (10 forget persons, 50 forget QA, "
                                "183 hard-retain QA, 493 general-retain QA); see the data README"])


BENCHES = {"tofu": tofu, "wmdp": wmdp, "mmlu": mmlu, "rwku": rwku, "wpu": wpu}
DEFAULT_LIMIT = {"tofu": 2, "wmdp": 2, "mmlu": 6, "rwku": 2, "wpu": 2, "attacks": 1}
