"""The `alu` command: ask, manage targets, run the demo (and the subcommands of other modules)."""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import json
import os
import sys
from pathlib import Path

from alu.graph.context import UnlearnContext
from alu.models import ModelError
from alu.retrieval.targets import TargetError, dump_targets

# Modules that add their own subcommands through register(subparsers); each is optional.
SUBCOMMAND_MODULES = ["alu.eval.cli", "alu.serve.cli"]
ROLES = ("respondent", "auditor", "eraser", "critic", "composer")


def context_from(args) -> UnlearnContext:
    """The run configuration from the common options (environment variables fill the rest)."""
    overrides = {"home": str(Path(args.home).expanduser()), "embeddings": args.embeddings}
    if getattr(args, "method", None):
        overrides["method"] = args.method
    for role in ROLES:
        spec = getattr(args, f"{role}_model", None) or getattr(args, "model", None)
        if spec:
            overrides[f"{role}_model"] = spec
    return UnlearnContext(**overrides)


def open_store_from(args):
    from alu.graph.resources import open_store

    return open_store(str(Path(args.home).expanduser()), args.embeddings)


def progress_bar(total: int, desc: str):
    """A tqdm bar on stderr for work that takes more than a moment; None for tiny jobs."""
    from tqdm import tqdm

    return tqdm(total=total, desc=desc, unit="target", file=sys.stderr, disable=total < 64)


# ---- ask --------------------------------------------------------------------------------
def run_query(graph, ctx: UnlearnContext, question: str, response: str | None = None) -> dict:
    from langchain_core.messages import HumanMessage

    payload = {"messages": [HumanMessage(question)]}
    if response is not None:
        payload["response"] = response
    return graph.invoke(payload, context=ctx)


def summarize(result: dict) -> dict:
    return {
        "answer": result["answer"],
        "decision": result["decision"],
        "flagged": result.get("flagged", []),
        "llm_calls": result["llm_calls"],
        "index_version": result.get("index_version"),
        "timings_ms": {s["node"]: s["ms"] for s in result["steps"]},
        "steps": result["steps"],
    }


def print_trace(result: dict, out=sys.stdout) -> None:
    for step in result["steps"]:
        calls = f"{step['llm_calls']} LLM call{'s' if step['llm_calls'] != 1 else ''}"
        print(f"  {step['node']:<9} {step['ms']:>9.1f} ms  {calls:<12} {step['decision']}: {step['why']}", file=out)
    for e in result.get("flagged", []):
        where = f" at {e['span'][0]}-{e['span'][1]}" if e.get("span") else ""
        print(f"  flagged   {e['name']} [{e['target_id']}] by {e['how']}{where}, score {e['score']:.2f}, "
              f"index v{e['index_version']}", file=out)


def cmd_ask(args) -> int:
    from alu.graph.builder import build_graph

    ctx = context_from(args)
    result = run_query(build_graph(), ctx, args.question, args.response)
    if args.json:
        print(json.dumps(summarize(result), ensure_ascii=False, indent=2))
    else:
        print(result["answer"])
        if args.trace:
            print_trace(result, sys.stderr)
    return 0


# ---- targets ----------------------------------------------------------------------------
def cmd_targets(args) -> int:
    store = open_store_from(args)
    if args.action == "add":
        result = store.add([{"id": args.id, "name": args.name, "aliases": args.alias or [],
                             "description": args.description}])
    elif args.action == "update":
        result = store.update(args.target_id, name=args.name, aliases=args.alias, description=args.description)
    elif args.action == "remove":
        result = store.remove(args.target_ids)
    elif args.action == "import":
        from alu.retrieval.targets import read_targets_file

        targets = read_targets_file(args.file, args.format)
        with progress_bar(len(targets), "embedding") as bar:
            result = store.add(targets, replace=True, progress=bar.update)
    elif args.action == "list":
        targets = store.all_targets()[args.offset:args.offset + args.limit if args.limit else None]
        if args.json:
            print(json.dumps([t.to_dict() for t in targets], ensure_ascii=False, indent=2))
        else:
            for t in targets:
                aka = f" (aka {', '.join(t.aliases)})" if t.aliases else ""
                print(f"{t.id}\t{t.name}{aka}")
            print(f"{store.count()} targets, version {store.version()}", file=sys.stderr)
        return 0
    else:  # export
        text = dump_targets(store.all_targets(), args.format)
        if args.out:
            Path(args.out).write_text(text, encoding="utf-8")
        else:
            sys.stdout.write(text)
        return 0
    print(json.dumps(result.to_dict()))
    return 0


