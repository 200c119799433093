"""Optional features and the extra that installs each: `pip install 'alu-unlearning[EXTRA]'`.

The core install runs the graph: targets, retrieval, the drop-in chat model and middleware, LangGraph
Server.  Everything else imports its packages inside `needs(...)`, so importing ALU never requires
them and using a feature without its packages says which extra to install.  The extras are declared in
pyproject.toml (tests/test_packaging.py holds the two to each other).
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

DISTRIBUTION = "alu-unlearning"


def install_hint(extra: str) -> str:
    return f"pip install '{DISTRIBUTION}[{extra}]'"


class MissingExtra(ModuleNotFoundError):
    """An optional feature was used without the extra that installs its packages."""

    def __init__(self, extra: str, feature: str, missing: str | None) -> None:
        package = f"the package {missing!r}" if missing else "a package"
        super().__init__(f"{feature} needs {package}, which is not installed: {install_hint(extra)}", name=missing)
        self.extra = extra


@contextmanager
def needs(extra: str, feature: str) -> Iterator[None]:
    """Imports inside this block belong to `extra`; a missing one is reported as that extra missing."""
    try:
        yield
    except MissingExtra:
        raise
    except ModuleNotFoundError as e:
        raise MissingExtra(extra, feature, e.name) from e


def reports_missing_extra(command: Callable[..., int]) -> Callable[..., int]:
    """A CLI command that answers a missing extra with one line and exit status 2, not a traceback."""

    @functools.wraps(command)
    def run(*args, **kwargs) -> int:
        try:
            return command(*args, **kwargs)
        except MissingExtra as e:
            print(f"alu: error: {e}", file=sys.stderr)
            return 2

    return run


def pyplot():
    """matplotlib's pyplot on the file-only Agg backend (no display needed), from the `plots` extra."""
    with needs("plots", "writing figures (PNG)"):
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    return plt
