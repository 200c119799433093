"""`alu eval conversations`: the generator's own invariants, its splits, and a tiny-slice run through the real
graph (real SQLite registry, FAISS index and MiniLM; the refusal eraser and no auditor, as the bench runs)."""

from __future__ import annotations

import json
import re

import pytest

from alu.eval import data as D
from alu.eval.conversation_bench import run_conversations, score
from alu.eval.conversation_cases import build_cases, innocent_sizes, registered_targets
from alu.eval.conversations import (
    DATA,
    FORGET_FAMILIES,
    INNOCENT_FAMILIES,
    SPLITS,
    Person,
    carries,
    fold,
    load_split,
    misspelt_name,
    name_words,
    separated_name,
    shares_name,
)

SPLITS_PRESENT = [s for s in SPLITS if (DATA / s / "people.jsonl").is_file()]


@pytest.fixture(scope="module", params=SPLITS_PRESENT)
def split_cases(request):
    return request.param, build_cases(request.param)


def test_forget_answers_carry_what_is_scored(split_cases):
    split, cases = split_cases
    for c in (c for c in cases if c.side == "forget"):
        assert c.leak and carries(c.answer, c.leak) == c.leak, (c.id, c.leak)
        for sentence in c.rest:  # what may stay of an in-passing answer carries nothing of the person
            assert not carries(sentence, c.leak), (c.id, sentence)


def test_innocent_cases_never_name_a_registered_target(split_cases):
    split, cases = split_cases
    targets = [t for t in registered_targets(split) if t.get("kind") != "keep"]
    names = [t["name"] for t in targets]
    aliases = {a for t in targets for a in t.get("aliases", [])}
    for c in (c for c in cases if c.side == "innocent"):
        text = f"{c.query} {c.answer}"
        assert not carries(text, names), (c.id, carries(text, names))
        assert not carries(text, aliases - {c.alias}), c.id
        if c.family == "alias_phrase":
            assert carries(c.answer, [c.alias]), c.id  # the alias is there, as an everyday phrase


def test_innocent_families_share_names_as_they_say(split_cases):
    split, _ = split_cases
    data = load_split(split)
    registered_words = set().union(*(name_words(p) for p in data.people))
    for h in data.homonyms:
        assert fold(h["word"]) in registered_words and carries(h["answer"], [h["word"]]), h["word"]
    sharing = [o for o in data.others if shares_name(o, data.people)]
    assert len(sharing) >= 10 and len(data.others) - len(sharing) >= 10
    owners = {a for p in data.people for a in p.aliases}
    assert {ph["alias"] for ph in data.phrases} <= owners


def test_sizes_and_determinism(split_cases):
    split, cases = split_cases
    data = load_split(split)
    forget = [c for c in cases if c.side == "forget"]
    innocent = [c for c in cases if c.side == "innocent"]
    assert len(forget) == len(data.people) * len(FORGET_FAMILIES) == len(innocent)
    assert {c.family for c in innocent} == set(INNOCENT_FAMILIES)
    assert len({c.id for c in cases}) == len(cases)
    assert [c.__dict__ for c in build_cases(split)] == [c.__dict__ for c in cases]
    assert [c.__dict__ for c in build_cases(split, seed=1)] != [c.__dict__ for c in cases]
    assert [c.id for c in build_cases(split, per_family=2)] == [
        c.id for c in cases if int(c.id.rsplit("-", 1)[1]) < 2]


def test_people_are_not_rwku_or_tofu_subjects():
    excluded = {r["name"].casefold() for name in ("rwku", "tofu", "wpu") for r in D.bench_targets(name)}
    try:
        root = D.data_dir()
    except D.DataError:  # without the shared data, the committed target files above are the list
        root = None
    if root is not None:
        for row in D.read_jsonl(root / "tofu" / "real_authors.json"):
            excluded |= {str(row[k]).casefold() for k in ("answer", "option1", "option2", "option3", "option4")}
        excluded |= {str(t["subject"]).casefold() for t in D.read_json(root / "rwku" / "targets.json")}
    for split in SPLITS_PRESENT:
        data = load_split(split)
        for p in data.people + data.others:
            assert p.name.casefold() not in excluded, p.name


