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


def create_app(model: UnlearningChatModel | None = None, *, model_name: str = DEFAULT_MODEL_NAME,
               api_key: str | None = None, max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
               expose_evidence: bool = False, keepalive_seconds: float = KEEPALIVE_SECONDS) -> FastAPI:
    """The endpoint serving `model` (by default the embedded models on the home from ALU_HOME).

    api_key: required as `Authorization: Bearer <key>` when set (default: env ALU_API_KEY).
    expose_evidence: add flagged evidence and node steps to each response's `alu` field.
    """
    model = model or UnlearningChatModel()
    api_key = api_key if api_key is not None else os.environ.get("ALU_API_KEY") or None
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
    runs = ChatRuns(model, model_name, expose_evidence, keepalive_seconds)
    add_health_routes(app, model)

    @app.get("/v1/models")
    async def models(request: Request) -> dict:
        authorize(request, api_key)
        return {"object": "list", "data": [{"id": model_name, "object": "model", "created": 0, "owned_by": "alu"}]}

    @app.get("/v1/models/{name}")
    async def one_model(name: str, request: Request) -> dict:
        authorize(request, api_key)
        if name != model_name:
            raise RequestError(404, f"the model {name!r} does not exist", param="model", code="model_not_found")
        return {"id": model_name, "object": "model", "created": 0, "owned_by": "alu"}

    @app.post("/v1/chat/completions")
    async def chat_completions(request: Request):
        authorize(request, api_key)
        body = await read_body(request, max_body_bytes)
        return await runs.answer(request, chat_request(request, body, model_name, api_key))

    return app
