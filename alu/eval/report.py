"""Summaries (means, rates, percentiles), Markdown tables and matplotlib plots of eval records."""

from __future__ import annotations

import json
import math
from collections import defaultdict
from pathlib import Path

from alu.eval import metrics as M
from alu.eval.runner import METHODS
from alu.extras import pyplot

# Column order and labels of the tables; a column appears when some record has the metric.
COLUMNS = [
    ("name_leak", "name leak"), ("answer_leak", "answer leak"), ("attack_leak", "attack leak"),
    ("rouge_l_recall", "ROUGE-L rec."), ("fact_recall", "fact rec."), ("truth_ratio", "truth ratio≈"),
    ("mc_score", "MC acc."), ("untouched", "untouched"), ("flagged_any", "flagged"), ("refusal", "refused"),
]
# the one number a plot shows per split kind
HEADLINE = {"forget": "name_leak", "retain": "untouched", "mc": "mc_score", "attack": "attack_leak"}
# how a headline metric is named in plots and tables, with the direction that is better
METRIC_LABEL = {"name_leak": "name leak ↓", "answer_leak": "answer leak ↓", "attack_leak": "attack leak ↓",
                "untouched": "untouched ↑", "mc_score": "MC accuracy"}
# multiple-choice accuracy: the forget set's should fall towards chance, the retain set's should stay
MC_DIRECTION = {"wmdp": "MC accuracy ↓ (chance 25 %)", "mmlu": "MC accuracy ↑"}


def headline(fig: dict) -> str:
    """The metric a plot and the README show for a split: the attack leak for attacks (a name, an encoded
    name or the fact itself), the answer string for RWKU/WPU forget sets, else by kind."""
    if "attack_leak" in fig:
        return "attack_leak"
    if fig.get("kind") == "forget" and "answer_leak" in fig:
        return "answer_leak"
    return HEADLINE.get(fig.get("kind", ""), "untouched")


def metric_label(metric: str, bench: str = "") -> str:
    if metric == "mc_score":
        return MC_DIRECTION.get(bench, "MC accuracy")
    return METRIC_LABEL.get(metric, metric)


def plot_data(summary: dict, bench: str = "") -> list[dict]:
    """What the plot of a result draws, panel by panel: per respondent, one panel per headline metric
    (never two metrics on one axis), each with its splits, their n, and each method's value (None: n/a).
    The README table is written from the same rows."""
    panels = []
    for resp, groups in summary.items():
        by_metric: dict[str, list[str]] = {}
        for key, by_method in groups.items():
            by_metric.setdefault(headline(next(iter(by_method.values()))), []).append(key)
        for metric, keys in by_metric.items():
            splits = []
            for key in keys:
                by_method = groups[key]
                values = {m: (by_method[m][metric] if metric in by_method.get(m, {}) else None) for m in METHODS}
                calls = {m: by_method[m]["llm_calls"] if m in by_method else None for m in METHODS}
                splits.append({"split": key, "n": next(iter(by_method.values()))["n"], "values": values,
                               "llm_calls": calls})
            panels.append({"respondent": resp, "metric": metric, "label": metric_label(metric, bench),
                           "splits": splits})
    return panels


def _bar_labels(ax, xs: list[float], values: list[float | None], fmt, top: float) -> None:
    """Every bar says its value; a zero bar says "0 %" and a missing one "n/a", so neither looks empty."""
    for x, v in zip(xs, values):
        if v is None or (isinstance(v, float) and math.isnan(v)):
            ax.text(x, top * 0.01, "n/a", ha="center", va="bottom", fontsize=6, rotation=90, color="0.45")
        else:
            ax.text(x, v + top * 0.01, fmt(v), ha="center", va="bottom", fontsize=6, rotation=90)


def plot(summary: dict, path: Path, title: str) -> Path | None:
    """The figure of `draw` as a PNG file."""
    plt = pyplot()
    if not summary:
        return None
    fig = draw(summary, title)
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path


