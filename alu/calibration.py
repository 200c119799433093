"""Calibrated thresholds for conversation scope, chosen from labelled questions, never from scored ones.

Input: questions that must be forgotten (optionally naming their target) and questions that must be
kept.  Each is scored as conversation scope scores a user turn (nodes/scope.example_scores: the best
fact/example match of each target that beats every keep exemplar).  For the asked recall the flag
threshold is the score that many forget questions reach; the keep loss is the share of keep
questions that would then be flagged.  Thresholds are stored in the registry: per target as target
fields (versioned like any change), globally as registry metadata.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from alu.nodes.scope import SCOPE_THRESHOLD_KEY, example_scores
from alu.retrieval.targets import json_lines

GRID = [round(x, 2) for x in np.arange(0.30, 0.96, 0.05)]
MIN_PER_TARGET = 10   # fewer labelled questions than this cannot place a per-target threshold
SEARCH_K = 16


class CalibrationError(ValueError):
    """Calibration data is missing, malformed or cannot support the asked recall (message names the line)."""


@dataclass(frozen=True)
class Labelled:
    text: str
    label: str            # forget | keep
    target: str | None = None


@dataclass
class Calibration:
    recall: float
    threshold: float                     # global flag threshold for fact/example matches
    keep_loss: float                     # share of keep questions flagged at that threshold
    per_target: dict[str, dict] = field(default_factory=dict)   # id -> {flag, candidate, recall, n}
    table: list[dict] = field(default_factory=list)              # threshold -> recall, keep loss
    n_forget: int = 0
    n_keep: int = 0

    def to_dict(self) -> dict:
        return {"recall": self.recall, "threshold": self.threshold, "keep_loss": self.keep_loss,
                "per_target": self.per_target, "table": self.table, "n_forget": self.n_forget, "n_keep": self.n_keep}


def read_labelled(path: str | Path, label: str | None = None) -> list[Labelled]:
    """JSON Lines of {"text" (or "question"), "target"?, "label"?}; with `label` every line gets that label
    (a line saying otherwise is an error), without it each line must carry "label": "forget" or "keep"."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise CalibrationError(f"{path}: no such file") from None
    except UnicodeDecodeError as e:
        raise CalibrationError(f"{path}: not UTF-8 text (byte {e.start})") from None
    out = []
    for n, row in json_lines(lines, lambda n, why: CalibrationError(f"{path}, line {n}: {why}")):
        where = f"{path}, line {n}"
        if not isinstance(row, dict):
            raise CalibrationError(f"{where}: expected a JSON object with a 'text', got {type(row).__name__}")
        text = row.get("text", row.get("question"))
        if not isinstance(text, str) or not text.strip():
            raise CalibrationError(f"{where}: needs a non-empty 'text' (the question)")
        row_label = row.get("label")
        if row_label is None and label is None:
            raise CalibrationError(f"{where}: unlabelled (add \"label\": \"forget\" or \"keep\")")
        if row_label is not None and row_label not in ("forget", "keep"):
            raise CalibrationError(f"{where}: label must be 'forget' or 'keep', got {row_label!r}")
        if label is not None and row_label is not None and row_label != label:
            raise CalibrationError(f"{where}: labelled {row_label!r} in the {label} file")
        target = row.get("target")
        if target is not None and not isinstance(target, str):
            raise CalibrationError(f"{where}: 'target' must be a target id string")
        out.append(Labelled(" ".join(text.split()), str(row_label or label), target))
    if not out:
        raise CalibrationError(f"{path}: empty (no labelled questions)")
    return out


def score_all(store, texts: list[str], k: int = SEARCH_K) -> list[dict[str, float]]:
    vectors = store.embedder.embed(texts) if texts else np.zeros((0, store.embedder.dim), np.float32)
    return [example_scores(store, v, k) for v in vectors]


def threshold_for(scores: list[float], recall: float) -> float:
    """The highest threshold that at least `recall` of the scores reach."""
    ordered = sorted(scores)
    misses = math.floor((1.0 - recall) * len(ordered) + 1e-9)
    return ordered[min(misses, len(ordered) - 1)]


