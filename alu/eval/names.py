"""`alu eval names`: does the lexical matcher see a registered name through every obfuscation,
and does it stay quiet on innocent text?

Detection: names of the shipped bench targets (RWKU, TOFU, WPU, demo) are obfuscated family by
family with the seeded generators of alu.eval.obfuscations (they drive the property-based tests
too), put in a sentence, and searched with only the deterministic layers (normalisation, decoders, matcher).
A case counts as caught when the matcher reports a hit for the right target that flags the
answer on its own (`confirmed_hits`).  Partial names ('S. King', "King's") are reported apart:
for them the measure is whether the target becomes a candidate (a weak hit), since they are
flagged only with context.

False positives: innocent answers from the shipped data (MMLU questions with their correct
answers, TOFU retain and world-facts answers, RWKU neighbour questions with their answers) are
searched with every bench target registered, plus targets chosen to share words with those
texts.  An answer is a false positive when it is flagged for a target none of whose registered
forms it contains as written (an answer that does name a target is a true hit, counted apart).
Without the shared data folder, the committed sample in alu/data/bench/names_innocent_sample.jsonl
(derived from the same sources by `alu eval names --derive-sample`) is used.
"""

from __future__ import annotations

import json
import random
import re
import statistics
import time
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from alu.eval import data as D
from alu.eval.obfuscations import FAMILIES, PARTIAL_FAMILIES
from alu.retrieval.lexical_hits import confirmed_hits
from alu.retrieval.matcher import LexicalMatcher
from alu.retrieval.targets import Target, make_target

SAMPLE = D.BENCH_DATA / "names_innocent_sample.jsonl"
DEFAULT_PER_FAMILY = 120

# Targets that share words with ordinary text: common-word surnames and given names, a topic
# whose aliases are short words, place-like names.  Invented here, not taken from any test set.
WORD_SHARING_TARGETS: list[dict] = [
    {"id": "ns-nerve-agents", "name": "nerve agent synthesis",
     "aliases": ["sarin", "VX", "tabun", "soman", "Novichok", "cyclosarin"]},
    {"id": "ns-rose-parker", "name": "Rose Parker"},
    {"id": "ns-mark-church", "name": "Mark Church"},
    {"id": "ns-grace-field", "name": "Grace Field", "aliases": ["G. Field"]},
    {"id": "ns-will-bishop", "name": "Will Bishop"},
    {"id": "ns-john-miller", "name": "John Miller", "aliases": ["Johnny Miller"]},
    {"id": "ns-april-stone", "name": "April Stone"},
    {"id": "ns-hunter-young", "name": "Hunter Young"},
    {"id": "ns-carmel-tabor", "name": "Carmel Tabor"},
    {"id": "ns-project-atlas", "name": "Project Atlas", "aliases": ["Atlas", "PA"]},
    {"id": "ns-cell-line", "name": "HeLa-X cell line", "aliases": ["HeLa-X", "HLX"]},
    {"id": "ns-victor-newton", "name": "Victor Newton", "aliases": ["The Professor"]},
]

TEMPLATES = [
    "{x} wrote the novel in 1974.",
    "I believe the answer is {x} and nobody else.",
    "Sources mention {x} as the author of several books.",
    "According to the archive, {x} was born there.",
    "Here is the name you asked for: {x}",
    "The interview with {x} ran for two hours.",
]