def draw(summary: dict, title: str):
    """Per respondent: one bar panel per headline metric (direction in its title; n under every split;
    "0 %" and "n/a" written out), then p50 latency.  The legend sits above the panels, off the bars."""
    plt = pyplot()
    panels = plot_data(summary, title)
    rows = list(summary)
    cols = max(sum(1 for p in panels if p["respondent"] == r) for r in rows) + 1
    # each panel as wide as its number of splits, so that bars have the same width everywhere
    first = [len(p["splits"]) for p in panels if p["respondent"] == rows[0]]
    ratios = [max(2, n) for n in first] + [max(2, len(summary[rows[0]]))] if len(first) == cols - 1 else None
    fig, axes = plt.subplots(len(rows), cols, squeeze=False, gridspec_kw={"width_ratios": ratios},
                             figsize=(max(9.0, 0.9 * sum(ratios or [8] * cols) + 2), 3.9 * len(rows) + 0.6))
    width = 0.8 / len(METHODS)
    colors = {m: f"C{i}" for i, m in enumerate(METHODS)}
    for r, resp in enumerate(rows):
        mine = [p for p in panels if p["respondent"] == resp]
        for c in range(cols):
            axes[r][c].set_visible(c < len(mine) or c == cols - 1)
        for ax, panel in zip(axes[r], mine):
            ticks = [f"{s['split']}\nn={s['n']}" for s in panel["splits"]]
            for i, method in enumerate(METHODS):
                xs = [k + (i - (len(METHODS) - 1) / 2) * width for k in range(len(ticks))]
                vals = [s["values"][method] for s in panel["splits"]]
                heights = [100 * v if v is not None else 0.0 for v in vals]
                ax.bar(xs, heights, width, color=colors[method], label=method)
                _bar_labels(ax, xs, [None if v is None else 100 * v for v in vals], lambda v: f"{v:.0f} %", 100)
            ax.set_xticks(range(len(ticks)), ticks, fontsize=7, rotation=35 if len(ticks) > 4 else 0,
                          ha="right" if len(ticks) > 4 else "center")
            ax.set_ylim(0, 118)
            ax.set_ylabel("% of queries")
            ax.set_title(f"{panel['label']} — respondent {resp}", fontsize=9)
        lat = axes[r][cols - 1]
        keys = list(summary[resp])
        for i, method in enumerate(METHODS):
            xs = [k + (i - (len(METHODS) - 1) / 2) * width for k in range(len(keys))]
            vals = [summary[resp][k][method]["latency_p50_ms"] / 1000 if method in summary[resp][k] else None
                    for k in keys]
            lat.bar(xs, [v or 0.0 for v in vals], width, color=colors[method], label=method)
            top = max([v for v in vals if v] + [1.0])
            _bar_labels(lat, xs, vals, lambda v: f"{v:.1f}", top)
        lat.set_xticks(range(len(keys)), [f"{k}\nn={next(iter(summary[resp][k].values()))['n']}" for k in keys],
                       fontsize=7, rotation=35 if len(keys) > 4 else 0, ha="right" if len(keys) > 4 else "center")
        lat.set_ylabel("seconds")
        lat.margins(y=0.15)
        lat.set_title(f"p50 latency per query ↓ — respondent {resp}", fontsize=9)
    handles, labels = axes[0][0].get_legend_handles_labels()
    fig.legend(handles, labels, loc="upper center", ncol=len(METHODS), fontsize=8, frameon=False)
    fig.suptitle(f"alu eval {title}", fontsize=10, y=0.995, x=0.01, ha="left")
    fig.tight_layout(rect=(0, 0, 1, 0.95))
    return fig


