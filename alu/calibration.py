"""Calibrated thresholds for conversation scope, chosen from labelled questions, never from scored ones.

Input: questions that must be forgotten (optionally naming their target) and questions that must be
kept.  Each is scored as conversation scope scores a user turn (nodes/scope_examples.example_scores: the best
fact/example match of each target that beats every keep exemplar).  For the asked recall the flag
threshold is the score that many forget questions reach; the keep loss is the share of keep
questions that would then be flagged.  Thresholds are stored in the registry: per target as target
fields (versioned like any change), globally as registry metadata.

A topic target with enough labelled forget questions also gets a probe (retrieval/probes.py): a
logistic regression (scikit-learn) over the embedder's vectors and hashed word n-grams, positives the
topic's examples and forget questions, negatives the keep questions and keep exemplars.  Its
threshold is chosen on cross-validated scores (each question scored by a model that never saw it),
either for the asked recall or, with a keep-loss budget, so that all probes together flag at most
that share of the keep questions; the other figure is measured the same way.  Scope then decides
such a topic by its probe.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from alu.budget import budget_margins
from alu.extras import pyplot
from alu.nodes.scope_examples import SCOPE_THRESHOLD_KEY, example_scores
from alu.retrieval.probes import NGRAM_FEATURES, Probe, ProbeTable, ngram_vectorizer
from alu.retrieval.targets import json_lines

GRID = [round(x, 2) for x in np.arange(0.30, 0.96, 0.05)]
MIN_PER_TARGET = 10   # fewer labelled questions than this cannot place a per-target threshold
SEARCH_K = 16
PROBE_FOLDS = 5       # cross-validation folds that score every labelled question out of sample
PROBE_C = 10.0        # inverse L2 strength of the logistic regression (unit vectors, a few hundred per class)


class CalibrationError(ValueError):
    """Calibration data is missing, malformed or cannot support the asked recall (message names the line)."""


@dataclass(frozen=True)
class Labelled:
    text: str
    label: str            # forget | keep
    target: str | None = None
    # questions sharing a group (rewordings of one question) stay in one cross-validation fold, so no question
    # is scored out of sample by a model that saw its twin; None: a group of its own
    group: str | None = None
    # where a keep question comes from ("exam questions", "everyday chat"): a keep-loss budget holds on each
    # source alone, so a large easy source cannot hide the loss on a small hard one; None: one pooled source
    source: str | None = None


@dataclass
class Calibration:
    recall: float
    threshold: float | None              # global flag threshold for fact/example matches (None: all probed)
    keep_loss: float                     # share of keep questions (and exemplars, for probes) flagged
    per_target: dict[str, dict] = field(default_factory=dict)   # id -> {flag, candidate, recall, n}
    probes: dict[str, Probe] = field(default_factory=dict)       # topic id -> its fitted probe
    probe_stats: dict[str, dict] = field(default_factory=dict)   # topic id -> {recall, keep_loss, n}
    table: list[dict] = field(default_factory=list)              # threshold -> recall, keep loss
    n_forget: int = 0
    n_keep: int = 0

    def to_dict(self) -> dict:
        return {"recall": self.recall, "threshold": self.threshold, "keep_loss": self.keep_loss,
                "per_target": self.per_target, "probes": self.probe_stats, "table": self.table,
                "n_forget": self.n_forget, "n_keep": self.n_keep}


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
        group, source = row.get("group"), row.get("source")
        if group is not None and not isinstance(group, str):
            raise CalibrationError(f"{where}: 'group' must be a string (rewordings of one question share it)")
        if source is not None and not isinstance(source, str):
            raise CalibrationError(f"{where}: 'source' must be a string (where the keep question comes from)")
        out.append(Labelled(" ".join(text.split()), str(row_label or label), target, group, source))
    if not out:
        raise CalibrationError(f"{path}: empty (no labelled questions)")
    return out


def threshold_for(scores: list[float], recall: float) -> float:
    """The highest threshold that at least `recall` of the scores reach."""
    ordered = sorted(scores)
    misses = math.floor((1.0 - recall) * len(ordered) + 1e-9)
    return ordered[min(misses, len(ordered) - 1)]


def _embed(store, texts: list[str]) -> np.ndarray:
    return store.embedder.embed(texts) if texts else np.zeros((0, store.embedder.dim), np.float32)


@dataclass
class ProbeFit:
    """A topic's fitted classifier before its threshold is placed, with cross-validated margins: each labelled
    question scored by a model that never saw it (positives, then keep questions and keep exemplars)."""

    weights: tuple[float, ...]
    ngrams: tuple[float, ...]
    bias: float
    positive_margins: np.ndarray
    keep_margins: np.ndarray

    def probe(self, embedder: str, margin: float) -> Probe:
        # stored as a probability; margins beyond +-13.8 are clipped (a probe that sure is sure either way)
        threshold = min(max(1.0 / (1.0 + math.exp(-margin)), 1e-6), 1.0 - 1e-6)
        return Probe(self.weights, self.bias, threshold, embedder, len(self.positive_margins),
                     len(self.keep_margins), self.ngrams)


def probe_features(texts: list[str], vectors: np.ndarray):
    """What a probe sees of each text: hashed word n-grams, then the embedder's vector (retrieval/probes.py)."""
    from scipy.sparse import csr_matrix, hstack

    return hstack([ngram_vectorizer().transform(texts), csr_matrix(np.asarray(vectors, np.float32))]).tocsr()


