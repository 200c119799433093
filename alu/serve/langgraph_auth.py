"""API-key authentication for LangGraph Server (langgraph.json: "auth": {"path": ...}).

Two keys, both read from the environment on every request:
- ALU_ADMIN_KEY: may change the forget-target registry (the /alu/targets routes) and run the graph.
- ALU_API_KEY (optional): may run the graph.  When it is unset, the graph API stays open
  (a local development server); when it is set, every LangGraph request needs one of the keys.
- ALU_CLIENT_KEYS (optional): tenants' keys, a JSON object {"<key>": ["<target set>", ...]}.  Such a key
  runs the graph only in its own target sets (graph/context.py `bound_context`) and sees only the
  threads it created.

A key travels in the `x-api-key` header (what langgraph-sdk's `api_key=` sends) or as
`Authorization: Bearer <key>`.  The admin routes check the admin key themselves as well
(`admin_key_problem`), because in `langgraph dev` a request that says it comes from Studio
(`x-auth-scheme: langsmith`) skips this handler.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
from collections.abc import Mapping
from dataclasses import fields
from typing import Any

from langgraph_sdk import Auth

from alu.graph.context import OPERATOR_BOUND, SET_PERMISSION, UnlearnContext, client_settings_problem

ADMIN_KEY_ENV = "ALU_ADMIN_KEY"
API_KEY_ENV = "ALU_API_KEY"
CLIENT_KEYS_ENV = "ALU_CLIENT_KEYS"
TENANT = "tenant:"  # the identity prefix of a key limited to target sets
ADMIN_PERMISSIONS = ["graph:run", "targets:read", "targets:write"]

auth = Auth()


def _header(headers: Mapping, name: str) -> str | None:
    """A header from either an ASGI mapping (bytes keys) or a plain str mapping."""
    value = headers.get(name.encode()) if any(isinstance(k, bytes) for k in headers) else headers.get(name)
    if isinstance(value, bytes):
        value = value.decode("latin-1")
    return value


def presented_key(headers: Mapping) -> str | None:
    """The key a request carries, or None."""
    key = _header(headers, "x-api-key")
    if key:
        return key.strip()
    scheme, _, token = (_header(headers, "authorization") or "").partition(" ")
    if scheme.lower() != "bearer":
        return None
    return token.strip() or None


def matches(key: str | None, env_name: str) -> bool:
    """Constant-time comparison against a configured key; an unset key matches nothing."""
    expected = os.environ.get(env_name, "")
    if not key or not expected:
        return False
    return hmac.compare_digest(key.encode(), expected.encode())


def admin_key_problem(headers: Mapping) -> tuple[int, str] | None:
    """(status, message) when a request may not administer targets, else None."""
    if not os.environ.get(ADMIN_KEY_ENV):
        return 403, f"the target admin API is disabled: the server has no {ADMIN_KEY_ENV} set"
    key = presented_key(headers)
    if key is None:
        return 401, "missing admin key: send it in the x-api-key header (or Authorization: Bearer <key>)"
    if not matches(key, ADMIN_KEY_ENV):
        return 403, "wrong admin key"
    return None


def client_keys() -> dict[str, list[str]]:
    """ALU_CLIENT_KEYS: each tenant key and the target sets it may use (ValueError naming what is wrong)."""
    raw = os.environ.get(CLIENT_KEYS_ENV, "").strip()
    if not raw:
        return {}
    try:
        parsed = json.loads(raw)
    except json.JSONDecodeError as e:
        raise ValueError(f"{CLIENT_KEYS_ENV} is not JSON: {e}") from None
    if not isinstance(parsed, dict) or not all(
            isinstance(k, str) and k and isinstance(v, list) and v and all(isinstance(s, str) for s in v)
            for k, v in parsed.items()):
        raise ValueError(f'{CLIENT_KEYS_ENV} must map each key to a non-empty list of set names: {{"key": ["acme"]}}')
    return parsed


def tenant_sets(key: str | None) -> list[str] | None:
    """The target sets a tenant key may use; None for any other key (ValueError: ALU_CLIENT_KEYS is malformed)."""
    for candidate, sets in client_keys().items():
        if key and hmac.compare_digest(key.encode(), candidate.encode()):
            return sets
    return None


def tenant_user(key: str | None) -> Auth.types.MinimalUserDict | None:
    """The user of a tenant key: may run the graph in its sets only (permissions `target_set:NAME`)."""
    try:
        sets = tenant_sets(key)
    except ValueError as e:
        raise Auth.exceptions.HTTPException(status_code=500, detail=str(e)) from None
    if sets is None or key is None:
        return None
    # named by a digest of the key: two tenants never share an identity, and no key is echoed
    return {"identity": TENANT + hashlib.sha256(key.encode()).hexdigest()[:16],
            "permissions": ["graph:run", *(SET_PERMISSION + s for s in sets)]}


@auth.authenticate
async def authenticate(headers: dict) -> Auth.types.MinimalUserDict:
    key = presented_key(headers)
    if matches(key, ADMIN_KEY_ENV):
        return {"identity": "admin", "permissions": ADMIN_PERMISSIONS}
    tenant = tenant_user(key)
    if tenant is not None:
        return tenant
    if matches(key, API_KEY_ENV):
        return {"identity": "client", "permissions": ["graph:run"]}
    if not os.environ.get(API_KEY_ENV) and not os.environ.get(CLIENT_KEYS_ENV):
        # no client key configured: the graph API is open, the admin routes still need the admin key
        return {"identity": "anonymous", "permissions": ["graph:run"]}
    if key is None:
        raise Auth.exceptions.HTTPException(status_code=401, detail="missing API key: send it in the x-api-key "
                                                                    "header (or Authorization: Bearer <key>)")
    raise Auth.exceptions.HTTPException(status_code=403, detail="wrong API key")


# ---- what a run may set ------------------------------------------------------------------------
# A run, or an assistant, may tune only the harmless fields of UnlearnContext, whoever asks:
# paths, models, embeddings, thresholds and logging are the operator's, set in the server's
# environment (ALU_<FIELD>).  The graph checks the same allowlist again when it reads its
# context (ALU_RUN_SETTINGS=allowlist in langgraph.json), so no route around this handler helps.
def _refuse_settings(ctx: Auth.types.AuthContext, settings: object) -> None:
    """Refuse what a request may not set: anything but the harmless fields, and from anyone but the operator,
    the target set (a client choosing its set could leave its tenant's protection)."""
    if isinstance(settings, Mapping) and is_operator(ctx):
        settings = {k: v for k, v in settings.items() if k not in OPERATOR_BOUND}
    problem = client_settings_problem(settings if isinstance(settings, Mapping) else {"context": settings})
    if problem:
        raise Auth.exceptions.HTTPException(status_code=403, detail=problem)


def _requested(value: Mapping) -> dict:
    """The run settings a request asks for: its context, and configurable keys that name a setting
    (the server's own langgraph_* and thread keys are not the client's choice)."""
    kwargs = value.get("kwargs") or {}
    config = value.get("config") or kwargs.get("config") or {}
    context = value.get("context") or kwargs.get("context") or {}
    configurable = (config or {}).get("configurable") or {}
    settings = {f.name for f in fields(UnlearnContext)}
    requested = {k: v for k, v in dict(context).items() if not k.startswith(("langgraph_", "__"))}
    # the caller's identity and permissions (langgraph_auth_*) are the server's: it refuses them in a request
    # and writes them into every run's config itself, after this handler (langgraph_api.validation)
    return requested | {k: v for k, v in configurable.items() if k in settings}


def is_operator(ctx: Auth.types.AuthContext) -> bool:
    """The admin key, or any caller of an open server (no ALU_API_KEY: a development server has no
    clients but its operator; the target admin routes still need the admin key)."""
    return ctx.user.identity in ("admin", "anonymous")


def _operator_only(ctx: Auth.types.AuthContext, what: str) -> None:
    if not is_operator(ctx):
        raise Auth.exceptions.HTTPException(status_code=403, detail=f"{what} is the operator's: send the admin key")


# ---- what a client may do ----------------------------------------------------------------------
# Deny by default: LangGraph calls the most specific handler for a resource and action, and this
# one for every action no handler below names (crons, the store, deleting assistants, any resource
# a later server version adds).  A client may create and read threads, run the graph on them,
# cancel its runs, and create or read assistants with harmless settings; nothing else.
@auth.on
async def operator_only(ctx: Auth.types.AuthContext, value: object) -> None:
    _operator_only(ctx, f"{ctx.resource}.{ctx.action}")


async def allowed(ctx: Auth.types.AuthContext, value: Any) -> None:
    return None


def own_threads(ctx: Auth.types.AuthContext) -> dict[str, str] | None:
    """A tenant key's filter: only the threads it created (another tenant's conversations are not its to
    read or continue); other callers share the server's threads as before."""
    identity = ctx.user.identity
    return {"owner": identity} if identity.startswith(TENANT) else None


async def tenants_threads(ctx: Auth.types.AuthContext, value: Any) -> dict[str, str] | None:
    return own_threads(ctx)


@auth.on.threads.create
async def create_thread(ctx: Auth.types.AuthContext, value: Auth.types.ThreadsCreate) -> dict[str, str] | None:
    owner = own_threads(ctx)
    if owner is not None:
        metadata = value.setdefault("metadata", {})
        metadata.update(owner)
    return owner


auth.on.threads.read(tenants_threads)  # what is read is verified against the current registry (serve.replay)
auth.on.threads.search(tenants_threads)
auth.on.threads.delete(tenants_threads)
auth.on.assistants.read(allowed)
auth.on.assistants.search(allowed)


@auth.on.threads.update
async def update_thread(ctx: Auth.types.AuthContext, value: Auth.types.ThreadsUpdate) -> dict[str, str] | None:
    """Cancelling a run is a client's; writing a thread's state (POST /threads/{id}/state, bulk
    updates) or its metadata is not: audit must judge the conversation that produced the answer."""
    if value.get("action") in ("interrupt", "rollback"):
        return own_threads(ctx)
    _operator_only(ctx, "writing a thread's state or metadata")
    return None


def _client_run_problem(kwargs: Mapping) -> str | None:
    """Why a client may not start this run: it edits the thread's state, or asks for guard mode, whose
    verdict on a text the client wrote says whether a name in it is registered."""
    command = kwargs.get("command") or {}
    if isinstance(command, Mapping) and (command.get("update") or command.get("goto")):
        return "a client's command may only resume a run: update and goto edit the thread's state"
    given = kwargs.get("input") or {}
    if not isinstance(given, Mapping):
        return None
    messages = given.get("messages")
    last = messages[-1] if isinstance(messages, list) and messages else messages
    role = (last.get("type") or last.get("role")) if isinstance(last, Mapping) else None
    if given.get("response") is not None or role in ("ai", "assistant"):
        return "guard mode (a ready answer to audit) needs the operator's key; a client's turn ends with a user turn"
    return None


@auth.on.threads.create_run
async def check_run_settings(ctx: Auth.types.AuthContext, value: Auth.types.RunsCreate) -> dict[str, str] | None:
    problem = None if is_operator(ctx) else _client_run_problem(value.get("kwargs") or {})
    if problem:
        raise Auth.exceptions.HTTPException(status_code=403, detail=problem)
    _refuse_settings(ctx, _requested(value))
    return own_threads(ctx)


@auth.on.assistants.create
async def check_assistant_settings(ctx: Auth.types.AuthContext, value: Auth.types.AssistantsCreate) -> None:
    _refuse_settings(ctx, _requested(value))


@auth.on.assistants.update
async def check_assistant_update(ctx: Auth.types.AuthContext, value: Auth.types.AssistantsUpdate) -> None:
    """The operator's: an update replaces an assistant's whole context, and with it the target set the operator
    bound it to (a client would move everyone who runs that assistant into the server's default set)."""
    _operator_only(ctx, "changing an assistant")
    _refuse_settings(ctx, _requested(value))


@auth.on.crons.create
async def check_cron(ctx: Auth.types.AuthContext, value: Auth.types.CronsCreate) -> None:
    """A cron re-runs the graph on a schedule: the operator's alone, and with harmless settings only
    (a refused setting would otherwise fail every run, forever)."""
    _operator_only(ctx, "scheduling runs (crons)")
    _refuse_settings(ctx, _requested(value.get("payload") or {}))


@auth.on.crons.update
async def check_cron_update(ctx: Auth.types.AuthContext, value: Auth.types.CronsUpdate) -> None:
    _operator_only(ctx, "scheduling runs (crons)")
    _refuse_settings(ctx, _requested(value.get("payload") or {}))
