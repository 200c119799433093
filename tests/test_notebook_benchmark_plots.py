"""The plots notebook runs headless on a freshly generated (tiny) eval result."""

from __future__ import annotations

import os
import sys

import pytest

from alu.eval import data as D
from conftest import REPO, fake_model

NOTEBOOK = REPO / "notebooks" / "benchmark_plots.ipynb"


def execute(nb) -> None:
    """Run the notebook in place on a kernel that is this interpreter (the venv), whatever kernelspecs
    the machine has."""
    from nbclient import NotebookClient

    client = NotebookClient(nb, timeout=300, kernel_name="python3",
                            resources={"metadata": {"path": str(NOTEBOOK.parent)}})
    km = client.create_kernel_manager()
    km.kernel_cmd = [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"]
    client.km = km
    client.execute()


@pytest.mark.skipif(not (D.REPO.parent / "shared" / "data").is_dir() and not os.environ.get("ALU_DATA_DIR"),
                    reason="benchmark data folder not present")
def test_notebook_runs_on_a_fresh_result(tmp_path, embedder, monkeypatch):
    import nbformat

    from alu.eval.harness import run_bench

    models = {"respondent": fake_model("Italian, I believe."), "auditor": fake_model({"leaked": []}),
              "eraser": fake_model({"variants": [f"No details ({i})." for i in range(5)]}),
              "critic": fake_model({"scores": [5, 5, 5, 5, 5]}), "composer": fake_model("No details.")}
    run_bench("wpu", tmp_path, respondents=("oracle", "model"), limit=1, models=models, embedder=embedder)
    nb = nbformat.read(NOTEBOOK, as_version=4)
    assert all(not c.get("outputs") for c in nb.cells if c.cell_type == "code"), "commit the notebook without outputs"
    monkeypatch.setenv("ALU_EVAL_RESULT", str(tmp_path / "wpu.json"))
    execute(nb)
    text = "".join(o.get("text", "") for c in nb.cells for o in c.get("outputs", []))
    assert "wpu - " in text and "rows" in text
    assert "oracle  forget" in text and "answer_leak" in text and "100.0 %" in text
    assert any("image/png" in o.get("data", {}) for c in nb.cells for o in c.get("outputs", []))


def test_notebook_runs_on_the_shipped_results(monkeypatch):
    """On a fresh clone (no eval run yet) the notebook plots the committed docs/results/tofu.json."""
    import nbformat

    monkeypatch.delenv("ALU_EVAL_RESULT", raising=False)
    nb = nbformat.read(NOTEBOOK, as_version=4)
    execute(nb)
    text = "".join(o.get("text", "") for c in nb.cells for o in c.get("outputs", []))
    assert text.startswith("tofu - ") and "name_leak" in text and "untouched" in text
    assert any("image/png" in o.get("data", {}) for c in nb.cells for o in c.get("outputs", []))
