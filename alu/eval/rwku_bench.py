"""`alu eval rwku`: all 200 RWKU subjects registered at once, by name only, as a deployment holds them.

Splits of the report (each a subset of one RWKU file):

- forget_level{1,2}_full_name / _other: the forget probes whose question spells the subject's full name, and
  the rest (a pronoun, a birth name, a work): a name matcher catches the first kind by construction;
- neighbor_level{1,2}: the neighbour probes a forgetting model must still answer;
- neighbor_level{1,2}_names_subject_<reason>: neighbour probes that need a registered subject's name
  (name_free.REASONS), reported apart and by reason, so what the exclusion removes is visible;
- forget_level2_name_free: level-2 probes that spell the name, with the name replaced by a description written
  from the subject's level-1 facts (those are then only description material, never scored in this split).

`alu eval rwku --splits single_target,...` runs the earlier protocol (one subject registered at a time).
"""

from __future__ import annotations

import random

from alu.eval import data as D
from alu.eval.benches import RWKU_DEFAULT_TARGETS, Group, Plan, sample, surface
from alu.eval.name_free import (
    NAME_WORD,
    REASONS,
    description,
    distinctive_phrases,
    facts_about,
    name_free,
    names_subject_reason,
    spells,
    subject_name,
)
from alu.eval.runner import Item
from alu.retrieval.footprint import MAX_ITEM_CHARS, MAX_ITEMS

NAME_FREE = "forget_level2_name_free"
SINGLE_TARGET = "single_target"   # not a split: asks for the one-subject-at-a-time protocol
# not splits either: each subject's level-1 items are cut in two halves (alternate rows); name-free descriptions
# come from one half only, and with FOOTPRINTS each subject is registered with an oracle footprint written from
# the other half (HALVES alone: the same descriptions, no footprints, the baseline)
FOOTPRINTS = "oracle_footprints"
HALVES = "footprint_halves"
# footprints from all of each subject's level-1 items, as the name-free descriptions are: the two then share their
# source, so this reads how well a footprint recalls a description it was written from, an upper bound
FOOTPRINTS_ALL = "oracle_footprints_all"
PSEUDO_SPLITS = (SINGLE_TARGET, FOOTPRINTS, HALVES, FOOTPRINTS_ALL)
SPLIT_CHOICES = (*D.RWKU_SPLITS, NAME_FREE)


def filled(r: dict) -> tuple[str, str]:
    """The probe as asked (clozes get an instruction) and its oracle answer (the completed sentence)."""
    if "___" in r["query"]:
        return f"Fill in the blank: {r['query']}", r["query"].replace("___", r["answer"])
    return r["query"], r["answer"]


def level1_statements(root) -> dict[str, list[str]]:
    """Each subject's level-1 facts as completed sentences: the material its name-free description is written
    from."""
    out: dict[str, list[str]] = {}
    for r in D.rwku_rows(root, "forget_level1"):
        out.setdefault(r["subject"], []).append(filled(r)[1])
    return out


def level1_halves(root) -> tuple[dict[str, list[dict]], dict[str, list[dict]]]:
    """Each subject's level-1 rows cut in two: (the footprint half: rows at even positions, the description half:
    the others), so that what a footprint knows and what a name-free question says come from different items."""
    by_subject: dict[str, list[dict]] = {}
    for r in D.rwku_rows(root, "forget_level1"):
        by_subject.setdefault(r["subject"], []).append(r)
    ordered = {s: sorted(rows, key=lambda r: r["row"]) for s, rows in by_subject.items()}
    return ({s: rows[0::2] for s, rows in ordered.items()}, {s: rows[1::2] for s, rows in ordered.items()})


def oracle_footprint(subject: str, rows: list[dict]) -> dict:
    """The footprint an enrichment model could write, written from level-1 items instead: their completed
    sentences as facts, the same with the name taken out as descriptions, and as keyphrases their answers and
    the titles and proper names their sentences mark, when distinctive (an uncommon word, no word of the name,
    not a sentence)."""
    name = subject_name(subject)
    statements = [s for s in (filled(r)[1] for r in rows) if len(s) <= MAX_ITEM_CHARS]
    keyphrases = distinctive_phrases([r["answer"] for r in rows], statements, [name])
    return {"facts": statements[:MAX_ITEMS], "descriptions": facts_about(statements, name, [])[:MAX_ITEMS],
            "keyphrases": keyphrases[:MAX_ITEMS], "source": "oracle: RWKU level-1 items (footprint half)"}


