"""One registry version, seen whole by every check of a query.

A store publishes a `View` per version it reaches: that version's target table and which matcher
key each target's forms are indexed under.  The lexical matcher is shared by all versions: a
target changed or removed keeps its old entries (under its old key) until no held view can read
them, so a query that started before a change matches exactly the names of its own version,
while the store patches the next one.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, NamedTuple

import numpy as np

from alu.retrieval.keyphrases import phrase_in, query_words
from alu.retrieval.lexical_hits import LexicalHit
from alu.retrieval.matcher import LexicalMatcher
from alu.retrieval.normalize import canonical
from alu.retrieval.probes import ProbeTable
from alu.retrieval.tables import Keys, Names
from alu.retrieval.target_sets import DEFAULT_SETS, TargetSet, UnknownTargetSet
from alu.retrieval.targets import Target

if TYPE_CHECKING:
    from alu.retrieval.store import TargetStore

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


MAX_HOLDERS = 3  # targets that may share a keyphrase and still be told apart by it

KEY_SEPARATOR = "\0"  # never in a target id (ids are text without NUL)


def matcher_key(target_id: str, version: int) -> str:
    """The key a target's forms are indexed under from `version` on."""
    return f"{target_id}{KEY_SEPARATOR}{version}"


class View(NamedTuple):
    version: int
    names: Names   # never mutated: the store patches a copy (retrieval/tables.py)
    keys: Keys     # target id -> matcher key this version reads
    matcher: LexicalMatcher
    sets: Mapping[str, TargetSet] = DEFAULT_SETS  # the version's target sets by name


class Members(NamedTuple):
    """One set's part of a view: its targets, and its matcher keys (None when the set is every target)."""

    names: Mapping[str, Target]
    keys: set[str] | None   # never mutated: held by every query of the version


def members(view: View, target_set: str) -> Members:
    """The set's targets in the view, computed once per version and set (the store caches it).  A registry
    with one set is not read through: at a million targets from a replica snapshot that would decode them all."""
    if target_set not in view.sets:
        raise UnknownTargetSet(target_set)
    if len(view.sets) == 1:
        return Members(view.names, None)
    names = {i: t for i, t in view.names.items() if t.target_set == target_set}
    if len(names) == len(view.names):
        return Members(view.names, None)
    return Members(names, {view.keys[i] for i in names})


def visible_hits(view: View, hits: list[LexicalHit]) -> list[LexicalHit]:
    """The hits of the view's own versions of its targets, under their plain ids."""
    out = []
    for h in hits:
        target_id = h.target_id.partition(KEY_SEPARATOR)[0]
        if view.keys.get(target_id) == h.target_id:
            out.append(LexicalHit(**{**h.__dict__, "target_id": target_id}))
    return out


def find(view: View, text: str, keys: set[str] | None, include_weak: bool = False,
         typos: bool = False) -> list[LexicalHit]:
    """Hits of the targets under the given matcher keys (None: every target of the view)."""
    hits = visible_hits(view, view.matcher.find(text, keys, include_weak=include_weak, typos=typos))
    if any(_lowercase_alias(view, text, h) for h in hits):
        capitalises = _capitalises_names(text)
        hits = [replace(h, weak=True) if _lowercase_alias(view, text, h) and (
            capitalises or _DETERMINER.search(text[:h.start])) else h for h in hits]
        if not include_weak:
            hits = [h for h in hits if not h.weak]
    return hits


_CAPITALISED = re.compile(r"\b[A-Z][a-z]")
_DETERMINER = re.compile(r"\b(?:a|an|the|some|my|your|this|that|these|those)\s+$")  # "a madeleine": a noun


def _lowercase_alias(view: View, text: str, hit: LexicalHit) -> bool:
    """A one-word alias written in lower case ("a madeleine" for the alias Madeleine)."""
    target = view.names.get(hit.target_id)
    return (not hit.weak and hit.how == "exact" and target is not None and len(hit.surface.split()) == 1
            and hit.surface != target.name and text[hit.start:hit.end].islower())


def _capitalises_names(text: str) -> bool:
    """Does the writer capitalise names: a capitalised word that does not open a sentence?  Then a one-word
    alias they wrote in lower case is the common word it also is, and counts only with support."""
    for m in _CAPITALISED.finditer(text):
        before = text[:m.start()].rstrip()
        if before and before[-1] not in ".!?:;\"'“‘(-–—" and m.group() != "I":
            return True
    return False


