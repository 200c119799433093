"""The source stays in modules small enough to read whole: none of the package's modules (alu/, and graph/,
nodes/, retrieval/ installed as alu.graph, alu.nodes, alu.retrieval) is longer than MAX_MODULE_LINES."""

from __future__ import annotations

from conftest import REPO

MAX_MODULE_LINES = 400
PACKAGE_DIRS = ("alu", "graph", "nodes", "retrieval")


def module_lengths() -> dict[str, int]:
    return {str(path.relative_to(REPO)): len(path.read_text(encoding="utf-8").splitlines())
            for folder in PACKAGE_DIRS for path in sorted((REPO / folder).rglob("*.py"))}


def test_every_module_is_at_most_400_lines():
    lengths = module_lengths()
    assert len(lengths) > 50 and "alu/cli/__init__.py" in lengths  # the walk found the package
    too_long = {path: n for path, n in lengths.items() if n > MAX_MODULE_LINES}
    assert not too_long, f"split these modules along their seams (at most {MAX_MODULE_LINES} lines): {too_long}"


def test_the_cli_has_a_module_per_command_group():
    commands = {path.stem for path in (REPO / "alu" / "cli").glob("*.py")}
    assert {"ask", "targets", "demo", "common"} <= commands
    assert not (REPO / "alu" / "cli.py").exists()
