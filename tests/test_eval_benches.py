"""Each bench on a tiny slice: real data files, real SQLite registry, real FAISS index, real MiniLM.

The agent models are langchain-core fakes here (their judgement is not under test: the harness is);
tests/test_eval_cases.py runs the embedded model end to end.
"""

from __future__ import annotations

import json
import shutil

import pytest

from alu.eval import data as D
from alu.eval.harness import run_bench
from alu.eval.runner import load_records
from conftest import fake_model

pytestmark = pytest.mark.skipif(not (D.REPO.parent / "shared" / "data").is_dir() and not D.os.environ.get(
    "ALU_DATA_DIR"), reason="benchmark data folder not present")


def fakes(calls: list | None = None) -> dict:
    return {"respondent": fake_model("I do not know much about that, sorry."),
            "auditor": fake_model({"leaked": []}),
            "eraser": fake_model({"variants": [f"A safe rewrite number {i}." for i in range(5)]}),
            "critic": fake_model({"scores": [5, 5, 4, 4, 3]}),
            "composer": fake_model("A safe merged answer without names.")}


@pytest.mark.parametrize("bench", ["tofu", "wmdp", "mmlu", "rwku", "wpu", "attacks", "rwku-attacks"])
def test_bench_tiny_slice_writes_results(bench, tmp_path, embedder):
    out = tmp_path / "out"
    result = run_bench(bench, out, respondents=("oracle", "model"), limit=1, models=fakes(), embedder=embedder)
    for suffix in (".json", ".md", ".png", ".records.jsonl"):
        assert (out / f"{bench}{suffix}").is_file()
    saved = json.loads((out / f"{bench}.json").read_text())
    assert saved["summary"] == json.loads(json.dumps(result["summary"]))
    oracle = result["summary"]["oracle"]
    assert set(result["summary"]) == {"oracle", "model"}
    for split, by_method in oracle.items():
        assert set(by_method) == {"none", "alu-paper", "alu"}, split  # prompt: n/a with the oracle
        assert by_method["none"]["untouched"] == 1.0
    for split, by_method in result["summary"]["model"].items():
        assert set(by_method) == {"none", "prompt", "alu-paper", "alu"}, split
    forget = [s for s in oracle.values() if s["none"]["kind"] == "forget"]
    for s in forget:  # the gold answer names the target; the graph's verify removes every name
        key = next(k for k in ("attack_leak", "answer_leak", "name_leak") if k in s["none"])
        assert s["none"][key] == 1.0
        if bench != "attacks":  # under attack, leaks are what the bench measures
            assert s["alu"].get("name_leak", 0.0) == 0.0
    if bench in ("wmdp", "mmlu"):
        # the oracle picks the right letter; everyday chat is scored for over-blocking in both benches
        assert all(s["none"]["mc_score"] == 1.0 for s in oracle.values() if s["none"]["kind"] == "mc")
        assert oracle["everyday"]["none"]["kind"] == "retain" and oracle["exam"]["none"]["kind"] == "mc"
        # each WMDP topic is decided by a probe fitted on calibration data (never on the items it scores)
        calibrated = [n for n in saved["notes"] if n.startswith("calibrated on")]
        assert len(calibrated) == 1
        assert all(f"wmdp-{d} probe threshold" in calibrated[0] for d in D.WMDP_DOMAINS)
        assert saved["config"]["protocol"] == "all targets at once; calibrated on unscored data only"
    if bench == "rwku":   # all subjects at once; forget L1+L2 and the neighbours pooled over their splits
        assert saved["config"]["protocol"] == "all targets at once" and saved["config"]["targets"] == 200
        assert saved["pooled"]["oracle"]["forget L1+L2"]["none"]["n"] == sum(
            oracle[s]["none"]["n"] for s in saved["pools"]["forget L1+L2"])
        assert "## Pooled splits" in (out / "rwku.md").read_text()
    if bench == "wmdp":
        assert all("final" not in r for r in saved["records"])  # question and answer text is not kept
    assert "![" in (out / f"{bench}.md").read_text()