class StoreSnapshot:
    """One registry version seen by a whole query.

    Every lookup answers from the same target table and the same names, so a target removed or
    changed by another process between two checks is still the one this query audited (never
    None), and one added meanwhile is not half seen.  Vector searches run on the store's shared
    index and are restricted to this version's targets.
    """

    def __init__(self, store: TargetStore, view: View, target_set: str | None = None) -> None:
        self._store = store
        self._view = view
        self.target_set = target_set
        part = store.members_of(view, target_set) if target_set is not None else Members(view.names, None)
        self._names, self._keys = part.names, part.keys
        self.embedder = store.embedder
        self.home = store.home

    def __getattr__(self, name: str) -> Any:
        return getattr(self._store, name)  # anything not version-sensitive is the store's own

    def refresh(self) -> int:
        return self._view.version

    def version(self) -> int:
        return self._view.version

    def snapshot(self, version: int | None = None, target_set: str | None = None) -> StoreSnapshot:
        return self

    def refusal(self) -> str | None:
        """The operator's refusal message for this snapshot's set (None: the built-in one)."""
        found = self._view.sets.get(self.target_set) if self.target_set is not None else None
        return found.refusal if found is not None else None

    def count(self) -> int:
        return len(self._names)

    def get(self, target_id: str) -> Target | None:
        return self._names.get(target_id)

    def targets(self, ids: Iterable[str]) -> list[Target]:
        return [self._names[i] for i in ids if i in self._names]

    def all_targets(self) -> list[Target]:
        return list(self._names.values())

    def keep_targets(self) -> list[Target]:
        """The targets of kind keep, without decoding every target of a replica snapshot when it can."""
        if isinstance(self._names, Names):
            return self._names.keep_targets()
        return [t for t in self._names.values() if t.kind == "keep"]

    def _only(self, only: set[str] | None) -> set[str] | None:
        """The matcher keys a lookup may hit: the set's (when it is not every target), within `only`."""
        if only is None:
            return self._keys
        return {self._view.keys[i] for i in only if i in self._names and i in self._view.keys}

    def lexical(self, text: str, only: set[str] | None = None) -> list[LexicalHit]:
        return find(self._view, text, self._only(only))

    def weak_lexical(self, text: str, only: set[str] | None = None, typos: bool = False) -> list[LexicalHit]:
        """Weak hits in text: partial forms (bare surname, given name, "S. King") and ambiguous aliases,
        which do not flag an answer alone; conversation scope decides what they mean.  With typos (for
        user turns), misspelt names too ("Setphen King")."""
        return [h for h in find(self._view, text, self._only(only), include_weak=True, typos=typos) if h.weak]

    def semantic(self, probes: list[str], k: int, vectors: np.ndarray | None = None) -> list[SemanticHit]:
        return best_per_target(hit for hits in self.search_each(probes, k, vectors) for hit in hits)

    def search_each(self, probes: list[str], k: int, vectors: np.ndarray | None = None) -> list[list[SemanticHit]]:
        return self._store.search_view(self._view, probes, k, vectors, self._names)

    def similarity(self, texts: list[str], target_ids: list[str]) -> np.ndarray:
        """As the store's, with another set's target scoring 0: it is not this query's to flag."""
        scores = self._store.similarity(texts, target_ids)
        others = [j for j, t in enumerate(target_ids) if t not in self._names]
        if others:
            scores[:, others] = 0.0
        return scores

    def vector_count(self) -> int:
        return self._store._vector_count  # the index's, whatever version: what is searched

    def probe_table(self) -> ProbeTable:
        return self._store.probes_of((self._view.version, self.target_set), self._names)

    def footprint_count(self) -> int:
        return self._store.footprints_of((self._view.version, self.target_set), self._names)

    def keyphrase_hits(self, texts: list[str]) -> dict[str, set[str]]:
        """Each target whose footprint keyphrases `texts` spell, with the phrases (folded).  The full-text
        index answers for the registry as it is now: a row counts only if this version's target holds the
        phrase.  A phrase that more than MAX_HOLDERS targets share tells none of them apart, and a phrase
        inside another one found ('tidewater' in 'tidewater kiln') is not a second piece of evidence."""
        words = query_words(texts)
        if not words:
            return {}
        # another set's rows are dropped first: they neither count as holders nor flag anything here
        rows = {(t, p) for t, p in self._store.registry.keyphrase_candidates(words) if t in self._names}
        holders = Counter(phrase for _, phrase in rows)
        folded = [canonical(t) for t in texts]
        out: dict[str, set[str]] = {}
        for target_id, phrase in rows:
            if holders[phrase] > MAX_HOLDERS:
                continue  # first: a target read from a replica snapshot is decoded, and thousands share a place
            target = self._names.get(target_id)
            if (target is None or target.footprint is None
                    or phrase not in {canonical(k) for k in target.footprint.keyphrases}
                    or not any(phrase_in(phrase, f) for f in folded)):
                continue
            out.setdefault(target_id, set()).add(phrase)
        return {t: {p for p in found if not any(p != q and phrase_in(p, q) for q in found)}
                for t, found in out.items()}
