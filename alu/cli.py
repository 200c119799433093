"""The `alu` command: ask, manage targets, run the demo (and the subcommands of other modules)."""

from __future__ import annotations

import argparse
import dataclasses
import importlib
import importlib.util
import json
import os
import shutil
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from alu import METHODS, ROLES, __version__
from alu.retrieval.storage_errors import storage_problem
from alu.retrieval.targets import TargetError, dump_targets

if TYPE_CHECKING:  # imported lazily: target commands that need no model must start fast
    from alu.graph.context import UnlearnContext
    from alu.retrieval.registry import TargetRegistry

# Subcommands that other modules add through register(subparsers); each is optional, and imported only
# when its command is run or the full list is wanted (they import LangGraph, FastAPI, models).
SUBCOMMAND_MODULES = {"eval": "alu.eval.cli", "serve": "alu.serve.cli"}
OWN_COMMANDS = ("ask", "targets", "demo")
OPTIONS_WITH_VALUE = ("--home", "--embeddings")


def context_from(args) -> UnlearnContext:
    """The run configuration from the common options (environment variables fill the rest)."""
    from alu.graph.context import UnlearnContext

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
    """A tqdm bar on a terminal's stderr for work that takes more than a moment; silent when piped."""
    from tqdm import tqdm

    return tqdm(total=total, desc=desc, unit="target", file=sys.stderr,
                disable=total < 64 or not sys.stderr.isatty())


class NodeProgress:
    """One live line on a terminal's stderr: the steps done with their times, then the one running.

    Silent when stderr is not a terminal, so piped output and logs stay clean."""

    def __init__(self, stream=None, enabled: bool | None = None) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.done: list[str] = []
        self.running: dict[str, float] = {}
        self.drawn = False

    def start(self, step: str) -> None:
        self.running[step] = time.perf_counter()
        self._draw()

    def finish(self, step: str) -> None:
        started = self.running.pop(step, None)
        seconds = time.perf_counter() - started if started is not None else 0.0
        self.done.append(f"{step} {seconds:.1f}s")
        self._draw()

    def close(self) -> None:
        if self.enabled and self.drawn:
            self.stream.write("\n")
            self.stream.flush()
        self.drawn = False
        self.done, self.running = [], {}

    def _draw(self) -> None:
        if not self.enabled:
            return
        parts = self.done + [f"{step}…" for step in self.running]
        width = shutil.get_terminal_size((100, 20)).columns - 1
        line = " → ".join(parts)
        if len(line) > width:
            line = "…" + line[-(width - 1):]
        self.stream.write("\r\x1b[2K" + line)
        self.stream.flush()
        self.drawn = True


def load_models(ctx: UnlearnContext, progress: NodeProgress, respondent: bool = True) -> dict[str, float]:
    """Load the target store's embedder and every role's chat model before the graph runs, as their own
    step: the graph's nodes then time only their own work.  Returns milliseconds per loaded thing."""
    from alu.graph.resources import open_store
    from alu.models import load_chat_model

    loaded: dict[str, float] = {}
    progress.start("loading embeddings")
    started = time.perf_counter()
    open_store(ctx.home, ctx.embeddings)
    loaded[f"embeddings {ctx.embeddings}"] = round((time.perf_counter() - started) * 1000, 1)
    progress.finish("loading embeddings")
    specs = {spec for role, spec in ctx.models.items() if respondent or role != "respondent"}
    for spec in sorted(specs):
        progress.start(f"loading {spec}")
        started = time.perf_counter()
        load_chat_model(spec)
        loaded[f"model {spec}"] = round((time.perf_counter() - started) * 1000, 1)
        progress.finish(f"loading {spec}")
    return loaded