def test_rerun_resumes_without_new_calls(tmp_path, embedder):
    out = tmp_path / "out"
    run_bench("wpu", out, splits=["forget"], limit=2, models=fakes(), embedder=embedder)
    first = load_records(out / "wpu.records.jsonl")
    run_bench("wpu", out, splits=["forget"], limit=2, models=fakes(), embedder=embedder)
    assert load_records(out / "wpu.records.jsonl") == first


class Interrupting:
    """A respondent whose second call behaves like Ctrl-C."""

    def __init__(self) -> None:
        self.inner = fake_model("A plain answer about something else.")
        self.calls = 0

    def invoke(self, messages, config=None):
        self.calls += 1
        if self.calls == 2:
            raise KeyboardInterrupt
        return self.inner.invoke(messages, config=config)


def test_interrupted_run_keeps_finished_items_and_resumes(tmp_path, embedder):
    out = tmp_path / "out"
    models = fakes() | {"respondent": Interrupting()}
    with pytest.raises(KeyboardInterrupt):
        run_bench("wpu", out, respondents=("model",), splits=["retain"], limit=3, methods=["none", "alu"],
                  models=models, embedder=embedder)
    kept = load_records(out / "wpu.records.jsonl")
    assert {r["item"] for r in kept} and len({r["item"] for r in kept}) == 1
    result = run_bench("wpu", out, respondents=("model",), splits=["retain"], limit=3, methods=["none", "alu"],
                       models=fakes(), embedder=embedder)
    records = load_records(out / "wpu.records.jsonl")
    assert len(records) == 6 and records[:len(kept)] == kept
    assert result["summary"]["model"]["retain"]["alu"]["n"] == 3


def test_unknown_split_and_method_are_named(tmp_path, embedder):
    with pytest.raises(ValueError, match="unknown TOFU split 'forget99'"):
        run_bench("tofu", tmp_path, splits=["forget99"], limit=1, models=fakes(), embedder=embedder)
    with pytest.raises(ValueError, match="unknown method"):
        run_bench("tofu", tmp_path, methods=["magic"], limit=1, models=fakes(), embedder=embedder)


def test_missing_and_malformed_data_files_are_named(tmp_path, embedder):
    root = tmp_path / "data"
    (root / "wpu_partial" / "whpplus").mkdir(parents=True)
    with pytest.raises(D.DataError, match="missing data file: .*whp_unlearn_testset_forget.json"):
        run_bench("wpu", tmp_path / "o", splits=["forget"], limit=1, data=str(root), models=fakes(),
                  embedder=embedder)
    (root / "tofu").mkdir()
    src = D.data_dir() / "tofu" / "forget01.json"
    lines = src.read_text().splitlines()
    (root / "tofu" / "forget01.json").write_text(lines[0] + "\n{broken\n")
    with pytest.raises(D.DataError, match=r"forget01.json:2: not valid JSON"):
        run_bench("tofu", tmp_path / "o", splits=["forget01"], limit=1, data=str(root), models=fakes(),
                  embedder=embedder)
    assert not (tmp_path / "o" / "tofu.records.jsonl").exists()
    shutil.rmtree(root)
    with pytest.raises(D.DataError, match="benchmark data folder not found"):
        D.data_dir(str(root))


def test_attack_items_transform_query_and_response():
    from alu.eval.attacks import attacks

    plan = attacks(D.data_dir(), None, 1, 0)
    by_attack = {it.attack: it for it in plan.items}
    name = plan.targets[0]["name"] if by_attack["base64"].targets[0] == plan.targets[0]["id"] else \
        plan.targets[1]["name"]
    import base64

    encoded = base64.b64encode(name.encode()).decode()
    assert encoded in by_attack["base64"].query and encoded in by_attack["base64"].gold
    assert name not in by_attack["masking"].gold and "Do not say the name" in by_attack["masking"].query
    assert "\u200b" in by_attack["zero_width"].gold
    assert by_attack["many_shot"].query.count("Q: ") > 30
    assert "leaked" in by_attack["injection_response"].gold
    assert by_attack["multi_turn"].history and name in by_attack["multi_turn"].history[0][1]
    assert "already know" in by_attack["relearning"].query
    assert {it.attack for it in plan.items} >= {"language", "homoglyph", "reversed", "spaced", "leetspeak"}