# ---- demo -------------------------------------------------------------------------------
def cmd_demo(args) -> int:
    from alu.demo import run_demo

    return run_demo(args)


# ---- parser -----------------------------------------------------------------------------
def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="alu", description="Inference-time LLM unlearning (ALU) on LangGraph.")
    parser.add_argument("--home", default=os.environ.get("ALU_HOME", "~/.alu"),
                        help="folder of the target registry and index (default: $ALU_HOME or ~/.alu)")
    parser.add_argument("--embeddings", default=os.environ.get("ALU_EMBEDDINGS", "minilm"),
                        help="'minilm' (bundled) or 'provider:model'")
    sub = parser.add_subparsers(dest="command", required=True)

    ask = sub.add_parser("ask", help="answer a question with unlearning applied")
    ask.add_argument("question")
    ask.add_argument("--response", help="guard mode: audit and repair this ready answer instead of generating one")
    ask.add_argument("--json", action="store_true", help="print answer, flags with evidence, calls and timings")
    ask.add_argument("--trace", action="store_true", help="print each node's decision to stderr")
    ask.add_argument("--method", choices=["alu", "alu-paper"])
    ask.add_argument("--model", help="one 'provider:model' for every role (default: embedded)")
    for role in ROLES:
        ask.add_argument(f"--{role}-model", help=f"model for the {role} role")
    ask.set_defaults(func=cmd_ask)

    targets = sub.add_parser("targets", help="add, update, remove, list, import or export forget targets")
    tsub = targets.add_subparsers(dest="action", required=True)
    add = tsub.add_parser("add")
    add.add_argument("--name", required=True)
    add.add_argument("--alias", action="append", help="repeat for several aliases")
    add.add_argument("--description", default="")
    add.add_argument("--id")
    upd = tsub.add_parser("update")
    upd.add_argument("target_id")
    upd.add_argument("--name")
    upd.add_argument("--alias", action="append", help="replaces all aliases; repeat for several")
    upd.add_argument("--description")
    rem = tsub.add_parser("remove")
    rem.add_argument("target_ids", nargs="+")
    lst = tsub.add_parser("list")
    lst.add_argument("--json", action="store_true")
    lst.add_argument("--limit", type=int, default=0)
    lst.add_argument("--offset", type=int, default=0)
    imp = tsub.add_parser("import", help="JSONL, CSV (header with name[,id,aliases,description]) or TXT")
    imp.add_argument("file")
    imp.add_argument("--format", choices=["jsonl", "csv", "txt"])
    exp = tsub.add_parser("export")
    exp.add_argument("--format", choices=["jsonl", "csv", "txt"], default="jsonl")
    exp.add_argument("--out")
    targets.set_defaults(func=cmd_targets)

    demo = sub.add_parser("demo", help="load a small target set and walk through a few queries")
    demo.add_argument("--keep", help="use this folder as the demo's home instead of a temporary one")
    demo.set_defaults(func=cmd_demo)

    for name in SUBCOMMAND_MODULES:
        if importlib.util.find_spec(name) is not None:
            importlib.import_module(name).register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except (TargetError, ModelError, ValueError) as e:
        print(f"alu: error: {e}", file=sys.stderr)
        return 2
    except KeyError as e:
        print(f"alu: error: {e.args[0] if e.args else e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("alu: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