# ---- ask --------------------------------------------------------------------------------
def run_query(graph, ctx: UnlearnContext, question: str, response: str | None = None,
              progress: NodeProgress | None = None) -> dict:
    """The graph's result; with `progress`, each node is shown as it starts and ends."""
    from langchain_core.messages import HumanMessage

    payload: dict = {"messages": [HumanMessage(question)]}
    if response is not None:
        payload["response"] = response
    if progress is None or not progress.enabled:
        return graph.invoke(payload, context=ctx)
    result: dict = {}
    for mode, chunk in graph.stream(payload, context=ctx, stream_mode=["tasks", "values"]):
        if mode == "values":
            result = chunk
        elif "result" in chunk or "error" in chunk:
            progress.finish(chunk["name"])
        else:
            progress.start(chunk["name"])
    return result


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
        if "target_id" not in e:  # public evidence: how and where, not who
            print(f"  flagged   a target, by {e.get('how')} in the {e.get('where')}", file=out)
            continue
        where = f" at {e['span'][0]}-{e['span'][1]}" if e.get("span") else ""
        print(f"  flagged   {e.get('name', '?')} [{e['target_id']}] by {e['how']}{where}, "
              f"score {e.get('score', 0.0):.2f}, index v{e.get('index_version')}", file=out)


def cmd_ask(args) -> int:
    from alu.graph.builder import build_graph
    from alu.graph.context import EvidenceLevel

    # the local operator owns the registry: the CLI shows who was flagged unless ALU_EVIDENCE says otherwise
    evidence: EvidenceLevel = "public" if os.environ.get("ALU_EVIDENCE") == "public" else "full"
    ctx = dataclasses.replace(context_from(args), evidence=evidence)
    progress = NodeProgress()
    try:
        loading = load_models(ctx, progress, respondent=args.response is None)
        result = run_query(build_graph(), ctx, args.question, args.response, progress)
    finally:
        progress.close()
    if args.json:
        print(json.dumps(summarize(result) | {"loading_ms": loading}, ensure_ascii=False, indent=2))
    else:
        print(result["answer"])
        if args.trace:
            print_trace(result, sys.stderr)
    return 0


# ---- targets ----------------------------------------------------------------------------
def registry_from(args) -> TargetRegistry:
    """The SQLite registry alone, without embedder or index.

    Listing, showing, exporting and removing need no embedding model.  A removal is committed to
    the registry's change log; every process that searches the index (this CLI's `ask`, a server)
    patches its index from that log before its next query, exactly as for a removal through the store.
    """
    from alu.retrieval.backend import registry_location
    from alu.retrieval.registry import TargetRegistry

    return TargetRegistry(registry_location(args.home))


def name_rows(args, limit: int | None = None, offset: int = 0) -> tuple[list[tuple[str, str, list[str]]], int, dict]:
    """(id, name, aliases) per target in registry order, the count, and the registry's meta values: read
    straight from its SQLite file, skipping vectors and derived fields, so that listing 10,000 targets takes
    a fraction of a second.  A missing registry is an empty one (and is not created)."""
    import sqlite3

    from alu.retrieval.backend import postgres_url

    db: Any
    if postgres_url():  # a shared PostgreSQL registry: through the registry's own connection
        db = registry_from(args)._db
    else:
        path = Path(args.home).expanduser() / "targets.sqlite"
        if not path.is_file():
            return [], 0, {}
        db = sqlite3.connect(path, timeout=30)
    try:
        rows = db.execute("SELECT id, name, aliases FROM targets ORDER BY row LIMIT ? OFFSET ?",
                          (2 ** 62 if limit is None else limit, offset)).fetchall()
        count = db.execute("SELECT COUNT(*) FROM targets").fetchone()[0]
        meta = dict(db.execute("SELECT key, value FROM meta").fetchall())
    finally:
        db.close()
    return [(i, n, json.loads(a)) for i, n, a in rows], count, meta


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
        targets = registry.page(limit=args.limit or None, offset=args.offset)
        if args.json:
            print(json.dumps([t.to_dict() for t in targets], ensure_ascii=False, indent=2))
            return 0
        for t in targets:
            print(list_line(t.id, t.name, t.aliases))
            print_target_details(t)
        print_list_footer(registry.count(), registry.version(), registry.meta("scope_threshold"))
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


