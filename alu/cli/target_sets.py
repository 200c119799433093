"""`alu targets sets ACTION`: target sets (tenants) and their refusal messages, and the `--set` option of the
target commands.  Set changes need no embedding model: they read and write the registry alone."""

from __future__ import annotations

import argparse
import json

from alu.cli.common import command, registry_from
from alu.retrieval.target_sets import DEFAULT_SET, TargetSetError, create_set, remove_set, set_refusal, set_rows


def add_set_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--set", dest="target_set", metavar="NAME", default=None,
                        help=f"the target set (tenant) to work on (default: {DEFAULT_SET}), e.g. --set acme")


def cmd_targets_sets(args) -> int:
    registry = registry_from(args)
    action = args.sets_action
    if action == "list":
        rows = set_rows(registry)
        if args.json:
            print(json.dumps(rows, ensure_ascii=False, indent=2))
        else:
            for row in rows:
                refusal = f"\trefusal: {row['refusal']}" if row["refusal"] else ""
                print(f"{row['name']}\t{row['targets']} targets{refusal}")
        return 0
    if action == "create":
        version = create_set(registry, args.name, args.refusal)
    elif action == "remove":
        version = remove_set(registry, args.name)
    else:  # refusal
        if (args.text is None) == (not args.reset):
            raise TargetSetError("give the new message (--text \"...\") or --reset to the built-in one")
        version = set_refusal(registry, args.name, None if args.reset else args.text)
    print(json.dumps({"version": version, "set": args.name}))
    return 0


def register_sets(tsub) -> None:
    sets = command(tsub, "sets", "list, create or remove target sets (tenants), or set a set's refusal message",
                   ["alu targets sets list", "alu targets sets create acme --refusal \"Acme cannot discuss that.\"",
                    "alu targets add --set acme --name \"Quillon Marvek\"", "alu targets sets remove acme"])
    ssub = sets.add_subparsers(dest="sets_action", required=True, metavar="ACTION")
    lst = command(ssub, "list", "every set, how many targets it holds and its refusal message",
                  ["alu targets sets list", "alu targets sets list --json"])
    lst.add_argument("--json", action="store_true", help="print the sets as JSON, e.g. --json")
    new = command(ssub, "create", "create an empty set", ["alu targets sets create acme"])
    new.add_argument("name", help="the set's name: lower-case letters, digits, '.', '_' or '-', e.g. acme")
    new.add_argument("--refusal", help="what every surface answers when it refuses for this set (default: the "
                                       "built-in refusal), e.g. --refusal \"Acme cannot discuss that.\"")
    rem = command(ssub, "remove", "remove an empty set (remove its targets first)", ["alu targets sets remove acme"])
    rem.add_argument("name", help="the set's name, e.g. acme")
    ref = command(ssub, "refusal", "set a set's refusal message (it may not name one of the set's targets)",
                  ["alu targets sets refusal acme --text \"Acme cannot discuss that.\"",
                   "alu targets sets refusal acme --reset"])
    ref.add_argument("name", help="the set's name, e.g. acme")
    ref.add_argument("--text", help="the new message, e.g. --text \"Acme cannot discuss that.\"")
    ref.add_argument("--reset", action="store_true", help="back to the built-in refusal, e.g. --reset")
