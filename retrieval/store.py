"""TargetStore: the registry plus what is derived from it (FAISS index, lexical matcher).

Writes go to the registry first (durable, versioned).  A query reads the registry's version once,
in `snapshot()`, which patches the derived structures up to it, so a change made by any process is
seen by the next query without a restart; every later check of the query reads that snapshot.
Patching runs in time linear in the change and never holds up queries that already have their
snapshot.  A registry that went backwards, or whose file is gone, is refused (retrieval/guard.py).
A process starts from the home's replica snapshot (retrieval/replica.py: the matcher and target table
of the saved index's version, memory-mapped) and patches forward from the change log, in seconds
whatever the registry's size; the snapshot is checked before it is used and rebuilt when it is not sound.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import numpy as np

from alu.retrieval import guard, target_sets
from alu.retrieval.backend import registry_location
from alu.retrieval.coalesce import CoalescingEmbedder
from alu.retrieval.embeddings import DEFAULT_EMBEDDINGS, Embedder, load_embedder
from alu.retrieval.guard import RegistryUnavailable, Seen
from alu.retrieval.lexical_hits import LexicalHit
from alu.retrieval.probes import ProbeTable
from alu.retrieval.registry import TargetRegistry
from alu.retrieval.snapshot import Members, SemanticHit, StoreSnapshot, View, best_per_target, members
from alu.retrieval.tables import Names
from alu.retrieval.target_sets import TargetSet, UnknownTargetSet, check_membership
from alu.retrieval.targets import Target, TargetError, make_target, read_targets_file
from alu.retrieval.views import SNAPSHOTS_HELD, VersionedViews

if TYPE_CHECKING:
    from alu.retrieval.langchain_retriever import TargetRetriever

Progress = Callable[[int], object]  # told how many items (targets or texts) are done
PerSet = tuple[int, "str | None"]   # a registry version and a target set (None: every set)
Derived = TypeVar("Derived")

log = logging.getLogger(__name__)

EMBED_BATCH = 256
# A batch with at least this many name-only targets stores them without a vector.  A bare name's vector is
# never read by a check (search_view and similarity skip slot 0 of a target without a description: answers
# near a name are other names), so embedding it only costs time: at a million names the import is bound by
# the embedder (~450 names/s on two cores).  Smaller batches keep it, so that a registry built a few targets
# at a time is indexed exactly as before.
LEXICAL_ONLY_BATCH = 1000

__all__ = ["ChangeResult", "RegistryUnavailable", "SemanticHit", "StoreSnapshot", "TargetStore", "best_per_target"]


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


class TargetStore(VersionedViews):
    def __init__(self, home: str | Path, embeddings: str | Embedder = DEFAULT_EMBEDDINGS) -> None:
        self.home = Path(home).expanduser()
        self.home.mkdir(parents=True, exist_ok=True)
        self.registry = TargetRegistry(registry_location(self.home))  # SQLite file, or ALU_REGISTRY's PostgreSQL
        # concurrent queries (a server's request threads) share embedding passes
        self.embedder = CoalescingEmbedder(load_embedder(embeddings) if isinstance(embeddings, str) else embeddings)
        self._embedder_id = f"{self.embedder.name}/{self.embedder.dim}"
        self._index_path = self.home / "targets.faiss"
        self._init_views()
        self._probe_tables: dict[PerSet, ProbeTable] = {}  # (version, set) -> its topic probes, stacked
        self._footprint_counts: dict[PerSet, int] = {}     # (version, set) -> how many targets have a footprint
        self._members: dict[PerSet, Members] = {}          # (version, set) -> the set's part of the view
        self._high = 0                                     # the newest version read: the registry never goes back
        self._refusal = self._check_seen()
        self._registry_had_targets = self._high > 0  # so a missing index file is news
        if self._refusal is None:
            self._reembed_if_needed()

    # ---- writes -------------------------------------------------------------------------
    def add(self, items: Sequence[Target | dict], replace: bool = False,
            progress: Progress | None = None) -> ChangeResult:
        """Add targets; identical duplicates are no-ops, changed ones need replace=True."""
        self._writable()
        targets = self._dedupe([t if isinstance(t, Target) else make_target(t) for t in items])
        existing = self.registry.rows_for({t.id for t in targets})
        check_membership(self.registry.target_sets(), targets, {i: old[1] for i, old in existing.items()})
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

    def update(self, target_id: str, target_set: str | None = None, **fields: Any) -> ChangeResult:
        self._writable()
        old = self.in_set(target_id, target_set)
        changes = {k: v for k, v in fields.items() if v is not None}
        data = old.to_dict() | changes
        if {"name", "aliases"} & changes.keys():  # derived from them: derived again
            data = {k: v for k, v in data.items() if k not in ("variants", "partial_forms")}
        return self.add([make_target(data)], replace=True)

    def remove(self, target_ids: list[str], target_set: str | None = None) -> ChangeResult:
        """Remove targets (with `target_set`, only ids of that set: another set's id is not found)."""
        self._writable()
        ids = list(dict.fromkeys(target_ids))
        if target_set is None:
            present = self.registry.existing(set(ids))
        else:
            present = {i for i, (_, t, _) in self.registry.rows_for(set(ids)).items() if t.target_set == target_set}
        missing = [t for t in ids if t not in present]
        if missing:
            where = f" in set {target_set!r}" if target_set is not None else ""
            raise KeyError(f"no target with id {', '.join(map(repr, missing))}{where}")
        return ChangeResult(self.registry.write([], ids), removed=ids)

    def in_set(self, target_id: str, target_set: str | None = None) -> Target:
        """The stored target (KeyError if there is none, or it is in another set than `target_set`)."""
        found = self.registry.get(target_id)
        if found is None or target_set is not None and found.target_set != target_set:
            where = f" in set {target_set!r}" if target_set is not None else ""
            raise KeyError(f"no target with id {target_id!r}{where}")
        return found

    # ---- target sets --------------------------------------------------------------------
    def target_sets(self) -> dict[str, TargetSet]:
        return self.registry.target_sets()

    def target_set(self, name: str) -> TargetSet:
        found = self.registry.target_sets().get(name)
        if found is None:
            raise UnknownTargetSet(name)
        return found

    def create_set(self, name: str, refusal: str | None = None) -> int:
        """A new, empty set; returns the registry version that has it."""
        self._writable()
        return target_sets.create_set(self.registry, name, refusal)

    def set_refusal(self, name: str, refusal: str | None) -> int:
        """Set (None: reset to the built-in one) the message every surface refuses with for the set; it may
        not name one of the set's targets."""
        self._writable()
        return target_sets.set_refusal(self.registry, name, refusal)

    def remove_set(self, name: str) -> int:
        """Remove an empty set (never the default one)."""
        self._writable()
        return target_sets.remove_set(self.registry, name)

    def import_file(self, path: str | Path, fmt: str | None = None,
                    progress: Progress | None = None) -> ChangeResult:
        """All or nothing: the file is parsed and embedded completely before one commit."""
        return self.add(read_targets_file(path, fmt), replace=True, progress=progress)

    # ---- reads: each through one snapshot -------------------------------------------------
    def version(self) -> int:
        return self.registry.version()

    def count(self) -> int:
        return self.snapshot().count()

    def get(self, target_id: str) -> Target | None:
        return self.snapshot().get(target_id)

    def targets(self, ids: Iterable[str]) -> list[Target]:
        return self.snapshot().targets(ids)

    def all_targets(self) -> list[Target]:
        return self.snapshot().all_targets()

    def keep_targets(self) -> list[Target]:
        return self.snapshot().keep_targets()

    def lexical(self, text: str, only: set[str] | None = None) -> list[LexicalHit]:
        return self.snapshot().lexical(text, only)

    def weak_lexical(self, text: str, only: set[str] | None = None, typos: bool = False) -> list[LexicalHit]:
        """Weak hits in text: partial forms (bare surname, given name, "S. King") and ambiguous aliases,
        which do not flag an answer alone; conversation scope decides what they mean.  With typos (for
        user turns), misspelt names too ("Oskra Brandvold")."""
        return self.snapshot().weak_lexical(text, only, typos)

    def probe_table(self) -> ProbeTable:
        return self.snapshot().probe_table()

    def keyphrase_hits(self, texts: list[str]) -> dict[str, set[str]]:
        return self.snapshot().keyphrase_hits(texts)

    def footprint_count(self) -> int:
        return self.snapshot().footprint_count()

    def semantic(self, probes: list[str], k: int, vectors: np.ndarray | None = None) -> list[SemanticHit]:
        return self.snapshot().semantic(probes, k, vectors)

    def search_each(self, probes: list[str], k: int, vectors: np.ndarray | None = None) -> list[list[SemanticHit]]:
        return self.snapshot().search_each(probes, k, vectors)

    def members_of(self, view: View, target_set: str) -> Members:
        """One set's part of a version, computed once per version and set (UnknownTargetSet if it has none)."""
        return self._once(self._members, (view.version, target_set), lambda: members(view, target_set))

    def probes_of(self, version: PerSet, names: Mapping[str, Target]) -> ProbeTable:
        """The probes of one version's (and set's) targets, stacked once (a query pays a dot product); a whole
        version's are listed by its table (retrieval/tables.py), which need not decode every target."""
        return self._once(self._probe_tables, version, lambda: ProbeTable(
            names.probes() if isinstance(names, Names) else
            {t.id: t.probe for t in names.values() if t.probe is not None}, self._embedder_id, self.embedder.dim))

    def footprints_of(self, version: PerSet, names: Mapping[str, Target]) -> int:
        """How many targets of one version's (and set's) table have a footprint, counted once."""
        return self._once(self._footprint_counts, version, lambda: names.footprint_count() if isinstance(
            names, Names) else sum(t.footprint is not None for t in names.values()))

    def _once(self, cache: dict[PerSet, Derived], key: PerSet, make: Callable[[], Derived]) -> Derived:
        """What is derived from one version (and set), made once and kept while such versions are held (a few
        per set a server serves)."""
        found = cache.get(key)
        if found is None:
            found = make()
            with self._lock:
                cache[key] = found
                while len(cache) > SNAPSHOTS_HELD * 4:
                    del cache[next(iter(cache))]
        return found

    def vector_count(self) -> int:
        """Vectors in the index: one per target plus one per fact and example."""
        self.snapshot()
        return self._vector_count

    def similarity(self, texts: list[str], target_ids: list[str]) -> np.ndarray:
        """Cosine similarity of each text to each given target (its closest vector: description, fact or
        example; not its footprint's), shape (len(texts), len(target_ids))."""
        rows = self.registry.rows_for(set(target_ids))
        if not texts or not target_ids:
            return np.zeros((len(texts), len(target_ids)), np.float32)
        embedded = self.embedder.embed(texts)
        out = np.zeros((len(texts), len(target_ids)), np.float32)
        for j, t in enumerate(target_ids):
            if t in rows:
                _, target, matrix = rows[t]
                # a bare name means nothing to match; a footprint's vectors are weighed by nodes/footprint.py,
                # with the keyphrases and whom the turn speaks of, never by an answer's closeness alone
                vectors = matrix[(0 if target.description else 1):target.footprint_slots().start]
                if len(vectors):
                    out[:, j] = (embedded @ vectors.T).max(axis=1)
        return out

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
        floor = self._high  # read before ours began: ours cannot honestly be older
        current = self.registry.version()
        # another thread's read may have finished first with a newer version: only a registry that still
        # reads older when asked again went back
        if current < floor and self.registry.version() < floor:
            self._refusal = (f"the target registry at {self.registry.location} went back from version {floor} "
                             f"to {current} while serving; refusing to answer unprotected. Restore it, or accept "
                             f"it as it is with `{guard.ACCEPT_COMMAND}` (then restart)")
            log.error("%s", self._refusal)
            raise RegistryUnavailable(self._refusal)
        with self._lock:
            self._high = max(self._high, current)
        return current

    def _writable(self) -> None:
        """A write to a lost registry would be acknowledged and never seen by anyone else."""
        self._current()

    def _seen(self) -> None:
        guard.write_seen(self.home, Seen(self.registry.identity(), self._view.version, len(self._view.names)))

    def accept_registry(self) -> Seen:
        """Record the registry as it is now as the one to serve (the operator's explicit choice)."""
        return guard.accept_registry(self.home, self.registry)

    # ---- keeping derived structures current ----------------------------------------------
    def _snapshot_of(self, view: View, target_set: str | None) -> StoreSnapshot:
        return StoreSnapshot(self, view, target_set)

    # ---- helpers ------------------------------------------------------------------------
    def _embed(self, texts: list[str], progress: Progress | None = None) -> np.ndarray:
        out = []
        for i in range(0, len(texts), EMBED_BATCH):
            batch = texts[i:i + EMBED_BATCH]
            out.append(self.embedder.embed(batch))
            if progress:
                progress(len(batch))
        return np.concatenate(out) if out else np.zeros((0, self.embedder.dim), np.float32)

    def _embed_targets(self, targets: list[Target], progress: Progress | None = None) -> list[np.ndarray]:
        """Each target's vectors, one row per Target.vector_texts() entry, in one embedding pass; none for the
        name-only targets of a large batch (see LEXICAL_ONLY_BATCH): the lexical matcher finds them."""
        bare = [t for t in targets if t.name_only]
        skip = {t.id for t in bare} if len(bare) >= LEXICAL_ONLY_BATCH else set()
        texts = [[] if t.id in skip else t.vector_texts() for t in targets]
        flat = self._embed([x for group in texts for x in group])
        out, start = [], 0
        for group in texts:
            out.append(flat[start:start + len(group)] if group else np.zeros((0, self.embedder.dim), np.float32))
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

    def as_retriever(self, k: int = 4, min_score: float = 0.0) -> TargetRetriever:
        from alu.retrieval.langchain_retriever import TargetRetriever

        return TargetRetriever(store=self, k=k, min_score=min_score)
