"""The core install is lean and complete: every import of the package is declared where it belongs.

`pip install alu-unlearning` installs the core dependencies only; the extras add the rest (alu/extras.py).
Read from the sources (ast) and pyproject.toml (tomllib), with distributions mapped to import names by
importlib.metadata: a core module imports at its top only core dependencies; an optional package is
imported inside a function, under `needs(EXTRA, ...)` naming the extra that declares it; a module that
belongs to an extra as a whole (the HTTP server, the PostgreSQL backend) imports its extra's packages.
A subprocess with every optional package hidden then imports the whole core, builds the CLI and runs a
query, and a feature used without its extra names the extra to install.
"""

from __future__ import annotations

import ast
import importlib.metadata as md
import json
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from alu.extras import DISTRIBUTION, MissingExtra, install_hint, needs

tomllib = pytest.importorskip("tomllib")

REPO = Path(__file__).resolve().parents[1]
PYPROJECT = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
PROJECT = PYPROJECT["project"]
RUNTIME_EXTRAS = ("server", "postgres", "eval", "plots", "otel", "embedded")
# modules that exist only for one extra: they may import its packages at their top
EXTRA_MODULES = {
    "server": ("alu.serve.admin", "alu.serve.admin_sets", "alu.serve.openai_api", "alu.serve.openai_requests",
               "alu.serve.openai_replies", "alu.serve.health", "alu.serve.bodies", "alu.serve.replay"),
    "postgres": ("alu.retrieval.postgres", "alu.retrieval.pgconn"),
    "otel": ("alu.graph.otel",),
}


def names(requirements: list[str]) -> set[str]:
    return {canonicalize_name(Requirement(r).name) for r in requirements}


CORE = names(PROJECT["dependencies"])
EXTRAS = {extra: names(reqs) for extra, reqs in PROJECT["optional-dependencies"].items()}


def package_modules() -> dict[str, Path]:
    """Every module of the installed package, by its import name (pyproject's package-dir layout)."""
    setup = PYPROJECT["tool"]["setuptools"]
    dirs = setup.get("package-dir", {})
    out = {}
    for package in setup["packages"]:
        folder = REPO / dirs.get(package, package.replace(".", "/"))
        for path in sorted(folder.glob("*.py")):
            out[package if path.stem == "__init__" else f"{package}.{path.stem}"] = path
    return out


MODULES = package_modules()


def owner(module: str) -> str | None:
    """The extra a module of this package belongs to as a whole, or None for the core."""
    return next((extra for extra, mods in EXTRA_MODULES.items() if module in mods), None)


@dataclass(frozen=True)
class Import:
    module: str       # what is imported, absolute (for `from m import x`: m.x, a module or a name in m)
    line: int
    top_level: bool   # runs when the importing module is imported
    guard: str | None  # the extra of an enclosing `with needs(EXTRA, ...)`


def needs_extra(node: ast.With) -> str | None:
    for item in node.items:
        call = item.context_expr
        if (isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.func.id == "needs"
                and call.args and isinstance(call.args[0], ast.Constant)):
            return str(call.args[0].value)
    return None


