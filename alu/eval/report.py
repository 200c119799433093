"""Summaries (means, rates, percentiles), Markdown tables and matplotlib plots of eval records."""

from __future__ import annotations

import json
import math
from collections import defaultdict
from pathlib import Path

from alu.eval import metrics as M
from alu.eval.runner import METHODS

# Column order and labels of the tables; a column appears when some record has the metric.
COLUMNS = [
    ("name_leak", "name leak"), ("answer_leak", "answer leak"), ("attack_leak", "attack leak"),
    ("rouge_l_recall", "ROUGE-L rec."), ("fact_recall", "fact rec."), ("truth_ratio", "truth ratio≈"),
    ("mc_score", "MC acc."), ("untouched", "untouched"), ("flagged_any", "flagged"), ("refusal", "refused"),
]
# the one number a plot shows per split kind
HEADLINE = {"forget": "name_leak", "retain": "untouched", "mc": "mc_score", "attack": "attack_leak"}


def headline(fig: dict) -> str:
    """The metric a plot shows for a split: the answer string for RWKU/WPU forget sets, else by kind."""
    if "attack_leak" in fig:
        return "attack_leak"
    if fig.get("kind") == "forget" and "answer_leak" in fig:
        return "answer_leak"
    return HEADLINE.get(fig.get("kind", ""), "untouched")


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


def plot(summary: dict, path: Path, title: str) -> Path | None:
    """Headline metric and p50 latency per split and method, one row of panels per respondent."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    if not summary:
        return None
    rows = list(summary.items())
    fig, axes = plt.subplots(len(rows), 2, figsize=(12, 3.6 * len(rows)), squeeze=False)
    for (resp, groups), (ax_m, ax_l) in zip(rows, axes):
        keys = list(groups)
        width = 0.8 / len(METHODS)
        for i, method in enumerate(METHODS):
            xs = [k + (i - 1.5) * width for k in range(len(keys))]
            vals, lats = [], []
            for key in keys:
                f = groups[key].get(method, {})
                metric = headline(f)
                vals.append(100 * f.get(metric, math.nan) if f else math.nan)
                lats.append(f.get("latency_p50_ms", math.nan) / 1000 if f else math.nan)
            ax_m.bar(xs, vals, width, label=method)
            ax_l.bar(xs, lats, width, label=method)
        labels = []
        for key in keys:
            kind = next(iter(groups[key].values())).get("kind", "")
            labels.append(f"{key}\n({headline(next(iter(groups[key].values())))})")
        for ax in (ax_m, ax_l):
            ax.set_xticks(range(len(keys)), labels, fontsize=7, rotation=30 if len(keys) > 4 else 0)
        ax_m.set_ylabel("%")
        ax_m.set_ylim(0, 105)
        ax_m.set_title(f"{title}: headline metric (respondent {resp})", fontsize=9)
        ax_l.set_ylabel("p50 latency (s)")
        ax_l.set_title(f"{title}: p50 latency per query (respondent {resp})", fontsize=9)
        ax_m.legend(fontsize=7)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path


def write_outputs(out: Path, bench: str, config: dict, records: list[dict], notes: list[str],
                  group: str = "split", extra: dict | None = None) -> dict:
    """BENCH.json, BENCH.md and BENCH.png in `out`; returns the JSON result."""
    summary = summarize(records, group)
    result = {"bench": bench, "config": config, "group_by": group, "summary": summary, "notes": notes,
              "records": records} | (extra or {})
    out.mkdir(parents=True, exist_ok=True)
    (out / f"{bench}.json").write_text(json.dumps(result, ensure_ascii=False, indent=1, default=float),
                                      encoding="utf-8")
    png = plot(summary, out / f"{bench}.png", bench)
    md = [f"# `alu eval {bench}`\n", f"Command: `{config.get('command', '')}`\n",
          "Metrics are defined in docs/metrics.md. Rates are means over the queries of a split; "
          "prompt tokens are estimated as characters / 4.\n"]
    md += [f"- {n}" for n in notes]
    md.append(tables(summary))
    if png:
        md.append(f"\n![{bench}]({png.name})\n")
    (out / f"{bench}.md").write_text("\n".join(md), encoding="utf-8")
    return result
