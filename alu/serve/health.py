"""`/health` (liveness) and `/ready` (readiness) for `alu serve`.

/health answers 200 while the process serves HTTP at all; an orchestrator restarts a process only when
it fails.  /ready answers 200 only when a query could be answered now: the registry answers, the index
is at a known version, and the respondent model is loaded.  The check runs in a worker thread under a
deadline (ALU_DB_TIMEOUT + 1 s), so a frozen database makes /ready say 503 rather than hang; one check
runs at a time and concurrent probes share it.  The body says what is missing but nothing about the
deployment (addresses, errors): the details go to the server log.
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import NamedTuple

from fastapi import FastAPI
from fastapi.responses import JSONResponse

from alu.graph.resources import open_store
from alu.models import load_chat_model
from alu.retrieval.backend import call_timeout, is_outage
from alu.retrieval.guard import RegistryUnavailable
from alu.retrieval.storage_errors import storage_problem
from alu.serve.chat_model import UnlearningChatModel

log = logging.getLogger(__name__)
QUIET_SECONDS = 10.0  # an outage is logged once per this many seconds, not once per request


class OutageLog:
    """Logs database outages at most once per QUIET_SECONDS with the number of failures in between,
    so a database that is down for minutes does not fill the disk with one traceback per request."""

    def __init__(self) -> None:
        self._last = 0.0
        self._quiet = 0

    def note(self, exc: BaseException) -> None:
        now = time.monotonic()
        if now - self._last < QUIET_SECONDS:
            self._quiet += 1
            return
        log.warning("the registry database is unavailable (%d more failures since the last report): %s",
                    self._quiet, exc)
        self._last, self._quiet = now, 0


OUTAGES = OutageLog()


class RegistryProblem(NamedTuple):
    status: int
    message: str
    code: str


def registry_problem(exc: BaseException) -> RegistryProblem | None:
    """What to answer when the registry cannot be used (lost, down, damaged, full); None for anything else.
    One classification for every HTTP surface; each renders it in its own error format."""
    if isinstance(exc, RegistryUnavailable):  # fail closed: no answer rather than an unprotected one
        return RegistryProblem(503, str(exc), "registry_unavailable")
    if is_outage(exc):  # down, frozen or restarting: the client may retry; the log says why (rate-limited)
        OUTAGES.note(exc)
        return RegistryProblem(503, "the target registry is unavailable; retry shortly", "registry_unavailable")
    storage = storage_problem(exc)
    return None if storage is None else RegistryProblem(storage.status, storage.message, "storage_error")


def readiness(model: UnlearningChatModel) -> dict:
    """What /ready reports, checked in order; raises on the first thing that is not ready."""
    ctx = model.unlearn_context
    store = model.store if model.store is not None else open_store(ctx.home, ctx.embeddings)
    registry = store.registry.version()
    index = store.refresh()  # the index patched up to the registry's version (or the version after it)
    if not isinstance(model.respondent, str | None):
        loaded = True  # an instance handed in is loaded by definition
    else:
        loaded = load_chat_model(ctx.respondent_model) is not None  # cached: the graph's own instance
    return {"status": "ready", "registry_version": registry, "index_version": index, "model_loaded": loaded}


def add_health_routes(app: FastAPI, model: UnlearningChatModel) -> None:
    running: dict[str, asyncio.Future] = {}
    seconds = call_timeout() + 1.0  # read now: a bad ALU_DB_TIMEOUT stops the server at start, not at a probe

    @app.get("/health")
    async def health() -> dict:
        return {"status": "ok"}

    @app.get("/ready")
    async def ready() -> JSONResponse:
        loop = asyncio.get_running_loop()
        check = running.get("check")
        if check is None or check.done():
            check = running["check"] = loop.run_in_executor(None, readiness, model)
        try:
            return JSONResponse(await asyncio.wait_for(asyncio.shield(check), timeout=seconds))
        except asyncio.TimeoutError:
            problem = f"not ready: the registry or the model did not answer within {seconds:g} s"
        except Exception as e:  # what is wrong goes to the log; the probe learns only which part
            if is_outage(e):
                OUTAGES.note(e)
                problem = "not ready: the registry database is unavailable"
            else:
                log.warning("readiness check failed", exc_info=e)
                problem = f"not ready: {type(e).__name__} while checking the registry and the model"
        return JSONResponse({"status": "unavailable", "problem": problem}, status_code=503,
                            headers={"Retry-After": "1"})
