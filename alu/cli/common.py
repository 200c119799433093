"""What the `alu` command groups share: the common options, opening the registry and the store, and
the one way a failed command is reported (one line on stderr and an exit status, never a traceback)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from alu import METHODS, ROLES
from alu.retrieval.storage_errors import storage_problem
from alu.retrieval.targets import TargetError

if TYPE_CHECKING:  # imported lazily: target commands that need no model must start fast
    from alu.graph.context import UnlearnContext
    from alu.retrieval.registry import TargetRegistry


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


def registry_from(args) -> TargetRegistry:
    """The SQLite registry alone, without embedder or index.

    Listing, showing, exporting and removing need no embedding model.  A removal is committed to
    the registry's change log; every process that searches the index (this CLI's `ask`, a server)
    patches its index from that log before its next query, exactly as for a removal through the store.
    """
    from alu.retrieval.backend import registry_location
    from alu.retrieval.registry import TargetRegistry

    return TargetRegistry(registry_location(args.home))


def set_of(args) -> str:
    """The target set a command works on: --set NAME, else the default set."""
    from alu.retrieval.target_sets import DEFAULT_SET, check_set_name

    return check_set_name(getattr(args, "target_set", None) or DEFAULT_SET)


def name_rows(args, limit: int | None = None, offset: int = 0) -> tuple[list[tuple[str, str, list[str]]], int, dict]:
    """(id, name, aliases) per target in registry order, the count, and the registry's meta values,
    skipping vectors and derived fields, so that listing 10,000 targets takes a fraction of a second.
    A missing SQLite registry is an empty one (and is not created)."""
    from alu.retrieval.backend import postgres_url

    if not postgres_url() and not (Path(args.home).expanduser() / "targets.sqlite").is_file():
        return [], 0, {}
    registry = registry_from(args)
    try:
        target_set = set_of(args)
        return registry.name_rows(limit, offset, target_set), registry.count(target_set), registry.metas()
    finally:
        registry.close()


def progress_bar(total: int, desc: str):
    """A tqdm bar on a terminal's stderr for work that takes more than a moment; silent when piped."""
    from tqdm import tqdm

    return tqdm(total=total, desc=desc, unit="target", file=sys.stderr,
                disable=total < 64 or not sys.stderr.isatty())


# ---- options ---------------------------------------------------------------------------
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


def add_model_options(parser: argparse.ArgumentParser) -> None:
    """--method, --model and one --ROLE-model per role: the same words wherever models are chosen."""
    parser.add_argument("--method", choices=METHODS,
                        help="'alu' (default) or 'alu-paper' (the published algorithm), e.g. --method alu-paper")
    parser.add_argument("--model", help="one 'provider:model' for every role (default: embedded), "
                                        "e.g. --model openai:gpt-4o-mini")
    for role in ROLES:
        parser.add_argument(f"--{role}-model", help=f"model for the {role} role only, "
                                                    f"e.g. --{role}-model openai:gpt-4o-mini")


# ---- errors ----------------------------------------------------------------------------
def user_errors() -> tuple[type[BaseException], ...]:
    """Errors that are the user's input or setup, reported in one line with exit status 2."""
    from alu.extras import MissingExtra
    from alu.retrieval.guard import RegistryUnavailable

    # OSError: a path that cannot be used; RegistryUnavailable: a lost registry, refused; MissingExtra: a feature
    # whose optional packages are not installed (the message names the extra)
    errors: list[type[BaseException]] = [TargetError, ValueError, OSError, RegistryUnavailable, MissingExtra]
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


def run(args: argparse.Namespace) -> int:
    """The command's exit status: a refused argument, a missing id, the user's input or setup and an
    unusable store are one line on stderr with status 2, a registry outage status 1, an interrupt 130."""
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
