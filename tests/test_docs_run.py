"""Every command and snippet in README.md and docs/*.md runs as printed (offline, embedded models).

A fenced block is run when its language is bash/sh or python: the blocks of one document run in order
(consecutive Python blocks in one interpreter, as a reader would run them), in a scratch folder (the
repository's files visible through links), sharing one target registry, with
this environment's `alu` and `python` first on PATH.  A block that cannot run offline or would not end
(an API key, a server that runs until stopped, the whole test suite) is marked just above its fence:

    <!-- docs-test: skip: why it cannot run here -->

and is still checked: its syntax (bash -n, compile()) and every `alu ...` command line in it, which must be
accepted by the real argument parser.  A block without a language, or a marker without a reason, fails.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from alu.cli import build_parser

REPO = Path(__file__).resolve().parents[1]
DOCS = [REPO / "README.md", *sorted((REPO / "docs").glob("*.md"))]
RUN = {"bash": "bash", "sh": "bash", "shell": "bash", "python": "python"}
DATA = {"mermaid", "text", "json", "jsonl", "csv", "yaml", "toml", "http", "ini", "console-output"}
FENCE = re.compile(r"^```(?P<lang>[^\n`]*)\n(?P<body>.*?)^```[ \t]*$", re.M | re.S)
MARK = re.compile(r"<!--\s*docs-test:\s*skip\s*:?\s*(?P<why>.*?)\s*-->\s*$")
BIN = Path(sys.executable).parent
# commands that never end by themselves or run this suite: a block using one must be marked
NEVER_ENDS = re.compile(
    r"\b(alu(\s+--\S+(\s+[^-\s]\S*)?)*\s+serve|langgraph\s+dev|make\s+(studio|demo|test)|uvicorn|pytest)\b")


@dataclass
class Block:
    doc: Path
    line: int
    lang: str
    body: str
    skip: str | None  # the reason, when marked

    @property
    def where(self) -> str:
        return f"{self.doc.relative_to(REPO)}:{self.line}"


def blocks(doc: Path) -> list[Block]:
    text = doc.read_text(encoding="utf-8")
    out = []
    for m in FENCE.finditer(text):
        line = text.count("\n", 0, m.start()) + 1
        before = text[:m.start()].rstrip("\n").rsplit("\n", 1)[-1]
        mark = MARK.search(before)
        out.append(Block(doc, line, m["lang"].strip().lower(), m["body"], mark["why"] if mark else None))
    return out


ALL = [b for d in DOCS for b in blocks(d)]


def alu_lines(block: Block) -> list[list[str]]:
    """Argument lists of the `alu` (or .venv/bin/alu) command lines of a shell block."""
    text = block.body.replace("\\\n", " ")
    out = []
    for line in text.splitlines():
        line = line.split(" # ", 1)[0].strip()
        try:
            lexer = shlex.shlex(line, posix=True, punctuation_chars=True)
            lexer.whitespace_split = True
            words = list(lexer)
        except ValueError:
            continue
        ends = [i for i, w in enumerate(words) if set(w) <= set("&|;<>()")]
        words = words[:ends[0]] if ends else words  # the first command of a pipeline or list
        while words and "=" in words[0] and not words[0].startswith("-"):  # VAR=value alu ...
            words = words[1:]
        if words and Path(words[0]).name == "alu":
            out.append(words[1:])
    return out


def test_every_block_is_classified():
    problems = []
    for b in ALL:
        if not b.lang:
            problems.append(f"{b.where}: a fenced block without a language (bash, python, text, ...)")
        elif b.lang not in RUN and b.lang not in DATA:
            problems.append(f"{b.where}: unknown block language {b.lang!r}")
        if b.skip is not None and len(b.skip) < 8:
            problems.append(f"{b.where}: a docs-test skip marker must say why the block cannot run")
        if b.skip is None and RUN.get(b.lang) == "bash" and (m := NEVER_ENDS.search(b.body)):
            problems.append(f"{b.where}: `{m[0]}` does not end by itself here: mark the block with "
                            "<!-- docs-test: skip: why -->")
    assert not problems, "\n".join(problems)
    assert sum(1 for b in ALL if b.lang in RUN and b.skip is None) >= 4, "too few runnable blocks found"


@pytest.mark.parametrize("block", [b for b in ALL if b.lang in RUN], ids=lambda b: b.where)
def test_syntax_and_alu_command_lines(block):
    if RUN[block.lang] == "python":
        compile(block.body, block.where, "exec")
    else:
        proc = subprocess.run(["bash", "-n"], input=block.body, capture_output=True, text=True)
        assert proc.returncode == 0, f"{block.where}: {proc.stderr}"
        for argv in alu_lines(block):
            try:
                build_parser().parse_args(argv)
            except SystemExit as e:
                if e.code != 0:  # --help and --version exit 0
                    pytest.fail(f"{block.where}: `alu {shlex.join(argv)}` is rejected by the CLI")


def scratch_folder(tmp_path: Path) -> Path:
    """A working folder where the repository's files are visible but new files land in tmp."""
    work = tmp_path / "work"
    work.mkdir()
    for entry in REPO.iterdir():
        if entry.name not in (".git", ".venv", "build", "eval-results"):
            (work / entry.name).symlink_to(entry)
    (work / ".venv").symlink_to(BIN.parent)
    return work


