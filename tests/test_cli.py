"""The `alu` console script, run as a user would, in a subprocess."""

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ALU = str(Path(sys.executable).with_name("alu"))


def alu(home, *args, check=True):
    # smaller rewrite rounds keep the embedded model's share of the suite short
    env = os.environ | {"HF_HUB_OFFLINE": "1", "ALU_HOME": str(home), "ALU_N_VARIANTS": "2", "ALU_MAX_RETRIES": "0"}
    proc = subprocess.run([ALU, *args], capture_output=True, text=True, env=env, timeout=600)
    if check:
        assert proc.returncode == 0, proc.stderr
    return proc


def test_targets_lifecycle(tmp_path):
    home = tmp_path / "home"
    out = json.loads(alu(home, "targets", "add", "--name", "Ann Lee", "--alias", "A. Lee",
                         "--description", "painter").stdout)
    assert out == {"version": 1, "added": ["ann-lee"], "updated": [], "unchanged": [], "removed": []}
    imp = tmp_path / "t.txt"
    imp.write_text("Bob Stone\nCy Young\n")
    assert json.loads(alu(home, "targets", "import", str(imp)).stdout)["added"] == ["bob-stone", "cy-young"]
    alu(home, "targets", "update", "bob-stone", "--description", "climber")
    listed = json.loads(alu(home, "targets", "list", "--json").stdout)
    assert [t["id"] for t in listed] == ["ann-lee", "bob-stone", "cy-young"]
    assert listed[1]["description"] == "climber"
    alu(home, "targets", "remove", "cy-young")
    exported = tmp_path / "out.csv"
    alu(home, "targets", "export", "--format", "csv", "--out", str(exported))
    rows = list(csv.reader(exported.read_text().splitlines()))
    assert rows[0][:4] == ["id", "name", "aliases", "description"]
    assert [r[:4] for r in rows[1:]] == [["ann-lee", "Ann Lee", "A. Lee", "painter"],
                                         ["bob-stone", "Bob Stone", "", "climber"]]


@pytest.mark.parametrize("args, message", [
    (["targets", "remove", "ghost"], "no target with id 'ghost'"),
    (["targets", "add", "--name", "  "], "target has no name"),
    (["ask", "   "], "the user message is empty"),
])
def test_errors_are_clear_and_exit_2(tmp_path, args, message):
    proc = alu(tmp_path / "home", *args, check=False)
    assert proc.returncode == 2 and message in proc.stderr and "Traceback" not in proc.stderr


def test_malformed_import_names_the_line_and_changes_nothing(tmp_path):
    home = tmp_path / "home"
    alu(home, "targets", "add", "--name", "Ann Lee")
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"name": "Bob"}\n{"name": "Cy"\n')
    proc = alu(home, "targets", "import", str(bad), check=False)
    assert proc.returncode == 2 and "bad.jsonl, line 2: not valid JSON" in proc.stderr
    assert [t["id"] for t in json.loads(alu(home, "targets", "list", "--json").stdout)] == ["ann-lee"]


@pytest.mark.slow
def test_ask_json_in_guard_mode_reports_evidence_calls_and_timings(tmp_path):
    home = tmp_path / "home"
    alu(home, "targets", "add", "--name", "Stephen King", "--description", "American horror novelist")
    clean = json.loads(alu(home, "ask", "Capital of France?", "--response", "Paris.", "--json").stdout)
    assert clean["answer"] == "Paris." and clean["decision"] == "untouched" and clean["llm_calls"] == 0
    assert set(clean["timings_ms"]) - {"deliver"} == {"respond", "audit"}  # deliver: the output boundary
    leak = json.loads(alu(home, "ask", "Who wrote Carrie?", "--response", "Stephen King wrote Carrie.",
                          "--json").stdout)
    assert leak["flagged"][0]["target_id"] == "stephen-king" and leak["flagged"][0]["span"] == [0, 12]
    assert "stephen king" not in leak["answer"].lower()
    assert leak["index_version"] == 1 and "verify" in leak["timings_ms"]


def test_readme_graph_picture_is_drawn_from_the_current_graph():
    script = Path(__file__).resolve().parents[1] / "scripts" / "readme_graph.py"
    proc = subprocess.run([sys.executable, str(script), "--check"], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