def imports(path: Path) -> list[Import]:
    found: list[Import] = []

    def visit(node: ast.AST, top_level: bool, guard: str | None) -> None:
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            return  # never executed
        if isinstance(node, ast.Import):
            found.extend(Import(a.name, node.lineno, top_level, guard) for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.extend(Import(f"{node.module}.{a.name}", node.lineno, top_level, guard) for a in node.names)
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            top_level = False
        if isinstance(node, ast.With):
            guard = needs_extra(node) or guard
        for child in ast.iter_child_nodes(node):
            visit(child, top_level, guard)

    visit(ast.parse(path.read_text(encoding="utf-8")), True, None)
    return found


PROVIDERS = md.packages_distributions()


def distribution_of(module: str) -> str | None:
    """The distribution that installs `module`: for a namespace shared by several (langgraph.checkpoint.*),
    the one whose files hold the module's path."""
    candidates = sorted({canonicalize_name(d) for d in PROVIDERS.get(module.split(".")[0], [])})
    parts = module.split(".")
    while len(candidates) > 1 and parts:
        path = "/".join(parts)
        holding = [d for d in candidates
                   if any(str(f) == f"{path}.py" or str(f).startswith(f"{path}/") for f in md.files(d) or [])]
        if holding:
            return holding[0] if len(holding) == 1 else min(holding, key=len)
        parts = parts[:-1]
    return candidates[0] if candidates else None


def test_every_extra_is_declared_and_make_install_installs_them_all():
    assert PROJECT["name"] == DISTRIBUTION
    assert set(RUNTIME_EXTRAS) | {"dev"} == set(EXTRAS)
    line = next(x for x in (REPO / "Makefile").read_text(encoding="utf-8").splitlines() if "pip install" in x
                and "-e '." in x)
    installed = set(re.search(r"-e '\.\[([^\]]*)\]'", line)[1].split(","))
    assert installed == set(EXTRAS), f"make install must install every extra: {line.strip()}"


def test_every_import_is_declared_where_it_belongs():
    problems = []
    for module, path in MODULES.items():
        own = owner(module)
        found = imports(path)
        guarded = {i.guard for i in found if i.guard}
        for imp in found:
            if imp.module.split(".")[0] in sys.stdlib_module_names or imp.module == "__future__":
                continue
            if imp.module.split(".")[0] == "alu":
                internal = next((m for m in (imp.module, imp.module.rsplit(".", 1)[0]) if m in MODULES), None)
                extra = owner(internal) if internal else None
                needed = {extra} if extra else set()
                what = imp.module
            else:
                dist = distribution_of(imp.module)
                if dist is None:
                    problems.append(f"{path.relative_to(REPO)}:{imp.line}: {imp.module} is not installed")
                    continue
                needed = set() if dist in CORE else {e for e in RUNTIME_EXTRAS if dist in EXTRAS[e]}
                what = f"{imp.module} ({dist})"
                if not needed and dist not in CORE:
                    problems.append(f"{path.relative_to(REPO)}:{imp.line}: {what} is declared nowhere")
                    continue
            if not needed or own in needed:
                continue
            allowed = {imp.guard} if imp.guard else (guarded if not imp.top_level else set())
            if not needed & allowed:
                problems.append(f"{path.relative_to(REPO)}:{imp.line}: {what} belongs to the "
                                f"{'/'.join(sorted(needed))} extra: import it in a function under needs(...)")
    assert not problems, "\n".join(problems)


def test_langgraph_server_image_gets_what_its_app_imports():
    """`langgraph build` installs langgraph.json's dependencies: the repository (the core) and what the
    admin app it mounts needs, spelled as pyproject declares it."""
    config = json.loads((REPO / "langgraph.json").read_text(encoding="utf-8"))
    declared = set(PROJECT["dependencies"]) | {r for reqs in PROJECT["optional-dependencies"].values() for r in reqs}
    extra_deps = [d for d in config["dependencies"] if not d.startswith(".")]
    assert set(extra_deps) <= declared
    assert names(extra_deps) >= {n for n in EXTRAS["server"] if n != "uvicorn"}


def test_readme_names_every_extra():
    text = (REPO / "README.md").read_text(encoding="utf-8")
    missing = [e for e in RUNTIME_EXTRAS if f"[{e}]" not in text and f"`{e}`" not in text]
    assert not missing, f"README's install section does not name the extras {missing}"


def test_needs_names_the_extra_to_install():
    with pytest.raises(MissingExtra) as caught:
        with needs("plots", "drawing a figure"):
            import alu_no_such_package  # noqa: F401
    e = caught.value
    assert isinstance(e, ModuleNotFoundError) and e.extra == "plots" and e.name == "alu_no_such_package"
    assert str(e) == ("drawing a figure needs the package 'alu_no_such_package', which is not installed: "
                      "pip install 'alu-unlearning[plots]'")
    with needs("plots", "drawing a figure"):
        import json as _  # noqa: F401  (present: nothing happens)


def test_features_without_their_extra_say_which_to_install(monkeypatch):
    from alu.eval import metrics
    from alu.extras import pyplot
    from alu.retrieval.databases import open_database

    monkeypatch.setitem(sys.modules, "matplotlib", None)
    with pytest.raises(MissingExtra, match=re.escape(install_hint("plots"))):
        pyplot()
    monkeypatch.setitem(sys.modules, "rouge_score", None)
    metrics._scorer.cache_clear()
    with pytest.raises(MissingExtra, match=re.escape(install_hint("eval"))):
        metrics.rouge_l_recall("a cat sat", "the cat sat")
    metrics._scorer.cache_clear()
    monkeypatch.setitem(sys.modules, "psycopg", None)
    monkeypatch.delitem(sys.modules, "alu.retrieval.postgres", raising=False)
    monkeypatch.delitem(sys.modules, "alu.retrieval.pgconn", raising=False)
    with pytest.raises(MissingExtra, match=re.escape(install_hint("postgres"))):
        open_database("postgresql://127.0.0.1:1/alu")


def closure(roots: set[str]) -> set[str]:
    """The installed distributions `roots` pull in (their requirements without extras, recursively)."""
    env = default_environment() | {"extra": ""}
    seen: set[str] = set()
    todo = list(roots)
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        try:
            requires = md.requires(name) or []
        except md.PackageNotFoundError:
            continue
        seen.add(name)
        for text in requires:
            req = Requirement(text)
            if req.marker is None or req.marker.evaluate(env):
                todo.append(canonicalize_name(req.name))
    return seen


HIDE_OPTIONAL = r'''
import importlib.machinery, os, sys

with open(sys.argv[1], encoding="utf-8") as f:
    HIDDEN = set(f.read().splitlines())

class Hidden:
    """An environment without the extras: their files cannot be imported."""
    def find_spec(self, name, path=None, target=None):
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        if spec is not None and spec.origin and os.path.realpath(spec.origin) in HIDDEN:
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None

sys.meta_path.insert(0, Hidden())
'''

CORE_ONLY = HIDE_OPTIONAL + r'''
import importlib, io, contextlib
for module in sys.argv[3].split(","):
    importlib.import_module(module)

from alu.cli import build_parser, main
build_parser(None)
err = io.StringIO()
with contextlib.redirect_stderr(err):
    assert main(["serve", "--port", "0"]) == 2
print("SERVE:", err.getvalue().strip())

from alu.extras import MissingExtra
from alu.retrieval.embeddings import load_embedder
try:
    load_embedder("minilm")
except MissingExtra as e:
    print("EMBEDDED:", e)

import hashlib
import numpy as np
from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage, HumanMessage
from alu.graph.builder import build_graph
from alu.graph.context import UnlearnContext
from alu.graph.resources import Resources
from alu.retrieval.store import TargetStore
from alu.retrieval.targets import read_targets_file

class HashEmbedder:
    name, dim = "hash-test", 64

    def embed(self, texts):
        out = np.zeros((len(texts), self.dim), np.float32)
        for i, text in enumerate(texts):
            for word in text.lower().split():
                out[i, int(hashlib.md5(word.encode()).hexdigest(), 16) % self.dim] += 1.0
        return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-9)

store = TargetStore(sys.argv[4], HashEmbedder())
store.add(read_targets_file(sys.argv[2]))
answer = "Water boils at 100 degrees Celsius at sea level."
respondent = GenericFakeChatModel(messages=iter([AIMessage(answer)]))
graph = build_graph(Resources(store=store, models={"respondent": respondent}))
result = graph.invoke({"messages": [HumanMessage("When does water boil?")]}, context=UnlearnContext(home=sys.argv[4]))
print("ANSWER:", result["answer"])
hidden = sorted(set(sys.modules) & {"fastapi", "uvicorn", "psycopg", "matplotlib", "torch", "rouge_score",
                                     "alu.graph.otel", "opentelemetry.sdk.trace"})
print("IMPORTED:", hidden)
'''


def test_the_core_runs_without_any_extra(tmp_path):
    optional = closure(set().union(*(EXTRAS[e] for e in RUNTIME_EXTRAS))) - closure(CORE)
    hidden = {str(Path(md.distribution(d).locate_file(f)).resolve()) for d in optional for f in md.files(d) or []}
    core_modules = [m for m in MODULES if owner(m) is None]
    (tmp_path / "hidden.txt").write_text("\n".join(sorted(hidden)), encoding="utf-8")
    proc = subprocess.run([sys.executable, "-c", CORE_ONLY, str(tmp_path / "hidden.txt"),
                           str(REPO / "alu" / "data" / "demo_targets.jsonl"),
                           ",".join(core_modules), str(tmp_path / "home")],
                          capture_output=True, text=True, timeout=300, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr[-4000:]
    out = dict(line.split(": ", 1) for line in proc.stdout.splitlines() if ": " in line)
    assert out["ANSWER"] == "Water boils at 100 degrees Celsius at sea level."
    assert install_hint("server") in out["SERVE"] and out["SERVE"].startswith("alu: error: `alu serve` needs")
    assert install_hint("embedded") in out["EMBEDDED"]
    assert out["IMPORTED"] == "[]"
