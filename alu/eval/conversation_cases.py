"""Building the conversations of one split (see alu/eval/conversations.py for the families and splits)."""

from __future__ import annotations

import math
import random
from collections.abc import Iterator

from alu.eval.conversations import (
    DATA,
    FORGET_FAMILIES,
    INNOCENT_FAMILIES,
    Case,
    Person,
    SplitData,
    fact_sentences,
    fill,
    load_split,
    misspelt_name,
    separated_name,
    shares_name,
    title_name,
)
from alu.retrieval.targets import slugify


def _rng(seed: int, split: str, family: str, key: str = "") -> random.Random:
    return random.Random(f"alu-conversations:{seed}:{split}:{family}:{key}")


# ---- forget side: one case per person and family ---------------------------------------------------

def _named_answer(p: Person, form: str, rng: random.Random, t: dict, n_facts: int = 3) -> tuple[str, list[str]]:
    """An answer that names the person (as `form`) and continues with pronouns and facts."""
    facts = list(p.facts[:n_facts])
    text = " ".join([fill(rng.choice(t["intro"]), p, name=form), *fact_sentences(p, facts, rng, t)])
    return text, [form, *(k for _, k in facts)]


def head_noun(role: str) -> str:
    """The noun a description of the person would use ("an English mathematician and codebreaker": mathematician)."""
    return role.split(" of ")[0].split(" and ")[-1].split()[-1]


def titled_form(p: Person, template: str) -> str:
    """A split's own title or initials form of the name ({title}, {initial}, {initials}, {family}): an address
    ('Dame Melba'), a citation ('Bose, S.'), initials run together ('G.Hopper') or every given initial ('S. N. Bose').
    Every form keeps the family name, which the family scores as carried."""
    title = p.title or ("Mr." if p.g == "m" else "Ms.")
    head = p.name[: -len(p.family)] if p.name.endswith(p.family) else p.given
    initials = " ".join(f"{w[0]}." for w in head.split() if w[:1].isupper()) or f"{p.given[0]}."
    return template.format(title=title, initial=p.given[0], initials=initials, family=p.family)


def _generic_query(p: Person, rng: random.Random, t: dict) -> str:
    return fill(rng.choice(t["generic"]), p)


def forget_case(family: str, p: Person, data: SplitData, rng: random.Random) -> Case:
    t = data.templates
    facts = list(p.facts)
    keys = [k for _, k in facts]
    tell = fill(rng.choice(t["tell"]), p)
    case = Case(id="", split=data.split, side="forget", family=family, history=[], query=tell, answer="",
                target=p.id)
    if family == "tell_about":
        case.answer, case.leak = _named_answer(p, p.name, rng, t)
    elif family in ("follow_up", "assistant_intro", "system_intro"):
        if family == "follow_up":
            case.history = [["human", tell], ["ai", rng.choice(t["non_answer"])]]
            if t.get("gap") and rng.random() < 0.3:  # small talk between the target's turn and the follow-up
                case.history += [list(turn) for turn in rng.choice(t["gap"])]
            case.query = fill(rng.choice(t["follow"]), p, f0=facts[0][0], noun=head_noun(p.role))
        elif family == "assistant_intro":
            case.history = [["human", fill(rng.choice(t["ask_name"]), p)], ["ai", fill(rng.choice(t["name_reply"]), p)]]
            case.query = fill(rng.choice(t["pronoun_ask"]), p)
        else:
            case.history = [["system", fill(rng.choice(t["system"]), p)]]
            case.query = fill(rng.choice(t["pronoun_ask"]), p)
        case.answer, case.leak = " ".join(fact_sentences(p, facts, rng, t)), keys
    elif family == "decline_inform":
        case.answer = " ".join([rng.choice(t["decline"]), *fact_sentences(p, facts[:2], rng, t)])
        case.leak = keys[:2]
    elif family == "in_passing":
        topic = data.topics[p.field]
        case.query = rng.choice(topic["questions"])
        sentences = list(topic["sentences"])
        mention = [fill(rng.choice(t["mention"]), p), *fact_sentences(p, facts[:1], rng, t)]
        cut = rng.randint(1, len(sentences) - 1)
        case.answer = " ".join([*sentences[:cut], *mention, *sentences[cut:]])
        case.leak, case.rest = [p.name, keys[0]], sentences
    elif family == "split_name":
        case.query = _generic_query(p, rng, t)
        first, second = fact_sentences(p, facts[:2], rng, t)
        case.answer = " ".join([fill(rng.choice(t["split_given"]), p), first,
                                fill(rng.choice(t["split_family"]), p), second])
        case.leak = [p.given, p.family, *keys[:2]]
    else:
        case.query = _generic_query(p, rng, t)
        if family == "title_initial" and t.get("title_forms"):
            form = titled_form(p, rng.choice(t["title_forms"]))
        else:
            form = {"misspelt": misspelt_name, "title_initial": title_name,
                    "mixed_separators": separated_name}[family](p, rng)
        case.answer, case.leak = _named_answer(p, form, rng, t, n_facts=2)
        if family == "title_initial":
            case.leak.append(p.family)
    return case


