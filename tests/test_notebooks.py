"""The notebooks run top to bottom on the embedded models, and are committed without outputs."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"
OURS = ["quickstart.ipynb", "trace_inspection.ipynb"]


@pytest.mark.parametrize("name", OURS)
def test_committed_without_outputs(name):
    nb = nbformat.read(NOTEBOOKS / name, as_version=4)
    nbformat.validate(nb)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code, "a notebook without code"
    for i, cell in enumerate(code):
        assert cell.outputs == [], f"{name}: code cell {i} has stored outputs"
        assert cell.execution_count is None, f"{name}: code cell {i} has an execution count"


@pytest.mark.slow
@pytest.mark.parametrize("name", OURS)
def test_runs_on_the_embedded_models(name, tmp_path):
    """Every cell executes without error; the notebooks assert their own invariants (no name leaks)."""
    nb = nbformat.read(NOTEBOOKS / name, as_version=4)
    # the ipykernel 'python3' kernel started with this interpreter, i.e. the project's venv
    client = NotebookClient(nb, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}})
    client.execute()
    printed = "".join(out.get("text", "") for cell in nb.cells if cell.cell_type == "code"
                      for out in cell.outputs if out.get("name") == "stdout")
    assert "decision:" in printed