def calibrate(store, items: list[Labelled], recall: float = 0.97, max_keep_loss: float = 0.05) -> Calibration:
    """Choose thresholds; CalibrationError when the data cannot support the asked recall."""
    if not 0.0 < recall < 1.0:
        raise CalibrationError(f"--recall must lie strictly between 0 and 1, got {recall}")
    forget = [x for x in items if x.label == "forget"]
    keep = [x for x in items if x.label == "keep"]
    if not forget or not keep:
        raise CalibrationError(f"calibration needs forget and keep questions (got {len(forget)} forget, "
                               f"{len(keep)} keep)")
    need = math.ceil(1.0 / (1.0 - recall))
    if len(forget) < need:
        raise CalibrationError(f"a recall of {recall:g} cannot be measured on {len(forget)} forget questions "
                               f"(at least {need} are needed)")
    unknown = sorted({x.target for x in forget if x.target and store.get(x.target) is None})
    if unknown:
        raise CalibrationError(f"forget questions name unknown target(s): {', '.join(unknown[:5])}")
    f_scores = score_all(store, [x.text for x in forget])
    k_scores = [max(s.values(), default=0.0) for s in score_all(store, [x.text for x in keep])]
    own = [s.get(x.target, 0.0) if x.target else max(s.values(), default=0.0) for x, s in zip(forget, f_scores)]
    threshold = threshold_for(own, recall)
    if threshold <= 0.0:
        missed = sum(1 for s in own if s <= 0.0)
        raise CalibrationError(f"a recall of {recall:g} is out of reach: {missed} of {len(own)} forget questions "
                               "match no fact or example of their target more closely than a keep exemplar; "
                               "add examples or lower --recall")
    keep_loss = sum(1 for s in k_scores if s >= threshold) / len(k_scores)
    if keep_loss > max_keep_loss:
        raise CalibrationError(f"a recall of {recall:g} needs threshold {threshold:.3f}, which would flag "
                               f"{keep_loss:.1%} of keep questions (more than --max-keep-loss {max_keep_loss:g}); "
                               "add keep exemplars or examples, or lower --recall")
    result = Calibration(recall, round(threshold, 4), round(keep_loss, 4), n_forget=len(forget), n_keep=len(keep))
    result.table = [{"threshold": t, "recall": round(sum(1 for s in own if s >= t) / len(own), 4),
                     "keep_loss": round(sum(1 for s in k_scores if s >= t) / len(k_scores), 4)} for t in GRID]
    by_target: dict[str, list[float]] = {}
    for x, s in zip(forget, own):
        if x.target:
            by_target.setdefault(x.target, []).append(s)
    for target_id, scores in sorted(by_target.items()):
        if len(scores) < max(MIN_PER_TARGET, need) or threshold_for(scores, recall) <= 0.0:
            continue
        flag = threshold_for(scores, recall)
        candidate = max(threshold_for(scores, (1.0 + recall) / 2), 1e-3)
        result.per_target[target_id] = {"flag": round(flag, 4), "candidate": round(min(candidate, flag), 4),
                                        "n": len(scores),
                                        "keep_loss": round(sum(1 for s in k_scores if s >= flag) / len(k_scores), 4)}
    return result


def store_calibration(store, result: Calibration) -> int:
    """Write the thresholds into the registry: per-target ones as a versioned target change, the global
    one (and the whole result) as registry metadata.  Returns the registry version."""
    changed = []
    for target_id, t in result.per_target.items():
        target = store.get(target_id)
        data = target.to_dict() | {"flag_threshold": t["flag"], "candidate_threshold": t["candidate"]}
        changed.append(data)
    version = store.add(changed, replace=True).version if changed else store.version()
    store.registry.write([], [], {SCOPE_THRESHOLD_KEY: str(result.threshold),
                                  "calibration": json.dumps(result.to_dict())})
    return version


def table_text(result: Calibration) -> str:
    lines = ["threshold  recall  keep_loss"]
    lines += [f"{r['threshold']:9.2f}  {r['recall']:6.1%}  {r['keep_loss']:9.1%}" for r in result.table]
    lines.append(f"chosen: {result.threshold:.3f} (recall >= {result.recall:g} on {result.n_forget} forget "
                 f"questions; keep loss {result.keep_loss:.1%} of {result.n_keep})")
    for target_id, t in result.per_target.items():
        lines.append(f"  {target_id}: flag {t['flag']:.3f}, candidate {t['candidate']:.3f} "
                     f"({t['n']} questions; keep loss {t['keep_loss']:.1%})")
    return "\n".join(lines)


def plot(result: Calibration, path: str | Path) -> Path:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    path = Path(path)
    fig, ax = plt.subplots(figsize=(5, 3.5))
    xs = [r["threshold"] for r in result.table]
    ax.plot(xs, [r["recall"] for r in result.table], label="forget recall")
    ax.plot(xs, [r["keep_loss"] for r in result.table], label="keep loss")
    ax.axvline(result.threshold, color="grey", linestyle="--", label=f"chosen {result.threshold:.2f}")
    ax.set_xlabel("fact/example match threshold")
    ax.set_ylim(0, 1.02)
    ax.legend(loc="center left")
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)
    return path