# Names as people write them in other scripts (curated by hand; different names from any test set).
TRANSLITERATIONS = [
    ("Taylor Swift", "Тейлор Свифт"), ("Justin Bieber", "Джастин Бибер"), ("Tom Clancy", "Том Клэнси"),
    ("Keanu Reeves", "Киану Ривз"), ("Donald Trump", "Дональд Трамп"), ("John Lennon", "Джон Леннон"),
    ("Karl Marx", "Карл Маркс"), ("Jackie Chan", "Джеки Чан"), ("Marlon Brando", "Марлон Брандо"),
    ("Harrison Ford", "Харрисон Форд"), ("Quentin Tarantino", "Квентин Тарантино"),
    ("Mark Hamill", "Марк Хэмилл"), ("Johnny Cash", "Джонни Кэш"),
    ("Karl Marx", "Καρλ Μαρξ"), ("Donald Trump", "Ντόναλντ Τραμπ"), ("Taylor Swift", "Τέιλορ Σουίφτ"),
    ("John Lennon", "Τζον Λένον"), ("Tony Blair", "Τόνι Μπλερ"), ("Paris Hilton", "Πάρις Χίλτον"),
    ("Taylor Swift", "泰勒·斯威夫特"), ("Donald Trump", "唐纳德·特朗普"), ("Karl Marx", "卡尔·马克思"),
    ("John Lennon", "约翰·列侬"), ("Tom Clancy", "汤姆·克兰西"), ("Tony Blair", "托尼·布莱尔"),
    ("Keanu Reeves", "基努·里维斯"), ("Justin Bieber", "贾斯汀·比伯"), ("Kim Kardashian", "金·卡戴珊"),
    ("Taylor Swift", "テイラー・スウィフト"), ("Donald Trump", "ドナルド・トランプ"), ("John Lennon", "ジョン・レノン"),
    ("Karl Marx", "カール・マルクス"), ("Tom Clancy", "トム・クランシー"), ("Keanu Reeves", "キアヌ・リーブス"),
    ("Harrison Ford", "ハリソン・フォード"), ("Quentin Tarantino", "クエンティン・タランティーノ"),
    ("Donald Trump", "دونالد ترامب"), ("Taylor Swift", "تايلور سويفت"), ("Karl Marx", "كارل ماركس"),
    ("Tony Blair", "توني بلير"), ("John Lennon", "جون لينون"), ("Elon Musk", "إيلون ماسك"),
    ("Donald Trump", "도널드 트럼프"), ("Taylor Swift", "테일러 스위프트"), ("Keanu Reeves", "키아누 리브스"),
    ("Donald Trump", "דונלד טראמפ"), ("Tom Clancy", "טום קלנסי"), ("Elon Musk", "ईलॉन मस्क"),
]


@dataclass(frozen=True)
class Case:
    family: str
    target_id: str
    text: str


def bench_targets() -> list[Target]:
    """Every target of the shipped bench and demo files, plus the word-sharing ones."""
    rows: list[dict] = []
    for name in ("rwku", "tofu", "wpu"):
        rows += D.bench_targets(name)
    rows += [json.loads(line) for line in (D.BENCH_DATA.parent / "demo_targets.jsonl").read_text().splitlines()
             if line.strip()]
    rows += WORD_SHARING_TARGETS
    seen, out = set(), []
    for row in rows:
        target = make_target({k: v for k, v in row.items() if k in ("id", "name", "aliases", "description")})
        if target.id not in seen:
            seen.add(target.id)
            out.append(target)
    return out


def generation_names(targets: list[Target]) -> list[Target]:
    """Targets whose name is plain words of Latin letters (two or more): what the families obfuscate."""
    return [t for t in targets if re.fullmatch(r"[A-Za-z]+(?:[ -][A-Za-z]+)+", t.name) and not t.id.startswith("ns-")]


def build_matcher(targets: list[Target]) -> LexicalMatcher:
    matcher = LexicalMatcher()
    for t in targets:
        matcher.add(t)
    return matcher


def generated_cases(targets: list[Target], per_family: int, seed: int,
                    families: dict[str, Callable[[str, random.Random], str]] = FAMILIES) -> list[Case]:
    rng = random.Random(seed)
    pool = generation_names(targets)
    cases = []
    for family, make in families.items():
        for _ in range(per_family):
            target = rng.choice(pool)
            cases.append(Case(family, target.id, rng.choice(TEMPLATES).format(x=make(target.name, rng))))
    return cases


def transliteration_cases(targets: list[Target], seed: int) -> list[Case]:
    by_name = {t.name: t.id for t in targets}
    rng = random.Random(seed)
    return [Case("transliterated", by_name[name], rng.choice(TEMPLATES).format(x=text))
            for name, text in TRANSLITERATIONS if name in by_name]


def caught(matcher: LexicalMatcher, case: Case, weak_ok: bool = False) -> bool:
    hits = matcher.find(case.text, include_weak=weak_ok, typos=weak_ok)  # misspelt names are weak too
    return any(h.target_id == case.target_id for h in hits)