# ---- innocent side: pools of candidate conversations, sampled to the forget side's size ----------------

def _contexts(data: SplitData) -> list[list[list[str]]]:
    """Ways an innocent conversation may have begun: nothing, or small talk.  A turn about a registered
    person before an innocent question is the `after_target` family's alone, so each family measures one thing."""
    return [[], *([list(turn) for turn in pair] for pair in data.templates["smalltalk"])]


def _about(other: Person, tell: str, rng: random.Random, t: dict) -> tuple[str, str]:
    answer = " ".join([fill(rng.choice(t["intro"]), other), *fact_sentences(other, other.facts, rng, t)])
    return fill(tell, other), answer


def innocent_pool(family: str, data: SplitData, seed: int) -> Iterator[Case]:
    t = data.templates
    rng = _rng(seed, data.split, family, "pool")

    def case(history, query, answer, **kw) -> Case:
        return Case(id="", split=data.split, side="innocent", family=family, history=history, query=query,
                    answer=answer, **kw)

    if family == "homonym":
        for h in data.homonyms:
            for q in h["questions"]:
                for history in _contexts(data):
                    yield case(history, q, h["answer"])
    elif family in ("same_name", "unrelated_people"):
        want = family == "same_name"
        for other in data.others:
            if bool(shares_name(other, data.people)) != want:
                continue
            for history in _contexts(data):
                for tell in t["tell"]:
                    yield case(history, *_about(other, tell, rng, t))
    elif family == "after_target":
        for e in data.everyday:
            for q in e["questions"]:
                for p in rng.sample(data.people, min(20, len(data.people))):
                    history = [["human", fill(rng.choice(t["tell"]), p)], ["ai", rng.choice(t["non_answer"])]]
                    if t.get("ack") and rng.random() < 0.3:  # "Okay, thanks. <question>": a new topic all the same
                        q = f"{rng.choice(t['ack'])} {q}"
                    yield case(history, q, e["answer"])
    elif family == "alias_phrase":
        for ph in data.phrases:
            for q in ph["questions"]:
                for history in _contexts(data):
                    yield case(history, q, ph["answer"], alias=ph["alias"])


def _take(pool: list[Case], n: int | None, rng: random.Random) -> list[Case]:
    unique = list({json_key(c): c for c in pool}.values())
    rng.shuffle(unique)
    return unique[:n]


def json_key(c: Case) -> str:
    return repr((c.history, c.query, c.answer))


# ---- the split ----------------------------------------------------------------------------------------

def build_cases(split: str = "test", seed: int = 0, per_family: int | None = None, root=DATA) -> list[Case]:
    """Every case of the split (or the first `per_family` of each family), ids in a fixed order."""
    data = load_split(split, root)
    cases: list[Case] = []
    for family in FORGET_FAMILIES:
        rng = _rng(seed, split, family)
        made = [forget_case(family, p, data, rng) for p in data.people]
        _rng(seed, split, family, "order").shuffle(made)
        cases += _numbered(made, family, split, per_family)
    pools = {f: _take(list(innocent_pool(f, data, seed)), None, _rng(seed, split, f, "order"))
             for f in INNOCENT_FAMILIES}
    sizes = innocent_sizes({f: len(p) for f, p in pools.items()}, len(data.people) * len(FORGET_FAMILIES))
    for family, n in sizes.items():
        cases += _numbered(pools[family][:n], family, split, per_family)
    return cases


def innocent_sizes(available: dict[str, int], total: int) -> dict[str, int]:
    """An equal share of `total` per family; what a small family cannot fill goes to the others in turn."""
    sizes = {f: 0 for f in available}
    while sum(sizes.values()) < total:
        open_ = [f for f in available if sizes[f] < available[f]]
        if not open_:
            break
        share = max(1, math.ceil((total - sum(sizes.values())) / len(open_)))
        for f in open_:
            sizes[f] = min(available[f], sizes[f] + share, sizes[f] + total - sum(sizes.values()))
    return sizes


def _numbered(cases: list[Case], family: str, split: str, per_family: int | None) -> list[Case]:
    picked = cases if per_family is None else cases[:per_family]
    for n, c in enumerate(picked):
        c.id = f"{split}-{family}-{n:04d}"
    return picked


def registered_targets(split: str, root=DATA) -> list[dict]:
    """What the bench registers, all at once: every person of the split by name (with the everyday-phrase
    aliases some carry) and keep targets for the homonyms and other people the data marks `keep`."""
    data = load_split(split, root)
    out: list[dict] = [{"id": p.id, "name": p.name, **({"aliases": list(p.aliases)} if p.aliases else {})}
                       for p in data.people]
    keep: list[tuple[str, str]] = [(h["entity"], h["description"]) for h in data.homonyms if h.get("keep")]
    keep += [(o.name, f"{o.name}, {o.role}.") for o in data.others if o.keep]
    out += [{"id": f"keep-{slugify(name)}", "name": name, "kind": "keep", "description": d} for name, d in keep]
    return out

