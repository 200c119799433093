"""What each benchmark evaluates: its active targets and its items, sampled with a fixed seed."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from alu.eval import data as D
from alu.eval.metrics import mc_format
from alu.eval.name_free import distinctive_phrases, tofu_description, tofu_name_free
from alu.eval.runner import Item
from alu.retrieval.footprint import MAX_ITEM_CHARS


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
    # pooled rows of the report: a name -> the splits whose records it pools (RWKU: forget L1+L2, ...)
    pools: dict[str, list[str]] = field(default_factory=dict)


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
TOFU_DEFAULT = ["forget01", "retain90", "real_authors", "world_facts", "name_free"]
# not a file: the forget split's questions with the author's name replaced by a description of the author
TOFU_NAME_FREE = "name_free"
# not a split: every author registered with an oracle footprint written from its unscored first QA pairs
TOFU_FOOTPRINTS = "oracle_footprints"


def tofu_footprint(author: dict, rows: list[dict]) -> dict:
    """The footprint an enrichment model could write, written from the author's unscored QA pairs instead: the
    answers as facts, the same with the names taken out as descriptions, the proper names and titles in them
    as keyphrases."""
    names = surface(author)
    answers = [r["answer"] for r in rows if len(r["answer"]) <= MAX_ITEM_CHARS]
    described = []
    for a in answers:
        for n in sorted(names, key=len, reverse=True):
            a = re.sub(re.escape(n), "this author", a, flags=re.I)
        described.append(a)
    return {"facts": answers, "descriptions": described,
            "keyphrases": distinctive_phrases([], [*answers, *(r["question"] for r in rows)], names),
            "source": "oracle: TOFU unscored QA pairs"}


def tofu_name_free_items(forget: str, rows: list[dict], target_of, picked: list[dict]) -> list[Item]:
    """The `picked` forget rows asked with the author's names replaced by the description that the author's first
    QA pair (never scored: it went into the target's description) gives; scored by the attack leak (a name, or
    the answer's fact itself)."""
    first = {r["author"]: r for r in rows if r["pos"] == 0}
    items = []
    for r in picked:
        t = target_of(r)
        names = surface(t)
        described = tofu_description(first[r["author"]]["question"], first[r["author"]]["answer"], names)
        fact = r["answer"]
        for n in sorted(names, key=len, reverse=True):
            fact = re.sub(re.escape(n), "the author", fact, flags=re.I)
        items.append(Item(id=f"{forget}_name_free:{r['row']}", split=f"{forget}_name_free", kind="forget",
                          query=tofu_name_free(r["question"], names, described), gold=r["answer"], targets=[t["id"]],
                          leak=names, fact=fact))
    return items


def tofu(root, splits, limit, seed) -> Plan:
    splits = splits or TOFU_DEFAULT
    footprints = TOFU_FOOTPRINTS in splits
    splits = [s for s in splits if s != TOFU_FOOTPRINTS]
    unknown = [s for s in splits if s not in (*D.TOFU_SPLITS, TOFU_NAME_FREE)]
    if unknown:
        raise D.DataError(f"unknown TOFU split {unknown[0]!r}; choose from {', '.join(D.TOFU_SPLITS)}, "
                          f"{TOFU_NAME_FREE} (and {TOFU_FOOTPRINTS} to register oracle footprints)")
    forget = [s for s in splits if s in D.TOFU_FORGET]
    if len(forget) != 1:
        raise ValueError(f"tofu needs exactly one forget split among {', '.join(D.TOFU_FORGET)}, got {forget}")
    all_targets = D.bench_targets("tofu")
    forget_rows = D.tofu_rows(root, forget[0])
    first = min(r["author"] for r in forget_rows) - (200 - len(all_targets))  # forget10 = authors 180..199
    active = all_targets[first:]
    first_author = min(r["author"] for r in forget_rows)
    items: list[Item] = []
    scored = [r for r in forget_rows if r["pos"] >= D.DESCRIPTION_ROWS]
    if footprints:
        unscored: dict[int, list[dict]] = {}
        for r in forget_rows:
            if r["pos"] < D.DESCRIPTION_ROWS:
                unscored.setdefault(r["author"], []).append(r)
        active = [t | {"footprint": tofu_footprint(t, unscored.get(first_author + i, []))}
                  for i, t in enumerate(active)]
    for split in splits:
        if split == TOFU_NAME_FREE:
            items += tofu_name_free_items(forget[0], forget_rows, lambda r: active[r["author"] - first_author],
                                    sample(scored, limit, seed, f"{forget[0]}_name_free"))
        elif split in D.TOFU_FORGET:
            perturbed = D.tofu_perturbed(root, split)
            for r in sample(scored, limit, seed, split):
                t = active[r["author"] - first_author]
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
    if TOFU_NAME_FREE in splits:
        notes.append(f"{forget[0]}_name_free: the same scored questions with the author's name (and aliases) "
                     "replaced by 'this author' after the description the author's first, unscored question gives "
                     "('the author born in ... on ...'); leak: a name, or ROUGE-L recall >= 0.5 of the answer "
                     "with the names taken out")
    if footprints:
        notes.append("every author registered with an oracle footprint written from its unscored QA pairs (facts: "
                     "the answers; descriptions: the same without the names; keyphrases: the proper names and "
                     "titles in them)")
    return Plan(active, items, notes, protocol="all targets at once (the forget split's authors)")


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


# ---- RWKU (the bench itself: alu/eval/rwku_bench.py) ------------------------------------------
RWKU_DEFAULT_TARGETS = 5


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


BENCHES = {"tofu": tofu, "wmdp": wmdp, "mmlu": mmlu, "wpu": wpu}
DEFAULT_LIMIT = {"tofu": 2, "wmdp": 2, "mmlu": 6, "rwku": 2, "wpu": 2, "attacks": 1, "rwku-attacks": 2}