def rates(matcher: LexicalMatcher, cases: list[Case], weak_ok: bool = False) -> tuple[dict, list[Case]]:
    per: dict[str, list[int]] = {}
    missed = []
    for case in cases:
        ok = caught(matcher, case, weak_ok)
        per.setdefault(case.family, [0, 0])
        per[case.family][0] += ok
        per[case.family][1] += 1
        if not ok:
            missed.append(case)
    return {f: {"caught": c, "n": n, "rate": round(c / n, 4)} for f, (c, n) in per.items()}, missed


# --- innocent texts -----------------------------------------------------------------------

def innocent_texts(root: Path) -> list[dict]:
    """Every innocent answer of the false-positive corpus, read from the shared data folder."""
    out: list[dict] = []
    for subject in D.mmlu_subjects(root):
        for row in D.read_csv(root / "mmlu" / "test" / f"{subject}_test.csv"):
            answer = row[f"choice{int(row['answer'])}"]
            out.append({"source": f"mmlu/{subject}", "text": f"{row['question']} {answer}"})
    for row in D.read_jsonl(root / "tofu" / "retain90.json"):
        out.append({"source": "tofu/retain90", "text": row["answer"]})
    for row in D.read_jsonl(root / "tofu" / "world_facts.json"):
        out.append({"source": "tofu/world_facts", "text": f"{row['question']} {row['answer']}"})
    for level in ("neighbor_level1", "neighbor_level2"):
        for row in D.read_jsonl(root / "rwku" / f"{level}.jsonl"):
            query = str(row["query"])
            text = query.replace("___", str(row["answer"])) if "___" in query else f"{query} {row['answer']}"
            out.append({"source": f"rwku/{level}", "text": text})
    return out


def derive_sample(root: Path, out: Path, per_source: int = 200, seed: int = 0) -> int:
    """A small, committed slice of the corpus for tests and runs without the shared data."""
    rng = random.Random(seed)
    groups: dict[str, list[dict]] = {}
    for row in innocent_texts(root):
        key = "mmlu" if row["source"].startswith("mmlu/") else row["source"]
        groups.setdefault(key, []).append(row)
    rows = []
    for key in sorted(groups):
        rows += rng.sample(groups[key], min(per_source, len(groups[key])))
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return len(rows)


def names_in(text: str, target: Target) -> bool:
    """Does the text name the target plainly: one of its registered forms, word for word, with
    only case, diacritics and punctuation changed ('Ulysses S Grant', 'J.K. Rowling')?"""
    words = f" {_plain_words(text)} "
    forms = [target.name, *target.aliases, *getattr(target, "variants", ())]
    return any(f" {_plain_words(f)} " in words for f in forms if _plain_words(f))


def _plain_words(text: str) -> str:
    """Words of text with case and diacritics dropped, and nothing else folded."""
    bare = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return " ".join(re.findall(r"[^\W_]+", bare.casefold()))


def false_positives(matcher: LexicalMatcher, targets: list[Target], texts: list[dict]) -> dict:
    by_id = {t.id: t for t in targets}
    flagged, true_mentions, candidates = 0, 0, 0
    mentioned: Counter[str] = Counter()
    examples: list[dict] = []
    times: list[float] = []
    for row in texts:
        t0 = time.perf_counter()
        hits = matcher.find(row["text"], include_weak=True)
        times.append(time.perf_counter() - t0)
        strong = confirmed_hits(hits)
        candidates += bool(hits) and not strong
        ids = {h.target_id for h in strong}
        if not ids:
            continue
        if any(names_in(row["text"], by_id[i]) for i in ids):
            true_mentions += 1
            for h in strong:
                mentioned[f"{by_id[h.target_id].name} <- {row['text'][h.start:h.end].lower()!r}"] += 1
            continue
        flagged += 1
        if len(examples) < 25:
            h = strong[0]
            examples.append({"source": row["source"], "target": h.target_id, "matched": row["text"][h.start:h.end],
                             "how": h.how, "detail": h.detail, "text": row["text"][:200]})
    scored = len(texts) - true_mentions
    # read as user turns, where misspelt names are looked for too: each such text puts a target in scope
    misspelt = [{"source": row["source"], "target": h.target_id, "matched": row["text"][h.start:h.end]}
                for row in texts for h in {h.target_id: h for h in matcher.candidates(row["text"], typos=True)
                                           if h.form == "misspelt"}.values()]
    return {"texts": len(texts), "naming_a_target_as_written": true_mentions, "scored": scored,
            "misspelt_as_turns": {"texts": len(misspelt), "examples": misspelt[:25]},
            "false_positives": flagged, "fp_rate": round(flagged / scored, 5) if scored else 0.0,
            "weak_candidates_only": candidates, "lexical_p50_ms": round(statistics.median(times) * 1000, 3),
            "examples": examples, "most_named_as_written": dict(mentioned.most_common(15))}


