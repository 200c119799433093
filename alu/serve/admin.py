"""Target admin API: list, add, change and remove forget targets while the graph is served.

Mounted into LangGraph Server through langgraph.json ("http": {"app": "alu.serve.admin:app"});
it also runs on its own (`uvicorn alu.serve.admin:app`).  Every route needs the admin key
(ALU_ADMIN_KEY, checked here even when the server's auth middleware already ran).

The routes work on the registry the graph reads by default: `UnlearnContext().home`
(ALU_HOME) with `UnlearnContext().embeddings`.  A change is committed to SQLite before the
response is sent, and the next run sees it without a restart (the store compares the
registry version on every query).  Bad input gets a 4xx with a message naming the problem
and leaves the registry untouched.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from typing import Any

from alu.extras import needs

with needs("server", "the target admin API"):
    from fastapi import Depends, FastAPI, HTTPException, Query, Request
    from fastapi.responses import JSONResponse
    from starlette.concurrency import run_in_threadpool

from alu.graph.context import UnlearnContext
from alu.graph.resources import open_store
from alu.retrieval.footprint import diff
from alu.retrieval.registration import FootprintConflict, Registration, TargetConflict, register
from alu.retrieval.store import TargetStore
from alu.retrieval.target_sets import DEFAULT_SET, SET_NAME, UnknownTargetSet
from alu.retrieval.targets import Target, TargetError, make_target, parse_targets
from alu.retrieval.textcheck import json_problem, number_problem, text_problem
from alu.serve.admin_sets import add_set_routes
from alu.serve.bodies import BodyTooLarge, capped_body
from alu.serve.health import registry_problem
from alu.serve.langgraph_auth import admin_key_problem
from alu.serve.replay import ReplayFilter

PREFIX = "/alu/targets"
MAX_BODY_ENV = "ALU_ADMIN_MAX_BYTES"
DEFAULT_MAX_BODY = 4 * 1024 * 1024  # a few thousand targets per request; larger lists go in several requests
UPDATABLE = ("name", "aliases", "description")


def default_store() -> TargetStore:
    """The store the graph uses when a run does not override `home` or `embeddings`."""
    ctx = UnlearnContext()
    return open_store(ctx.home, ctx.embeddings)


def max_body_bytes() -> int:
    raw = os.environ.get(MAX_BODY_ENV, "")
    return int(raw) if raw.isdigit() and int(raw) > 0 else DEFAULT_MAX_BODY


# ---- request checks -------------------------------------------------------------------------
async def require_admin(request: Request) -> None:
    problem = admin_key_problem(request.headers)
    if problem:
        status, message = problem
        raise HTTPException(status, message, headers={"WWW-Authenticate": "ApiKey"} if status == 401 else None)


async def read_body(request: Request) -> bytes:
    """The raw body, refused with 413 as soon as it passes the limit (declared or streamed)."""
    try:
        return await capped_body(request, max_body_bytes())
    except BodyTooLarge as e:
        raise HTTPException(413, f"{e} ({MAX_BODY_ENV})") from e


def decode_text(body: bytes) -> str:
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as e:
        message = f"request body is not UTF-8 text (byte 0x{body[e.start]:02x} at offset {e.start})"
        raise HTTPException(400, message) from None
    if not text.strip():
        raise HTTPException(400, "request body is empty")
    return text


async def read_json(request: Request) -> Any:
    text = decode_text(await read_body(request))
    try:
        payload = json.loads(text)
    except json.JSONDecodeError as e:
        message = f"request body is not valid JSON: {e.msg} (line {e.lineno}, column {e.colno})"
        raise HTTPException(400, message) from None
    except RecursionError:
        raise HTTPException(400, "request body is not valid JSON: nested too deeply") from None
    except ValueError as e:  # an integer too long to convert (Python's limit is 4,300 digits)
        raise HTTPException(400, f"request body holds a number that cannot be read: {number_problem(e)}") from None
    problem = json_problem(payload)
    if problem:  # refused here, not when SQLite or the response encoder meets it
        raise HTTPException(400, f"{problem[0]} {problem[1]}")
    return payload


def targets_from(payload: Any) -> list[Target]:
    """A target object, a list of them, or {"targets": [...]}; any bad one fails the request."""
    if isinstance(payload, dict) and set(payload) == {"targets"}:
        payload = payload["targets"]
        if not isinstance(payload, list):
            raise HTTPException(422, f'"targets" must be a list of target objects, got {type(payload).__name__}')
    items = payload if isinstance(payload, list) else [payload]
    if not items:
        raise HTTPException(422, "no targets given")
    out: list[Target] = []
    first_at: dict[str, int] = {}
    for i, item in enumerate(items):
        try:
            out.append(make_target(item))
        except TargetError as e:
            where = f"targets[{i}]: " if isinstance(payload, list) else ""
            raise HTTPException(422, f"{where}{e}") from None
        target_id = out[-1].id
        if target_id in first_at:  # which of two versions was meant is not ours to guess
            raise HTTPException(422, f"targets[{i}]: duplicate id {target_id!r} (also targets[{first_at[target_id]}])")
        first_at[target_id] = i
    return out


def changes_from(payload: Any) -> dict[str, Any]:
    if not isinstance(payload, dict):
        raise HTTPException(422, f"expected a JSON object with any of {', '.join(UPDATABLE)}, "
                                 f"got {type(payload).__name__}")
    unknown = sorted(set(payload) - set(UPDATABLE))
    if unknown:
        raise HTTPException(422, f"unknown or unchangeable field(s): {', '.join(unknown)} "
                                 f"(changeable: {', '.join(UPDATABLE)}; the id never changes)")
    if not payload:
        raise HTTPException(422, f"nothing to change: send any of {', '.join(UPDATABLE)}")
    return payload


def ids_from(payload: Any) -> list[str]:
    ids = payload.get("ids") if isinstance(payload, dict) and set(payload) == {"ids"} else None
    if not isinstance(ids, list) or not ids or not all(isinstance(i, str) for i in ids):
        raise HTTPException(422, 'expected {"ids": [one or more target ids]}')
    for i, target_id in enumerate(ids):
        problem = text_problem(target_id, name_like=True)
        if problem:
            raise HTTPException(422, f"ids[{i}] {problem}")
    return ids


# ---- store operations (blocking: SQLite and embedding run in a worker thread) -------------------
def add_targets(store: TargetStore, targets: list[Target], replace: bool, target_set: str) -> Registration:
    try:
        return register(store, targets, replace=replace, target_set=target_set)
    except TargetConflict as e:  # nothing was written: a conflict names the targets and the way out
        which = (f"target {e.ids[0]!r} already exists" if len(e.ids) == 1 else
                 f"targets {', '.join(map(repr, e.ids))} already exist")
        where = e.ids[0] if len(e.ids) == 1 else "<id>"
        raise HTTPException(409, f"{which} with different fields; PATCH {PREFIX}/{where} or send replace=true"
                            ) from None


def enrich_request(payload: Any) -> tuple[list[str], str | None, bool, bool]:
    """{"ids": [...], "model"?: "provider:model", "replace"?: bool, "dry_run"?: bool}"""
    if not isinstance(payload, dict) or not set(payload) <= {"ids", "model", "replace", "dry_run"}:
        raise HTTPException(422, 'expected {"ids": [target ids], "model"?: "provider:model", "replace"?: true, '
                                 '"dry_run"?: true}')
    model = payload.get("model")
    if model is not None and (not isinstance(model, str) or text_problem(model, name_like=True)):
        raise HTTPException(422, '"model" must be a \'provider:model\' string, e.g. "openai:gpt-4o-mini"')
    flags = [payload.get(key, False) for key in ("replace", "dry_run")]
    if not all(isinstance(flag, bool) for flag in flags):
        raise HTTPException(422, '"replace" and "dry_run" must be true or false')
    return ids_from({"ids": payload.get("ids")}), model, flags[0], flags[1]


def enrich_targets(store: TargetStore, ids: list[str], model: str | None, replace: bool, dry_run: bool) -> dict:
    """`alu targets enrich` over HTTP, through the same stage (alu.Targets.enrich): all or nothing."""
    from alu.enrichment import ModelRefused
    from alu.models import ModelError
    from alu.targets import Targets

    before = {i: (t.footprint if (t := store.get(i)) else None) for i in ids}
    try:
        enriched = Targets(store=store).enrich(ids, model, replace=replace, dry_run=dry_run)
    except FootprintConflict as e:
        raise HTTPException(409, f"{e}; send \"replace\": true to write new versions") from None
    except ModelRefused as e:
        raise HTTPException(422, str(e)) from None
    except ModelError as e:  # the model could not be created or reached: nothing was written
        raise HTTPException(502, str(e)) from None
    return {"version": store.version(), "dry_run": dry_run,
            "targets": [{"id": t.id, "footprint": t.footprint.to_dict() if t.footprint else None,
                         "diff": diff(before[t.id], t.footprint)} for t in enriched]}


def not_found(e: KeyError) -> HTTPException:
    return HTTPException(404, str(e.args[0]) if e.args else "no such target")


async def in_thread(fn: Callable, *args, **kwargs):
    try:
        return await run_in_threadpool(fn, *args, **kwargs)
    except (KeyError, UnknownTargetSet) as e:
        raise not_found(e if isinstance(e, KeyError) else KeyError(str(e))) from None
    except TargetError as e:
        raise HTTPException(422, str(e)) from None
    except Exception as e:
        problem = unavailable(e)
        if problem is None:
            raise
        raise problem from None


def unavailable(exc: BaseException) -> HTTPException | None:
    """The admin-format answer to a registry that cannot be used (lost, down, damaged, full); None for a bug."""
    problem = registry_problem(exc)
    return None if problem is None else HTTPException(problem.status, problem.message)


def change_response(done: Registration) -> JSONResponse:
    assert done.result is not None  # the admin API has no dry run
    return JSONResponse(done.to_dict(), status_code=201 if done.result.added else 200)


# ---- routes -----------------------------------------------------------------------------------
# every target route works on one target set (tenant): ?set=NAME, the default set when none is named
SET_QUERY: Any = Query(DEFAULT_SET, alias="set", pattern=f"^{SET_NAME.pattern}$", description="the target set (tenant)")


def create_app(store_for_request: Callable[[], TargetStore] = default_store) -> FastAPI:
    # Routes are declared on the app itself, not through include_router: LangGraph Server wraps each
    # top-level route in its auth middleware and needs plain routes for that.  No docs routes of its
    # own either: inside the server they would shadow the server's /docs, which lists these routes.
    app = FastAPI(title="ALU target admin", docs_url=None, redoc_url=None, openapi_url=None,
                  dependencies=[Depends(require_admin)])

    async def current_store() -> TargetStore:
        return await in_thread(store_for_request)

    @app.get(PREFIX, tags=["targets"], summary="List targets (paged, registry order)")
    async def list_targets(offset: int = Query(0, ge=0), limit: int = Query(100, ge=1, le=1000),
                           target_set: str = SET_QUERY, store: TargetStore = Depends(current_store)) -> dict:
        def page() -> dict:
            snapshot = store.snapshot(target_set=target_set)
            version, everything = snapshot.version(), snapshot.all_targets()
            return {"version": version, "count": len(everything), "offset": offset, "limit": limit,
                    "targets": [t.to_dict() for t in everything[offset:offset + limit]]}
        return await in_thread(page)

    @app.get(PREFIX + "/{target_id}", tags=["targets"], summary="One target")
    async def get_target(target_id: str, target_set: str = SET_QUERY,
                         store: TargetStore = Depends(current_store)) -> dict:
        def one() -> dict:
            snapshot = store.snapshot(target_set=target_set)
            version, target = snapshot.version(), snapshot.get(target_id)
            if target is None:
                raise KeyError(f"no target with id {target_id!r} in set {target_set!r}")
            return {"version": version, "target": target.to_dict()}
        return await in_thread(one)

    @app.post(PREFIX, tags=["targets"], summary="Add targets: one object, a list, or {\"targets\": [...]}",
              responses={201: {"description": "at least one target added"}})
    async def add(request: Request, replace: bool = Query(False, description="overwrite changed duplicates"),
                  target_set: str = SET_QUERY, store: TargetStore = Depends(current_store)) -> JSONResponse:
        targets = targets_from(await read_json(request))
        return change_response(await in_thread(add_targets, store, targets, replace, target_set))

    @app.post(PREFIX + "/import", tags=["targets"],
              summary="Import a whole JSONL, CSV or TXT file (all or nothing; changed duplicates need replace=true)")
    async def import_text(request: Request, fmt: str = Query("jsonl", alias="format", pattern="^(jsonl|csv|txt)$"),
                          replace: bool = Query(False, description="overwrite changed duplicates"),
                          target_set: str = SET_QUERY, store: TargetStore = Depends(current_store)) -> JSONResponse:
        text = decode_text(await read_body(request))
        try:
            targets = parse_targets(text, fmt, "request body")
        except TargetError as e:
            raise HTTPException(422, str(e)) from None
        return change_response(await in_thread(add_targets, store, targets, replace, target_set))

    @app.post(PREFIX + "/enrich", tags=["targets"],
              summary="Have a chat model write targets' knowledge footprints (all or nothing)")
    async def enrich(request: Request, store: TargetStore = Depends(current_store)) -> dict:
        ids, model, replace, dry_run = enrich_request(await read_json(request))
        return await in_thread(enrich_targets, store, ids, model, replace, dry_run)

    @app.post(PREFIX + "/remove", tags=["targets"], summary="Remove several targets (all or nothing)")
    async def remove_many(request: Request, target_set: str = SET_QUERY,
                          store: TargetStore = Depends(current_store)) -> dict:
        ids = ids_from(await read_json(request))
        return (await in_thread(store.remove, ids, target_set)).to_dict()

    @app.patch(PREFIX + "/{target_id}", tags=["targets"], summary="Change a target's name, aliases or description")
    async def update(target_id: str, request: Request, target_set: str = SET_QUERY,
                     store: TargetStore = Depends(current_store)) -> dict:
        changes = changes_from(await read_json(request))
        return (await in_thread(store.update, target_id, target_set, **changes)).to_dict()

    @app.delete(PREFIX + "/{target_id}", tags=["targets"], summary="Remove a target")
    async def delete(target_id: str, target_set: str = SET_QUERY, store: TargetStore = Depends(current_store)) -> dict:
        return (await in_thread(store.remove, [target_id], target_set)).to_dict()

    add_set_routes(app, current_store, in_thread, read_json)
    return app


def add_admin_routes(app: FastAPI, store_for_request: Callable[[], TargetStore] = default_store) -> None:
    """Serve the admin routes from another app too (`alu serve` does when ALU_ADMIN_KEY is set).

    The routes carry their own admin-key check, so they stay closed whatever the host app allows.
    """
    app.router.routes.extend(create_app(store_for_request).router.routes)


# Inside LangGraph Server this app's middleware wraps every route: thread content a client reads is
# checked against the registry of the moment (alu.serve.replay).
app = create_app()
app.add_middleware(ReplayFilter)