def fit_probe(positives: tuple[list[str], np.ndarray], negatives: tuple[list[str], np.ndarray],
              groups: list[str] | None = None) -> ProbeFit:
    """Fit a topic's logistic regression (scikit-learn) on (texts, vectors) of its positives and of the keep
    questions and exemplars.  Classes are weighted alike (a topic's examples usually outnumber the keep
    questions or the other way round).  `groups` (one per positive, then per negative) keeps rewordings of one
    question in one cross-validation fold."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedGroupKFold, StratifiedKFold, cross_val_predict

    x = probe_features([*positives[0], *negatives[0]], np.concatenate([positives[1], negatives[1]]))
    n = len(positives[0])
    y = np.r_[np.ones(n), np.zeros(len(negatives[0]))]
    model = LogisticRegression(C=PROBE_C, class_weight="balanced", max_iter=5000)
    k = min(PROBE_FOLDS, n, len(negatives[0]))
    if groups is not None and len(set(groups)) > k:
        folds = StratifiedGroupKFold(k, shuffle=True, random_state=0)
        scores = cross_val_predict(model, x, y, cv=folds, groups=groups, method="decision_function")
    else:
        folds = StratifiedKFold(k, shuffle=True, random_state=0)
        scores = cross_val_predict(model, x, y, cv=folds, method="decision_function")
    model.fit(x, y)
    coef = model.coef_[0]
    return ProbeFit(tuple(float(w) for w in coef[NGRAM_FEATURES:]), tuple(float(w) for w in coef[:NGRAM_FEATURES]),
                    float(model.intercept_[0]), scores[:n], scores[n:])


def embedder_id(store) -> str:
    """How the registry names its embedder ("minilm/384"): a probe applies only to vectors of that one."""
    return f"{store.embedder.name}/{store.embedder.dim}"


def keep_exemplars(store) -> tuple[list[str], np.ndarray]:
    """The registry's keep targets' facts and examples: negatives for every probe."""
    texts = [x for t in store.all_targets() if t.kind == "keep" for x in (*t.facts, *t.examples)]
    return texts, _embed(store, texts)


def calibrate(store, items: list[Labelled], recall: float = 0.97, max_keep_loss: float = 0.05,
              probes: bool = True, keep_loss: float | None = None, groups: dict[str, str] | None = None) -> Calibration:
    """Choose thresholds (and fit topic probes); CalibrationError when the data cannot support the asked recall.

    With `keep_loss`, probe thresholds are placed by that budget on the keep questions instead of by `recall`
    (which then sets the fact/example thresholds alone).  `groups` names the cross-validation group of target
    examples and keep exemplars (text -> group) whose rewordings are among the labelled questions."""
    if not 0.0 < recall < 1.0:
        raise CalibrationError(f"--recall must lie strictly between 0 and 1, got {recall}")
    if keep_loss is not None and not 0.0 < keep_loss < 1.0:
        raise CalibrationError(f"--keep-loss must lie strictly between 0 and 1, got {keep_loss}")
    if keep_loss is not None and not probes:
        raise CalibrationError("--keep-loss places topic probe thresholds; with --no-probes there are none to place")
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
    f_vectors, k_vectors = _embed(store, [x.text for x in forget]), _embed(store, [x.text for x in keep])
    result = Calibration(recall, None, 0.0, n_forget=len(forget))
    keep_flagged = np.zeros(len(keep), bool)
    if probes:
        keep_flagged = _fit_probes(store, forget, f_vectors, (keep, k_vectors), recall, need, result, keep_loss,
                                   groups or {})
    rest = [i for i, x in enumerate(forget) if x.target not in result.probes]
    if rest:
        # the keep exemplars are no test of nearest-example matching (each is its own nearest): questions only
        keep_flagged = keep_flagged[:len(keep)] | _example_thresholds(
            store, [forget[i] for i in rest], f_vectors[rest], k_vectors, recall, need, result)
    result.n_keep = len(keep_flagged)
    loss = float(keep_flagged.mean())
    if loss > max_keep_loss:
        raise CalibrationError(f"a recall of {recall:g} would flag {loss:.1%} of keep questions "
                               f"(more than --max-keep-loss {max_keep_loss:g}): "
                               f"{_what_flags(result)}; add keep exemplars or examples, or lower --recall")
    result.keep_loss = round(loss, 4)
    return result


def _what_flags(result: Calibration) -> str:
    parts = [f"probe {t} keep loss {v['keep_loss']:.1%}" for t, v in result.probe_stats.items()]
    if result.threshold is not None:
        parts.append(f"example threshold {result.threshold:.3f}")
    return ", ".join(parts) or "no probe or threshold"


def _fit_probes(store, forget: list[Labelled], f_vectors: np.ndarray, keep: tuple[list[Labelled], np.ndarray],
                recall: float, need: int, result: Calibration, keep_loss: float | None,
                groups: dict[str, str]) -> np.ndarray:
    """Fit a probe for each topic with enough labelled forget questions.  Returns which keep questions, then
    keep exemplars, any of them flags out of sample (the exemplars are a fair keep test here: every probe
    scores them by a model that did not see them)."""
    by_target: dict[str, list[int]] = {}
    for i, x in enumerate(forget):
        if x.target:
            by_target.setdefault(x.target, []).append(i)
    fits: dict[str, ProbeFit] = {}
    negatives, negative_groups = None, []
    # with sourced keep questions, the keep exemplars are a source of their own
    sources = [x.source or "keep questions" for x in keep[0]] if any(x.source for x in keep[0]) else None
    for target_id, rows in sorted(by_target.items()):
        target = store.get(target_id)
        if target is None or target.kind != "topic" or len(rows) < max(MIN_PER_TARGET, need) or len(keep[0]) < 2:
            continue
        if negatives is None:
            texts, vectors = keep_exemplars(store)
            negatives = ([x.text for x in keep[0]] + texts, np.concatenate([keep[1], vectors]))
            negative_groups = [x.group or x.text for x in keep[0]] + [groups.get(t, t) for t in texts]
        own = [*target.facts, *target.examples]
        positives = ([*own, *(forget[i].text for i in rows)], np.concatenate([_embed(store, own), f_vectors[rows]]))
        own_groups = [groups.get(t, t) for t in own] + [forget[i].group or forget[i].text for i in rows]
        fits[target_id] = fit_probe(positives, negatives, [*own_groups, *negative_groups])
    if not fits:
        return np.zeros(len(keep[0]), bool)
    if sources is not None:
        sources += ["keep exemplars"] * (len(negative_groups) - len(sources))
    margins = budget_margins(fits, keep_loss, sources) if keep_loss is not None else \
        {t: threshold_for(list(f.positive_margins), recall) for t, f in fits.items()}
    flagged = np.zeros(len(fits[next(iter(fits))].keep_margins), bool)
    for target_id, fit in fits.items():
        probe = result.probes[target_id] = fit.probe(embedder_id(store), margins[target_id])
        keep_hits = fit.keep_margins >= margins[target_id]
        result.probe_stats[target_id] = {"threshold": round(probe.threshold, 6),
                                         "recall": round(float(np.mean(fit.positive_margins >= margins[target_id])), 4),
                                         "keep_loss": round(float(keep_hits.mean()), 4), "n": len(fit.positive_margins)}
        flagged |= keep_hits
    return flagged


def _example_thresholds(store, forget: list[Labelled], f_vectors: np.ndarray, k_vectors: np.ndarray,
                        recall: float, need: int, result: Calibration) -> np.ndarray:
    """The fact/example match thresholds for forget questions no probe covers; keep questions they flag."""
    probed = set(result.probes)

    def scores(vectors: np.ndarray) -> list[dict[str, float]]:
        return [{t: v for t, v in example_scores(store, x, SEARCH_K).items() if t not in probed} for x in vectors]

    f_scores = scores(f_vectors)
    k_scores = [max(s.values(), default=0.0) for s in scores(k_vectors)]
    own = [s.get(x.target, 0.0) if x.target else max(s.values(), default=0.0) for x, s in zip(forget, f_scores)]
    table = ProbeTable(result.probes, embedder_id(store), store.embedder.dim)
    # a question naming no target is caught already when a probe fires on it (never trained on it)
    own = [1.0 if not x.target and table.fired(x.text, v) else s for x, v, s in zip(forget, f_vectors, own)]
    threshold = threshold_for(own, recall)
    if threshold <= 0.0:
        missed = sum(1 for s in own if s <= 0.0)
        raise CalibrationError(f"a recall of {recall:g} is out of reach: {missed} of {len(own)} forget questions "
                               "match no fact or example of their target more closely than a keep exemplar; "
                               "add examples or lower --recall")
    result.threshold = round(threshold, 4)
    result.table = [{"threshold": t, "recall": round(sum(1 for s in own if s >= t) / len(own), 4),
                     "keep_loss": round(sum(1 for s in k_scores if s >= t) / len(k_scores), 4)} for t in GRID]
    by_target: dict[str, list[float]] = {}
    for x, s in zip(forget, own):
        if x.target:
            by_target.setdefault(x.target, []).append(s)
    for target_id, target_scores in sorted(by_target.items()):
        if len(target_scores) < max(MIN_PER_TARGET, need) or threshold_for(target_scores, recall) <= 0.0:
            continue
        flag = threshold_for(target_scores, recall)
        candidate = max(threshold_for(target_scores, (1.0 + recall) / 2), 1e-3)
        result.per_target[target_id] = {"flag": round(flag, 4), "candidate": round(min(candidate, flag), 4),
                                        "n": len(target_scores),
                                        "keep_loss": round(sum(1 for s in k_scores if s >= flag) / len(k_scores), 4)}
    return np.array([s >= threshold for s in k_scores], bool)


def store_calibration(store, result: Calibration) -> int:
    """Write the thresholds and probes into the registry: per-target ones as a versioned target change,
    the global threshold (and the whole result) as registry metadata.  Returns the registry version."""
    changed = []
    for target_id in sorted({*result.per_target, *result.probes}):
        data = store.get(target_id).to_dict()
        if target_id in result.per_target:
            t = result.per_target[target_id]
            data |= {"flag_threshold": t["flag"], "candidate_threshold": t["candidate"]}
        if target_id in result.probes:
            data["probe"] = result.probes[target_id].to_dict()
        changed.append(data)
    version = store.add(changed, replace=True).version if changed else store.version()
    meta = {"calibration": json.dumps(result.to_dict())}
    if result.threshold is not None:
        meta[SCOPE_THRESHOLD_KEY] = str(result.threshold)
    store.registry.write([], [], meta)
    return version


def table_text(result: Calibration) -> str:
    lines = []
    if result.table:
        lines.append("threshold  recall  keep_loss")
        lines += [f"{r['threshold']:9.2f}  {r['recall']:6.1%}  {r['keep_loss']:9.1%}" for r in result.table]
    for target_id, p in result.probe_stats.items():
        lines.append(f"  {target_id}: probe threshold {p['threshold']:.4f} (cross-validated recall {p['recall']:.1%} "
                     f"on {p['n']} examples and forget questions; keep loss {p['keep_loss']:.1%})")
    if result.threshold is not None:
        lines.append(f"example threshold: {result.threshold:.3f} (recall >= {result.recall:g} on the forget "
                     "questions no probe covers)")
    for target_id, t in result.per_target.items():
        lines.append(f"  {target_id}: flag {t['flag']:.3f}, candidate {t['candidate']:.3f} "
                     f"({t['n']} questions; keep loss {t['keep_loss']:.1%})")
    lines.append(f"chosen: recall {result.recall:g} on {result.n_forget} forget questions; keep loss "
                 f"{result.keep_loss:.1%} of {result.n_keep}")
    return "\n".join(lines)


def plot(result: Calibration, path: str | Path) -> Path:
    plt = pyplot()
    path = Path(path)
    fig, ax = plt.subplots(figsize=(5, 3.5))
    xs = [r["threshold"] for r in result.table]
    ax.plot(xs, [r["recall"] for r in result.table], label="forget recall")
    ax.plot(xs, [r["keep_loss"] for r in result.table], label="keep loss")
    if result.threshold is not None:   # None: every topic is decided by its probe, no threshold was chosen
        ax.axvline(result.threshold, color="grey", linestyle="--", label=f"chosen {result.threshold:.2f}")
    ax.set_xlabel("fact/example match threshold")
    ax.set_ylim(0, 1.02)
    ax.legend(loc="center left")
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)
    return path
