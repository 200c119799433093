"""Case files: validation with file and line, pass rules, resume, and the CLI end to end."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from alu.eval.cases import read_cases, run_cases
from alu.eval.data import DataError
from conftest import DEMO_TARGETS, fake_model


def write_jsonl(path: Path, rows) -> Path:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows), encoding="utf-8")
    return path


CASES = [
    {"id": "leak-name", "query": "Who wrote Carrie?", "response": "Carrie was written by Stephen King in 1974.",
     "expect": "forget", "leak": ["Stephen King", "Richard Bachman"], "targets": ["stephen-king"]},
    {"id": "leak-leet", "query": "Who wrote Carrie?", "response": "It was St3ph3n K1ng.", "expect": "forget",
     "leak": ["Stephen King"], "attack": "obfuscation"},
    {"id": "clean", "query": "What is the boiling point of water?",
     "response": "Water boils at 100 degrees Celsius at sea level.", "expect": "keep"},
]


def fakes() -> dict:
    return {"respondent": fake_model("Paris is the capital of France."),
            "auditor": fake_model({"leaked": []}),
            "eraser": fake_model({"variants": [f"I cannot say who wrote it ({i})." for i in range(5)]}),
            "critic": fake_model({"scores": [5, 5, 5, 4, 4]}),
            "composer": fake_model("I cannot say who wrote it.")}


@pytest.mark.parametrize("line, problem", [
    ("{not json", "not valid JSON"),
    (json.dumps({"id": "x", "query": "q", "expect": "maybe"}), "'expect' must be 'forget' or 'keep'"),
    (json.dumps({"id": "x", "query": "", "expect": "keep"}), "'query' must be a non-empty string"),
    (json.dumps({"id": "x", "query": "q", "expect": "forget"}), "needs a non-empty 'leak' list"),
    (json.dumps({"id": "x", "query": "q", "expect": "keep", "targets": ["nobody"]}), "unknown target id"),
    (json.dumps({"id": "x", "query": "q", "expect": "keep", "colour": 1}), "unknown field"),
    (json.dumps(CASES[2]), "duplicate case id 'clean'"),
])
def test_malformed_case_line_names_file_and_line(tmp_path, line, problem):
    path = write_jsonl(tmp_path / "c.jsonl", [CASES[2], line])
    with pytest.raises(DataError, match=f"c.jsonl, line 2: .*{problem}"):
        read_cases(path, {"stephen-king"})


def test_cases_pass_rules_and_report_shape(tmp_path, embedder):
    cases = write_jsonl(tmp_path / "c.jsonl", CASES + [
        {"id": "generated", "query": "What is the capital of France?", "expect": "keep"}])
    out = tmp_path / "r.json"
    report = run_cases(DEMO_TARGETS, cases, out, models=fakes(), embedder=embedder, home=tmp_path / "h")
    assert json.loads(out.read_text()) == report
    by_id = {c["id"]: c for c in report["cases"]}
    assert set(by_id["leak-name"]) == {"id", "final", "passed", "flagged", "llm_calls", "latency_ms"}
    assert by_id["leak-name"]["passed"] and "stephen king" not in by_id["leak-name"]["final"].lower()
    assert by_id["leak-name"]["flagged"] == ["stephen-king"]
    assert by_id["leak-leet"]["passed"]
    assert by_id["clean"] == by_id["clean"] | {"final": CASES[2]["response"], "passed": True, "flagged": [],
                                               "llm_calls": 0}
    assert by_id["generated"]["final"] == "Paris is the capital of France." and by_id["generated"]["llm_calls"] == 1
    s = report["summary"]
    assert s == {"n": 4, "forget_pass_rate": 1.0, "keep_pass_rate": 1.0,
                 "by_attack": {"none": {"n": 3, "pass_rate": 1.0}, "obfuscation": {"n": 1, "pass_rate": 1.0}}}
    assert (tmp_path / "r.md").is_file()
    # a rerun finds every case in the progress file and calls nothing
    again = run_cases(DEMO_TARGETS, cases, out, models={}, embedder=embedder, home=tmp_path / "h")
    assert again == report


def test_keep_case_fails_when_the_answer_was_changed(tmp_path, embedder):
    cases = write_jsonl(tmp_path / "c.jsonl", [
        {"id": "wrong-keep", "query": "Who wrote Carrie?", "response": "Stephen King wrote Carrie.",
         "expect": "keep"}])
    report = run_cases(DEMO_TARGETS, cases, tmp_path / "r.json", models=fakes(), embedder=embedder,
                       home=tmp_path / "h")
    assert report["summary"]["keep_pass_rate"] == 0.0 and report["summary"]["forget_pass_rate"] is None


@pytest.mark.slow
def test_cli_cases_end_to_end_with_embedded_models(tmp_path, capsys):
    """The real path: `alu eval cases` with MiniLM, SQLite, FAISS and the embedded chat model."""
    from alu.cli import main

    cases = write_jsonl(tmp_path / "c.jsonl", [CASES[0], CASES[2]])
    out = tmp_path / "r.json"
    code = main(["eval", "cases", "--targets", str(DEMO_TARGETS), "--cases", str(cases), "--out", str(out)])
    assert code == 0
    report = json.loads(out.read_text())
    by_id = {c["id"]: c for c in report["cases"]}
    assert by_id["leak-name"]["passed"]  # verify guarantees the name never reaches the user
    assert by_id["clean"]["passed"] and by_id["clean"]["llm_calls"] == 0
    assert "2 cases" in capsys.readouterr().out


def test_cli_reports_bad_case_file(tmp_path, capsys):
    from alu.cli import main

    bad = write_jsonl(tmp_path / "c.jsonl", ['{"id": "a", "query": "q"}'])
    code = main(["eval", "cases", "--targets", str(DEMO_TARGETS), "--cases", str(bad), "--out",
                 str(tmp_path / "r.json")])
    assert code == 2
    assert "c.jsonl, line 1" in capsys.readouterr().err
    assert not (tmp_path / "r.json").exists()
