"""The admin API's target sets (tenants): list, create, change the refusal message of, and remove them.

    GET    /alu/sets               every set, its refusal message and how many targets it holds
    POST   /alu/sets               {"name": "acme", "refusal": "..."?}   -> 201
    PUT    /alu/sets/{name}        {"refusal": "..." | null}             (null: the built-in refusal)
    DELETE /alu/sets/{name}        an empty set (never the default one)

The routes sit on the target admin app, so they need the admin key like every other admin route.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.responses import JSONResponse

from alu.retrieval.store import TargetStore
from alu.retrieval.target_sets import set_rows

SETS_PREFIX = "/alu/sets"


def refusal_from(payload: Any, allowed: set[str]) -> dict[str, Any]:
    """The request's fields, refused (422) when it is not an object of the allowed fields."""
    if not isinstance(payload, dict) or not set(payload) <= allowed:
        raise HTTPException(422, f"expected a JSON object with {' and '.join(sorted(allowed))}")
    refusal = payload.get("refusal")
    if refusal is not None and not isinstance(refusal, str):
        raise HTTPException(422, "refusal must be text or null")
    return payload


def add_set_routes(app: FastAPI, current_store: Callable[[], Awaitable[TargetStore]],
                   in_thread: Callable[..., Awaitable[Any]], read_json: Callable[[Request], Awaitable[Any]]) -> None:
    @app.get(SETS_PREFIX, tags=["sets"], summary="List target sets")
    async def list_sets(store: TargetStore = Depends(current_store)) -> dict:
        return {"sets": await in_thread(set_rows, store.registry)}

    @app.post(SETS_PREFIX, tags=["sets"], summary="Create an empty target set", status_code=201)
    async def create(request: Request, store: TargetStore = Depends(current_store)) -> JSONResponse:
        payload = refusal_from(await read_json(request), {"name", "refusal"})
        if not isinstance(payload.get("name"), str):
            raise HTTPException(422, 'expected {"name": "<set name>", "refusal": "<message>"?}')
        version = await in_thread(store.create_set, payload["name"], payload.get("refusal"))
        return JSONResponse({"version": version, "set": payload["name"]}, status_code=201)

    @app.put(SETS_PREFIX + "/{name}", tags=["sets"], summary="Set a target set's refusal message")
    async def refusal(name: str, request: Request, store: TargetStore = Depends(current_store)) -> dict:
        payload = refusal_from(await read_json(request), {"refusal"})
        if "refusal" not in payload:
            raise HTTPException(422, 'expected {"refusal": "<message>"} (null: the built-in refusal)')
        return {"version": await in_thread(store.set_refusal, name, payload["refusal"]), "set": name}

    @app.delete(SETS_PREFIX + "/{name}", tags=["sets"], summary="Remove an empty target set")
    async def remove(name: str, store: TargetStore = Depends(current_store)) -> dict:
        return {"version": await in_thread(store.remove_set, name), "set": name}
