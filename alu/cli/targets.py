"""`alu targets ACTION`: the parser of every action, and the actions that only read or accept the registry
(list, show, export, accept-registry); those that change it are in alu.cli.target_writes."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from alu.cli.common import command, name_rows, registry_from, set_of
from alu.cli.target_sets import add_set_option, cmd_targets_sets, register_sets
from alu.cli.target_writes import (
    add_conflict_options,
    add_enrichment_options,
    cmd_targets_add,
    cmd_targets_calibrate,
    cmd_targets_drop_footprint,
    cmd_targets_enrich,
    cmd_targets_import,
    cmd_targets_remove,
    cmd_targets_update,
    stored_in_set,
)
from alu.retrieval.footprint import LIST_FIELDS
from alu.retrieval.targets import dump_targets


def cmd_targets_accept_registry(args) -> int:
    from alu.retrieval.guard import RegistryUnavailable, accept_registry, read_seen

    home = Path(args.home).expanduser()
    registry = registry_from(args)
    try:
        before = read_seen(home)
    except RegistryUnavailable:  # an unreadable record is what this command replaces
        before = None
    seen = accept_registry(home, registry)
    was = f" (this home last served {before.describe()})" if before else ""
    print(f"accepted the registry at {registry.location} at {seen.describe()}{was}; restart running servers "
          "to serve it")
    return 0


def list_line(target_id: str, name: str, aliases) -> str:
    return f"{target_id}\t{name}" + (f" (aka {', '.join(aliases)})" if aliases else "")


def print_list_footer(count: int, version: int, scope: str | None) -> None:
    calibrated = f"; calibrated scope threshold {float(scope):.3f}" if scope else ""
    print(f"{count} targets, version {version}{calibrated}", file=sys.stderr)


def cmd_targets_list(args) -> int:
    if args.json or getattr(args, "verbose", False):  # every field: the registry decodes whole targets
        registry = registry_from(args)
        targets = registry.page(limit=args.limit or None, offset=args.offset, target_set=set_of(args))
        if args.json:
            print(json.dumps([t.to_dict() for t in targets], ensure_ascii=False, indent=2))
            return 0
        for t in targets:
            print(list_line(t.id, t.name, t.aliases))
            print_target_details(t)
        print_list_footer(registry.count(set_of(args)), registry.version(), registry.meta("scope_threshold"))
        return 0
    rows, count, meta = name_rows(args, limit=args.limit or None, offset=args.offset)
    sys.stdout.writelines(list_line(*row) + "\n" for row in rows)
    print_list_footer(count, int(meta.get("version", 0)), meta.get("scope_threshold"))
    return 0


def print_target_details(t) -> None:
    """`list --verbose`: the stored name forms, facts, examples and thresholds of one target."""
    print(f"\tkind: {t.kind}")
    for label, values in (("variants", t.variants), ("partial forms", t.partial_forms)):
        if values:
            print(f"\t{label}: {' | '.join(values)}")
    for label, values in (("facts", t.facts), ("examples", t.examples)):
        if values:
            print(f"\t{label} ({len(values)}): {values[0][:70]}{' ...' if len(values) > 1 else ''}")
    if t.flag_threshold is not None or t.candidate_threshold is not None:
        print(f"\tthresholds: flag {t.flag_threshold}, candidate {t.candidate_threshold}")
    if t.probe is not None:
        print(f"\tprobe: {t.probe.summary()}")
    if t.footprint is not None:
        fp = t.footprint
        counts = ", ".join(f"{len(getattr(fp, key))} {key.replace('_', ' ')}" for key in LIST_FIELDS)
        print(f"\tfootprint v{fp.version} by {fp.source}: {counts}")


def cmd_targets_show(args) -> int:
    for t in stored_in_set(args, registry_from(args), args.target_ids):
        print(json.dumps(t.to_dict(), ensure_ascii=False, indent=2))
    return 0


EXPORT_CHUNK = 1000


def cmd_targets_export(args) -> int:
    """Written chunk by chunk in registry order (paged by row, so a concurrent removal never makes another
    target skipped or repeated), so that the first targets come out at once even from a large registry."""
    registry, target_set = registry_from(args), set_of(args)
    if target_set not in registry.target_sets():  # checked before the output file is opened
        from alu.retrieval.target_sets import UnknownTargetSet

        raise UnknownTargetSet(target_set)
    out = open(args.out, "w", encoding="utf-8") if args.out else sys.stdout
    chunk: list = []
    first = True

    def flush() -> None:
        nonlocal first
        text = dump_targets(chunk, args.format)
        if not first and args.format == "csv":
            text = text.split("\n", 1)[1]  # the header once
        out.write(text)
        out.flush()
        chunk.clear()
        first = False

    try:
        for _, target, _ in registry.iter_all(batch=EXPORT_CHUNK):
            if target.target_set != target_set:
                continue
            chunk.append(target)
            if len(chunk) == EXPORT_CHUNK:
                flush()
        if chunk or first:
            flush()
    finally:
        if out is not sys.stdout:
            out.close()
    return 0


TARGET_ACTIONS = {"add": cmd_targets_add, "import": cmd_targets_import, "enrich": cmd_targets_enrich,
                  "drop-footprint": cmd_targets_drop_footprint, "update": cmd_targets_update,
                  "remove": cmd_targets_remove, "list": cmd_targets_list, "show": cmd_targets_show,
                  "export": cmd_targets_export, "calibrate": cmd_targets_calibrate,
                  "accept-registry": cmd_targets_accept_registry, "sets": cmd_targets_sets}


def cmd_targets(args) -> int:
    return TARGET_ACTIONS[args.action](args)


def register(sub) -> None:
    targets = command(sub, "targets", "add, update, remove, list, show, import, enrich or export forget targets",
                      ["alu targets list", "alu targets import docs/examples/targets.jsonl --dry-run",
                       "alu targets enrich stephen-king --model openai:gpt-4o-mini --dry-run"])
    tsub = targets.add_subparsers(dest="action", required=True, metavar="ACTION")
    add = command(tsub, "add", "add one target (refused if its id exists with other fields, unless --update)",
                  ['alu targets add --name "Stephen King" --alias "Richard Bachman" '
                   '--description "American horror novelist"'])
    add.add_argument("--name", required=True, help='the name to forget, e.g. --name "Stephen King"')
    add.add_argument("--alias", action="append", help='another name; repeat for several, e.g. '
                                                      '--alias "Richard Bachman"')
    add.add_argument("--description", default="", help="what the target is (its meaning is matched), "
                                                       'e.g. --description "American horror novelist"')
    add.add_argument("--id", help="the target's id (default: from the name), e.g. --id stephen-king")
    add_conflict_options(add, "--update", "change the target if its id exists with other fields")
    upd = command(tsub, "update", "change fields of an existing target",
                  ['alu targets update stephen-king --description "novelist"'])
    upd.add_argument("target_id", help="id of the target, e.g. stephen-king")
    upd.add_argument("--name", help='new name, e.g. --name "Stephen Edwin King"')
    upd.add_argument("--alias", action="append", help='replaces all aliases; repeat for several, '
                                                      'e.g. --alias "Richard Bachman"')
    upd.add_argument("--description", help='new description, e.g. --description "novelist"')
    rem = command(tsub, "remove", "remove targets by id (no embedding model is loaded)",
                  ["alu targets remove stephen-king", "alu targets remove id-1 id-2"])
    rem.add_argument("target_ids", nargs="+", help="ids of the targets, e.g. stephen-king")
    lst = command(tsub, "list", "list targets, one 'id<TAB>name (aka aliases)' per line; the count to stderr",
                  ["alu targets list", "alu targets list --json --limit 10 --offset 20"])
    lst.add_argument("--json", action="store_true", help="print every field as JSON, e.g. --json")
    lst.add_argument("--limit", type=int, default=0, help="at most this many (0: all), e.g. --limit 10")
    lst.add_argument("--offset", type=int, default=0, help="skip this many first, e.g. --offset 20")
    lst.add_argument("--verbose", "-v", action="store_true",
                     help="also show kind, name variants, partial forms, facts, examples and thresholds")
    cal = command(tsub, "calibrate", "choose scope thresholds and fit topic probes from labelled forget and "
                                     "keep questions (JSONL lines {\"text\", \"target\"?}); prints the trade-off",
                  ["alu targets calibrate --forget forget.jsonl --keep keep.jsonl --recall 0.97 --plot curve.png"])
    cal.add_argument("--forget", required=True, help="questions that must be forgotten, e.g. --forget f.jsonl")
    cal.add_argument("--keep", required=True, help="questions that must stay answered, e.g. --keep k.jsonl")
    cal.add_argument("--recall", type=float, default=0.97, help="share of forget questions to catch (default 0.97)")
    cal.add_argument("--max-keep-loss", type=float, default=0.05,
                     help="refuse if more keep questions than this share would be flagged (default 0.05)")
    cal.add_argument("--keep-loss", type=float, default=None,
                     help="place topic probe thresholds so that together they flag at most this share of the keep "
                          "questions (cross-validated) instead of by --recall, e.g. --keep-loss 0.02")
    cal.add_argument("--plot", help="write the recall / keep-loss curve as a PNG, e.g. --plot curve.png")
    cal.add_argument("--no-probes", action="store_true",
                     help="fit no topic probes: every topic is decided by its nearest examples alone")
    cal.add_argument("--dry-run", action="store_true", help="print the table and store nothing")
    show = command(tsub, "show", "print targets by id as JSON, every field (the footprint's source, version and "
                                "lists included)", ["alu targets show stephen-king"])
    show.add_argument("target_ids", nargs="+", help="ids of the targets, e.g. stephen-king")
    imp = command(tsub, "import", "import JSONL, CSV (header with name[,id,aliases,description]) or TXT; "
                                  "all or nothing; changed targets need --replace",
                  ["alu targets import docs/examples/targets.jsonl",
                   "alu targets import people.csv --replace --dry-run"])
    imp.add_argument("file", help="the file, e.g. targets.jsonl (one JSON object per line)")
    imp.add_argument("--format", choices=["jsonl", "csv", "txt"],
                     help="file format (default: from the extension), e.g. --format csv")
    add_conflict_options(imp, "--replace", "change targets whose id exists with other fields")
    imp.add_argument("--enrich", action="store_true",
                     help="have a chat model write the footprint of each imported target that has none in the "
                          "file, before the one commit (any failure: nothing imported), e.g. --enrich")
    add_enrichment_options(imp)
    enr = command(tsub, "enrich", "have a chat model write targets' knowledge footprints, so that they are found "
                                  "without their names (all or nothing)",
                  ["alu targets enrich stephen-king --model openai:gpt-4o-mini --dry-run",
                   "alu targets enrich --all --model openai:gpt-4o-mini",
                   "alu targets enrich stephen-king --replace   # a new version of its footprint"],
                  description="Have a chat model write the knowledge footprint of targets: other names, "
                              "identifying descriptions, facts, typical questions and keyphrases, so that "
                              "conversations that never write a target's name still find it. All or nothing: if "
                              "the model writes no valid footprint for one target (malformed output, a refusal, "
                              "an empty footprint), the command names each such target and writes none. Review "
                              "with --dry-run or `alu targets show ID`; edit by exporting, editing the "
                              "\"footprint\" of a line and importing it with --replace.")
    enr.add_argument("target_ids", nargs="*", metavar="ID", help="ids of the targets, e.g. stephen-king")
    enr.add_argument("--all", action="store_true", help="every target in the registry, e.g. --all")
    add_enrichment_options(enr)
    enr.add_argument("--replace", action="store_true",
                     help="write a new version of footprints that exist (refused otherwise), e.g. --replace")
    enr.add_argument("--dry-run", action="store_true",
                     help="print each footprint's changes and write nothing, e.g. --dry-run")
    dfp = command(tsub, "drop-footprint", "drop a target's footprint, one of its lists, or one item "
                                          "(a new version of the footprint)",
                  ["alu targets drop-footprint stephen-king --field keyphrases --item \"Bangor\"",
                   "alu targets drop-footprint stephen-king --field questions",
                   "alu targets drop-footprint stephen-king   # the whole footprint"])
    dfp.add_argument("target_id", help="id of the target, e.g. stephen-king")
    dfp.add_argument("--field", choices=LIST_FIELDS, help="only this list, e.g. --field keyphrases")
    dfp.add_argument("--item", help='only this item of --field (case and spacing aside), e.g. --item "Bangor"')
    dfp.add_argument("--dry-run", action="store_true", help="print what would go and write nothing, e.g. --dry-run")
    exp = command(tsub, "export", "write every target in an import format",
                  ["alu targets export --format csv --out targets.csv"])
    exp.add_argument("--format", choices=["jsonl", "csv", "txt"], default="jsonl",
                     help="jsonl (default), csv or txt, e.g. --format csv")
    exp.add_argument("--out", help="write to this file instead of stdout, e.g. --out targets.jsonl")
    command(tsub, "accept-registry", "serve the registry as it is now, after it was lost, emptied or restored "
                                     "from an older copy (queries are refused until then)",
            ["alu targets accept-registry"])
    for parser in (add, upd, rem, lst, show, imp, enr, dfp, exp):
        add_set_option(parser)
    register_sets(tsub)
    targets.set_defaults(func=cmd_targets)
