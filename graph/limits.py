"""How long a model call may go on: the query's deadline, or until its client goes away.

Set around each internal model call (nodes/llm.py) and honoured by any backend that can stop
mid-reply (the embedded model does: alu/models.py), so an abandoned or late query does not keep
a CPU busy.
"""

from __future__ import annotations

import contextlib
import contextvars
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass


class CallLimitReached(RuntimeError):
    """A model call was stopped: past the query's deadline, or the client cancelled."""


@dataclass(frozen=True)
class CallLimit:
    deadline: float                      # time.monotonic()
    cancel: threading.Event | None = None

    def reached(self) -> bool:
        return time.monotonic() > self.deadline or (self.cancel is not None and self.cancel.is_set())

    def why(self) -> str:
        cancelled = self.cancel is not None and self.cancel.is_set()
        return "the client cancelled this query" if cancelled else "past the query's deadline"


CALL_LIMIT: contextvars.ContextVar[CallLimit | None] = contextvars.ContextVar("alu_call_limit", default=None)


# ---- the operator's view of internal model calls ---------------------------------------------------
# Internal calls run isolated from a caller's callbacks (they carry unverified text).  In-process
# operator code that wants them (evaluation meters, a notebook tracing a run) says so explicitly:
#     with operator_callbacks([handler]):
#         graph.invoke(...)
OPERATOR_CALLBACKS: contextvars.ContextVar[tuple | None] = contextvars.ContextVar("alu_operator_callbacks",
                                                                                  default=None)


@contextlib.contextmanager
def operator_callbacks(handlers: list) -> Iterator[None]:
    token = OPERATOR_CALLBACKS.set(tuple(handlers))
    try:
        yield
    finally:
        OPERATOR_CALLBACKS.reset(token)
