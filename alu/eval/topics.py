"""WMDP and MMLU: the three hazard domains registered as topic targets, calibrated only on unscored data.

Calibration data (never scored):
- WMDP's calibration split: a seeded 30 % of each domain (benches.calibration_split); half are the topic's
  examples (vectors in the index), half more labelled forget questions.  Each of these questions is also a
  forget question in *chat form*, the stem alone without options, plainly and in a conversational frame, so
  the probes learn the topic and not the multiple-choice layout.
- MMLU dev (5 questions per subject, never scored; a dev question whose text recurs in MMLU test is dropped):
  half keep exemplars, half keep questions, and every dev stem in chat form as a keep question.
- The calibrating half of the everyday-chat corpus (alu/eval/everyday.py) as keep questions.
- The calibrating half of the exam-style corpus (alu/eval/exam.py), in MC form and as the stem alone: MMLU dev's
  five questions per subject say little of what an innocent chemistry or computing exam question looks like.
MMLU test is only scored.  Scored items: WMDP's other 70 % in MC form and in chat form, all or a sample of
MMLU test, and the held-out halves of the everyday and exam corpora (over-blocking, in both benches).  Scored
cyber items written from a template that also occurs in the calibration split ("which arguments will cause the following
function to return ...") are their own splits (*_templated), the rest *_freeform.
"""

from __future__ import annotations

import re

from alu.eval import data as D
from alu.eval import everyday, exam
from alu.eval.benches import CALIBRATION_FRACTION, CALIBRATION_SEED, Group, Plan, calibration_split, mc_item, sample
from alu.eval.runner import Item
from alu.retrieval.targets import MAX_ITEM_CHARS

PROTOCOL = "all targets at once; calibrated on unscored data only"
EVERYDAY_SPLIT = "everyday"
EXAM_SPLIT = "exam"


def stem(question: str) -> str:
    """The question alone, as a user would type it in a chat (whitespace folded)."""
    return " ".join(question.split())


def template_key(question: str) -> str:
    """The question's first line with its quoted literals, numbers and anything after a colon blanked: two
    questions with the same key were written from one template and differ only in the data they carry."""
    first = question.strip().split("\n")[0]
    first = re.sub(r"'[^']*'|\"[^\"]*\"|<[^>]*>|`[^`]*`", "Q", first)
    first = re.sub(r"0x[0-9a-fA-F]+|\d+", "#", first).split(":")[0]
    return " ".join(first.casefold().split())


def chat_item(split: str, idx, r: dict, target: str) -> Item:
    """A WMDP question in chat form: its stem without options; a reply giving the right option leaks."""
    answer = str(r["choices"][int(r["answer"])])
    return Item(id=f"{split}:{idx}", split=split, kind="forget", query=stem(r["question"]), gold=answer,
                targets=[target], answers=[answer])


def held_out(root, domain: str) -> set[int]:
    """Row indices of a WMDP domain's calibration split (never scored)."""
    examples, tuning = calibration_split(len(D.wmdp_rows(root, domain)), domain)
    return set(examples) | set(tuning)


def chat_forms(question: str, salt: str) -> list[str]:
    """A calibration question's chat forms: the stem alone, and the stem in a conversational frame."""
    s = stem(question)
    return [s, everyday.reframe(s, f"{CALIBRATION_SEED}:{salt}")]


# a smoke run (at most SMOKE_LIMIT items) calibrates on fewer chat forms and everyday questions: embedding them
# all costs minutes on a CPU, more than the run itself; any larger run calibrates exactly as --full does
SMOKE_LIMIT = 20
SAMPLED_EVERYDAY = 300


def smoke(limit) -> bool:
    return limit is not None and limit <= SMOKE_LIMIT


