"""TargetStore: the registry plus what is derived from it (FAISS index, lexical matcher).

Writes go to SQLite first (durable, versioned); reads call `refresh()`, which patches the
derived structures up to the registry's version, so a change made by any process is seen
by the next query without a restart.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from alu.retrieval.backend import registry_location
from alu.retrieval.coalesce import CoalescingEmbedder
from alu.retrieval.embeddings import DEFAULT_EMBEDDINGS, Embedder, load_embedder
from alu.retrieval.index import VectorIndex, row_of, slot_of, vector_ids
from alu.retrieval.matcher import LexicalHit, LexicalMatcher
from alu.retrieval.probes import ProbeTable
from alu.retrieval.registry import TargetRegistry
from alu.retrieval.targets import Target, TargetError, make_target, read_targets_file

log = logging.getLogger(__name__)

EMBED_BATCH = 256
SNAPSHOTS_HELD = 16  # versions a query that started earlier can still read consistently


@dataclass(frozen=True)
class SemanticHit:
    target_id: str
    score: float
    probe: int     # index of the probe text that matched best
    slot: int = 0  # which of the target's vectors: 0 its description, then its facts, then its examples


def best_per_target(hits: Iterable[SemanticHit]) -> list[SemanticHit]:
    """The best hit of each target (the first of equal scores), best first."""
    best: dict[str, SemanticHit] = {}
    for hit in hits:
        if hit.target_id not in best or hit.score > best[hit.target_id].score:
            best[hit.target_id] = hit
    return sorted(best.values(), key=lambda h: -h.score)


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
        self.registry = TargetRegistry(registry_location(self.home))  # SQLite file, or ALU_REGISTRY's PostgreSQL
        # concurrent queries (a server's request threads) share embedding passes
        self.embedder = CoalescingEmbedder(load_embedder(embeddings) if isinstance(embeddings, str) else embeddings)
        self._embedder_id = f"{self.embedder.name}/{self.embedder.dim}"
        self._index_path = self.home / "targets.faiss"
        self._lock = threading.RLock()
        self._index: VectorIndex | None = None
        self._matcher = LexicalMatcher()
        self._names: dict[str, Target] = {}
        self._row_to_id: dict[int, str] = {}
        self._vectors_of: dict[int, int] = {}  # row -> how many vectors it has in the index
        self._vector_count = 0
        self._version = -1
        self._recent: dict[int, dict[str, Target]] = {}  # version -> that version's target table
        self._probe_tables: dict[int, ProbeTable] = {}     # version -> its topic probes, stacked
        self._registry_had_targets = self.registry.version() > 0  # so a missing index file is news
        self._reembed_if_needed()

    # ---- writes -------------------------------------------------------------------------
    def add(self, items: Sequence[Target | dict], replace: bool = False, progress=None) -> ChangeResult:
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
        result.version = self.registry.write(list(zip(fresh, self._embed_targets(fresh, progress))), [],
                                             self._embedder_meta())
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

    def weak_lexical(self, text: str, only: set[str] | None = None, typos: bool = False) -> list[LexicalHit]:
        """Weak hits in text: partial forms (bare surname, given name, "S. King") and ambiguous aliases,
        which do not flag an answer alone; conversation scope decides what they mean.  With typos (for
        user turns), misspelt names too ("Oskra Brandvold")."""
        self.refresh()
        if "weak" not in LexicalHit.__dataclass_fields__:
            return []  # a matcher without weak forms indexes strong forms only
        return [h for h in self._matcher.find(text, only, include_weak=True, typos=typos) if h.weak]

    def probe_table(self) -> ProbeTable:
        self.refresh()
        return self.probes_of(self._version, self._names)

    def probes_of(self, version: int, names: dict[str, Target]) -> ProbeTable:
        """The probes of one version's target table, stacked once per version (a query pays a dot product)."""
        table = self._probe_tables.get(version)
        if table is None:
            table = ProbeTable({t.id: t.probe for t in names.values() if t.probe is not None}, self._embedder_id,
                               self.embedder.dim)
            with self._lock:
                self._probe_tables[version] = table
                while len(self._probe_tables) > SNAPSHOTS_HELD:
                    del self._probe_tables[next(iter(self._probe_tables))]
        return table

    def vector_count(self) -> int:
        """Vectors in the index: one per target plus one per fact and example."""
        self.refresh()
        return self._vector_count

    def semantic(self, probes: list[str], k: int, vectors: np.ndarray | None = None) -> list[SemanticHit]:
        """Best score per target over all probes, from FAISS top-k per probe; best first."""
        return best_per_target(hit for hits in self.search_each(probes, k, vectors) for hit in hits)

    def search_each(self, probes: list[str], k: int, vectors: np.ndarray | None = None) -> list[list[SemanticHit]]:
        """Each probe's top-k vector hits (a target may appear once per vector that matched), from one
        FAISS search over all probes: a search scans the same inverted lists whatever the batch, so the
        audit asks once for its question and every sentence rather than once per text."""
        self.refresh()
        if vectors is None:
            vectors = self.embedder.embed(probes)
        out: list[list[SemanticHit]] = []
        with self._lock:
            scores, rows = self._loaded().search(vectors, k)
            for p in range(len(rows)):
                hits = []
                for score, vid in zip(scores[p], rows[p]):
                    target_id = self._row_to_id.get(row_of(vid)) if vid >= 0 else None
                    if target_id is None or slot_of(vid) == 0 and not self._names[target_id].description:
                        continue  # a bare name's vector: answers near it are other names, not this target
                    hits.append(SemanticHit(target_id, float(score), p, slot_of(vid)))
                out.append(hits)
        return out

    def similarity(self, texts: list[str], target_ids: list[str]) -> np.ndarray:
        """Cosine similarity of each text to each given target (its closest vector: description, fact or
        example), shape (len(texts), len(target_ids))."""
        rows = self.registry.rows_for(set(target_ids))
        if not texts or not target_ids:
            return np.zeros((len(texts), len(target_ids)), np.float32)
        embedded = self.embedder.embed(texts)
        out = np.zeros((len(texts), len(target_ids)), np.float32)
        for j, t in enumerate(target_ids):
            if t in rows:
                _, target, matrix = rows[t]
                vectors = matrix if target.description else matrix[1:]  # a bare name means nothing to match
                if len(vectors):
                    out[:, j] = (embedded @ vectors.T).max(axis=1)
        return out

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
            self._hold_snapshot()
            return self._version

    def _hold_snapshot(self) -> None:
        self._recent[self._version] = self._names
        while len(self._recent) > SNAPSHOTS_HELD:
            del self._recent[next(iter(self._recent))]

    def _load_or_rebuild(self) -> None:
        loaded = VectorIndex.load(self._index_path, self._embedder_id)
        if loaded is None:
            saved_before = self._index_path.exists() or self._index_path.with_suffix(".json").exists()
            if saved_before or self._registry_had_targets:
                log.warning("index %s is missing, corrupt or stale; rebuilding it from the registry", self._index_path)
            self._rebuild()
            return
        self._index, self._version = loaded
        # the matcher and name table are rebuilt from SQLite; the index is patched from the log
        for _ in self._reload_tables():
            pass

    def _reload_tables(self) -> Iterator[tuple[int, np.ndarray]]:
        """Name table, matcher and vector counts afresh from the registry; yields (row, vectors)."""
        self._names, self._row_to_id = {}, {}
        self._vector_count = 0
        self._vectors_of = {}
        self._matcher = LexicalMatcher()
        for row, target, matrix in self.registry.iter_all():
            self._remember(row, target)
            self._vectors_of[row] = len(matrix)
            self._vector_count += len(matrix)
            yield row, matrix

    def _rebuild(self) -> None:
        version = self.registry.version()
        ids, vecs = [], []
        for row, matrix in self._reload_tables():
            ids.append(vector_ids(row, len(matrix)))
            vecs.append(matrix)
        all_ids = np.concatenate(ids) if ids else np.zeros(0, np.int64)
        matrix = np.concatenate(vecs) if vecs else np.zeros((0, self.embedder.dim), np.float32)
        self._index = VectorIndex.build(self.embedder.dim, all_ids, matrix)
        self._index.save(self._index_path, version, self._embedder_id)
        self._version = version

    def _loaded(self) -> VectorIndex:
        if self._index is None:
            self._load_or_rebuild()
        assert self._index is not None  # _load_or_rebuild always leaves an index
        return self._index

    def _patch(self, changed: set[tuple[int, str]], version: int) -> None:
        changed_ids = {target_id for _, target_id in changed}
        self._names = dict(self._names)  # copy on write: snapshots keep the previous version's table
        gone = {row: self._vectors_of.pop(row) for row, _ in changed if row in self._vectors_of}
        index = self._loaded()
        index.remove_targets(gone)
        self._vector_count -= sum(gone.values())
        for row, target_id in changed:
            self._row_to_id.pop(row, None)
            self._names.pop(target_id, None)
            self._matcher.remove(target_id)
        current = self.registry.rows_for(changed_ids)
        rows, vecs = [], []
        for row, target, matrix in current.values():
            self._remember(row, target)
            rows.append(vector_ids(row, len(matrix)))
            vecs.append(matrix)
            self._vectors_of[row] = len(matrix)
            self._vector_count += len(matrix)
        if rows:
            index.add(np.concatenate(rows).tolist(), np.concatenate(vecs))
        self._version = version
        if index.needs_rebuild() or index.ntotal != self._vector_count:
            self._rebuild()
        elif len(changed_ids) > 1000:
            index.save(self._index_path, version, self._embedder_id)

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

    def _embed_targets(self, targets: list[Target], progress=None) -> list[np.ndarray]:
        """Each target's vectors, one row per Target.vector_texts() entry, in one embedding pass."""
        texts = [t.vector_texts() for t in targets]
        flat = self._embed([x for group in texts for x in group])
        out, start = [], 0
        for group in texts:
            out.append(flat[start:start + len(group)])
            start += len(group)
            if progress:
                progress(1)
        return out

    def _embedder_meta(self) -> dict[str, str]:
        return {"embedder": self._embedder_id}

    def _reembed_if_needed(self) -> None:
        stored = self.registry.meta("embedder")
        if stored is None or stored == self._embedder_id or self.registry.count() == 0:
            return
        log.warning("registry was embedded with %s; re-embedding with %s", stored, self._embedder_id)
        targets = [t for _, t, _ in self.registry.iter_all()]
        self.registry.write(list(zip(targets, self._embed_targets(targets))), [], self._embedder_meta())

    @staticmethod
    def _dedupe(targets: list[Target]) -> list[Target]:
        """Within one batch the last occurrence of an id wins."""
        return list({t.id: t for t in targets}.values())

    def snapshot(self, version: int | None = None) -> StoreSnapshot:
        """The target set of one registry version, for every lookup of one query.

        With `version`, the snapshot of that version if it is still held (the audit's, for a later
        node of the same query); otherwise the current one.
        """
        self.refresh()
        with self._lock:
            if version is not None and version in self._recent:
                return StoreSnapshot(self, version, self._recent[version])
            return StoreSnapshot(self, self._version, self._names)

    def as_retriever(self, k: int = 4, min_score: float = 0.0):
        from alu.retrieval.langchain_retriever import TargetRetriever

        return TargetRetriever(store=self, k=k, min_score=min_score)


