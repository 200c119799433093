"""`alu targets add | import | enrich | update | remove | calibrate`: the actions that change the registry.

Adding and importing share one conflict rule: a target whose id exists with other fields is refused unless
the change is asked for, and `--dry-run` prints the difference and writes nothing.  Enriching (and
`import --enrich`) has a chat model write footprints first, all or nothing (alu/enrichment.py)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from alu.cli.common import open_store_from, progress_bar, registry_from, set_of
from alu.retrieval.targets import TargetError


def change_json(version: int, added=(), updated=(), unchanged=(), removed=()) -> str:
    return json.dumps({"version": version, "added": list(added), "updated": list(updated),
                       "unchanged": list(unchanged), "removed": list(removed)})


def write_targets(args, targets: list, allow_changes: bool, flag: str) -> int:
    """`add` and `import` through the one registration pipeline: the plan and its warnings first (no
    model loaded), `--dry-run` stops there, then the conflict rule, then embedding and one commit."""
    from alu.retrieval.registration import TargetConflict, check_conflicts, commit, plan

    the_plan = plan(registry_from(args), targets, getattr(args, "drop_form", None) or [], set_of(args))
    for warning in the_plan.warnings:
        print(f"alu: warning: {warning}", file=sys.stderr)
    for line in the_plan.forms:
        print(f"alu: {line}", file=sys.stderr)
    if args.dry_run:
        print("\n".join(the_plan.diff_lines()))
        return 0
    try:
        check_conflicts(the_plan, allow_changes)
    except TargetConflict as e:
        raise TargetError(f"{e}; pass {flag} to change them (--dry-run shows the differences)") from None
    store = open_store_from(args)
    with progress_bar(len(the_plan.written), "embedding") as bar:
        result = commit(store, the_plan, progress=bar.update)
    print(json.dumps(result.to_dict()))
    return 0


def cmd_targets_add(args) -> int:
    from alu.retrieval.targets import make_target

    target = make_target({"id": args.id, "name": args.name, "aliases": args.alias or [],
                          "description": args.description})
    return write_targets(args, [target], args.update, "--update")


def cmd_targets_import(args) -> int:
    from alu.retrieval.targets import read_targets_file

    if (args.model or args.force) and not args.enrich:
        raise TargetError("--model and --force choose the enrichment model: pass --enrich too")
    targets = read_targets_file(args.file, args.format)
    if args.enrich:
        from alu.retrieval.registration import TargetConflict, footprint_diff_lines, with_footprints

        registry, write = registry_from(args), enrichment_writer(args)
        asked = {t.id for t in targets if t.footprint is None}  # a footprint in the file is the operator's
        try:
            with progress_bar(len(targets), "enriching") as bar, enrichment_failures():
                targets = with_footprints(registry, targets, write, replace=args.replace, dry_run=args.dry_run,
                                          progress=bar.update)
        except TargetConflict as e:
            raise TargetError(f"{e}; pass --replace to change them and write their footprints") from None
        if args.dry_run:
            print("\n".join(footprint_diff_lines(registry, [t for t in targets if t.id in asked])))
    return write_targets(args, targets, args.replace, "--replace")


def enrichment_writer(args):
    from alu.enrichment import footprint_writer

    return footprint_writer(args.model, args.force)


@contextmanager
def enrichment_failures() -> Iterator[None]:
    """Each target the model wrote no footprint for, one line each, then the command's one error."""
    from alu.retrieval.registration import EnrichmentFailed

    try:
        yield
    except EnrichmentFailed as e:
        for target_id, problem in e.failures.items():
            print(f"alu: error: target {target_id!r}: {problem}", file=sys.stderr)
        raise TargetError(f"no footprint for {len(e.failures)} target(s); nothing written") from None


