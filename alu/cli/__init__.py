"""The `alu` command: ask, manage targets, run the demo (and the subcommands of other modules).

One module per command group: alu.cli.ask, alu.cli.targets (with alu.cli.target_writes) and alu.cli.demo;
`alu eval` and `alu serve` come from alu.eval.cli and alu.serve.cli.  What they share, the common options
and the reporting of a failed command, is in alu.cli.common."""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import os
import sys

from alu import __version__
from alu.cli import ask, demo, targets
from alu.cli.common import accept_common_options_everywhere, add_common_options, run, with_examples

# Subcommands that other modules add through register(subparsers); each is optional, and imported only
# when its command is run or the full list is wanted (they import LangGraph, FastAPI, models).
SUBCOMMAND_MODULES = {"eval": "alu.eval.cli", "serve": "alu.serve.cli"}
OWN_COMMANDS = ("ask", "targets", "demo")
OPTIONS_WITH_VALUE = ("--home", "--embeddings")


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
    for group in (ask, targets, demo):
        group.register(sub)
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


def main(argv: list[str] | None = None) -> int:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    # the embedding model's loader would draw its own progress bars into our output
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    argv = sys.argv[1:] if argv is None else argv
    return run(build_parser(argv).parse_args(argv))

