"""What a new user meets at the `alu` prompt: help, version, option placement, the add/import conflict
rule, model-free target commands, progress on a terminal (and silence when piped), demo clean-up."""

from __future__ import annotations

import argparse
import fcntl
import json
import os
import pty
import select
import struct
import subprocess
import sys
import termios
from pathlib import Path

import pytest

from alu import __version__
from alu.cli import build_parser

ALU = str(Path(sys.executable).with_name("alu"))


def alu(home: Path, *args: str, check: bool = True, env: dict | None = None) -> subprocess.CompletedProcess:
    env = os.environ | {"HF_HUB_OFFLINE": "1", "ALU_HOME": str(home)} | (env or {})
    proc = subprocess.run([ALU, *args], capture_output=True, text=True, env=env, timeout=600)
    if check:
        assert proc.returncode == 0, proc.stderr
    return proc


def on_a_terminal(args: list[str], env: dict) -> tuple[int, str]:
    """Run with stderr on a pseudo-terminal (stdout piped): (exit status, everything written to stderr)."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 160, 0, 0))  # a terminal has a width
    proc = subprocess.Popen([ALU, *args], stdout=subprocess.PIPE, stderr=slave, env=env)
    os.close(slave)
    chunks = []
    while True:
        ready, _, _ = select.select([master], [], [], 600)
        if not ready:
            proc.kill()
            break
        try:
            data = os.read(master, 4096)
        except OSError:  # the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    proc.wait(timeout=60)
    os.close(master)
    return proc.returncode, b"".join(chunks).decode("utf-8", "replace")


def leaf_parsers(parser: argparse.ArgumentParser, path=("alu",)):
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                yield (*path, name), child
                yield from leaf_parsers(child, (*path, name))


def test_every_command_and_option_has_help_and_every_command_an_example():
    problems = []
    for path, parser in leaf_parsers(build_parser()):
        if "examples:" not in (parser.epilog or ""):
            problems.append(f"{' '.join(path)}: no examples in --help")
        for action in parser._actions:
            if not isinstance(action, (argparse._HelpAction, argparse._SubParsersAction)) and not action.help:
                problems.append(f"{' '.join(path)} {action.option_strings or action.dest}: no help text")
    assert not problems, "\n".join(problems)


def test_version_and_global_options_after_the_subcommand(tmp_path, embedder):
    from alu.retrieval.store import TargetStore

    assert alu(tmp_path, "--version").stdout.strip() == f"alu {__version__}"
    other = tmp_path / "other-home"
    TargetStore(other, embedder).add([{"name": "Ann Lee"}])
    # the same registry, whichever side of the subcommand --home is given on
    after = alu(tmp_path / "unused", "targets", "list", "--home", str(other)).stdout
    before = alu(tmp_path / "unused", "--home", str(other), "targets", "list").stdout
    assert after == before == "ann-lee\tAnn Lee\n"
    assert not (tmp_path / "unused" / "targets.sqlite").exists()


def test_add_and_import_share_one_conflict_rule_with_dry_run_and_duplicate_names(tmp_path, embedder):
    from alu.retrieval.store import TargetStore

    home = tmp_path / "home"
    TargetStore(home, embedder).add([{"name": "Ann Lee", "description": "painter"}])
    changed = tmp_path / "changed.jsonl"
    changed.write_text(json.dumps({"id": "ann-lee", "name": "Ann Lee", "description": "sculptor"}) + "\n"
                       + json.dumps({"id": "lee-2", "name": "ann  LEE", "description": "another"}) + "\n")
    for args, flag in ((["targets", "add", "--name", "Ann Lee", "--description", "sculptor"], "--update"),
                       (["targets", "import", str(changed)], "--replace")):
        refused = alu(home, *args, check=False)
        assert refused.returncode == 2 and "ann-lee" in refused.stderr and flag in refused.stderr
        assert "Traceback" not in refused.stderr
        dry = alu(home, *args, "--dry-run")
        assert '~ ann-lee' in dry.stdout and 'description: "painter" -> "sculptor"' in dry.stdout
        assert "nothing written" in dry.stdout
    listed = alu(home, "targets", "list")
    assert listed.stdout == "ann-lee\tAnn Lee\n" and "version 1" in listed.stderr  # nothing was written
    imported = alu(home, "targets", "import", str(changed), "--replace")
    assert json.loads(imported.stdout)["updated"] == ["ann-lee"]
    assert "the name 'ann LEE' is already used by target 'ann-lee'" in imported.stderr
    shown = json.loads(alu(home, "targets", "show", "ann-lee").stdout)
    assert shown["description"] == "sculptor"


def test_remove_needs_no_model_and_the_index_follows(tmp_path, embedder):
    from alu.retrieval.store import TargetStore

    home = tmp_path / "home"
    store = TargetStore(home, embedder)
    store.add([{"name": "Ann Lee", "description": "a painter of harbour scenes"},
               {"name": "Bob Stone", "description": "a mountaineer who climbed K2"}])
    assert [h.target_id for h in store.semantic(["a mountaineer who climbed K2"], k=1)] == ["bob-stone"]
    # a bogus embeddings spec proves that remove, list, show and export never load an embedder
    bogus = ["--embeddings", "no-such-embedder"]
    assert json.loads(alu(home, "targets", "remove", "bob-stone", *bogus).stdout)["removed"] == ["bob-stone"]
    assert alu(home, "targets", "list", *bogus).stdout == "ann-lee\tAnn Lee\n"
    assert alu(home, "targets", "show", "bob-stone", *bogus, check=False).returncode == 2
    assert "bob-stone" not in alu(home, "targets", "export", *bogus).stdout
    # the open store and a freshly opened one both patch their index from the change log
    for s in (store, TargetStore(home, embedder)):
        hits = s.semantic(["a mountaineer who climbed K2"], k=2)
        assert "bob-stone" not in {h.target_id for h in hits} and s.lexical("Bob Stone climbed") == []
        assert s.count() == 1


@pytest.mark.slow
def test_progress_on_a_terminal_and_silence_when_piped(tmp_path, embedder):
    from alu.retrieval.store import TargetStore

    home = tmp_path / "home"
    TargetStore(home, embedder).add([{"name": "Stephen King", "description": "American horror novelist"}])
    args = ["ask", "What is the capital of France?", "--response", "Paris is the capital of France.", "--json"]
    env = os.environ | {"HF_HUB_OFFLINE": "1", "ALU_HOME": str(home), "ALU_N_VARIANTS": "2",
                        "ALU_MAX_RETRIES": "0", "ALU_EMBEDDED_MAX_TOKENS": "48"}
    status, terminal = on_a_terminal(args, env)
    assert status == 0, terminal
    assert "loading embeddings" in terminal and "loading embedded" in terminal
    assert "audit" in terminal and "\r" in terminal
    for bar in ("Loading weights", "it/s]", "%|"):  # no third-party progress bar
        assert bar not in terminal
    piped = alu(home, *args, env={"ALU_N_VARIANTS": "2", "ALU_MAX_RETRIES": "0", "ALU_EMBEDDED_MAX_TOKENS": "48"})
    assert "\r" not in piped.stderr and "loading" not in piped.stderr and "Loading weights" not in piped.stderr
    result = json.loads(piped.stdout)
    # model loading is its own step, not booked to the first node
    assert set(result["loading_ms"]) == {"embeddings minilm", "model embedded"}
    assert result["timings_ms"]["respond"] < min(result["loading_ms"].values())


def test_demo_removes_its_temporary_folder_even_when_it_fails(tmp_path):
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    proc = alu(tmp_path / "home", "demo", "--embeddings", "no-such-embedder", check=False,
               env={"TMPDIR": str(scratch)})
    assert proc.returncode == 2 and "unknown embeddings" in proc.stderr
    assert "Demo home" in proc.stdout and not [p for p in scratch.iterdir() if p.name.startswith("alu-demo-")]


def test_serve_on_a_taken_port_fails_before_loading_anything(tmp_path):
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        home = tmp_path / "never-opened"
        proc = alu(home, "serve", "--port", str(port), check=False)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert f"cannot listen on 127.0.0.1:{port}" in proc.stderr and "--port" in proc.stderr
    assert not home.exists()  # the registry, the index and the models were never opened
    bad = alu(home, "serve", "--host", "no-such-host.invalid", check=False)
    assert bad.returncode == 2 and "cannot be resolved" in bad.stderr and not home.exists()