def cmd_targets_enrich(args) -> int:
    """Footprints for stored targets: all written in one commit, or none (one failure stops the command)."""
    from alu.retrieval.registration import FootprintConflict, enrich, footprint_diff_lines

    if bool(args.target_ids) == args.all:
        raise TargetError("name the targets to enrich (e.g. alu targets enrich stephen-king) or pass --all")
    registry = registry_from(args)
    if args.all:
        targets = registry.page(target_set=set_of(args))
        if not targets:
            raise TargetError("the registry holds no targets to enrich")
    else:
        targets = stored_in_set(args, registry, args.target_ids)
    write = enrichment_writer(args)
    try:
        with progress_bar(len(targets), "enriching") as bar, enrichment_failures():
            enriched = enrich(registry, targets, write, replace=args.replace, check=not args.dry_run,
                              progress=bar.update)
    except FootprintConflict as e:
        raise TargetError(f"{e}; pass --replace to write new versions (--dry-run shows the differences)") from None
    if args.dry_run:
        print("\n".join(footprint_diff_lines(registry, enriched)))
        print(f"dry run: {len(enriched)} footprint(s) written by {write.source}; nothing stored")
        return 0
    return write_targets(args, enriched, True, "--replace")


def cmd_targets_drop_footprint(args) -> int:
    """The operator's edit in place: a whole footprint, one of its lists, or one item goes, as a new version."""
    from dataclasses import replace

    from alu.retrieval.footprint import diff, make_footprint
    from alu.retrieval.normalize import canonical

    target = stored_in_set(args, registry_from(args), [args.target_id])[0]
    old = target.footprint
    if old is None:
        raise TargetError(f"target {target.id!r} has no footprint")
    if args.item is not None and args.field is None:
        raise TargetError("--item needs --field, the list it is in, e.g. --field keyphrases --item \"Port Aurelia\"")
    new = None
    if args.field is not None:
        items: tuple[str, ...] = getattr(old, args.field)
        kept = () if args.item is None else tuple(x for x in items if canonical(x) != canonical(args.item))
        if len(kept) == len(items):
            what = f"item {args.item!r}" if args.item is not None else "items"
            raise TargetError(f"target {target.id!r} has no {args.field} {what} (its {args.field}: "
                              f"{' | '.join(items) or 'none'})")
        new = make_footprint({**old.to_dict(), args.field: list(kept), "version": old.version + 1})  # None if empty
    if args.dry_run:
        print(f"~ {target.id}\tfootprint: v{old.version} -> {f'v{new.version}' if new else 'none'}")
        print("\n".join(diff(old, new)))
        print("dry run: nothing written")
        return 0
    return write_targets(args, [replace(target, footprint=new)], True, "--replace")


def cmd_targets_update(args) -> int:
    store = open_store_from(args)
    result = store.update(args.target_id, set_of(args), name=args.name, aliases=args.alias,
                          description=args.description)
    print(json.dumps(result.to_dict()))
    return 0


def stored_in_set(args, registry, target_ids: list[str]) -> list:
    """The targets by id, all of the command's set (KeyError naming those that are not)."""
    target_set = set_of(args)
    found = {i: registry.get(i) for i in dict.fromkeys(target_ids)}
    missing = [i for i, t in found.items() if t is None or t.target_set != target_set]
    if missing:
        where = f" in set {target_set!r}" if target_set != "default" else ""
        raise KeyError(f"no target with id {', '.join(map(repr, missing))}{where}")
    return list(found.values())


def cmd_targets_remove(args) -> int:
    registry = registry_from(args)
    stored_in_set(args, registry, args.target_ids)
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


def add_enrichment_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--model", help="the chat model that writes footprints, any 'provider:model' "
                                        "(default: the respondent model, $ALU_RESPONDENT_MODEL), "
                                        "e.g. --model openai:gpt-4o-mini")
    parser.add_argument("--force", action="store_true",
                        help="use the embedded 135M model anyway (refused otherwise: it invents footprints), "
                             "e.g. --force")


def add_conflict_options(parser: argparse.ArgumentParser, overwrite: str, meaning: str) -> None:
    """The one conflict rule of add and import: changed fields need the overwrite flag; --dry-run shows the diff."""
    parser.add_argument(overwrite, action="store_true", help=f"{meaning}, e.g. {overwrite}")
    parser.add_argument("--drop-form", action="append", default=[], metavar="FORM",
                        help="do not match this derived name form or alias (the forms are printed on writing); "
                             'repeat for several, e.g. --drop-form "Ludwig"')
    parser.add_argument("--dry-run", action="store_true", help="print what would change and write nothing, "
                                                               "e.g. --dry-run")
