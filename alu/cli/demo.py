"""`alu demo`: a small target set and a few queries in a temporary home (see alu.demo)."""

from __future__ import annotations

from alu.cli.common import command


def cmd_demo(args) -> int:
    from alu.demo import run_demo

    return run_demo(args)


def register(sub) -> None:
    demo = command(sub, "demo", "load a small target set and walk through a few queries (a temporary "
                                "folder, removed afterwards)", ["alu demo", "alu demo --keep ./demo-home"])
    demo.add_argument("--keep", help="use (and keep) this folder as the demo's home, e.g. --keep ./demo-home")
    demo.set_defaults(func=cmd_demo)
