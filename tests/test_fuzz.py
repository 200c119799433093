"""The committed fuzz corpus (tests/fuzz/corpus.jsonl): malformed requests to /v1, the admin API and the CLI.

One real server on loopback serves both HTTP surfaces over one real registry; CLI cases call
`alu.cli.main` in-process against the same registry.  Every case must be refused cleanly
(HTTP 4xx with a JSON error, CLI exit 2 with a one-line message), and the registry must be
exactly as it was after each one.
"""

from __future__ import annotations

import base64
import gzip
import json
import os
from pathlib import Path

import httpx
import pytest
from mounts import copy_registry, mounted
from test_openai_api import serving

from alu.cli import main as cli_main
from alu.serve.admin import add_admin_routes
from alu.serve.chat_model import UnlearningChatModel
from alu.serve.openai_api import create_app
from conftest import fake_model

CORPUS = Path(__file__).parent / "fuzz" / "corpus.jsonl"
ADMIN_KEY = "fuzz-admin-key"
CLIENT_KEY = "fuzz-client-key"  # tests/fuzz/make_corpus.py sends it where a case is a client's, not the operator's
CASES = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]


def decode(data: str) -> bytes:
    if data.startswith("gz:"):
        return gzip.decompress(base64.b64decode(data[3:]))
    return base64.b64decode(data)


def registry_state(store) -> tuple[int, list[dict]]:
    return store.version(), sorted((t.to_dict() for t in store.all_targets()), key=lambda d: d["id"])


@pytest.fixture(scope="module")
def served(tmp_path_factory, embedder):
    from alu.retrieval.store import TargetStore
    from alu.retrieval.targets import read_targets_file
    from conftest import DEMO_TARGETS

    home = tmp_path_factory.mktemp("fuzz") / "home"
    store = TargetStore(home, embedder)
    store.add(read_targets_file(DEMO_TARGETS))
    saved = {k: os.environ.get(k) for k in ("ALU_HOME", "ALU_ADMIN_KEY", "ALU_API_KEY")}
    os.environ.update({"ALU_HOME": str(home), "ALU_ADMIN_KEY": ADMIN_KEY})
    os.environ.pop("ALU_API_KEY", None)
    model = UnlearningChatModel(fake_model("Water boils at 100 degrees Celsius."), store=store,
                                models={"auditor": fake_model({"leaked": []})})
    app = create_app(model, api_key=CLIENT_KEY)
    add_admin_routes(app, lambda: store)
    try:
        with serving(app) as url, httpx.Client(base_url=url, timeout=60) as client:
            yield client, store, home
    finally:
        for k, v in saved.items():
            os.environ.pop(k, None) if v is None else os.environ.__setitem__(k, v)


def _http_problems(case: dict, response: httpx.Response) -> list[str]:
    problems = []
    if not 400 <= response.status_code < 500:
        problems.append(f"status {response.status_code}")
    if "traceback" in response.text.lower():
        problems.append("traceback in the body")
    try:
        body = response.json()
    except ValueError:
        return problems + [f"body is not JSON: {response.text[:80]!r}"]
    if case["surface"] == "v1":  # OpenAI-shaped
        error = body.get("error") if isinstance(body, dict) else None
        if not (isinstance(error, dict) and isinstance(error.get("message"), str) and error.get("type")):
            problems.append(f"not an OpenAI error body: {body!r:.80}")
    elif not (isinstance(body, dict) and body.get("detail") and "error" not in body):
        problems.append(f"not the admin API's error body ({{'detail': ...}}): {body!r:.80}")
    return problems