class StoreSnapshot:
    """One registry version seen by a whole query.

    Every lookup answers from the same target table, so a target removed or changed by another
    process between the semantic search and a later `get` is still the one this query audited
    (never None), and one added meanwhile is not half seen.  Searches run on the store's shared
    index and are restricted to this version's targets.
    """

    def __init__(self, store: TargetStore, version: int, names: dict[str, Target]) -> None:
        self._store = store
        self._version = version
        self._names = names  # never mutated: the store copies its table before patching
        self.embedder = store.embedder
        self.home = store.home

    def __getattr__(self, name: str):
        return getattr(self._store, name)  # anything not version-sensitive is the store's own

    def refresh(self) -> int:
        return self._version

    def version(self) -> int:
        return self._version

    def snapshot(self, version: int | None = None) -> StoreSnapshot:
        return self

    def count(self) -> int:
        return len(self._names)

    def get(self, target_id: str) -> Target | None:
        return self._names.get(target_id)

    def targets(self, ids) -> list[Target]:
        return [self._names[i] for i in ids if i in self._names]

    def all_targets(self) -> list[Target]:
        return list(self._names.values())

    def lexical(self, text: str, only: set[str] | None = None) -> list[LexicalHit]:
        return [h for h in self._store.lexical(text, only) if h.target_id in self._names]

    def semantic(self, probes: list[str], k: int, vectors: np.ndarray | None = None) -> list[SemanticHit]:
        return [h for h in self._store.semantic(probes, k, vectors) if h.target_id in self._names]

    def search_each(self, probes: list[str], k: int, vectors: np.ndarray | None = None) -> list[list[SemanticHit]]:
        return [[h for h in hits if h.target_id in self._names] for hits in self._store.search_each(probes, k, vectors)]

    def similarity(self, texts: list[str], target_ids: list[str]) -> np.ndarray:
        return self._store.similarity(texts, target_ids)

    def weak_lexical(self, text: str, only: set[str] | None = None, typos: bool = False) -> list[LexicalHit]:
        return [h for h in self._store.weak_lexical(text, only, typos) if h.target_id in self._names]

    def vector_count(self) -> int:
        return self._store.vector_count()

    def probe_table(self) -> ProbeTable:
        return self._store.probes_of(self._version, self._names)
