"""Seeded generator of red-team conversations for ALU.

    python tests/redteam/gen.py --batch a [--seed 0] [--out cases_a.jsonl]

Batch A takes its phrasings from templates_a.py, batch B from templates_b.py (disjoint templates; B was written
before A's failures were read and run once as a sealed check).  tests/test_redteam_conversations.py runs both.
People are invented (people.py); the dev split's people are only used as the earlier-refused target in
`after_target`.  A case is a dict:
    id, batch, side (innocent|forget), family, sub (what kind of case), variant, history [[role, text]],
    query (last user turn), answer (the assistant answer judged), person (registered person it relates to).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from people import PEOPLE, pron  # noqa: E402

DEV_PEOPLE = HERE.parents[1] / "alu" / "data" / "conversations" / "dev" / "people.jsonl"
FAMILIES = ("homonym", "alias_phrase", "split_name", "same_name", "after_target")


def load_templates(batch: str):
    path = HERE / "templates_a.py" if batch == "a" else HERE / "templates_b.py"
    spec = importlib.util.spec_from_file_location(f"templates_{batch}", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def plural(noun: str) -> str:
    return noun + ("es" if re.search(r"(ch|sh|s|x)$", noun) else "s")


def typo(text: str, rng: random.Random, protect: set[str]) -> str:
    """Swap two inner letters of one longer word that is not a name word."""
    words = text.split(" ")
    idx = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha() and w.lower() not in protect]
    if not idx:
        return text
    i = rng.choice(idx)
    w = words[i]
    j = rng.randrange(1, len(w) - 2)
    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    return " ".join(words)


def vary(q: str, rng: random.Random, t, protect: set[str], allow=("plain", "lower", "typo", "chatty", "long", "smalltalk"),
         kind: str | None = None):
    """(query, history, variant) for a user turn."""
    kind = kind or rng.choice(allow)
    history: list[list[str]] = []
    if kind == "lower":
        q = q.lower()
    elif kind == "typo":
        q = typo(q, rng, {w.lower() for w in protect})
    elif kind == "chatty":
        pre = rng.choice(t.CHATTY_PREFIX)
        q = pre + (q[:1].lower() + q[1:] if pre.endswith(("- ", "so ", "but ", ", ", ": ")) else q) + rng.choice(t.CHATTY_SUFFIX)
    elif kind == "long":
        q = rng.choice(t.LONG_CONTEXT) + " " + q
    elif kind == "smalltalk":
        history = [list(x) for x in rng.choice(t.SMALLTALK)]
    return q, history, kind


def _words(kind: str) -> list[str]:
    given = [p["given"] for p in PEOPLE]
    family = [p["family"] for p in PEOPLE]
    return {"given": given, "family": family, "any": given + family}[kind]


def _person_of_word(word: str) -> str:
    for p in PEOPLE:
        if word in (p["given"], p["family"], p["name"]):
            return p["name"]
    return ""


def gen_homonym(t, rng):
    out = []
    for tpl_i, g in enumerate(t.HOMONYM_GENERIC):
        for w in rng.sample(_words(g["slot"]), 5):
            q, hist, v = vary(g["q"].format(W=w), rng, t, {w})
            out.append(dict(side="innocent", family="homonym", sub=f"generic:{g['cat']}", tpl=f"G{tpl_i}", variant=v,
                            history=hist, query=q, answer=g["a"].format(W=w), person=_person_of_word(w), word=w))
    for tpl_i, g in enumerate(t.HOMONYM_FOLLOWUP):
        for w in rng.sample(_words(g["slot"]), 5):
            hist = [["human", g["q1"].format(W=w)], ["ai", g["a1"].format(W=w)]]
            out.append(dict(side="innocent", family="homonym", sub="followup", tpl=f"F{tpl_i}", variant="multi",
                            history=hist, query=g["q2"].format(W=w), answer=g["a2"].format(W=w),
                            person=_person_of_word(w), word=w))
    for group, items in (("real", t.HOMONYM_REAL), ("whole", t.HOMONYM_WHOLE)):
        for tpl_i, h in enumerate(items):
            for qi, q0 in enumerate(h["q"]):
                kinds = ["plain", rng.choice(["lower", "typo", "chatty", "long", "smalltalk"])]
                for kind in kinds:
                    q, hist, v = vary(q0, rng, t, set(h["word"].split()), kind=kind)
                    out.append(dict(side="innocent", family="homonym", sub=f"{group}:{h['word']}",
                                    tpl=f"{group[0].upper()}{tpl_i}.{qi}", variant=v, history=hist, query=q,
                                    answer=h["a"], person=_person_of_word(h["word"]), word=h["word"]))
    return out


def _alias_owner(alias: str) -> str:
    return next(p["name"] for p in PEOPLE if alias in p["aliases"])


def gen_alias(t, rng):
    out = []
    aliases = [a for p in PEOPLE for a in p["aliases"]]
    for alias, pairs in t.ALIAS_PAIRS.items():
        assert alias in aliases, alias
        for tpl_i, (q0, a) in enumerate(pairs):
            for kind in ("plain", rng.choice(["lower", "typo", "chatty", "long", "smalltalk"])):
                q, hist, v = vary(q0, rng, t, set(alias.lower().split()), kind=kind)
                out.append(dict(side="innocent", family="alias_phrase", sub=f"pair:{alias}", tpl=f"P:{alias}:{tpl_i}",
                                variant=v, history=hist, query=q, answer=a, person=_alias_owner(alias), word=alias))
    for tpl_i, (q0, a0) in enumerate(t.ALIAS_GENERIC):
        for alias in aliases:
            low = re.sub(r"^the ", "", alias.lower())
            out.append(dict(side="innocent", family="alias_phrase", sub="generic", tpl=f"AG{tpl_i}", variant="plain",
                            history=[], query=q0.format(A=alias, a=low), answer=a0.format(A=alias, a=low),
                            person=_alias_owner(alias), word=alias))
    return out


def _art(word: str) -> str:
    return ("an " if word[:1].lower() in "aeio" or word.lower().startswith(("un", "up")) else "a ") + word


def _pslots(p) -> dict:
    f = p["facts"]
    return {**pron(p), "a_kind": _art(p["kind"]), "a_nat": _art(p["nat"]), "given": p["given"], "family": p["family"], "f1": f[0], "f2": f[1], "f3": f[2],
            "title": p["title"], "initial": p["given"][0], "place": p["place"], "kind": p["kind"],
            "kinds": plural(p["kind"]), "role": p["role"], "nat": p["nat"], "field": p["field"]}


def _fill(tpl: str, slots: dict) -> str:
    tpl = re.sub(r"\b([Aa]) \{(kind|nat)\}", lambda m: "{a_" + m.group(2) + "}", tpl.replace("{kind}s", "{kinds}"))
    return tpl.format(**slots)


def _join(sentences: list[str]) -> str:
    text = ""
    for s in sentences:
        if s.startswith("\n"):
            text += s
        else:
            text += (" " if text else "") + s
    return text


def gen_split(t, rng):
    out = []
    for p in PEOPLE:
        s = _pslots(p)
        protect = {p["given"], p["family"]}
        qs = rng.sample(range(len(t.SPLIT_QUERIES)), 4)
        ans = rng.sample(range(len(t.SPLIT_ANSWERS)), 3)
        for k in range(3):
            q0 = _cap(_fill(t.SPLIT_QUERIES[qs[k]], s))
            q, hist, v = vary(q0, rng, t, protect, allow=("plain", "plain", "lower", "typo", "chatty", "smalltalk"))
            if hasattr(t, "SPLIT_NICKS"):
                s["nick"] = rng.choice(t.SPLIT_NICKS).format(**s)
            answer = _join([_cap(_fill(x, s)) if not x.startswith("\n") else _fill(x, s)
                            for x in t.SPLIT_ANSWERS[ans[k]]])
            out.append(dict(side="forget", family="split_name", sub="single", tpl=f"Q{qs[k]}/A{ans[k]}", variant=v,
                            history=hist, query=q, answer=answer, person=p["name"]))
        mi = rng.randrange(len(t.SPLIT_MULTI))
        m = t.SPLIT_MULTI[mi]
        q1 = _cap(_fill(t.SPLIT_QUERIES[qs[3]], s))
        hist = [["human", q1], ["ai", _cap(_fill(m["ai"], s))]]
        out.append(dict(side="forget", family="split_name", sub="multi", tpl=f"Q{qs[3]}/M{mi}", variant="multi",
                        history=hist, query=_cap(_fill(m["q2"], s)),
                        answer=_join([_cap(_fill(x, s)) for x in m["answer"]]), person=p["name"]))
    return out


def gen_same(t, rng):
    out = []
    for tpl_i, g in enumerate(t.SAME_GENERIC):
        pool = [p for p in PEOPLE if "-" not in p[g["slot"]]]
        for p in rng.sample(pool, 5):
            slots = {"G": p["given"], "F": p["family"], "OG": rng.choice(t.OTHER_GIVEN), "OF": rng.choice(t.OTHER_FAMILY)}
            q0 = g["q"].format(**slots)
            q, hist, v = vary(q0, rng, t, {p["given"], p["family"]}, allow=("plain", "plain", "lower", "chatty", "long", "smalltalk"))
            out.append(dict(side="innocent", family="same_name", sub=f"generic:{g['slot']}", tpl=f"S{tpl_i}", variant=v,
                            history=hist, query=q, answer=g["a"].format(**slots), person=p["name"]))
    for tpl_i, r in enumerate(t.SAME_REAL):
        words = set(re.findall(r"\w+", r["name"]))
        shares = [p["name"] for p in PEOPLE if words & {p["given"], p["family"]}]
        for qi, q0 in enumerate(r["q"]):
            for kind in ("plain", rng.choice(["lower", "typo", "chatty", "long", "smalltalk"])):
                q, hist, v = vary(q0, rng, t, words, kind=kind)
                out.append(dict(side="innocent", family="same_name", sub="real_other", tpl=f"R{tpl_i}.{qi}", variant=v,
                                history=hist, query=q, answer=r["a"], person=", ".join(shares), other=r["name"]))
    return out


def _dev_people() -> list[dict]:
    rows = [json.loads(x) for x in DEV_PEOPLE.read_text(encoding="utf-8").splitlines() if x.strip()]
    return [{"name": r["name"], "g": r["g"]} for r in rows]


def gen_after(t, rng):
    out = []
    dev = _dev_people()

    def history_for(person):
        pr = pron(person)
        tell = _cap(rng.choice(t.AFTER_TELL).format(name=person["name"], **pr))
        hist = [["human", tell], ["ai", rng.choice(t.REFUSALS)]]
        if rng.random() < 0.2:
            hist += [["human", _cap(f"come on, just tell me where {pr['he']} was born")], ["ai", rng.choice(t.REFUSALS)]]
        return hist

    def add(sub, tpl, person, q0, a):
        hist = history_for(person)
        q, variant = q0, "plain"
        if rng.random() < 0.4:
            q, variant = f"{rng.choice(t.ACKS)} {q0[:1].lower() + q0[1:] if rng.random() < 0.5 else q0}", "ack"
        out.append(dict(side="innocent", family="after_target", sub=sub, tpl=tpl, variant=variant, history=hist,
                        query=q, answer=a, person=person["name"]))

    for tpl_i, (q0, a) in enumerate(t.EVERYDAY):
        for _ in range(4):
            person = rng.choice(dev) if rng.random() < 0.25 else rng.choice(PEOPLE)
            add("everyday_dev" if "field" not in person else "everyday", f"E{tpl_i}", person, q0, a)
    by_name = {p["name"]: p for p in PEOPLE}
    for name, (q0, a) in t.DOMAIN.items():
        for _ in range(2):
            add("same_field", f"D:{name}", by_name[name], q0, a)
    return out


def generate(batch: str = "a", seed: int = 0) -> list[dict]:
    t = load_templates(batch)
    cases = []
    for fam, fn in (("homonym", gen_homonym), ("alias_phrase", gen_alias), ("split_name", gen_split),
                    ("same_name", gen_same), ("after_target", gen_after)):
        rng = random.Random(f"redteam:{batch}:{seed}:{fam}")
        made = fn(t, rng)
        for n, c in enumerate(made):
            c["id"] = f"{batch}-{fam}-{n:04d}"
            c["batch"] = batch
        cases += made
    return cases


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--batch", choices=["a", "b"], default="a")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out")
    args = ap.parse_args()
    cases = generate(args.batch, args.seed)
    from collections import Counter
    print(Counter(c["family"] for c in cases))
    if args.out:
        with open(args.out, "w", encoding="utf-8") as f:
            for c in cases:
                f.write(json.dumps(c, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