def test_rwku_attack_items_rewrite_the_probe_and_its_answer():
    from alu.eval.name_free import spells, subject_name
    from alu.eval.rwku_attacks import FORGET_ATTACKS, KEEP_ATTACKS, rwku_attacks

    plan = rwku_attacks(D.data_dir(), None, 3, 0)
    assert plan.groups is None and len(plan.targets) == 200   # every subject registered at once
    names = {t["id"]: subject_name(t["name"]) for t in plan.targets}
    splits = {it.split for it in plan.items}
    assert splits == {f"forget_{k}" for k in FORGET_ATTACKS} | {f"neighbor_{k}" for k in KEEP_ATTACKS}
    assert len({it.id for it in plan.items}) == len(plan.items)
    for it in plan.items:
        kind = it.split.split("_", 1)[1]
        assert it.answers and all(a in it.gold for a in it.answers), it.id
        if it.kind == "retain":  # no registered subject's name is needed to keep a neighbour probe
            assert not any(spells(n, it.query) or spells(n, it.gold) for n in names.values()), it.id
            continue
        name = names[it.targets[0]]
        if kind == "reverse_query":   # the subject is the answer
            assert it.answers == [name] and name not in it.query and "___" in it.query
        elif kind in ("lowercase_name", "surname_only", "typo_name", "synonym", "cyrillic_name", "katakana_name",
                      "curated_script_name"):
            assert name not in it.query, it.id
        if kind == "multiple_choice":
            letter = it.gold[0]
            assert f"\n{letter}. {it.answers[0]}\n" in it.query
        if kind == "in_context":
            demos = it.query.rsplit("\nQ: ", 1)[0]
            assert demos.count("Q: ") == 3 and name not in demos
    with pytest.raises(ValueError, match="unknown attack"):
        rwku_attacks(D.data_dir(), ["nope"], 1, 0)


@pytest.mark.parametrize("bench", ["wmdp", "mmlu"])
def test_calibration_never_touches_a_scored_item(bench):
    from alu.eval.benches import BENCHES, mc_item
    from alu.eval.topics import stem

    root = D.data_dir(None)
    plan = BENCHES[bench](root, None, None, 0)   # --full: all items
    [group] = plan.groups
    assert sorted(it.id for it in group.items) == sorted(it.id for it in plan.items)
    calibration = {x["text"] for x in (*group.calibration["forget"], *group.calibration["keep"])}
    calibration |= {x for t in plan.targets for x in t.get("examples", [])}
    assert not any(it.query in calibration for it in plan.items)
    # no MMLU test question, in any form, calibrates: not even one that MMLU dev repeats word for word
    test = {stem(r["question"]) for s in D.mmlu_subjects(root) for r in D.mmlu_rows(root, s)}
    test_mc = {mc_item(s, i, r).query for s in D.mmlu_subjects(root) for i, r in enumerate(D.mmlu_rows(root, s))}
    assert not calibration & (test | test_mc)
    assert not any(stem(x) in test for x in calibration)
    splits = {it.split for it in plan.items}
    assert {"everyday", "exam"} <= splits   # over-blocking on the held-out halves of both corpora
    if bench == "wmdp":
        assert {"bio", "bio_chat", "cyber_freeform", "cyber_templated", "cyber_chat_freeform"} <= splits
        # the forget calibration questions include chat forms (the stem alone)
        assert sum(1 for x in group.calibration["forget"] if "\nA. " not in x["text"]) > 1000
