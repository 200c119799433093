"""TargetStore: the registry plus what is derived from it (FAISS index, lexical matcher).

Writes go to the registry first (durable, versioned).  A query reads the registry's version once,
in `snapshot()`, which patches the derived structures up to it, so a change made by any process is
seen by the next query without a restart; every later check of the query reads that snapshot.
Patching runs in time linear in the change and never holds up queries that already have their
snapshot.  A registry that went backwards, or whose file is gone, is refused (retrieval/guard.py).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from alu.retrieval import guard
from alu.retrieval.backend import registry_location
from alu.retrieval.coalesce import CoalescingEmbedder
from alu.retrieval.embeddings import DEFAULT_EMBEDDINGS, Embedder, load_embedder
from alu.retrieval.guard import RegistryUnavailable, Seen
from alu.retrieval.index import VectorIndex, row_of, slot_of, vector_ids
from alu.retrieval.matcher import LexicalHit, LexicalMatcher
from alu.retrieval.probes import ProbeTable
from alu.retrieval.registry import TargetRegistry
from alu.retrieval.snapshot import StoreSnapshot, View, matcher_key
from alu.retrieval.targets import Target, TargetError, make_target, read_targets_file

log = logging.getLogger(__name__)

EMBED_BATCH = 256
SNAPSHOTS_HELD = 16  # versions a query that started earlier can still read consistently, at least
SNAPSHOT_TTL_S = 300.0  # a version no query took for this long is no longer held
HELD_TARGET_ENTRIES = 2_000_000  # held versions x targets: each held version keeps its own tables

__all__ = ["ChangeResult", "RegistryUnavailable", "SemanticHit", "StoreSnapshot", "TargetStore", "best_per_target"]


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
        self._lock = threading.RLock()       # the FAISS index, its row table and the held views; held briefly
        self._patching = threading.Lock()    # one thread at a time brings the derived structures forward
        self._purging = threading.Lock()
        self._removing = False               # the change being patched in only removes targets
        self._index: VectorIndex | None = None
        self._row_to_id: dict[int, str] = {}
        self._vectors_of: dict[int, int] = {}  # row -> how many vectors it has in the index
        self._vector_count = 0
        self._view = View(-1, {}, {}, LexicalMatcher())
        self._held: dict[int, tuple[View, float]] = {}  # versions queries took -> (view, when last taken)
        self._retired: list[tuple[int, LexicalMatcher, list[str]]] = []  # keys no view from that version reads
        self._probe_tables: dict[int, ProbeTable] = {}     # version -> its topic probes, stacked
        self._high = 0                                     # the newest version read: the registry never goes back
        self._refusal = self._check_seen()
        self._registry_had_targets = self._high > 0  # so a missing index file is news
        if self._refusal is None:
            self._reembed_if_needed()

    # ---- writes -------------------------------------------------------------------------
    def add(self, items: Sequence[Target | dict], replace: bool = False, progress=None) -> ChangeResult:
        """Add targets; identical duplicates are no-ops, changed ones need replace=True."""
        self._writable()
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
        self._writable()
        old = self.registry.get(target_id)
        if old is None:
            raise KeyError(f"no target with id {target_id!r}")
        data = old.to_dict() | {k: v for k, v in fields.items() if v is not None}
        return self.add([make_target(data)], replace=True)

    def remove(self, target_ids: list[str]) -> ChangeResult:
        self._writable()
        ids = list(dict.fromkeys(target_ids))
        present = self.registry.existing(set(ids))
        missing = [t for t in ids if t not in present]
        if missing:
            raise KeyError(f"no target with id {', '.join(map(repr, missing))}")
        return ChangeResult(self.registry.write([], ids), removed=ids)

    def import_file(self, path: str | Path, fmt: str | None = None, progress=None) -> ChangeResult:
        """All or nothing: the file is parsed and embedded completely before one commit."""
        return self.add(read_targets_file(path, fmt), replace=True, progress=progress)

    # ---- reads: each through one snapshot -------------------------------------------------
    def version(self) -> int:
        return self.registry.version()

    def count(self) -> int:
        return self.snapshot().count()

    def get(self, target_id: str) -> Target | None:
        return self.snapshot().get(target_id)

    def targets(self, ids) -> list[Target]:
        return self.snapshot().targets(ids)

    def all_targets(self) -> list[Target]:
        return self.snapshot().all_targets()

    def lexical(self, text: str, only: set[str] | None = None) -> list[LexicalHit]:
        return self.snapshot().lexical(text, only)

    def weak_lexical(self, text: str, only: set[str] | None = None, typos: bool = False) -> list[LexicalHit]:
        return self.snapshot().weak_lexical(text, only, typos)

    def probe_table(self) -> ProbeTable:
        return self.snapshot().probe_table()

    def semantic(self, probes: list[str], k: int, vectors: np.ndarray | None = None) -> list[SemanticHit]:
        return self.snapshot().semantic(probes, k, vectors)

    def search_each(self, probes: list[str], k: int, vectors: np.ndarray | None = None) -> list[list[SemanticHit]]:
        return self.snapshot().search_each(probes, k, vectors)

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
        self.snapshot()
        return self._vector_count

    def search_view(self, names: dict[str, Target], probes: list[str], k: int,
                    vectors: np.ndarray | None = None) -> list[list[SemanticHit]]:
        """Each probe's top-k vector hits among `names` (a target may appear once per vector that matched),
        from one FAISS search over all probes: a search scans the same inverted lists whatever the batch,
        so the audit asks once for its question and every sentence rather than once per text."""
        if vectors is None:
            vectors = self.embedder.embed(probes)
        out: list[list[SemanticHit]] = []
        with self._lock:
            scores, rows = self._loaded().search(vectors, k)
            for p in range(len(rows)):
                hits = []
                for score, vid in zip(scores[p], rows[p]):
                    target_id = self._row_to_id.get(row_of(vid)) if vid >= 0 else None
                    target = names.get(target_id) if target_id is not None else None
                    if target is None or slot_of(vid) == 0 and not target.description:
                        continue  # a bare name's vector: answers near it are other names, not this target
                    hits.append(SemanticHit(target.id, float(score), p, slot_of(vid)))
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

    def snapshot(self, version: int | None = None) -> StoreSnapshot:
        """The target set of one registry version, for every check of one query.

        With `version` (the one a query's first node took), that version's snapshot while it is held,
        without reading the registry again; otherwise the current one, after one read of its version.
        """
        if version is not None:
            with self._lock:
                held = self._held.get(version)
                if held is not None:
                    self._held[version] = (held[0], time.monotonic())
                    return StoreSnapshot(self, held[0])
            log.warning("registry version %d is no longer held; this query continues on the current one", version)
        view = self._catch_up(self._current())
        with self._lock:
            self._held[view.version] = (view, time.monotonic())
            self._drop_old_views()
        return StoreSnapshot(self, view)

    # ---- fail closed ----------------------------------------------------------------------
    def _check_seen(self) -> str | None:
        """Why this registry must not be served from this home (see retrieval/guard.py), or None."""
        try:
            before = guard.read_seen(self.home)
        except RegistryUnavailable as e:
            return str(e)
        version = self.registry.version()
        now = Seen(self.registry.identity(create=before is None), version, self.registry.count())
        refusal = guard.problem(str(self.registry.location), before, now,
                                 guard.index_version(self.home, self._index_path.with_suffix(".json").name))
        if refusal is not None:
            log.error("%s", refusal)
            return refusal
        self._high = max(version, before.version if before else 0)
        if before != now:
            guard.write_seen(self.home, now)
        return None

    def _current(self) -> int:
        """The registry's version: the one read a query makes.  Raises RegistryUnavailable if the registry
        went backwards, or its file was deleted, replaced or emptied."""
        if self._refusal is not None:
            raise RegistryUnavailable(self._refusal)
        try:
            self.registry.check_present()
        except RegistryUnavailable as e:
            self._refusal = str(e)
            log.error("%s", e)
            raise
        current = self.registry.version()
        if current < self._high:
            self._refusal = (f"the target registry at {self.registry.location} went back from version {self._high} "
                             f"to {current} while serving; refusing to answer unprotected. Restore it, or accept "
                             f"it as it is with `{guard.ACCEPT_COMMAND}` (then restart)")
            log.error("%s", self._refusal)
            raise RegistryUnavailable(self._refusal)
        self._high = current
        return current

    def _writable(self) -> None:
        """A write to a lost registry would be acknowledged and never seen by anyone else."""
        self._current()

    def accept_registry(self) -> Seen:
        """Record the registry as it is now as the one to serve (the operator's explicit choice)."""
        return guard.accept_registry(self.home, self.registry)

    # ---- keeping derived structures current ----------------------------------------------
    def refresh(self) -> int:
        """Bring the index and matcher up to the registry's version; returns that version."""
        return self._catch_up(self._current()).version

    def _catch_up(self, current: int) -> View:
        """The view of `current` (or a newer one), patching it in unless another thread is; while another
        thread patches in a removal only, the view before it (which enforces more, never less) answers."""
        if current <= self._view.version:
            return self._view
        if not self._patching.acquire(blocking=False):
            if self._removing:
                return self._view
            self._patching.acquire()
        try:
            if current > self._view.version:
                self._advance(current)
        finally:
            self._removing = False
            self._patching.release()
        self._purge_retired()
        return self._view

    def _advance(self, current: int) -> None:
        """Patch (or load, or rebuild) up to the registry's state, read in one consistent read: its version
        is `current` or newer, and the view is labelled with it, so a result reports the version whose
        names it enforced.  The home records the version it now serves (retrieval/guard.py)."""
        self._bring_forward(current)
        guard.write_seen(self.home, Seen(self.registry.identity(), self._view.version, len(self._view.names)))

    def _bring_forward(self, current: int) -> None:
        if self._index is None:
            loaded = VectorIndex.load(self._index_path, self._embedder_id)
            if loaded is None or loaded[1] > current:
                saved_before = self._index_path.exists() or self._index_path.with_suffix(".json").exists()
                if saved_before or self._registry_had_targets:
                    log.warning("index %s is missing, corrupt or stale; rebuilding it from the registry",
                                self._index_path)
                self._rebuild()
                return
            # the names and matcher come from the registry; the index is patched from the change log
            index, built_from = loaded
            with self.registry.consistent_read():
                rows = list(self.registry.iter_all())
            self._install(index, *self._load_tables(built_from, rows))
        with self.registry.consistent_read() as upto:
            changes = self.registry.changed_since(self._view.version, upto)
            changed = changes[0] if changes is not None else set()
            fresh = self.registry.rows_for({target_id for _, target_id in changed})
        if changes is None:
            self._rebuild()
        elif upto > self._view.version:
            self._patch(changed, fresh, upto)

    def _load_tables(self, version: int, rows: list, collect: tuple[list, list] | None = None):
        """A view, row table and vector counts from the registry's rows (and every vector, into `collect`)."""
        names: dict[str, Target] = {}
        keys: dict[str, str] = {}
        row_to_id: dict[int, str] = {}
        vectors_of: dict[int, int] = {}
        matcher = LexicalMatcher()
        for row, target, matrix in rows:
            keys[target.id] = matcher_key(target.id, version)
            matcher.add(target, keys[target.id])
            names[target.id], row_to_id[row], vectors_of[row] = target, target.id, len(matrix)
            if collect is not None:
                collect[0].append(vector_ids(row, len(matrix)))
                collect[1].append(matrix)
        return View(version, names, keys, matcher), row_to_id, vectors_of, sum(vectors_of.values())

    def _install(self, index: VectorIndex, view: View, row_to_id: dict[int, str], vectors_of: dict[int, int],
                 count: int) -> None:
        with self._lock:
            self._index, self._view = index, view
            self._row_to_id, self._vectors_of, self._vector_count = row_to_id, vectors_of, count
            self._retired = []  # keys of the old matcher: views that still read it keep it whole

    def _rebuild(self) -> None:
        ids: list[np.ndarray] = []
        vecs: list[np.ndarray] = []
        with self.registry.consistent_read() as version:
            rows = list(self.registry.iter_all())
        view, row_to_id, vectors_of, count = self._load_tables(version, rows, (ids, vecs))
        all_ids = np.concatenate(ids) if ids else np.zeros(0, np.int64)
        matrix = np.concatenate(vecs) if vecs else np.zeros((0, self.embedder.dim), np.float32)
        index = VectorIndex.build(self.embedder.dim, all_ids, matrix)
        index.save(self._index_path, version, self._embedder_id)
        self._install(index, view, row_to_id, vectors_of, count)

    def _loaded(self) -> VectorIndex:
        if self._index is None:
            self.refresh()
        assert self._index is not None  # a refresh always leaves an index
        return self._index

    def _patch(self, changed: set[tuple[int, str]], current: dict, version: int) -> None:
        """Patch one version in, in time linear in the change: new keys are added to the shared matcher
        beside the old ones, which are retired (removed once no held view reads them)."""
        before = self._view
        changed_ids = {target_id for _, target_id in changed}
        self._removing = not current
        names, keys = dict(before.names), dict(before.keys)  # copy on write: held views keep theirs
        retired = [keys.pop(t) for t in changed_ids if t in keys]
        for t in changed_ids:
            names.pop(t, None)
        for _, target, _ in current.values():
            keys[target.id] = matcher_key(target.id, version)
            before.matcher.add(target, keys[target.id])
            names[target.id] = target
        index = self._loaded()
        with self._lock:
            gone = {row: self._vectors_of.pop(row) for row, _ in changed if row in self._vectors_of}
            index.remove_targets(gone)
            self._vector_count -= sum(gone.values())
            for row, _ in changed:
                self._row_to_id.pop(row, None)
            rows = []
            for row, target, matrix in current.values():
                rows.append(vector_ids(row, len(matrix)))
                self._row_to_id[row], self._vectors_of[row] = target.id, len(matrix)
                self._vector_count += len(matrix)
            if rows:
                index.add(np.concatenate(rows).tolist(), np.concatenate([m for _, _, m in current.values()]))
            self._view = View(version, names, keys, before.matcher)
            self._retired.append((version, before.matcher, retired))
        if index.needs_rebuild() or index.ntotal != self._vector_count:
            self._rebuild()
        elif len(changed_ids) > 1000:
            index.save(self._index_path, version, self._embedder_id)

    def _drop_old_views(self) -> None:
        """Views not taken for SNAPSHOT_TTL_S, or beyond what memory allows, are no longer held."""
        now = time.monotonic()
        cap = max(SNAPSHOTS_HELD, HELD_TARGET_ENTRIES // (len(self._view.names) + 1))
        for version, (_, used) in list(self._held.items()):
            if now - used > SNAPSHOT_TTL_S or len(self._held) > cap:
                del self._held[version]

    def _purge_retired(self) -> None:
        """Remove from the matcher the keys that no held view reads any more, a target at a time."""
        if not self._retired or not self._purging.acquire(blocking=False):
            return
        try:
            with self._lock:
                self._drop_old_views()
                oldest = min([self._view.version, *self._held])
                due = [r for r in self._retired if r[0] <= oldest]
                self._retired = [r for r in self._retired if r[0] > oldest]
            for _, matcher, keys in due:
                for key in keys:
                    matcher.remove(key)
        finally:
            self._purging.release()

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

    def as_retriever(self, k: int = 4, min_score: float = 0.0):
        from alu.retrieval.langchain_retriever import TargetRetriever

        return TargetRetriever(store=self, k=k, min_score=min_score)