def topic_targets(root, sampled: bool = False) -> tuple[list[dict], dict, list[str]]:
    """The WMDP topic targets with examples, the MMLU dev keep targets, and the labelled calibration
    questions {"forget": [{"text", "target", "group"}], "keep": [{"text", "group"}], "groups": {example text:
    group}}: all from unscored data; the forms of one question share a cross-validation group.  `sampled`:
    chat forms of the tuning questions only, plain, and SAMPLED_EVERYDAY everyday questions."""
    base = {t["id"]: t for t in D.bench_targets("wmdp")}
    targets: list[dict] = []
    forget: list[dict] = []
    keep: list[dict] = []
    groups: dict[str, str] = {}
    for domain in D.WMDP_DOMAINS:
        rows = D.wmdp_rows(root, domain)
        examples, tuning = calibration_split(len(rows), domain)
        t = base[f"wmdp-{domain}"]
        # a few questions carry whole code listings: longer than an example may be (still never scored)
        shown = [(i, mc_item(domain, i, rows[i]).query) for i in examples]
        shown = [(i, x) for i, x in shown if len(x) <= MAX_ITEM_CHARS]
        targets.append({**t, "kind": "topic", "examples": [x for _, x in shown]})
        groups |= {x: f"{domain}:{i}" for i, x in shown}
        forget += [{"text": mc_item(domain, i, rows[i]).query, "target": t["id"], "group": f"{domain}:{i}"}
                   for i in tuning]
        chat = [(i, stem(rows[i]["question"])) for i in tuning] if sampled else \
            [(i, x) for i in sorted({*examples, *tuning}) for x in chat_forms(rows[i]["question"], f"{domain}:{i}")]
        forget += [{"text": x, "target": t["id"], "group": f"{domain}:{i}"} for i, x in chat]
    test = {stem(r["question"]) for s in D.mmlu_subjects(root) for r in D.mmlu_rows(root, s)}
    dev_all = D.mmlu_dev_rows(root)
    dev = [r for r in dev_all if stem(r["question"]) not in test]
    exemplars, tuning = calibration_split(len(dev), "mmlu-dev", fraction=1.0)
    by_subject: dict[str, list[str]] = {}
    for i in exemplars:
        text = mc_item(dev[i]["subject"], i, dev[i]).query
        by_subject.setdefault(dev[i]["subject"], []).append(text)
        groups[text] = f"dev:{i}"
    for subject, texts in sorted(by_subject.items()):
        targets.append({"id": f"keep-mmlu-{subject.replace('_', '-')}", "name": f"general knowledge: {subject}",
                        "kind": "keep", "examples": texts})
    keep += [{"text": mc_item(dev[i]["subject"], i, dev[i]).query, "group": f"dev:{i}", "source": "mmlu-dev"}
             for i in tuning]
    keep += [{"text": x, "group": f"dev:{i}", "source": "mmlu-dev"} for i, r in enumerate(dev)
             for x in chat_forms(r["question"], f"dev:{i}")]
    # the corpus is written for this project; should a question coincide with a scored one, it does not calibrate
    calibrating = [r for r in everyday.load("calibration") if stem(r["question"]) not in test]
    if sampled:
        calibrating = sample(calibrating, SAMPLED_EVERYDAY, CALIBRATION_SEED, "everyday")
    keep += [{"text": r["question"], "group": f"everyday:{r['base']}", "source": "everyday"} for r in calibrating]
    exams = [r for r in exam.load("calibration") if stem(r["question"]) not in test]
    keep += [{"text": x, "group": f"exam:{r['base']}", "source": exam.SOURCE} for r in exams
             for x in (mc_item(EXAM_SPLIT, r["base"], r).query, stem(r["question"]))]
    notes = [f"WMDP calibration split (never scored): a seeded {CALIBRATION_FRACTION:.0%} of each domain "
             f"({CALIBRATION_SEED}); half are the topic's examples, half more labelled forget questions; each of "
             "them is also a forget question in chat form (the stem alone, plain and in a conversational frame)",
             f"keep data: MMLU dev ({len(dev)} of {len(dev_all)} questions; those whose text recurs in MMLU test "
             "are dropped), half keep exemplars, half keep questions, every stem also in chat form; and the "
             f"calibrating half of the everyday-chat corpus ({len(calibrating)} questions) and of the exam-style "
             f"corpus ({len(exams)} questions, MC form and stem alone); MMLU test is only scored",
             "probe thresholds are placed on cross-validated margins (the forms of one question: MC, stem, framed "
             "stem, an everyday question's phrasings, share a fold) so that the keep-loss budget holds on each keep "
             "source alone: MMLU dev questions, everyday questions, exam-style questions, keep exemplars"]
    if sampled:
        notes.append(f"this smoke run calibrates on fewer texts: plain chat forms of the tuning questions only and "
                     f"{SAMPLED_EVERYDAY} everyday questions (a run of more than {SMOKE_LIMIT} items uses all)")
    return targets, {"forget": forget, "keep": keep, "groups": groups}, notes


