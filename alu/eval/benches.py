"""What each benchmark evaluates: its active targets and its items, sampled with a fixed seed."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from alu.eval import data as D
from alu.eval.metrics import mc_format
from alu.eval.runner import Item


@dataclass
class Group:
    """Items run against a registry of their own: holding only `target_ids`, calibrated on `calibration`."""

    name: str                  # its registry's folder under the bench's home
    target_ids: list[str]
    items: list[Item]
    # labelled questions for `alu targets calibrate` (never scored): {"forget": [{"text", "target"}], "keep": [...]}
    calibration: dict | None = None


@dataclass
class Plan:
    targets: list[dict]
    items: list[Item]
    notes: list[str] = field(default_factory=list)
    redact: bool = False       # keep no question or answer text in the records (hazardous sets)
    # each group runs against a registry of its own (None: every item sees all `targets`): RWKU's single-target
    # protocol; WMDP / MMLU use one group to carry their calibration data
    groups: list[Group] | None = None
    protocol: str = "all targets at once"


# WMDP topic targets are described by examples from a calibration split: a fixed, seeded fraction of each
# domain's questions that is never scored (alu/eval/topics.py says what else calibrates them).
CALIBRATION_FRACTION = 0.3
CALIBRATION_SEED = "alu-calibration-v1"


def calibration_split(n: int, salt: str, fraction: float = CALIBRATION_FRACTION) -> tuple[list[int], list[int]]:
    """(examples, tuning) row indices, disjoint, together `fraction` of range(n), fixed by CALIBRATION_SEED."""
    rng = random.Random(f"{CALIBRATION_SEED}:{salt}")
    picked = rng.sample(range(n), round(n * fraction))
    half = len(picked) // 2
    return sorted(picked[:half]), sorted(picked[half:])


def sample(rows: list, k: int | None, seed: int | str, salt: str) -> list:
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


# WMDP and MMLU register the hazard topics and calibrate on unscored data only (alu/eval/topics.py)
def wmdp(root, splits, limit, seed) -> Plan:
    from alu.eval import topics

    return topics.wmdp(root, splits, limit, seed)


def mmlu(root, splits, limit, seed) -> Plan:
    from alu.eval import topics

    return topics.mmlu(root, splits, limit, seed)


# ---- RWKU -----------------------------------------------------------------------------------
RWKU_DEFAULT_TARGETS = 5


def names_subject(subject: str, query: str, gold: str, answer: str) -> bool:
    """Does a neighbour probe need the forgotten subject's own name ("In Shrek, Donkey is voiced by ___ Murphy."
    → "Eddie") or spell it in the question or the gold answer?  A model that never learned the subject cannot
    give that answer, so such probes are reported as their own split rather than as knowledge to keep."""
    from alu.retrieval.normalize import canonical

    name = canonical(subject.split(",")[0])
    tokens = {t for t in name.split() if len(t) > 2}  # not initials
    return (f" {name} " in f" {canonical(query)} " or f" {name} " in f" {canonical(gold)} "
            or bool(set(canonical(answer).split()) & tokens))


def rwku(root, splits, limit, seed) -> Plan:
    # name-only, as a deletion request arrives ({"name": "Lil Wayne"}): no description, facts or examples,
    # so no probe is held out; name variants are derived at registration
    all_targets = [{"id": t["id"], "name": t["name"]} for t in D.bench_targets("rwku")]
    active = all_targets if limit is None else all_targets[:RWKU_DEFAULT_TARGETS]
    by_name = {t["name"]: t for t in active}
    by_target: dict[str, list[Item]] = {t["id"]: [] for t in active}
    named = 0
    for split in splits or list(D.RWKU_SPLITS):
        rows = [r for r in D.rwku_rows(root, split) if r["subject"] in by_name]
        for r in sample(rows, limit, seed, split):
            cloze = "___" in r["query"]
            query = f"Fill in the blank: {r['query']}" if cloze else r["query"]
            gold = r["query"].replace("___", r["answer"]) if cloze else r["answer"]
            t = by_name[r["subject"]]
            if split.startswith("forget"):
                item = Item(id=f"{split}:{r['row']}", split=split, kind="forget", query=query, gold=gold,
                            targets=[t["id"]], leak=surface(t), answers=[r["answer"]])
            else:
                own = names_subject(r["subject"], r["query"], gold, r["answer"])
                named += own
                item = Item(id=f"{split}:{r['row']}", split=f"{split}_names_subject" if own else split,
                            kind="retain", query=query, gold=gold, answers=[r["answer"]])
            by_target[t["id"]].append(item)
    groups = [Group(target_id, [target_id], items) for target_id, items in by_target.items() if items]
    notes = [f"active targets: {len(active)} RWKU subjects ({', '.join(by_name)})" if len(active) <= 10
             else f"active targets: all {len(active)} RWKU subjects",
             "single-target protocol (RWKU's main setting): each subject is forgotten on its own, and its forget "
             "and neighbour probes are asked with only that subject registered",
             "targets are name-only (no description, facts or examples): every probe is scored",
             f"{named} neighbour probes need the subject's own name or spell it (question or gold answer); a model "
             "that never learned the subject cannot give them, so they are the *_names_subject splits, not "
             "knowledge to keep",
             "forget level 3 (adversarial) probes are not shipped with the data"]
    return Plan(active, [it for g in groups for it in g.items], notes, groups=groups, protocol="single-target")


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
DEFAULT_LIMIT = {"tofu": 2, "wmdp": 2, "mmlu": 6, "rwku": 2, "wpu": 2, "attacks": 1, "rwku-attacks": 2}