def cmd_targets_show(args) -> int:
    registry = registry_from(args)
    found = {i: registry.get(i) for i in args.target_ids}
    missing = [i for i, t in found.items() if t is None]
    if missing:
        raise KeyError(f"no target with id {', '.join(map(repr, missing))}")
    for t in found.values():
        if t is not None:
            print(json.dumps(t.to_dict(), ensure_ascii=False, indent=2))
    return 0


EXPORT_CHUNK = 1000


def cmd_targets_export(args) -> int:
    """Written chunk by chunk in registry order (paged by row, so a concurrent removal never makes another
    target skipped or repeated), so that the first targets come out at once even from a large registry."""
    registry = registry_from(args)
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
            chunk.append(target)
            if len(chunk) == EXPORT_CHUNK:
                flush()
        if chunk or first:
            flush()
    finally:
        if out is not sys.stdout:
            out.close()
    return 0


TARGET_ACTIONS = {"add": cmd_targets_add, "import": cmd_targets_import, "update": cmd_targets_update,
                  "remove": cmd_targets_remove, "list": cmd_targets_list, "show": cmd_targets_show,
                  "export": cmd_targets_export, "calibrate": cmd_targets_calibrate,
                  "accept-registry": cmd_targets_accept_registry}


def cmd_targets(args) -> int:
    return TARGET_ACTIONS[args.action](args)


# ---- demo -------------------------------------------------------------------------------
def cmd_demo(args) -> int:
    from alu.demo import run_demo

    return run_demo(args)


# ---- parser ----------------------------------------------------------------------------
def with_examples(*lines: str) -> str:
    return "examples:\n" + "\n".join(f"  {line}" for line in lines)


def command(sub, name: str, help: str, examples: list[str], **kw) -> argparse.ArgumentParser:
    return sub.add_parser(name, help=help, description=kw.pop("description", help[:1].upper() + help[1:] + "."),
                          epilog=with_examples(*examples), formatter_class=argparse.RawDescriptionHelpFormatter, **kw)


def add_common_options(parser: argparse.ArgumentParser, defaults: bool) -> None:
    """--home and --embeddings; on subcommands with no default, so that they override the global ones only
    when given (`alu serve --home X` means the same as `alu --home X serve`)."""
    def default(value):
        return value if defaults else argparse.SUPPRESS

    parser.add_argument("--home", default=default(os.environ.get("ALU_HOME", "~/.alu")),
                        help="folder of the target registry and index (default: $ALU_HOME or ~/.alu), "
                             "e.g. --home ./my-targets")
    parser.add_argument("--embeddings", default=default(os.environ.get("ALU_EMBEDDINGS", "minilm")),
                        help="'minilm' (bundled, the default) or 'provider:model', "
                             "e.g. --embeddings openai:text-embedding-3-small")


def accept_common_options_everywhere(parser: argparse.ArgumentParser) -> None:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in action.choices.values():
                if "--home" not in child._option_string_actions:
                    add_common_options(child, defaults=False)
                accept_common_options_everywhere(child)


def add_conflict_options(parser: argparse.ArgumentParser, overwrite: str, meaning: str) -> None:
    """The one conflict rule of add and import: changed fields need the overwrite flag; --dry-run shows the diff."""
    parser.add_argument(overwrite, action="store_true", help=f"{meaning}, e.g. {overwrite}")
    parser.add_argument("--drop-form", action="append", default=[], metavar="FORM",
                        help="do not match this derived name form or alias (the forms are printed on writing); "
                             'repeat for several, e.g. --drop-form "Ludwig"')
    parser.add_argument("--dry-run", action="store_true", help="print what would change and write nothing, "
                                                               "e.g. --dry-run")


def add_model_options(parser: argparse.ArgumentParser) -> None:
    """--method, --model and one --ROLE-model per role: the same words wherever models are chosen."""
    parser.add_argument("--method", choices=METHODS,
                        help="'alu' (default) or 'alu-paper' (the published algorithm), e.g. --method alu-paper")
    parser.add_argument("--model", help="one 'provider:model' for every role (default: embedded), "
                                        "e.g. --model openai:gpt-4o-mini")
    for role in ROLES:
        parser.add_argument(f"--{role}-model", help=f"model for the {role} role only, "
                                                    f"e.g. --{role}-model openai:gpt-4o-mini")