def name_free_items(root, by_name: dict, rows: list[dict], seed,
                    described_by: dict[str, list[dict]] | None = None) -> tuple[list[Item], int]:
    """Level-2 probes that spell the subject's name, asked with a description of the subject instead; the count
    of probes left out (no level-1 fact could describe the subject without naming it or giving the answer).
    `described_by`: the level-1 rows descriptions may use (default: all of them)."""
    facts = level1_statements(root) if described_by is None else {
        s: [filled(r)[1] for r in rows] for s, rows in described_by.items()}
    items, skipped = [], 0
    for r in rows:
        name = subject_name(r["subject"])
        if not spells(name, r["query"]):
            continue
        rng = random.Random(f"{seed}:name-free:{r['row']}")
        described = description(facts.get(r["subject"], []), name, [r["answer"]], rng)
        query = name_free(r["query"], name, described) if described else ""
        if not query:
            skipped += 1
            continue
        t = by_name[r["subject"]]
        items.append(Item(id=f"{NAME_FREE}:{r['row']}", split=NAME_FREE, kind="forget", query=query,
                          gold=r["answer"], targets=[t["id"]], leak=surface(t), answers=[r["answer"]]))
    return items, skipped


def rwku(root, splits, limit, seed) -> Plan:
    wanted = [s for s in (splits or [*D.RWKU_SPLITS, NAME_FREE]) if s not in PSEUDO_SPLITS]
    single = bool(splits) and SINGLE_TARGET in splits
    every = bool(splits) and FOOTPRINTS_ALL in splits
    footprints = every or bool(splits) and FOOTPRINTS in splits
    halves = not every and (footprints or bool(splits) and HALVES in splits)
    unknown = [s for s in wanted if s not in SPLIT_CHOICES]
    if unknown:
        raise D.DataError(f"unknown RWKU split {unknown[0]!r}; choose from {', '.join(SPLIT_CHOICES)} "
                          f"(and {SINGLE_TARGET} for the one-subject-at-a-time protocol, {FOOTPRINTS} or {HALVES} for "
                          "the footprint protocol)")
    wanted = wanted or [*D.RWKU_SPLITS, NAME_FREE]
    footprint_half, description_half = level1_halves(root) if halves else ({}, None)
    if every:
        footprint_half = {}
        for r in D.rwku_rows(root, "forget_level1"):
            footprint_half.setdefault(r["subject"], []).append(r)
    if halves or every:  # level-1 items are footprint and description material here, never scored
        wanted = [s for s in wanted if s != "forget_level1"]
    # name-only, as a deletion request arrives ({"name": "Lil Wayne"}): no description, facts or examples, so no
    # probe is held out; name variants are derived at registration
    registered = [{"id": t["id"], "name": t["name"]} | (
        {"footprint": oracle_footprint(t["name"], footprint_half.get(t["name"], []))} if footprints else {})
        for t in D.bench_targets("rwku")]
    # a sampled single-target run asks about a few subjects only; every other run registers all 200 and samples
    # the probes of all of them
    asked = registered[:RWKU_DEFAULT_TARGETS] if single and limit is not None else registered
    by_name = {t["name"]: t for t in asked}
    names = [subject_name(t["name"]) for t in (asked if single else registered)]
    items: list[Item] = []
    removed: dict[str, int] = {}
    skipped = 0
    owner: dict[str, str] = {}   # item id -> the subject it was asked about
    for split in wanted:
        source = "forget_level2" if split == NAME_FREE else split
        rows = [r for r in D.rwku_rows(root, source) if r["subject"] in by_name]
        if split == NAME_FREE:
            made, skipped = name_free_items(root, by_name, rows, seed, description_half)
            made = sample(made, limit, seed, split)
            owner.update((it.id, it.targets[0]) for it in made)
            items += made
            continue
        for r in sample(rows, limit, seed, split):
            query, gold = filled(r)
            t = by_name[r["subject"]]
            owner[f"{split}:{r['row']}"] = t["id"]
            if split.startswith("forget"):
                part = "full_name" if spells(subject_name(r["subject"]), r["query"]) else "other"
                items.append(Item(id=f"{split}:{r['row']}", split=f"{split}_{part}", kind="forget", query=query,
                                  gold=gold, targets=[t["id"]], leak=surface(t), answers=[r["answer"]]))
                continue
            # one subject registered: only its own name is out of reach; all registered: every subject's is
            reason = names_subject_reason(r["subject"], r["query"], gold, r["answer"], [] if single else names)
            removed[reason] = removed.get(reason, 0) + 1
            named = f"{split}_names_subject_{reason}" if reason in REASONS else f"{split}_{reason}" if reason else split
            items.append(Item(id=f"{split}:{r['row']}", split=named, kind="retain", query=query, gold=gold,
                              answers=[r["answer"]]))
    notes = [f"active targets: all {len(registered)} RWKU subjects, registered at once (one registry), name-only "
             "(no description, facts or examples)" if not single else
             f"single-target protocol: {len(asked)} RWKU subjects, each asked with only itself registered",
             "forget probes are split by whether the question spells the subject's full name (*_full_name) or not "
             "(*_other); the pooled rows below give forget L1+L2 overall",
             "neighbour probes that need a registered subject's name are the *_names_subject_<reason> splits: "
             + ", ".join(f"{k} {removed.get(k, 0)}" for k in REASONS)
             + " (own_name_asked / own_name_answered: the question / gold answer spells the subject's name; "
             "other_subject: the question or answer spells another registered subject's full name); the pooled "
             "rows give neighbours with and without them",
             f"{removed.get(NAME_WORD, 0)} neighbour probes whose answer only shares a word with the subject's name "
             f"(another person of the same surname) stay neighbours to keep: the *_{NAME_WORD} splits",
             "forget level 3 (adversarial) probes are not shipped with the data"]
    if NAME_FREE in wanted:
        notes.append(f"{NAME_FREE}: level-2 probes whose question spells the subject's name, asked with the name "
                     "replaced by 'this person' after two of the subject's level-1 facts (name taken out, never "
                     f"the probe's answer); {skipped} probes had no such fact and are left out")
    if every:
        notes.append("every subject registered with an oracle footprint written from all its level-1 items, the "
                     "same items the name-free descriptions are written from (an upper bound: a description the "
                     "footprint was written from); level-1 probes not scored")
    if halves:
        notes.append("footprint protocol: each subject's level-1 items cut in two halves (alternate rows); name-free "
                     "descriptions from one half only, level-1 probes not scored" + (
                         "; every subject registered with an oracle footprint written from the other half (facts: "
                         "its completed sentences, descriptions: the same without the name, keyphrases: its "
                         "distinctive answers)" if footprints else "; no footprints (the baseline)"))
    pools = rwku_pools({it.split for it in items})
    if single:
        groups = [Group(t["id"], [t["id"]], [it for it in items if owner[it.id] == t["id"]]) for t in asked]
        return Plan(asked, items, notes, groups=[g for g in groups if g.items], protocol="single-target",
                    pools=pools)
    return Plan(registered, items, notes, protocol="all targets at once", pools=pools)


def rwku_pools(splits: set[str]) -> dict[str, list[str]]:
    """Pooled rows of the report: forget L1+L2 and its two parts, neighbours with and without the names-subject
    split, and the names-subject split by reason."""
    def pick(test) -> list[str]:
        return sorted(s for s in splits if test(s))

    def names(s: str) -> bool:
        return "_names_subject_" in s

    pools = {"forget L1+L2": pick(lambda s: s.startswith("forget_level") and s != NAME_FREE),
             "forget L1+L2, question spells the full name": pick(lambda s: s.endswith("_full_name")),
             "forget L1+L2, question does not": pick(lambda s: s.startswith("forget_level") and s.endswith("_other")),
             "neighbours L1+L2, names-subject split apart": pick(lambda s: s.startswith("neighbor") and not names(s)),
             "neighbours L1+L2, every probe": pick(lambda s: s.startswith("neighbor")),
             "names-subject split (what it removes)": pick(names)}
    for reason in REASONS:
        pools[f"names-subject split: {reason}"] = pick(lambda s, r=reason: s.endswith(f"_names_subject_{r}"))
    return {k: v for k, v in pools.items() if v}
