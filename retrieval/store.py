"""TargetStore: the registry plus what is derived from it (FAISS index, lexical matcher).

Writes go to SQLite first (durable, versioned); reads call `refresh()`, which patches the
derived structures up to the registry's version, so a change made by any process is seen
by the next query without a restart.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from alu.retrieval.embeddings import DEFAULT_EMBEDDINGS, Embedder, load_embedder
from alu.retrieval.index import VectorIndex
from alu.retrieval.matcher import LexicalHit, LexicalMatcher
from alu.retrieval.registry import TargetRegistry
from alu.retrieval.targets import Target, TargetError, make_target, read_targets_file

log = logging.getLogger(__name__)

EMBED_BATCH = 256


@dataclass(frozen=True)
class SemanticHit:
    target_id: str
    score: float
    probe: int  # index of the probe text that matched best


@dataclass
class ChangeResult:
    version: int
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"version": self.version, "added": self.added, "updated": self.updated,
                "unchanged": self.unchanged, "removed": self.removed}


class TargetStore:
    def __init__(self, home: str | Path, embeddings: str | Embedder = DEFAULT_EMBEDDINGS) -> None:
        self.home = Path(home).expanduser()
        self.home.mkdir(parents=True, exist_ok=True)
        self.registry = TargetRegistry(self.home / "targets.sqlite")
        self.embedder = load_embedder(embeddings) if isinstance(embeddings, str) else embeddings
        self._embedder_id = f"{self.embedder.name}/{self.embedder.dim}"
        self._index_path = self.home / "targets.faiss"
        self._lock = threading.RLock()
        self._index: VectorIndex | None = None
        self._matcher = LexicalMatcher()
        self._names: dict[str, Target] = {}
        self._row_to_id: dict[int, str] = {}
        self._version = -1
        self._reembed_if_needed()

    # ---- writes -------------------------------------------------------------------------
    def add(self, items: list[Target | dict], replace: bool = False, progress=None) -> ChangeResult:
        """Add targets; identical duplicates are no-ops, changed ones need replace=True."""
        targets = self._dedupe([t if isinstance(t, Target) else make_target(t) for t in items])
        existing = self.registry.rows_for({t.id for t in targets})
        result = ChangeResult(version=0)
        fresh = []
        for t in targets:
            old = existing.get(t.id)
            if old is None:
                result.added.append(t.id)
                fresh.append(t)
            elif old[1] == t:
                result.unchanged.append(t.id)
            elif replace:
                result.updated.append(t.id)
                fresh.append(t)
            else:
                raise TargetError(f"target {t.id!r} already exists with different fields; use update")
        vectors = self._embed([t.embedding_text() for t in fresh], progress)
        result.version = self.registry.write(list(zip(fresh, vectors)), [], self._embedder_meta())
        return result

    def update(self, target_id: str, **fields) -> ChangeResult:
        old = self.registry.get(target_id)
        if old is None:
            raise KeyError(f"no target with id {target_id!r}")
        data = old.to_dict() | {k: v for k, v in fields.items() if v is not None}
        return self.add([make_target(data)], replace=True)

    def remove(self, target_ids: list[str]) -> ChangeResult:
        missing = [t for t in target_ids if self.registry.get(t) is None]
        if missing:
            raise KeyError(f"no target with id {', '.join(map(repr, missing))}")
        return ChangeResult(self.registry.write([], list(target_ids)), removed=list(target_ids))

    def import_file(self, path: str | Path, fmt: str | None = None, progress=None) -> ChangeResult:
        """All or nothing: the file is parsed and embedded completely before one commit."""
        return self.add(read_targets_file(path, fmt), replace=True, progress=progress)

    # ---- reads --------------------------------------------------------------------------
    def version(self) -> int:
        return self.registry.version()

    def count(self) -> int:
        self.refresh()
        return len(self._names)

    def get(self, target_id: str) -> Target | None:
        self.refresh()
        return self._names.get(target_id)

    def targets(self, ids) -> list[Target]:
        self.refresh()
        return [self._names[i] for i in ids if i in self._names]

    def all_targets(self) -> list[Target]:
        self.refresh()
        return list(self._names.values())

    def lexical(self, text: str, only: set[str] | None = None) -> list[LexicalHit]:
        self.refresh()
        return self._matcher.find(text, only)

    def semantic(self, probes: list[str], k: int, vectors: np.ndarray | None = None) -> list[SemanticHit]:
        """Best score per target over all probes, from FAISS top-k per probe; best first."""
        self.refresh()
        if vectors is None:
            vectors = self.embedder.embed(probes)
        with self._lock:
            scores, rows = self._index.search(vectors, k)
            best: dict[str, SemanticHit] = {}
            for p in range(len(rows)):
                for score, row in zip(scores[p], rows[p]):
                    target_id = self._row_to_id.get(int(row))
                    if target_id and (target_id not in best or score > best[target_id].score):
                        best[target_id] = SemanticHit(target_id, float(score), p)
        return sorted(best.values(), key=lambda h: -h.score)

    def similarity(self, texts: list[str], target_ids: list[str]) -> np.ndarray:
        """Cosine similarity of each text to each given target, shape (len(texts), len(target_ids))."""
        rows = self.registry.rows_for(set(target_ids))
        if not texts or not target_ids:
            return np.zeros((len(texts), len(target_ids)), np.float32)
        tv = np.stack([rows[t][2] if t in rows else np.zeros(self.embedder.dim, np.float32) for t in target_ids])
        return self.embedder.embed(texts) @ tv.T

    # ---- keeping derived structures current ----------------------------------------------
    def refresh(self) -> int:
        """Bring the index and matcher up to the registry's version; returns that version."""
        current = self.registry.version()
        if current == self._version:
            return current
        with self._lock:
            if self._index is None:
                self._load_or_rebuild()
            changes = self.registry.changed_since(self._version)
            if changes is None:
                self._rebuild()
            else:
                self._patch(*changes)
            return self._version

    def rebuild(self) -> None:
        with self._lock:
            self._rebuild()

    def _load_or_rebuild(self) -> None:
        loaded = VectorIndex.load(self._index_path, self._embedder_id)
        if loaded is None:
            if self._index_path.exists():
                log.warning("index %s is unreadable or stale; rebuilding it from the registry", self._index_path)
            self._rebuild()
            return
        self._index, self._version = loaded
        # the matcher and name table are rebuilt from SQLite; the index is patched from the log
        self._names, self._row_to_id = {}, {}
        self._matcher = LexicalMatcher()
        for row, target, _ in self.registry.iter_all():
            self._remember(row, target)

    def _rebuild(self) -> None:
        version = self.registry.version()
        ids, vecs = [], []
        self._names, self._row_to_id = {}, {}
        self._matcher = LexicalMatcher()
        for row, target, vec in self.registry.iter_all():
            self._remember(row, target)
            ids.append(row)
            vecs.append(vec)
        matrix = np.stack(vecs) if vecs else np.zeros((0, self.embedder.dim), np.float32)
        self._index = VectorIndex.build(self.embedder.dim, np.asarray(ids, np.int64), matrix)
        self._index.save(self._index_path, version, self._embedder_id)
        self._version = version

    def _patch(self, changed: set[tuple[int, str]], version: int) -> None:
        changed_ids = {target_id for _, target_id in changed}
        self._index.remove(sorted({row for row, _ in changed}))
        for row, target_id in changed:
            self._row_to_id.pop(row, None)
            self._names.pop(target_id, None)
            self._matcher.remove(target_id)
        current = self.registry.rows_for(changed_ids)
        rows, vecs = [], []
        for row, target, vec in current.values():
            self._remember(row, target)
            rows.append(row)
            vecs.append(vec)
        if rows:
            self._index.add(rows, np.stack(vecs))
        self._version = version
        if self._index.needs_rebuild() or self._index.ntotal != len(self._names):
            self._rebuild()
        elif len(changed_ids) > 1000:
            self._index.save(self._index_path, version, self._embedder_id)

    def _remember(self, row: int, target: Target) -> None:
        self._names[target.id] = target
        self._row_to_id[row] = target.id
        self._matcher.add(target)

    # ---- helpers ------------------------------------------------------------------------
    def _embed(self, texts: list[str], progress=None) -> np.ndarray:
        out = []
        for i in range(0, len(texts), EMBED_BATCH):
            batch = texts[i:i + EMBED_BATCH]
            out.append(self.embedder.embed(batch))
            if progress:
                progress(len(batch))
        return np.concatenate(out) if out else np.zeros((0, self.embedder.dim), np.float32)

    def _embedder_meta(self) -> dict[str, str]:
        return {"embedder": self._embedder_id}

    def _reembed_if_needed(self) -> None:
        stored = self.registry.meta("embedder")
        if stored is None or stored == self._embedder_id or self.registry.count() == 0:
            return
        log.warning("registry was embedded with %s; re-embedding with %s", stored, self._embedder_id)
        targets = [t for _, t, _ in self.registry.iter_all()]
        vectors = self._embed([t.embedding_text() for t in targets])
        self.registry.write(list(zip(targets, vectors)), [], self._embedder_meta())

    @staticmethod
    def _dedupe(targets: list[Target]) -> list[Target]:
        """Within one batch the last occurrence of an id wins."""
        return list({t.id: t for t in targets}.values())

    def as_retriever(self, k: int = 4, min_score: float = 0.0):
        from alu.retrieval.langchain_retriever import TargetRetriever

        return TargetRetriever(store=self, k=k, min_score=min_score)