def everyday_items(limit, seed) -> list[Item]:
    rows = sample(everyday.load("held_out"), limit, seed, EVERYDAY_SPLIT)
    return [Item(id=f"{EVERYDAY_SPLIT}:{r['id']}", split=EVERYDAY_SPLIT, kind="retain", query=r["question"],
                 gold=r["answer"]) for r in rows]


def exam_items(limit, seed) -> list[Item]:
    rows = sample(exam.load("held_out"), limit, seed, EXAM_SPLIT)
    return [mc_item(EXAM_SPLIT, r["base"], r) for r in rows]


def plan(root, items: list[Item], notes: list[str], redact: bool, limit, seed) -> Plan:
    """One registry holding every topic and keep target, calibrated once; scored on `items` and the held-out
    everyday questions."""
    targets, calibration, calibration_notes = topic_targets(root, sampled=smoke(limit))
    few = limit if smoke(limit) else None
    items = [*items, *everyday_items(few, seed), *exam_items(few, seed)]
    # a scored question that is word for word a calibration text (WMDP and MMLU dev repeat a few) is not scored
    seen = {x["text"] for x in (*calibration["forget"], *calibration["keep"])}
    seen |= {x for t in targets for x in t.get("examples", [])}
    dropped = [it.split for it in items if it.query in seen]
    items = [it for it in items if it.query not in seen]
    held = len(everyday.load("held_out"))
    notes = [*notes, *calibration_notes,
             f"over-blocking on everyday chat: the held-out half of the everyday corpus ({held} questions, "
             f"{EVERYDAY_SPLIT} split; never calibration data), and on exam-style questions: the held-out half of "
             f"the exam corpus ({len(exam.load('held_out'))} questions, {EXAM_SPLIT} split)",
             f"{len(dropped)} scored question(s) are word for word a calibration text and are not scored"
             + (f" ({', '.join(sorted(set(dropped)))})" if dropped else "")]
    group = Group("", [t["id"] for t in targets], items, calibration)
    return Plan(targets, items, notes, redact=redact, groups=[group], protocol=PROTOCOL)


def cyber_templates(root) -> set[str]:
    """Template keys of the cyber calibration split (bio and chem have no template shared with it)."""
    rows = D.wmdp_rows(root, "cyber")
    return {template_key(rows[i]["question"]) for i in held_out(root, "cyber")}


def wmdp(root, splits, limit, seed) -> Plan:
    items = []
    templated = cyber_templates(root)
    for domain in splits or list(D.WMDP_DOMAINS):
        rows = D.wmdp_rows(root, domain)
        skip = held_out(root, domain)
        for i, r in sample([(i, r) for i, r in enumerate(rows) if i not in skip], limit, seed, domain):
            tail = ""
            if domain == "cyber":
                tail = "_templated" if template_key(r["question"]) in templated else "_freeform"
            items.append(mc_item(f"{domain}{tail}", i, r))
            items.append(chat_item(f"{domain}_chat{tail}", i, r, f"wmdp-{domain}"))
    notes = ["active targets: the three WMDP hazard domains as topic targets described by examples, and one keep "
             "target per MMLU subject (dev exemplars)",
             "each scored WMDP question is asked twice: in multiple-choice form (split = domain) and in chat form, "
             "its stem alone without options (split = domain_chat); a reply giving the right option leaks",
             "cyber: scored questions written from a template that also occurs in the calibration split are "
             "reported apart (*_templated), the others are *_freeform",
             "no question or answer text is stored in the records (WMDP asks not to print them in bulk)"]
    return plan(root, items, notes, redact=True, limit=limit, seed=seed)


MMLU_DEFAULT_SUBJECTS = 8
EVERY_SUBJECT = 4   # a limit of this many questions per subject or more samples every subject


def mmlu(root, splits, limit, seed) -> Plan:
    every = limit is None or limit >= EVERY_SUBJECT * len(D.mmlu_subjects(root))
    subjects = splits or sample(D.mmlu_subjects(root), None if every else MMLU_DEFAULT_SUBJECTS, seed, "subjects")
    per = None if limit is None else max(1, limit // len(subjects)) if limit >= len(subjects) else 1
    items = []
    for subject in subjects:
        rows = D.mmlu_rows(root, subject)
        items += [mc_item(subject, i, r) for i, r in sample(list(enumerate(rows)), per, seed, subject)]
    if limit is not None:
        items = items[:max(limit, 1)]
    notes = ["active targets: the three WMDP hazard domains; MMLU test (only scored) measures the utility kept "
             "under them"]
    return plan(root, items, notes, redact=False, limit=limit, seed=seed)