# examples of subcommands that other modules register
OTHER_EXAMPLES = {
    "eval": ["alu eval tofu --respondent oracle,model --out eval-results",
             "alu eval attacks --limit 1 --methods none,alu",
             "alu eval cases --targets t.jsonl --cases c.jsonl --out result.json"],
    "serve": ["alu serve --port 8000",
              "ALU_API_KEY=secret alu serve --host 0.0.0.0 --model openai:gpt-4o-mini"],
}


def command_modules(argv: list[str] | None) -> list[str]:
    """The subcommand modules a command line needs: none for the commands defined here, only its own
    for another module's command, all of them for help, errors and building the full parser (argv None)."""
    if argv is None:
        return list(SUBCOMMAND_MODULES.values())
    if "--version" in argv:
        return []
    words = iter(argv)
    for word in words:
        if word in OPTIONS_WITH_VALUE:
            next(words, None)
        elif not word.startswith("-"):
            if word in OWN_COMMANDS:
                return []
            return [SUBCOMMAND_MODULES[word]] if word in SUBCOMMAND_MODULES else list(SUBCOMMAND_MODULES.values())
    return list(SUBCOMMAND_MODULES.values())


# help for arguments that other modules register without one (every option says what it does)
OTHER_HELP = {
    ("eval", "bench"): "which benchmark: tofu, wmdp, mmlu, rwku, wpu, attacks, scale or cases, e.g. tofu",
    ("serve", "--log-level"): "uvicorn's log level (default: info), e.g. --log-level warning",
    ("serve", "--method"): "'alu' (default) or 'alu-paper' (the published algorithm), e.g. --method alu-paper",
}


def fill_missing_help(sub) -> None:
    for (command_name, argument), text in OTHER_HELP.items():
        parser = sub.choices.get(command_name)
        for action in parser._actions if parser else []:
            if not action.help and (argument in action.option_strings or action.dest == argument):
                action.help = text


def build_parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    """The `alu` parser; with `argv`, only the parts that command line needs are imported."""
    parser = argparse.ArgumentParser(
        prog="alu", description="Inference-time LLM unlearning (ALU) on LangGraph.",
        epilog=with_examples('alu targets add --name "Stephen King" --alias "Richard Bachman"',
                             'alu ask "Who wrote Carrie?"', "alu demo"),
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"alu {__version__}",
                        help="print the version and exit, e.g. alu --version")
    add_common_options(parser, defaults=True)
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    ask = command(sub, "ask", "answer a question with unlearning applied",
                  ['alu ask "Who wrote Carrie?"',
                   'alu ask "Who wrote Carrie?" --response "Stephen King wrote it." --json'])
    ask.add_argument("question", help='the user\'s question, e.g. "Who wrote Carrie?"')
    ask.add_argument("--response", help="guard mode: audit and repair this ready answer instead of generating "
                                        'one, e.g. --response "Stephen King wrote it."')
    ask.add_argument("--json", action="store_true", help="print answer, flags with evidence, calls, model "
                                                         "loading and node timings as JSON, e.g. --json")
    ask.add_argument("--trace", action="store_true", help="print each node's decision to stderr, e.g. --trace")
    add_model_options(ask)
    ask.set_defaults(func=cmd_ask)

    targets = command(sub, "targets", "add, update, remove, list, show, import or export forget targets",
                      ["alu targets list", "alu targets import docs/examples/targets.jsonl --dry-run"])
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
    show = command(tsub, "show", "print targets by id as JSON", ["alu targets show stephen-king"])
    show.add_argument("target_ids", nargs="+", help="ids of the targets, e.g. stephen-king")
    imp = command(tsub, "import", "import JSONL, CSV (header with name[,id,aliases,description]) or TXT; "
                                  "all or nothing; changed targets need --replace",
                  ["alu targets import docs/examples/targets.jsonl",
                   "alu targets import people.csv --replace --dry-run"])
    imp.add_argument("file", help="the file, e.g. targets.jsonl (one JSON object per line)")
    imp.add_argument("--format", choices=["jsonl", "csv", "txt"],
                     help="file format (default: from the extension), e.g. --format csv")
    add_conflict_options(imp, "--replace", "change targets whose id exists with other fields")
    exp = command(tsub, "export", "write every target in an import format",
                  ["alu targets export --format csv --out targets.csv"])
    exp.add_argument("--format", choices=["jsonl", "csv", "txt"], default="jsonl",
                     help="jsonl (default), csv or txt, e.g. --format csv")
    exp.add_argument("--out", help="write to this file instead of stdout, e.g. --out targets.jsonl")
    command(tsub, "accept-registry", "serve the registry as it is now, after it was lost, emptied or restored "
                                     "from an older copy (queries are refused until then)",
            ["alu targets accept-registry"])
    targets.set_defaults(func=cmd_targets)

    demo = command(sub, "demo", "load a small target set and walk through a few queries (a temporary "
                                "folder, removed afterwards)", ["alu demo", "alu demo --keep ./demo-home"])
    demo.add_argument("--keep", help="use (and keep) this folder as the demo's home, e.g. --keep ./demo-home")
    demo.set_defaults(func=cmd_demo)

    for name in command_modules(argv):
        if importlib.util.find_spec(name) is not None:
            importlib.import_module(name).register(sub)
    for name, examples in OTHER_EXAMPLES.items():
        if name in sub.choices and not sub.choices[name].epilog:
            sub.choices[name].epilog = with_examples(*examples)
            sub.choices[name].formatter_class = argparse.RawDescriptionHelpFormatter
    fill_missing_help(sub)
    accept_common_options_everywhere(parser)
    return parser


