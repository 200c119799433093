"""An OpenAI-compatible endpoint over the unlearning graph.

`POST /v1/chat/completions` (streamed as server-sent events or not) and `GET /v1/models`, so
any OpenAI client can use an unlearned model by changing its base URL.  Requests are checked
before any work and rejected with OpenAI-style error bodies (alu.serve.openai_requests); the graph
itself runs in a worker thread (alu.serve.openai_replies).

Threads: with an `X-Thread-Id` header (or, failing that, the request's `user` field) the
conversation is stored in a SQLite checkpoint under the home folder and continued on the next
request; without one, each request is stateless.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from fastapi import FastAPI, Request
from fastapi.exception_handlers import http_exception_handler
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from alu.retrieval.backend import outage_errors
from alu.serve.chat_model import UnlearningChatModel
from alu.serve.health import add_health_routes
from alu.serve.openai_replies import ChatRuns
from alu.serve.openai_requests import RequestError, authorize, chat_request, error_for, read_body

DEFAULT_MODEL_NAME = "alu"
DEFAULT_MAX_BODY_BYTES = 1 << 20
KEEPALIVE_SECONDS = 10.0   # SSE comments while the graph works, so proxies do not drop a quiet stream


def openai_route(request: Request) -> bool:
    return request.url.path.startswith("/v1/") or request.url.path == "/v1"


def served_models(model: UnlearningChatModel, model_name: str,
                  model_sets: Mapping[str, str]) -> dict[str, UnlearningChatModel]:
    """Model id -> the model answering it: `model_name` is `model` itself, each other id the same model bound
    to its target set by the operator (UnknownTargetSet, before any request, for a set the registry lacks)."""
    served = {model_name: model}
    for name, target_set in model_sets.items():
        if name in served:
            raise ValueError(f"model id {name!r} is mapped twice")
        served[name] = model.for_set(target_set)
    return served


def create_app(model: UnlearningChatModel | None = None, *, model_name: str = DEFAULT_MODEL_NAME,
               api_key: str | None = None, max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
               expose_evidence: bool = False, keepalive_seconds: float = KEEPALIVE_SECONDS,
               model_sets: Mapping[str, str] | None = None) -> FastAPI:
    """The endpoint serving `model` (by default the embedded models on the home from ALU_HOME).

    api_key: required as `Authorization: Bearer <key>` when set (default: env ALU_API_KEY).  Tenant keys
        (ALU_CLIENT_KEYS, {"<key>": ["<set>", ...]}) may use only the models of their sets.
    expose_evidence: add flagged evidence and node steps to each response's `alu` field.
    model_sets: more model ids, each answering for one target set (tenant): the set is the operator's
        mapping, so a client chooses a model id, never a set.
    """
    model = model or UnlearningChatModel()
    api_key = api_key if api_key is not None else os.environ.get("ALU_API_KEY") or None
    served = served_models(model, model_name, model_sets or {})
    app = FastAPI(title="ALU OpenAI-compatible endpoint", docs_url=None, redoc_url=None, openapi_url=None)
    app.state.model = model

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if not openai_route(request):  # the admin routes keep their own format: {"detail": ...}
            return await http_exception_handler(request, exc)
        code = "not_found" if exc.status_code == 404 else None
        return RequestError(exc.status_code, str(exc.detail), code=code).response()

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> JSONResponse:
        error = error_for(exc)
        if not openai_route(request):
            return JSONResponse({"detail": error.message}, status_code=error.status)
        return error.response()

    @app.exception_handler(RequestError)
    async def request_error(request: Request, exc: RequestError) -> JSONResponse:
        return exc.response()

    for kind in outage_errors():  # answered here: the catch-all above would also log a traceback per request
        app.add_exception_handler(kind, unexpected)
    runs = {name: ChatRuns(m, name, expose_evidence, keepalive_seconds) for name, m in served.items()}
    add_health_routes(app, model)

    def usable(request: Request) -> list[str]:
        """The model ids the caller's key may use, in the order served."""
        sets = authorize(request, api_key)
        request.state.tenant = sets is not None
        return [n for n, m in served.items() if sets is None or m.unlearn_context.target_set in sets]

    def listing(name: str) -> dict:
        return {"id": name, "object": "model", "created": 0, "owned_by": "alu"}

    @app.get("/v1/models")
    async def models(request: Request) -> dict:
        return {"object": "list", "data": [listing(name) for name in usable(request)]}

    @app.get("/v1/models/{name}")
    async def one_model(name: str, request: Request) -> dict:
        if name not in usable(request):
            raise RequestError(404, f"the model {name!r} does not exist", param="model", code="model_not_found")
        return listing(name)

    @app.post("/v1/chat/completions")
    async def chat_completions(request: Request):
        allowed = usable(request)
        body = await read_body(request, max_body_bytes)
        # a tenant key is a client like the shared key: guard mode is the operator's
        chat = chat_request(request, body, list(served), api_key or ("tenant" if request.state.tenant else None))
        if chat.model not in allowed:
            raise RequestError(403, f"this API key may not use the model {chat.model!r} (it may use "
                               f"{', '.join(map(repr, allowed)) or 'none'})", param="model", code="model_not_allowed")
        return await runs[chat.model].answer(request, chat)

    return app
