"""Target sets (tenants): named groups of targets in one registry, each with its own refusal message.

A target belongs to exactly one set; a query is answered for one set and is flagged, refused or
rewritten only because of that set's targets.  The set `default` always exists and holds every
target registered without one, so a registry written before sets existed behaves exactly as it did.

Target ids stay unique across the whole registry, not per set: every derived structure (the change
log, matcher keys, FAISS rows, the keyphrase index) is keyed by id, and a second, per-set id space
would have to be threaded through all of them.  Registering an id that another set holds is a
conflict that names the set holding it, never a silent move (a move would switch protection off for
the first set).

A set's refusal message is the operator's: it is what every surface says for that set when it
refuses (the graph's refusal, `/v1`'s refusal, the agent middleware).  It is validated so that a
refusal never itself says one of the set's names.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from alu.retrieval.lexical_hits import LexicalHit
from alu.retrieval.targets import Target, TargetError
from alu.retrieval.textcheck import text_problem

if TYPE_CHECKING:
    from alu.retrieval.registry import TargetRegistry

DEFAULT_SET = "default"
MAX_REFUSAL_CHARS = 500
SET_NAME = re.compile(r"[a-z0-9][a-z0-9_.-]{0,63}")

SCHEMA = """
CREATE TABLE IF NOT EXISTS target_sets (
    name TEXT PRIMARY KEY,
    refusal TEXT                             -- NULL: the built-in refusal (nodes/prompts.py)
);
"""
# created after the migration that adds targets.target_set: an older table has no such column until then
SET_INDEX = "CREATE INDEX IF NOT EXISTS targets_by_set ON targets(target_set, row)"


class TargetSetError(TargetError):
    """A set name or refusal message is invalid, or the set cannot be changed as asked."""


class UnknownTargetSet(TargetSetError):
    """A query or a write named a set the registry does not hold; nothing is answered unprotected."""

    def __init__(self, name: str) -> None:
        self.name = name
        super().__init__(f"no target set named {name!r}; create it with `alu targets sets create {name}`")


@dataclass(frozen=True)
class TargetSet:
    name: str
    refusal: str | None = None   # None: the built-in refusal

    def to_dict(self) -> dict[str, str | None]:
        return {"name": self.name, "refusal": self.refusal}


DEFAULT_SETS: Mapping[str, TargetSet] = {DEFAULT_SET: TargetSet(DEFAULT_SET)}


def check_set_name(name: object) -> str:
    """The name when it is a valid set name (lower-case letters, digits, '.', '_', '-'; at most 64)."""
    if not isinstance(name, str) or not SET_NAME.fullmatch(name):
        raise TargetSetError(f"a set name must be 1-64 lower-case letters, digits, '.', '_' or '-' "
                             f"(starting with a letter or digit), got {name!r}")
    return name


def check_refusal(text: object, names_in: Callable[[str], Sequence[LexicalHit]] | None = None) -> str:
    """A refusal message fit to send for a set: non-empty text, at most MAX_REFUSAL_CHARS, and naming none of
    the set's targets (`names_in` finds the set's names in a text), since a refusal is sent when those must
    not be said."""
    if not isinstance(text, str) or not text.strip():
        raise TargetSetError("a refusal message must be non-empty text")
    problem = text_problem(text)
    if problem:
        raise TargetSetError(f"the refusal message {problem}")
    text = " ".join(text.split())
    if len(text) > MAX_REFUSAL_CHARS:
        raise TargetSetError(f"a refusal message may be at most {MAX_REFUSAL_CHARS} characters")
    hits = names_in(text) if names_in is not None else []
    if hits:
        raise TargetSetError(f"the refusal message names a target of this set ({hits[0].surface!r}); "
                             "a refusal must not say what it withholds")
    return text


def recheck_membership(cur: Any, target: Target, held_by: str | None) -> None:
    """check_membership again inside the write's own transaction, on what the database holds now: between
    the first check and the commit (embedding takes seconds) another writer may have removed the set or
    registered the id in another set, and neither may go through silently."""
    if held_by is not None and held_by != target.target_set:
        raise TargetSetError(f"target id {target.id!r} was registered in set {held_by!r} meanwhile (ids are "
                             "unique across sets); nothing was written")
    if target.target_set != DEFAULT_SET and cur.execute(
            "SELECT 1 FROM target_sets WHERE name=?", (target.target_set,)).fetchone() is None:
        raise UnknownTargetSet(target.target_set)


def check_membership(sets: Mapping[str, TargetSet], incoming: Iterable[Target], stored: Mapping[str, Target]) -> None:
    """Every incoming target's set exists, and no id held by another set is taken over: a move between sets
    would silently switch protection off for the set that held it."""
    worded: dict[str, list[Target]] = {}   # the batch's targets of each set that has a refusal message
    for t in incoming:
        if t.target_set not in sets:
            raise UnknownTargetSet(t.target_set)
        old = stored.get(t.id)
        if old is not None and old.target_set != t.target_set:
            raise TargetSetError(f"target id {t.id!r} is already used in set {old.target_set!r} (ids are unique "
                                 f"across sets); choose another id for set {t.target_set!r}")
        if sets[t.target_set].refusal:
            worded.setdefault(t.target_set, []).append(t)
    for name, targets in worded.items():  # a message written before its targets joined must not start saying them
        hits = _names_in(targets)(sets[name].refusal or "")
        if hits:
            raise TargetSetError(f"set {name!r}'s refusal message names target {hits[0].target_id!r}; change the "
                                 "message first (a refusal must not say what it withholds)")


def _names_in(targets: Iterable[Target]) -> Callable[[str], Sequence[LexicalHit]]:
    """A finder of these targets' names (strong forms), built once for the texts it is asked about."""
    from alu.retrieval.matcher import LexicalMatcher

    matcher = LexicalMatcher()
    for target in targets:
        matcher.add(target)
    return matcher.find