def test_splits_share_no_person_template_or_question(tmp_path):
    dev, test = load_split("dev"), load_split("test")
    names = lambda d: {p.name.casefold() for p in d.people + d.others}  # noqa: E731
    # a failure says only how many items overlap, never which: the test split's contents are not to be read
    shared_names = len(names(dev) & names(test))
    assert shared_names == 0, f"{shared_names} people in both splits"
    for key in dev.templates:
        shared = len(set(map(json.dumps, dev.templates[key])) & set(map(json.dumps, test.templates.get(key, []))))
        assert shared == 0, f"{shared} '{key}' templates in both splits"

    def texts(d):
        rows = d.homonyms + d.everyday + d.phrases + list(d.topics.values())
        return {q for r in rows for q in r["questions"]} | {r["answer"] for r in d.homonyms + d.everyday + d.phrases} \
            | {s for t in d.topics.values() for s in t["sentences"]}
    shared_texts = len(texts(dev) & texts(test))
    assert shared_texts == 0, f"{shared_texts} questions, answers or sentences in both splits"
    # building and registering dev reads nothing of the test folder
    import shutil

    shutil.copytree(DATA / "dev", tmp_path / "dev")
    assert [c.__dict__ for c in build_cases("dev", root=tmp_path)] == [c.__dict__ for c in build_cases("dev")]
    assert registered_targets("dev", root=tmp_path) == registered_targets("dev")


def test_name_forms():
    import random

    p = Person(name="Jean-Paul Marchetti", g="m", role="a test subject", field="x", facts=(("did this", "this"),))
    rng = random.Random(0)
    for _ in range(50):
        wrong = misspelt_name(p, rng)
        assert wrong != p.name and wrong.split()[0] == "Jean-Paul" and wrong.split()[1][0] == "M"
        joined = separated_name(p, rng)
        assert re.sub(r"[^A-Za-z]", "", joined) == "JeanPaulMarchetti" and not re.search(r"[A-Za-z] [A-Za-z]", joined)
    assert innocent_sizes({"a": 2, "b": 50, "c": 50}, 60) == {"a": 2, "b": 29, "c": 29}


def test_score_reads_leaks_and_losses():
    cases = build_cases(SPLITS_PRESENT[0], per_family=1)
    forget = next(c for c in cases if c.family == "tell_about")
    innocent = next(c for c in cases if c.family == "unrelated_people")
    assert score(forget, {"final": forget.answer, "decision": "untouched"})["leaked"]
    assert not score(forget, {"final": "I don't have any information about that.", "decision": "refused"})["leaked"]
    assert not score(innocent, {"final": innocent.answer, "decision": "untouched"})["over_blocked"]
    shorter = innocent.answer.rsplit(". ", 1)[0] + "."
    assert score(innocent, {"final": shorter, "decision": "repaired"})["over_blocked"]


@pytest.mark.parametrize("split", SPLITS_PRESENT)
def test_tiny_slice_runs_through_the_graph(split, tmp_path, embedder):
    report = run_conversations(tmp_path, split=split, per_family=1, embedder=embedder)
    s = report["summary"]
    assert set(s["forget"]) == {*FORGET_FAMILIES, "all"} and set(s["innocent"]) == {*INNOCENT_FAMILIES, "all"}
    assert s["forget"]["all"]["n"] == len(FORGET_FAMILIES) and s["innocent"]["all"]["n"] == len(INNOCENT_FAMILIES)
    # a question that names a registered person, answered about that person, is never delivered as it was
    assert s["forget"]["tell_about"]["leaked"] == 0
    saved = json.loads((tmp_path / f"conversations-{split}.json").read_text())
    assert saved["summary"] == s and saved["config"]["people_registered"] == len(load_split(split).people)
    assert (tmp_path / f"conversations-{split}.md").read_text().count("|") > 40
    records = (tmp_path / f"conversations-{split}.records.jsonl").read_text().splitlines()
    assert len(records) == len(FORGET_FAMILIES) + len(INNOCENT_FAMILIES)
    if split == "test":  # counts only: nothing of a test conversation reaches its report
        text = (tmp_path / "conversations-test.json").read_text() + (tmp_path / "conversations-test.md").read_text()
        assert "examples" not in saved
        assert not any(c.query in text or c.answer[:40] in text for c in build_cases("test", per_family=1))
