"""One registration pipeline for every way targets arrive: the CLI, the admin API, the Python API
(`alu.targets`) and file imports all go through `register`, so they share one conflict rule and one
place where forms are derived, dropped and reported.

    validate (make_target: fields, derived name forms) -> drop forms the operator refused
    -> plan against the registry (added / changed / unchanged; within a batch the last id wins)
    -> warn (a name another target already uses, aliases that are weak or everyday phrases)
    -> conflict rule: a target whose id exists with other fields is changed only when asked (`replace`)
    -> embed and commit in one registry write (all or nothing) -> indexes follow the registry's log

A dry run stops after the plan; nothing is written.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from alu.retrieval.names import alias_warnings, drop_forms, form_report
from alu.retrieval.targets import Target, TargetError, make_target

if TYPE_CHECKING:
    from alu.retrieval.registry import TargetRegistry
    from alu.retrieval.store import ChangeResult, TargetStore

DERIVED_FIELDS = {"variants", "partial_forms"}  # computed from the name and aliases; they follow them


class TargetConflict(TargetError):
    """Targets whose ids exist with other fields, in a write that did not ask to change them."""

    def __init__(self, ids: list[str]) -> None:
        self.ids = ids
        super().__init__(f"target(s) already exist with different fields: {', '.join(ids)}")


@dataclass
class Plan:
    """What a registration would do, before anything is written."""

    added: list[Target] = field(default_factory=list)
    changed: list[tuple[Target, Target]] = field(default_factory=list)   # (stored, incoming)
    unchanged: list[Target] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)    # worth the operator's attention, never blocking
    forms: list[str] = field(default_factory=list)       # the derived forms, the ambiguous ones marked

    @property
    def written(self) -> list[Target]:
        return self.added + [new for _, new in self.changed]

    def diff_lines(self) -> list[str]:
        """The plan as `alu targets add/import --dry-run` prints it."""
        lines = []
        for t in self.added:
            aka = f" (aka {', '.join(t.aliases)})" if t.aliases else ""
            lines.append(f"+ {t.id}\t{t.name}{aka}")
        for old, new in self.changed:
            lines.append(f"~ {new.id}")
            lines += [f"    {line}" for line in field_changes(old, new)]
        lines += [f"= {t.id}" for t in self.unchanged]
        lines.append(f"dry run: {len(self.added)} to add, {len(self.changed)} to change, "
                     f"{len(self.unchanged)} unchanged; nothing written")
        return lines


@dataclass
class Registration:
    plan: Plan
    result: ChangeResult | None = None   # None for a dry run

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = self.result.to_dict() if self.result is not None else {
            "dry_run": True, "added": [t.id for t in self.plan.added],
            "updated": [new.id for _, new in self.plan.changed], "unchanged": [t.id for t in self.plan.unchanged]}
        out["warnings"] = list(self.plan.warnings)
        return out


def field_changes(old: Target, new: Target) -> list[str]:
    before, after = old.to_dict(), new.to_dict()
    return [f"{k}: {json.dumps(before.get(k), ensure_ascii=False)} -> {json.dumps(after.get(k), ensure_ascii=False)}"
            for k in sorted(set(before) | set(after)) if k not in DERIVED_FIELDS and before.get(k) != after.get(k)]


def validate(items: Iterable[Target | dict]) -> list[Target]:
    """Targets from dicts (fields checked, forms derived); a batch's later occurrence of an id wins."""
    targets = [t if isinstance(t, Target) else make_target(t) for t in items]
    if not targets:
        raise TargetError("no targets given")
    return list({t.id: t for t in targets}.values())


def name_key(text: str) -> str:
    return " ".join(text.casefold().split())


def duplicate_name_warnings(existing: Iterable[tuple[str, str, list[str]]], incoming: Sequence[Target]) -> list[str]:
    """A new or changed target whose name is already another target's name or alias (or repeats in the batch)."""
    owner: dict[str, str] = {}
    incoming_ids = {t.id for t in incoming}
    for target_id, name, aliases in existing:
        if target_id not in incoming_ids:
            for form in (name, *aliases):
                owner.setdefault(name_key(form), target_id)
    warnings = []
    for t in incoming:
        key = name_key(t.name)
        if key in owner and owner[key] != t.id:
            warnings.append(f"target {t.id!r}: the name {t.name!r} is already used by target {owner[key]!r}")
        owner.setdefault(key, t.id)
    return warnings


def plan(registry: TargetRegistry, items: Iterable[Target | dict], drop: Sequence[str] = ()) -> Plan:
    targets = drop_forms(validate(items), list(drop))
    out = Plan()
    stored = registry.rows_for({t.id for t in targets})
    for t in targets:
        old = stored.get(t.id)
        if old is None:
            out.added.append(t)
        elif old[1] == t:
            out.unchanged.append(t)
        else:
            out.changed.append((old[1], t))
    touched = {t.id for t in out.written}
    written = [t for t in targets if t.id in touched]  # in batch order: the first of two equal names keeps it
    if written:
        out.warnings += duplicate_name_warnings(registry.name_rows(), written)
        out.warnings += [w for t in written for w in alias_warnings(t)]
        out.forms = form_report(written)
    return out


def check_conflicts(the_plan: Plan, replace: bool) -> None:
    """The one conflict rule: a target whose id exists with other fields changes only when asked."""
    if the_plan.changed and not replace:
        raise TargetConflict([new.id for _, new in the_plan.changed])


def commit(store: TargetStore, the_plan: Plan, progress: Callable[[int], object] | None = None) -> ChangeResult:
    """Embed what the plan adds or changes and write it in one registry commit."""
    return store.add(the_plan.written + the_plan.unchanged, replace=True, progress=progress)


def register(store: TargetStore, items: Iterable[Target | dict], *, replace: bool = False,
             drop: Sequence[str] = (), dry_run: bool = False,
             progress: Callable[[int], object] | None = None) -> Registration:
    """Add or change targets.  Raises TargetConflict (nothing written) when a target's id exists with
    other fields and `replace` is false; TargetError on invalid input."""
    the_plan = plan(store.registry, items, drop)
    if dry_run:
        return Registration(the_plan)
    check_conflicts(the_plan, replace)
    return Registration(the_plan, commit(store, the_plan, progress))
