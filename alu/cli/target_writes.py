"""`alu targets add | import | update | remove | calibrate`: the actions that change the registry.

Adding and importing share one conflict rule: a target whose id exists with other fields is refused unless
the change is asked for, and `--dry-run` prints the difference and writes nothing."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING

from alu.cli.common import name_rows, open_store_from, progress_bar, registry_from
from alu.retrieval.targets import TargetError

if TYPE_CHECKING:
    from alu.retrieval.registry import TargetRegistry


def change_json(version: int, added=(), updated=(), unchanged=(), removed=()) -> str:
    return json.dumps({"version": version, "added": list(added), "updated": list(updated),
                       "unchanged": list(unchanged), "removed": list(removed)})


def name_key(text: str) -> str:
    return " ".join(text.casefold().split())


def duplicate_name_warnings(existing: list[tuple[str, str, list[str]]], incoming: list) -> list[str]:
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


DERIVED_FIELDS = {"variants", "partial_forms"}  # computed from the name and aliases; they follow them


def field_changes(old, new) -> list[str]:
    before, after = old.to_dict(), new.to_dict()
    return [f"{k}: {json.dumps(before.get(k), ensure_ascii=False)} -> {json.dumps(after.get(k), ensure_ascii=False)}"
            for k in sorted(set(before) | set(after)) if k not in DERIVED_FIELDS and before.get(k) != after.get(k)]


def plan_write(registry: TargetRegistry, targets: list) -> tuple[list, list, list]:
    """(added, changed [(old, new)], unchanged) against the registry; within a batch the last id wins."""
    batch = list({t.id: t for t in targets}.values())
    added, changed, unchanged = [], [], []
    for t in batch:
        old = registry.get(t.id)
        if old is None:
            added.append(t)
        elif old == t:
            unchanged.append(t)
        else:
            changed.append((old, t))
    return added, changed, unchanged


def print_plan(added: list, changed: list, unchanged: list, out=None) -> None:
    out = out or sys.stdout  # looked up per call: a default bound at import outlives a replaced stdout
    for t in added:
        aka = f" (aka {', '.join(t.aliases)})" if t.aliases else ""
        print(f"+ {t.id}\t{t.name}{aka}", file=out)
    for old, new in changed:
        print(f"~ {new.id}", file=out)
        for line in field_changes(old, new):
            print(f"    {line}", file=out)
    for t in unchanged:
        print(f"= {t.id}", file=out)
    print(f"dry run: {len(added)} to add, {len(changed)} to change, {len(unchanged)} unchanged; nothing written",
          file=out)


def write_targets(args, targets: list, allow_changes: bool, flag: str) -> int:
    """The one conflict rule of `add` and `import`: a target whose id exists with other fields is refused
    unless the change is asked for (`flag`); `--dry-run` prints the difference and writes nothing."""
    from alu.retrieval.names import drop_forms, form_report

    targets = drop_forms(targets, getattr(args, "drop_form", None) or [])
    registry = registry_from(args)
    added, changed, unchanged = plan_write(registry, targets)
    touched = {t.id for t in added} | {new.id for _, new in changed}
    incoming = [t for t in {t.id: t for t in targets}.values() if t.id in touched]  # in file order
    for warning in duplicate_name_warnings(name_rows(args)[0], incoming):
        print(f"alu: warning: {warning}", file=sys.stderr)
    from alu.retrieval.names import alias_warnings

    written = added + [new for _, new in changed]
    for target in written:
        for warning in alias_warnings(target):
            print(f"alu: warning: {warning}", file=sys.stderr)
    for line in form_report(written):
        print(f"alu: {line}", file=sys.stderr)
    if args.dry_run:
        print_plan(added, changed, unchanged)
        return 0
    if changed and not allow_changes:
        ids = ", ".join(new.id for _, new in changed)
        raise TargetError(f"target(s) already exist with different fields: {ids}; pass {flag} to change them "
                          f"(--dry-run shows the differences)")
    store = open_store_from(args)
    with progress_bar(len(added) + len(changed), "embedding") as bar:
        result = store.add(targets, replace=allow_changes, progress=bar.update)
    print(json.dumps(result.to_dict()))
    return 0


def cmd_targets_add(args) -> int:
    from alu.retrieval.targets import make_target

    target = make_target({"id": args.id, "name": args.name, "aliases": args.alias or [],
                          "description": args.description})
    return write_targets(args, [target], args.update, "--update")


def cmd_targets_import(args) -> int:
    from alu.retrieval.targets import read_targets_file

    return write_targets(args, read_targets_file(args.file, args.format), args.replace, "--replace")


def cmd_targets_update(args) -> int:
    store = open_store_from(args)
    result = store.update(args.target_id, name=args.name, aliases=args.alias, description=args.description)
    print(json.dumps(result.to_dict()))
    return 0


def cmd_targets_remove(args) -> int:
    registry = registry_from(args)
    missing = [t for t in args.target_ids if registry.get(t) is None]
    if missing:
        raise KeyError(f"no target with id {', '.join(map(repr, missing))}")
    print(change_json(registry.write([], list(args.target_ids)), removed=args.target_ids))
    return 0


def cmd_targets_calibrate(args) -> int:
    from alu.calibration import calibrate, plot, read_labelled, store_calibration, table_text

    items = read_labelled(args.forget, "forget") + read_labelled(args.keep, "keep")
    store = open_store_from(args)
    result = calibrate(store, items, recall=args.recall, max_keep_loss=args.max_keep_loss, probes=not args.no_probes,
                       keep_loss=args.keep_loss)
    print(table_text(result))
    if args.plot:
        print(f"curve: {plot(result, args.plot)}", file=sys.stderr)
    if args.dry_run:
        return 0
    version = store_calibration(store, result)
    print(json.dumps({"version": version, "scope_threshold": result.threshold,
                      "per_target": {k: v["flag"] for k, v in result.per_target.items()},
                      "probes": {k: v["threshold"] for k, v in result.probe_stats.items()}}))
    return 0


def add_conflict_options(parser: argparse.ArgumentParser, overwrite: str, meaning: str) -> None:
    """The one conflict rule of add and import: changed fields need the overwrite flag; --dry-run shows the diff."""
    parser.add_argument(overwrite, action="store_true", help=f"{meaning}, e.g. {overwrite}")
    parser.add_argument("--drop-form", action="append", default=[], metavar="FORM",
                        help="do not match this derived name form or alias (the forms are printed on writing); "
                             'repeat for several, e.g. --drop-form "Ludwig"')
    parser.add_argument("--dry-run", action="store_true", help="print what would change and write nothing, "
                                                               "e.g. --dry-run")
