"""One registration pipeline for every way targets arrive: the CLI, the admin API, the Python API
(`alu.targets`) and file imports all go through `register`, so they share one conflict rule and one
place where forms are derived, dropped and reported.

    validate (make_target: fields, derived name forms) -> drop forms the operator refused
    -> into the target set asked for (a target naming another set is refused; an id another set holds too)
    -> plan against the registry (added / changed / unchanged; within a batch the last id wins)
    -> warn (a name another target already uses, aliases that are weak or everyday phrases)
    -> conflict rule: a target whose id exists with other fields is changed only when asked (`replace`)
    -> embed and commit in one registry write (all or nothing) -> indexes follow the registry's log

A dry run stops after the plan; nothing is written.

Enrichment (`enrich`) comes before the plan when asked for: a chat model writes each target's knowledge
footprint (alu/enrichment.py), validated like the operator's; one target that gets none fails the whole
write, as one bad line fails an import.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from dataclasses import replace as with_fields
from typing import TYPE_CHECKING, Any

from alu.retrieval.footprint import Footprint, FootprintError, diff
from alu.retrieval.keyphrases import query_words
from alu.retrieval.names import alias_warnings, drop_forms, form_report
from alu.retrieval.target_sets import DEFAULT_SET, check_membership, into_set
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


class FootprintConflict(TargetError):
    """Targets that already have a footprint, in an enrichment that did not ask to replace it."""

    def __init__(self, ids: list[str]) -> None:
        self.ids = ids
        super().__init__(f"target(s) already have a footprint: {', '.join(ids)}")


class EnrichmentFailed(TargetError):
    """Targets the enrichment model wrote no valid footprint for (target id -> the problem); nothing written."""

    def __init__(self, failures: dict[str, str]) -> None:
        self.failures = failures
        super().__init__("; ".join(f"target {i!r}: {problem}" for i, problem in failures.items()))


FootprintWrite = Callable[[Target], Footprint]   # raises FootprintError when it has no valid footprint


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


def plan(registry: TargetRegistry, items: Iterable[Target | dict], drop: Sequence[str] = (),
         target_set: str = DEFAULT_SET) -> Plan:
    targets = into_set(drop_forms(validate(items), list(drop)), target_set)
    out = Plan()
    stored = registry.rows_for({t.id for t in targets})
    check_membership(registry.target_sets(), targets, {i: row[1] for i, row in stored.items()})
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
        out.warnings += duplicate_name_warnings(registry.name_rows(target_set=target_set), written)
        out.warnings += [w for t in written for w in alias_warnings(t)]
        out.warnings += [w for t in written for w in keyphrase_warnings(t)]
        out.forms = form_report(written)
    return out


def keyphrase_warnings(target: Target) -> list[str]:
    """Footprint keyphrases that the full-text lookup can never find: they hold no uncommon word."""
    unsearchable = [k for k in (target.footprint.keyphrases if target.footprint else ()) if not query_words([k])]
    return [f"target {target.id!r}: keyphrase {k!r} has only common words and is never looked up; name "
            "something distinctive (a title, a place, an organisation)" for k in unsearchable]


def check_conflicts(the_plan: Plan, replace: bool) -> None:
    """The one conflict rule: a target whose id exists with other fields changes only when asked."""
    if the_plan.changed and not replace:
        raise TargetConflict([new.id for _, new in the_plan.changed])


def commit(store: TargetStore, the_plan: Plan, progress: Callable[[int], object] | None = None) -> ChangeResult:
    """Embed what the plan adds or changes and write it in one registry commit."""
    return store.add(the_plan.written + the_plan.unchanged, replace=True, progress=progress)


def stored_footprints(registry: TargetRegistry, targets: Sequence[Target]) -> dict[str, Footprint | None]:
    stored = registry.rows_for({t.id for t in targets})
    return {t.id: stored[t.id][1].footprint if t.id in stored else None for t in targets}


def enrich(registry: TargetRegistry, targets: Sequence[Target], write: FootprintWrite, *, replace: bool = False,
           check: bool = True, progress: Callable[[int], object] | None = None) -> list[Target]:
    """The targets with footprints written by `write`, each one version past the stored footprint.

    A stored footprint is replaced only when asked (`replace`; `check=False` for a dry run, which only
    shows the change): else FootprintConflict, before any model call.  Every target is tried, so that one
    run names every failure; any failure raises EnrichmentFailed and nothing is returned to write."""
    previous = stored_footprints(registry, targets)
    taken = [t.id for t in targets if previous[t.id] is not None]
    if taken and check and not replace:
        raise FootprintConflict(taken)
    out: list[Target] = []
    failures: dict[str, str] = {}
    for t in targets:
        try:
            enriched = with_fields(t, footprint=write(t).next_version(previous[t.id]))
            out.append(make_target(enriched.to_dict()))  # the target's own limits too (vectors per target)
        except (FootprintError, TargetError) as e:
            failures[t.id] = str(e)
        if progress is not None:
            progress(1)
    if failures:
        raise EnrichmentFailed(failures)
    return out


def footprint_diff_lines(registry: TargetRegistry, enriched: Sequence[Target]) -> list[str]:
    """What an enrichment changes, footprint by footprint, as `alu targets enrich --dry-run` prints it."""
    previous = stored_footprints(registry, enriched)
    lines = []
    for t in enriched:
        old, new = previous[t.id], t.footprint
        was = f"v{old.version} by {old.source}" if old else "none"
        lines.append(f"~ {t.id}\tfootprint: {was} -> v{new.version if new else '-'} by {new.source if new else '-'}")
        lines += diff(old, new) or ["  (no change in the lists)"]
    return lines


def with_footprints(registry: TargetRegistry, items: Iterable[Target | dict], write: FootprintWrite, *,
                    replace: bool, dry_run: bool, progress: Callable[[int], object] | None = None) -> list[Target]:
    """A batch to register with its targets enriched; a footprint given in the batch is the operator's and kept.

    An enriched target that is already stored always changes (its footprint does), so without `replace` the
    conflict rule is applied here, before any model call."""
    targets = validate(items)
    todo = [t for t in targets if t.footprint is None]
    if not dry_run and not replace:
        stored = registry.rows_for({t.id for t in todo})
        if stored:
            raise TargetConflict([t.id for t in todo if t.id in stored])
    done = {t.id: t for t in enrich(registry, todo, write, replace=replace, check=not dry_run, progress=progress)}
    return [done.get(t.id, t) for t in targets]


def register(store: TargetStore, items: Iterable[Target | dict], *, replace: bool = False,
             drop: Sequence[str] = (), dry_run: bool = False, enrich_with: FootprintWrite | None = None,
             progress: Callable[[int], object] | None = None, target_set: str = DEFAULT_SET) -> Registration:
    """Add or change targets of one set.  Raises TargetConflict (nothing written) when a target's id exists
    with other fields and `replace` is false; TargetError on invalid input, an unknown set or an id another
    set holds.  With `enrich_with`, the targets without a footprint get one first (EnrichmentFailed, nothing
    written, if any gets none)."""
    if enrich_with is not None:
        items = with_footprints(store.registry, items, enrich_with, replace=replace, dry_run=dry_run)
    the_plan = plan(store.registry, items, drop, target_set)
    if dry_run:
        return Registration(the_plan)
    check_conflicts(the_plan, replace)
    return Registration(the_plan, commit(store, the_plan, progress))