def test_http_fuzz_corpus_is_refused_cleanly_and_changes_nothing(served):
    client, store, _ = served
    cases = [c for c in CASES if c["surface"] in ("v1", "admin")]
    assert len(cases) >= 150
    failures = []
    for case in cases:
        before = registry_state(store)
        headers = dict(case.get("headers") or {})
        if case["surface"] == "admin":
            headers.setdefault("x-api-key", ADMIN_KEY)
        else:  # the operator's key, so that each case reaches the check it is about
            headers.setdefault("authorization", f"Bearer {ADMIN_KEY}")
        try:
            response = client.request(case["method"], case["path"], headers=headers,
                                      content=decode(case["body"]) if "body" in case else None)
        except httpx.HTTPError as e:  # a reset connection is a failure too, not a skip
            failures.append(f"{case['why']}: {type(e).__name__}: {e}")
            continue
        problems = _http_problems(case, response)
        if registry_state(store) != before:
            problems.append("the registry changed")
        failures += [f"{case['surface']} {case['why']}: {p}" for p in problems]
    assert failures == [], "\n".join(failures)
    assert client.get("/health").status_code == 200  # and the server is still up


def _lay_out(files: dict, folder: Path, home: Path) -> None:
    for name, spec in files.items():
        path = folder / name
        kind = spec.get("kind")
        if kind == "dir":
            path.mkdir()
        elif kind == "registry":
            copy_registry(home, path)
        elif kind == "scribble":  # damage a file in place
            with path.open("r+b") as f:
                f.seek(spec["offset"])
                f.write(decode(spec["bytes"]))
        elif kind == "loop":
            path.symlink_to(path)
        elif kind == "dangling":
            path.symlink_to(folder / "nowhere")
        elif kind == "under-a-file":
            path.write_text("a file, not a folder")
        else:
            path.write_bytes(decode(spec["bytes"]))


def _files_state(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _run_cli_case(case: dict, folder: Path, home: Path, store, capsys) -> list[str]:
    argv = [a.replace("{dir}", str(folder)) for a in case["argv"]]
    if argv[0] != "--home":
        argv = ["--home", str(home), *argv]
    before, files_before = registry_state(store), _files_state(folder / "home") if (folder / "home").is_dir() else {}
    capsys.readouterr()
    try:
        code = cli_main(argv)
    except SystemExit as e:  # argparse usage errors
        code = e.code
    err = capsys.readouterr().err
    problems = [] if code == 2 else [f"exit {code}"]
    if "Traceback" in err:
        problems.append("traceback")
    if case["expect"] and case["expect"].lower() not in err.lower():
        problems.append(f"message {err.strip()[:160]!r} lacks {case['expect']!r}")
    if registry_state(store) != before:
        problems.append("the registry changed")
    if files_before and _registry_files(folder / "home") != _registry_files_of(files_before):
        problems.append("the case's own registry changed")
    return [f"cli {case['why']}: {p}" for p in problems]


def _registry_files(home: Path) -> dict[str, bytes]:
    return _registry_files_of(_files_state(home))


def _registry_files_of(files: dict[str, bytes]) -> dict[str, bytes]:
    """The registry's own bytes: SQLite may leave its -wal/-shm files behind after a failed open."""
    return {k: v for k, v in files.items() if k.endswith(".sqlite")}


def test_cli_fuzz_corpus_exits_2_naming_the_problem_and_changes_nothing(served, tmp_path, capsys):
    _, store, home = served
    cases = [c for c in CASES if c["surface"] == "cli" and "mount" not in c]
    assert len(cases) >= 50
    failures = []
    for n, case in enumerate(cases):
        folder = tmp_path / f"case{n}"
        folder.mkdir()
        _lay_out(case["files"], folder, home)
        failures += _run_cli_case(case, folder, home, store, capsys)
    assert failures == [], "\n".join(failures)


def test_cli_fuzz_corpus_on_a_read_only_or_full_home(served, tmp_path, capsys):
    _, store, home = served
    cases = [c for c in CASES if c["surface"] == "cli" and "mount" in c]
    assert {c["mount"] for c in cases} == {"ro", "full"}
    failures = []
    for n, case in enumerate(cases):
        folder = tmp_path / f"case{n}"
        folder.mkdir()
        _lay_out({k: v for k, v in case["files"].items() if k != "home"}, folder, home)
        with mounted(case["mount"], folder / "home", home):
            failures += _run_cli_case(case, folder, home, store, capsys)
    assert failures == [], "\n".join(failures)
