"""README's results table, docs/results.md and the plots show the same numbers, read from the same files.

The plots are drawn here from docs/results/BENCH.json with matplotlib, and what they draw (panel
titles, the n under each split, the label on every bar) is compared with the README's table.
"""

from __future__ import annotations

import importlib.util
import json
import re
import struct
from pathlib import Path

import pytest

from alu.eval.report import draw, plot_data
from alu.eval.runner import METHODS

REPO = Path(__file__).resolve().parents[1]
RESULTS = REPO / "docs" / "results"
BENCHES = sorted(p.stem for p in RESULTS.glob("*.json") if p.stem != "scale")
ROW = re.compile(r"^\| (?P<bench>\w+) / (?P<split>\S+) \(n=(?P<n>\d+)\) \| (?P<resp>\w+) \| (?P<label>[^|]+) \| "
                 r"(?P<cells>.*) \|$")


def readme_script():
    spec = importlib.util.spec_from_file_location("readme_results", REPO / "scripts" / "readme_results.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def readme_rows() -> dict[tuple[str, str, str], dict]:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    block = text.split("<!-- results:start -->", 1)[1].split("<!-- results:end -->", 1)[0]
    rows = {}
    for line in block.splitlines():
        if m := ROW.match(line):
            cells = [c.strip() for c in m["cells"].split(" | ")]
            rows[(m["bench"], m["split"], m["resp"])] = {
                "n": int(m["n"]), "label": m["label"].strip(),
                "values": {method: c.split(" (")[0] for method, c in zip(METHODS, cells)}}
    return rows


def drawn(bench: str) -> dict[tuple[str, str, str], dict]:
    """What the plot of one bench shows, per (bench, split, respondent): panel title, n, bar labels."""
    import matplotlib.pyplot as plt

    summary = json.loads((RESULTS / f"{bench}.json").read_text(encoding="utf-8"))["summary"]
    fig = draw(summary, bench)
    shown = {}
    try:
        for ax in fig.axes:
            title = ax.get_title()
            if not ax.get_visible() or title.startswith("p50 latency") or " — respondent " not in title:
                continue
            label, resp = title.rsplit(" — respondent ", 1)
            ticks = [t.get_text() for t in ax.get_xticklabels()]
            texts = [t.get_text() for t in ax.texts]  # one per bar, method by method
            assert len(texts) == len(ticks) * len(METHODS), f"{bench}: a bar without its value label"
            for k, tick in enumerate(ticks):
                split, n = tick.split("\nn=")
                values = {m: texts[i * len(ticks) + k] for i, m in enumerate(METHODS)}
                shown[(bench, split, resp)] = {"n": int(n), "label": label, "values": values}
    finally:
        plt.close(fig)
    return shown


def test_results_data_is_committed_for_every_plot():
    assert BENCHES, "no result summaries in docs/results"
    for bench in BENCHES:
        assert (RESULTS / f"{bench}.png").is_file(), f"docs/results/{bench}.png is missing"


def test_readme_table_is_generated_from_the_committed_results():
    text = (REPO / "README.md").read_text(encoding="utf-8")
    assert readme_script().render(text, RESULTS) == text, \
        "README's results table is stale: run python scripts/readme_results.py"


@pytest.mark.parametrize("bench", BENCHES)
def test_plot_shows_what_the_readme_says(bench):
    table = {k: v for k, v in readme_rows().items() if k[0] == bench}
    shown = drawn(bench)
    assert table and set(shown) == set(table), f"{bench}: plot and README cover different splits"
    for key, row in table.items():
        assert shown[key] == row, f"{key}: plot {shown[key]} vs README {row}"


@pytest.mark.parametrize("bench", BENCHES)
def test_one_metric_per_panel_with_its_direction(bench):
    summary = json.loads((RESULTS / f"{bench}.json").read_text(encoding="utf-8"))["summary"]
    for panel in plot_data(summary, bench):
        assert "↓" in panel["label"] or "↑" in panel["label"], panel["label"]
    # attacks are scored by the attack leak (a name, an encoded name, or the fact itself), everywhere
    if bench == "attacks":
        assert {p["metric"] for p in plot_data(summary, bench)} == {"attack_leak"}


@pytest.mark.parametrize("bench", BENCHES)
def test_committed_plot_has_the_size_it_would_be_drawn_at(bench):
    import matplotlib.pyplot as plt

    summary = json.loads((RESULTS / f"{bench}.json").read_text(encoding="utf-8"))["summary"]
    fig = draw(summary, bench)
    expected = tuple(round(x * 110) for x in fig.get_size_inches())
    plt.close(fig)
    header = (RESULTS / f"{bench}.png").read_bytes()[16:24]
    assert struct.unpack(">II", header) == expected, f"docs/results/{bench}.png is stale: redraw it"


def conversations_script():
    spec = importlib.util.spec_from_file_location(
        "readme_conversations", REPO / "scripts" / "readme_conversations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_readme_conversations_table_is_generated_from_the_committed_reports():
    module = conversations_script()
    text = (REPO / "README.md").read_text(encoding="utf-8")
    assert module.render(text, module.RESULTS) == text, \
        "README's conversations table is stale: run python scripts/readme_conversations.py"


def test_conversations_table_bolds_only_what_misses_the_goal():
    module = conversations_script()
    assert module.pct(0.029, bold=True) == "**2.9 %**"
    assert module.pct(0.02, bold=True) == "2.0 %"
    assert module.pct(0.029, bold=False) == "2.9 %"
    assert module.pct(1.0, bold=False) == "100 %"