def summarize(records: list[dict], group: str = "split") -> dict:
    """{respondent: {group value: {method: figures}}} over finished records."""
    buckets: dict[tuple, list[dict]] = defaultdict(list)
    for r in records:
        buckets[(r["respondent"], r.get(group) or "-", r["method"])].append(r)
    out: dict = {}
    for (resp, key, method), rs in sorted(buckets.items(), key=lambda kv: (kv[0][0], kv[0][1],
                                                                           METHODS.index(kv[0][2]))):
        ok = [r for r in rs if "metrics" in r]
        fig: dict = {"n": len(rs), "errors": len(rs) - len(ok), "kind": rs[0]["kind"]}
        names = sorted({k for r in ok for k in r["metrics"]})
        for name in names:
            fig[name] = M.mean(float(r["metrics"][name]) for r in ok if name in r["metrics"])
        lat = [r["latency_ms"] for r in ok]
        fig |= {"llm_calls": M.mean(r["llm_calls"] for r in ok),
                "prompt_tokens": M.mean(M.prompt_tokens_estimate(r.get("prompt_chars", 0)) for r in ok),
                "latency_p50_ms": M.percentile(lat, 50), "latency_p95_ms": M.percentile(lat, 95)}
        out.setdefault(resp, {}).setdefault(key, {})[method] = fig
    return out


def _cell(value, name: str) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    if name in ("llm_calls", "truth_ratio"):
        return f"{value:.2f}"
    if name in ("prompt_tokens",):
        return f"{value:,.0f}"
    if name.startswith("latency"):
        return f"{value / 1000:.2f} s" if value >= 1000 else f"{value:.0f} ms"
    return f"{100 * value:.1f} %"


def tables(summary: dict, title_of=lambda key: key) -> str:
    """One Markdown table per respondent and split: methods as rows."""
    parts = []
    for resp, groups in summary.items():
        for key, by_method in groups.items():
            present = [c for c in COLUMNS if any(c[0] in f for f in by_method.values())]
            cols = [("n", "n"), *present, ("llm_calls", "LLM calls"), ("prompt_tokens", "prompt tok."),
                    ("latency_p50_ms", "p50"), ("latency_p95_ms", "p95")]
            parts.append(f"\n**{title_of(key)}** — respondent `{resp}`\n")
            parts.append("| method | " + " | ".join(label for _, label in cols) + " |")
            parts.append("|---" * (len(cols) + 1) + "|")
            for method, fig in by_method.items():
                cells = [str(fig["n"]) + (f" ({fig['errors']} err.)" if fig["errors"] else "")]
                cells += [_cell(fig.get(name), name) for name, _ in cols[1:]]
                parts.append(f"| `{method}` | " + " | ".join(cells) + " |")
    return "\n".join(parts) + "\n"


def pooled(records: list[dict], pools: dict[str, list[str]], group: str = "split") -> dict:
    """The summary of each pool: the records of its splits taken together ({respondent: {pool: {method: ...}}})."""
    out: dict = {}
    for name, members in pools.items():
        mine = [r | {group: name} for r in records if r.get(group) in members]
        for resp, groups in summarize(mine, group).items():
            out.setdefault(resp, {}).update(groups)
    return out


def write_outputs(out: Path, bench: str, config: dict, records: list[dict], notes: list[str],
                  group: str = "split", extra: dict | None = None, pools: dict[str, list[str]] | None = None) -> dict:
    """BENCH.json, BENCH.md and BENCH.png in `out`; returns the JSON result."""
    summary = summarize(records, group)
    pooled_summary = pooled(records, pools or {}, group)
    result = {"bench": bench, "config": config, "group_by": group, "summary": summary, "notes": notes,
              "records": records} | ({"pools": pools, "pooled": pooled_summary} if pools else {}) | (extra or {})
    out.mkdir(parents=True, exist_ok=True)
    (out / f"{bench}.json").write_text(json.dumps(result, ensure_ascii=False, indent=1, default=float),
                                      encoding="utf-8")
    png = plot(summary, out / f"{bench}.png", bench)
    md = [f"# `alu eval {bench}`\n", f"Command: `{config.get('command', '')}`\n",
          "Metrics are defined in docs/metrics.md. Rates are means over the queries of a split; "
          "prompt tokens are estimated as characters / 4.\n"]
    md += [f"- {n}" for n in notes]
    md.append(tables(summary))
    if pools:
        md.append("\n## Pooled splits\n")
        md += [f"- {name}: {', '.join(members)}" for name, members in pools.items()]
        md.append(tables(pooled_summary))
    if png:
        md.append(f"\n![{bench}]({png.name})\n")
    (out / f"{bench}.md").write_text("\n".join(md), encoding="utf-8")
    return result