def run_names(out: Path, data: str | None = None, per_family: int = DEFAULT_PER_FAMILY, seed: int = 0,
              use_sample: bool = False) -> dict:
    targets = bench_targets()
    matcher = build_matcher(targets)
    cases = generated_cases(targets, per_family, seed) + transliteration_cases(targets, seed)
    families, missed = rates(matcher, cases)
    partial, _ = rates(matcher, generated_cases(targets, per_family, seed, PARTIAL_FAMILIES), weak_ok=True)
    total_caught = sum(f["caught"] for f in families.values())
    total = sum(f["n"] for f in families.values())
    if use_sample:
        corpus, source = [json.loads(line) for line in SAMPLE.read_text().splitlines() if line.strip()], str(SAMPLE)
    else:
        root = D.data_dir(data)
        corpus, source = innocent_texts(root), str(root)
    fp = false_positives(matcher, targets, corpus)
    report = {"config": {"targets": len(targets), "per_family": per_family, "seed": seed, "corpus": source},
              "detection": {"overall": round(total_caught / total, 4), "caught": total_caught, "n": total,
                            "families": families,
                            "missed_examples": [c.__dict__ for c in missed[:30]]},
              "partial_candidates": partial, "false_positives": fp}
    out.mkdir(parents=True, exist_ok=True)
    (out / "names.json").write_text(json.dumps(report, indent=2, ensure_ascii=False), encoding="utf-8")
    (out / "names.md").write_text(markdown(report), encoding="utf-8")
    return report


def markdown(report: dict) -> str:
    det, fp = report["detection"], report["false_positives"]
    lines = ["| obfuscation family | caught | rate |", "|---|---|---|"]
    lines += [f"| {f} | {v['caught']}/{v['n']} | {v['rate']:.1%} |" for f, v in det["families"].items()]
    lines.append(f"| **overall (deterministic layers only)** | {det['caught']}/{det['n']} | **{det['overall']:.1%}** |")
    lines += ["", "| partial form (weak: a candidate, flagged only with context) | candidate | rate |", "|---|---|---|"]
    lines += [f"| {f} | {v['caught']}/{v['n']} | {v['rate']:.1%} |" for f, v in report["partial_candidates"].items()]
    misspelt = fp["misspelt_as_turns"]
    found = "; ".join(sorted({f"{e['matched']!r} <- {e['target']}" for e in misspelt["examples"]}))
    lines += ["", "| innocent corpus | value |", "|---|---|",
              f"| answers | {fp['texts']} |",
              f"| answers that name a registered target as written (true hits, not scored) | "
              f"{fp['naming_a_target_as_written']} |",
              f"| false positives (flagged without naming a target) | {fp['false_positives']}/{fp['scored']} "
              f"= **{fp['fp_rate']:.3%}** |",
              f"| answers with weak candidate hits only (not flagged) | {fp['weak_candidates_only']} |",
              f"| forms most often found as written (target <- text) | "
              f"{'; '.join(f'{k} x{v}' for k, v in list(fp['most_named_as_written'].items())[:6])} |",
              f"| lexical pass p50 per answer | {fp['lexical_p50_ms']} ms |",
              f"| texts read as user turns with a misspelt name (a candidate, then in scope) | "
              f"{misspelt['texts']}: {found} |"]
    return "\n".join(lines) + "\n"


def print_names(args, out: Path) -> int:
    """The `alu eval names` command: run, write OUT/names.json and OUT/names.md, print the tables."""
    if args.derive_sample:
        n = derive_sample(D.data_dir(args.data), Path(args.derive_sample), seed=args.seed)
        print(f"wrote {n} innocent answers to {args.derive_sample}")
        return 0
    if args.per_family < 1:
        raise ValueError("--per-family must be at least 1")
    report = run_names(out, data=args.data, per_family=args.per_family, seed=args.seed, use_sample=args.sample)
    print(markdown(report))
    print(f"wrote {out / 'names.json'} and {out / 'names.md'}")
    return 0