def environment(tmp_path: Path) -> dict[str, str]:
    return os.environ | {
        "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}",
        "ALU_HOME": str(tmp_path / "home"),
        "HOME": str(tmp_path),  # `~/.alu` in a snippet is this test's, not the user's
        "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "LANGSMITH_TRACING": "false",
        # short answers and one rewrite round keep the embedded model's share of the suite small
        "ALU_EMBEDDED_MAX_TOKENS": "32", "ALU_N_VARIANTS": "2", "ALU_MAX_RETRIES": "0",
    }


@pytest.mark.slow
@pytest.mark.parametrize("doc", [d for d in DOCS if any(b.lang in RUN and b.skip is None for b in blocks(d))],
                         ids=lambda d: d.name)
def test_runs_as_printed(doc, tmp_path):
    work, env = scratch_folder(tmp_path), environment(tmp_path)
    for group in runs(doc):
        where = ", ".join(b.where for b in group)
        if RUN[group[0].lang] == "python":
            cmd = [sys.executable, "-c", python_session(group)]
        else:
            cmd = ["bash", "-euo", "pipefail", "-c", group[0].body]
        proc = subprocess.run(cmd, cwd=work, env=env, capture_output=True, text=True, timeout=300)
        assert proc.returncode == 0, (f"{where} failed (exit {proc.returncode}):\n"
                                      f"--- stdout\n{proc.stdout[-3000:]}\n--- stderr\n{proc.stderr[-3000:]}")
        if RUN[group[0].lang] == "bash":
            assert "Traceback" not in proc.stderr, f"{where}:\n{proc.stderr[-3000:]}"


def runs(doc: Path) -> list[list[Block]]:
    """The runnable blocks in order; consecutive Python blocks form one session, as a reader runs them
    (a later snippet may use an earlier one's names), and share the models the first one loaded."""
    groups: list[list[Block]] = []
    for b in blocks(doc):
        if b.lang not in RUN or b.skip is not None:
            continue
        if groups and RUN[b.lang] == "python" and RUN[groups[-1][-1].lang] == "python":
            groups[-1].append(b)
        else:
            groups.append([b])
    return groups


def python_session(group: list[Block]) -> str:
    """One interpreter running each block in turn in one namespace; a traceback names the block."""
    lines = ["namespace = {'__name__': '__main__'}"]
    lines += [f"exec(compile({b.body!r}, {b.where!r}, 'exec'), namespace)" for b in group]
    return "\n".join(lines)