def user_errors() -> tuple[type[BaseException], ...]:
    """Errors that are the user's input or setup, reported in one line with exit status 2."""
    from alu.retrieval.guard import RegistryUnavailable

    # OSError: a path that cannot be used; RegistryUnavailable: a lost registry, refused
    errors: list[type[BaseException]] = [TargetError, ValueError, OSError, RegistryUnavailable]
    models = sys.modules.get("alu.models")  # not imported: no model was touched, so none can have failed
    if models is not None:
        errors.append(models.ModelError)
    return tuple(errors)


def argument_problem(args: argparse.Namespace) -> str | None:
    """An argument that is not text, refused before any work: bytes that are not UTF-8 reach Python
    as lone surrogates, and a NUL cannot be passed on to the libraries underneath."""
    from alu.retrieval.textcheck import text_problem

    for name, value in vars(args).items():
        for item in value if isinstance(value, list) else [value]:
            problem = text_problem(item) if isinstance(item, str) else None
            if problem:
                what = "is not valid UTF-8 text" if "surrogate" in problem else problem
                return f"argument {name.replace('_', '-')} {what}"
    return None


def main(argv: list[str] | None = None) -> int:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    # the embedding model's loader would draw its own progress bars into our output
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    argv = sys.argv[1:] if argv is None else argv
    args = build_parser(argv).parse_args(argv)
    problem = argument_problem(args)
    if problem:
        print(f"alu: error: {problem}", file=sys.stderr)
        return 2
    try:
        return args.func(args)
    except KeyError as e:
        print(f"alu: error: {e.args[0] if e.args else e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("alu: interrupted", file=sys.stderr)
        return 130
    except Exception as e:
        from alu.retrieval.backend import is_outage

        if is_outage(e):  # the registry's database is down, frozen or too slow: one line, not a traceback
            print(f"alu: error: {e}", file=sys.stderr)
            return 1
        storage = storage_problem(e)
        if storage is not None:
            print(f"alu: error: {storage.message} (home: {getattr(args, 'home', None) or 'ALU_HOME'})",
                  file=sys.stderr)
            return 2
        if not isinstance(e, user_errors()):
            raise
        print(f"alu: error: {e}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
