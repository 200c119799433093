"""The versions a store serves: one view per registry version, patched forward, held while queries read them.

A query's first node takes a snapshot (one read of the registry's version); the store brings its
derived structures (FAISS index, lexical matcher, target table) up to that version in time linear in
the change, in one consistent read of the registry, and publishes a new view beside the old ones.
Queries that already hold a view go on reading it meanwhile; a query that needs the new version waits
only for a patch that adds or changes targets (during a removal the version before it, which
enforces more, answers).  What no held view reads any more (retired matcher keys, removed targets'
vectors) is purged in the background.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Mapping
from pathlib import Path

import numpy as np

from alu.retrieval import replica
from alu.retrieval.embeddings import Embedder
from alu.retrieval.index import VectorIndex, row_of, slot_of, vector_ids
from alu.retrieval.matcher import LexicalMatcher
from alu.retrieval.registry import TargetRegistry
from alu.retrieval.snapshot import SemanticHit, StoreSnapshot, View, matcher_key
from alu.retrieval.tables import Keys, Names
from alu.retrieval.target_sets import TargetSet
from alu.retrieval.targets import Target

log = logging.getLogger(__name__)

OVERFETCH_CAP = 64  # a set's first search asks for at most this many times k (more only while it lacks k)
SNAPSHOTS_HELD = 16  # versions a query that started earlier can still read consistently, at least
SNAPSHOT_TTL_S = 300.0  # a version no query took for this long is no longer held
HELD_TARGET_ENTRIES = 2_000_000  # held versions x targets: each held version keeps its own tables


class VersionedViews:
    """The derived half of a TargetStore: its index, matcher and views, kept at the registry's version."""

    registry: TargetRegistry
    embedder: Embedder
    home: Path
    _embedder_id: str
    _index_path: Path
    _registry_had_targets: bool

    def _init_views(self) -> None:
        self._lock = threading.RLock()       # the FAISS index, its row table and the held views; held briefly
        self._patching = threading.Lock()    # one thread at a time brings the derived structures forward
        self._purging = threading.Lock()
        self._removing = False               # the change being patched in only removes targets
        self._index: VectorIndex | None = None
        self._row_to_id: dict[int, str] = {}
        self._vectors_of: dict[int, int] = {}  # row -> how many vectors it has in the index
        self._vector_count = 0
        self._view = View(-1, Names(None, {}), Keys(None, {}), LexicalMatcher())
        self._held: dict[int, tuple[View, float]] = {}  # versions queries took -> (view, when last taken)
        # what no view from a version on reads: matcher keys, and the index rows of removed targets
        self._retired: list[tuple[int, LexicalMatcher, list[str], list[int]]] = []
        self._retired_rows: dict[int, tuple[str, int]] = {}  # row -> (target id, version it was removed at)

    def _current(self) -> int:
        raise NotImplementedError  # the store's one read of the registry version

    def _snapshot_of(self, view: View, target_set: str | None) -> StoreSnapshot:
        raise NotImplementedError

    def refresh(self) -> int:
        """Bring the index and matcher up to the registry's version; returns that version."""
        return self._catch_up(self._current()).version

    def _seen(self) -> None:
        raise NotImplementedError  # the store records the version it now serves

    def search_view(self, view: View, probes: list[str], k: int, vectors: np.ndarray | None = None,
                    names: Mapping[str, Target] | None = None) -> list[list[SemanticHit]]:
        """Each probe's top-k vector hits among the view's targets (a target may appear once per vector that
        matched; a target removed since the view was taken still has its vectors until no view reads them),
        from one FAISS search over all probes: a search scans the same inverted lists whatever the batch,
        so the audit asks once for its question and every sentence rather than once per text.

        names: only these targets (one set's): the top k among their vectors, as an index of that set alone
        would answer.  The search over-fetches by how much larger the registry is than the set, and again
        while a probe still has fewer than k of the set's vectors and the index has more to give, so other
        sets' vectors never push the set's own out of its top k."""
        if vectors is None:
            vectors = self.embedder.embed(probes)
        among: Mapping[str, Target] = view.names if names is None else names
        ratio = -(-len(view.names) // max(1, len(among)))  # how many times the set the registry is, rounded up
        fetch = k * min(OVERFETCH_CAP, ratio)
        with self._lock:
            while True:
                scores, rows = self._loaded().search(vectors, fetch)
                per_probe = [self._members_hits(view, among, s, r, k) for s, r in zip(scores, rows)]
                exhausted = fetch >= self._loaded().ntotal or bool((rows < 0).any())
                if exhausted or all(len(h) >= k for h in per_probe):
                    break
                fetch *= 4
        out: list[list[SemanticHit]] = []
        for p, found in enumerate(per_probe):
            out.append([SemanticHit(target.id, score, p, slot) for target, score, slot in found
                        if not (slot == 0 and not target.description)])  # a bare name's vector: nothing to match
        return out

    def _members_hits(self, view: View, names: Mapping[str, Target], scores: np.ndarray, ids: np.ndarray,
                      k: int) -> list[tuple[Target, float, int]]:
        """The first k vectors of `names`' targets among one probe's results: (target, score, slot)."""
        found: list[tuple[Target, float, int]] = []
        for score, vid in zip(scores, ids):
            if vid < 0 or len(found) >= k:
                continue
            target_id = self._row_to_id.get(row_of(vid))
            if target_id is None and row_of(vid) in self._retired_rows:
                target_id, removed_at = self._retired_rows[row_of(vid)]
                target_id = target_id if view.version < removed_at else None
            target = names.get(target_id) if target_id is not None else None
            if target is not None:
                found.append((target, float(score), slot_of(vid)))
        return found

    def snapshot(self, version: int | None = None, target_set: str | None = None) -> StoreSnapshot:
        """The targets of one registry version, for every check of one query.

        With `version` (the one a query's first node took), that version's snapshot while it is held,
        without reading the registry again; otherwise the current one, after one read of its version.
        With `target_set`, only that set's targets are seen (UnknownTargetSet if the version has no such set).
        """
        if version is not None:
            with self._lock:
                held = self._held.get(version)
                if held is not None:
                    self._held[version] = (held[0], time.monotonic())
                    return self._snapshot_of(held[0], target_set)
            log.warning("registry version %d is no longer held; this query continues on the current one", version)
        view = self._catch_up(self._current())
        with self._lock:
            self._held[view.version] = (view, time.monotonic())
            self._drop_old_views()
            # (a view dropped at once, with a zero time to live, leaves its own version as the oldest)
            oldest = min([view.version, *self._held])
            due = bool(self._retired) and self._retired[0][0] <= oldest and not self._purging.locked()
        if due:  # in the background: a query never waits for what other queries no longer read
            threading.Thread(target=self._purge_retired, name="alu-matcher-purge", daemon=True).start()
        return self._snapshot_of(view, target_set)

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
        return self._view

    def _advance(self, current: int) -> None:
        """Patch (or load, or rebuild) up to the registry's state, read in one consistent read: its version
        is `current` or newer, and the view is labelled with it, so a result reports the version whose
        names it enforced.  The home records the version it now serves (retrieval/guard.py)."""
        self._bring_forward(current)
        self._seen()

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
            # the names and matcher come from the replica snapshot of the index's version (else both are built
            # again); then both are patched from the change log
            index, built_from = loaded
            snap = replica.load(self.home, self.registry.identity(), self._embedder_id, built_from)
            if snap is None:
                self._rebuild(loaded)
            else:  # the sets are the registry's now: the patch below brings the targets up to them
                self._install(index, View(snap.version, Names(snap.targets, {}), Keys(snap.targets, {}), snap.matcher,
                                          self.registry.target_sets()),
                              snap.row_to_id, snap.vectors_of, sum(snap.vectors_of.values()))
        with self.registry.consistent_read() as upto:
            changes = self.registry.changed_since(self._view.version, upto)
            changed = changes[0] if changes is not None else set()
            fresh = self.registry.rows_for({target_id for _, target_id in changed})
            sets = self.registry.target_sets()
        if changes is None:
            self._rebuild()
        elif upto > self._view.version:
            self._patch(changed, fresh, upto, sets)

    def _load_tables(self, version: int, rows: list[tuple[int, Target, np.ndarray]], sets: dict[str, TargetSet],
                     collect: tuple[list[np.ndarray], list[np.ndarray]] | None = None,
                     ) -> tuple[View, dict[int, str], dict[int, int], int]:
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
            if collect is not None and len(matrix):
                collect[0].append(vector_ids(row, len(matrix)))
                collect[1].append(matrix)
        return (View(version, Names(None, dict(names)), Keys(None, dict(keys)), matcher, sets), row_to_id,
                vectors_of, sum(vectors_of.values()))

    def _install(self, index: VectorIndex, view: View, row_to_id: dict[int, str], vectors_of: dict[int, int],
                 count: int) -> None:
        with self._lock:
            self._index, self._view = index, view
            self._row_to_id, self._vectors_of, self._vector_count = row_to_id, vectors_of, count
            self._retired, self._retired_rows = [], {}  # the old matcher: views that still read it keep it whole

    def _rebuild(self, saved: tuple[VectorIndex, int] | None = None) -> None:
        """The index and a replica snapshot (matcher and target table), built from the registry at one version
        and saved; a home where the snapshot cannot be written keeps its tables in memory instead.  A sound
        saved index of that very version (`saved`: the index and its version) is kept: only the snapshot is
        built (a home from before snapshots, or whose snapshot was lost, re-reads no vector)."""
        ids: list[np.ndarray] = []
        vecs: list[np.ndarray] = []
        try:
            with self.registry.consistent_read() as version:
                keep = saved is not None and saved[1] == version
                sets = self.registry.target_sets()
                replica.build(self.home, self.registry.iter_all(), version, self.registry.identity(),
                              self._embedder_id, lambda target_id: matcher_key(target_id, version),
                              None if keep else (ids, vecs))
        except OSError as e:
            log.warning("cannot write the replica snapshot in %s (%s); building it in memory", self.home, e)
            self._rebuild_in_memory()
            return
        if saved is not None and keep:
            index = saved[0]
        else:
            all_ids = np.concatenate(ids) if ids else np.zeros(0, np.int64)
            matrix = np.concatenate(vecs) if vecs else np.zeros((0, self.embedder.dim), np.float32)
            index = VectorIndex.build(self.embedder.dim, all_ids, matrix)
            index.save(self._index_path, version, self._embedder_id)
        snap = replica.load(self.home, self.registry.identity(), self._embedder_id, version)
        if snap is None:  # written and unreadable at once: a failing disk; memory still serves
            self._rebuild_in_memory()
            return
        self._install(index, View(version, Names(snap.targets, {}), Keys(snap.targets, {}), snap.matcher, sets),
                      snap.row_to_id, snap.vectors_of, sum(snap.vectors_of.values()))

    def _rebuild_in_memory(self) -> None:
        ids: list[np.ndarray] = []
        vecs: list[np.ndarray] = []
        with self.registry.consistent_read() as version:
            rows = list(self.registry.iter_all())
            sets = self.registry.target_sets()
        view, row_to_id, vectors_of, count = self._load_tables(version, rows, sets, (ids, vecs))
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

    def _patch(self, changed: set[tuple[int, str]], current: dict, version: int,
               sets: dict[str, TargetSet]) -> None:
        """Patch one version in, in time linear in the change: new keys are added to the shared matcher
        beside the old ones, which are retired (removed once no held view reads them)."""
        before = self._view
        changed_ids = {target_id for _, target_id in changed}
        self._removing = not current
        retired = [before.keys[t] for t in changed_ids if t in before.keys]
        present = {target.id for _, target, _ in current.values()}
        name_changes: dict[str, Target | None] = dict.fromkeys(changed_ids - present)
        key_changes: dict[str, str | None] = dict.fromkeys(changed_ids - present)
        for _, target, _ in current.values():
            key_changes[target.id] = matcher_key(target.id, version)
            before.matcher.add(target, matcher_key(target.id, version))
            name_changes[target.id] = target
        # copy on write: held views keep theirs
        names, keys = before.names.patched(name_changes), before.keys.patched(key_changes)
        index = self._loaded()
        kept = {row for row, _, _ in current.values()}
        with self._lock:
            # a changed target's old vectors go now (its row is reused); a removed one's stay for older views
            gone = {row: self._vectors_of.pop(row) for row in kept if row in self._vectors_of}
            index.remove_targets(gone)
            self._vector_count -= sum(gone.values())
            removed_rows = [row for row, _ in changed if row not in kept and row in self._row_to_id]
            for row in removed_rows:
                self._retired_rows[row] = (self._row_to_id[row], version)
            for row, _ in changed:
                self._row_to_id.pop(row, None)
            rows = []
            for row, target, matrix in current.values():
                if len(matrix):
                    rows.append(vector_ids(row, len(matrix)))
                self._row_to_id[row], self._vectors_of[row] = target.id, len(matrix)
                self._vector_count += len(matrix)
            if rows:
                index.add(np.concatenate(rows).tolist(),
                          np.concatenate([m for _, _, m in current.values() if len(m)]))
            self._view = View(version, names, keys, before.matcher, sets)
            self._retired.append((version, before.matcher, retired, removed_rows))
        if index.needs_rebuild() or index.ntotal != self._vector_count:
            self._rebuild()
        elif len(changed_ids) > 1000 and not self._retired_rows and names.base is None:
            # a saved index holds no removed target; with a replica snapshot the index stays at its version
            index.save(self._index_path, version, self._embedder_id)

    def _drop_old_views(self) -> None:
        """Views not taken for SNAPSHOT_TTL_S, or beyond what memory allows, are no longer held."""
        now = time.monotonic()
        cap = max(SNAPSHOTS_HELD, HELD_TARGET_ENTRIES // (len(self._view.names) + 1))
        for version, (_, used) in list(self._held.items()):
            if now - used > SNAPSHOT_TTL_S or len(self._held) > cap:
                del self._held[version]

    def _purge_retired(self) -> None:
        """Remove from the matcher the keys, and from the index the vectors, that no held view reads any
        more: the matcher a target at a time, the index in one batch."""
        if not self._retired or not self._purging.acquire(blocking=False):
            return
        try:
            with self._lock:
                self._drop_old_views()
                oldest = min([self._view.version, *self._held])
                due = [r for r in self._retired if r[0] <= oldest]
                self._retired = [r for r in self._retired if r[0] > oldest]
            for _, matcher, keys, rows in due:
                for key in keys:
                    matcher.remove(key)
                with self._lock:
                    gone = {row: self._vectors_of.pop(row) for row in rows if row in self._vectors_of}
                    for row in rows:
                        self._retired_rows.pop(row, None)
                    if self._index is not None:
                        self._index.remove_targets(gone)
                    self._vector_count -= sum(gone.values())
        finally:
            self._purging.release()