def into_set(targets: Iterable[Target], target_set: str) -> list[Target]:
    """A batch registered into one set: a target that names no set joins it; one that names another set is
    refused (a file exported from one tenant is not imported into another by mistake)."""
    out = []
    for t in targets:
        if t.target_set not in (DEFAULT_SET, target_set):
            raise TargetSetError(f"target {t.id!r} is in set {t.target_set!r}, not {target_set!r}; register it with "
                                 f"--set {t.target_set} (or remove its target_set field)")
        out.append(t if t.target_set == target_set else replace(t, target_set=target_set))
    return out


def set_names_in(registry: TargetRegistry, name: str) -> Callable[[str], Sequence[LexicalHit]]:
    """A finder of the set's target names (strong forms), for checking its refusal message."""
    return _names_in(registry.page(target_set=name))


def create_set(registry: TargetRegistry, name: str, refusal: str | None = None) -> int:
    """A new, empty set; returns the registry version that has it."""
    if check_set_name(name) in registry.target_sets():
        raise TargetSetError(f"a target set named {name!r} already exists")
    text = None if refusal is None else check_refusal(refusal)  # no targets yet: nothing it could name
    return registry.write_set(TargetSet(name, text))


def set_refusal(registry: TargetRegistry, name: str, refusal: str | None) -> int:
    """Set (None: back to the built-in one) the message every surface refuses with for the set."""
    if name not in registry.target_sets():
        raise UnknownTargetSet(name)
    text = None if refusal is None else check_refusal(refusal, set_names_in(registry, name))
    return registry.write_set(TargetSet(name, text))


def remove_set(registry: TargetRegistry, name: str) -> int:
    """Remove an empty set (never the default one)."""
    if name == DEFAULT_SET:
        raise TargetSetError("the default set cannot be removed")
    found = registry.target_sets().get(name)
    if found is None:
        raise UnknownTargetSet(name)
    return registry.write_set(found, remove=True)


def set_rows(registry: TargetRegistry) -> list[dict[str, object]]:
    """Every set with its refusal message and how many targets it holds, as listings show them."""
    return [s.to_dict() | {"targets": registry.count(s.name)} for s in registry.target_sets().values()]
