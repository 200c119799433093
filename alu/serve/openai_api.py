"""An OpenAI-compatible endpoint over the unlearning graph.

`POST /v1/chat/completions` (streamed as server-sent events or not) and `GET /v1/models`, so
any OpenAI client can use an unlearned model by changing its base URL.  Requests are checked
here and rejected with OpenAI-style error bodies; the graph itself runs in a worker thread.

Threads: with an `X-Thread-Id` header (or, failing that, the request's `user` field) the
conversation is stored in a SQLite checkpoint under the home folder and continued on the next
request; without one, each request is stateless.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
import os
import threading
import time
import uuid
from collections.abc import AsyncIterator
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exception_handlers import http_exception_handler
from fastapi.responses import JSONResponse, Response, StreamingResponse
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, SystemMessage
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from alu.graph.private_store import RecordsFull
from alu.models import ModelError
from alu.nodes.respond import InputError
from alu.retrieval.backend import outage_errors
from alu.retrieval.storage_errors import storage_problem
from alu.retrieval.textcheck import json_problem, number_problem
from alu.serve.bodies import BodyTooLarge, capped_body
from alu.serve.chat_model import UnlearningChatModel, stream_pieces
from alu.serve.health import add_health_routes, registry_problem
from alu.serve.langgraph_auth import ADMIN_KEY_ENV, matches, presented_key
from alu.serve.openai_tools import (
    ToolRequestError,
    check_tool_turns,
    include_usage,
    tool_chunks,
    tool_completion,
    tool_options,
    tool_turn,
    usage_event,
)
from alu.serve.tooling import answer_with_tools

log = logging.getLogger(__name__)

DEFAULT_MODEL_NAME = "alu"
DEFAULT_MAX_BODY_BYTES = 1 << 20
KEEPALIVE_SECONDS = 10.0   # SSE comments while the graph works, so proxies do not drop a quiet stream
MAX_THREAD_ID_CHARS = 200
ROLES = {"system": SystemMessage, "developer": SystemMessage, "user": HumanMessage, "assistant": AIMessage}


class RequestError(Exception):
    """A request the server refuses, with its HTTP status and OpenAI error fields."""

    def __init__(self, status: int, message: str, param: str | None = None, code: str | None = None,
                 kind: str = "invalid_request_error") -> None:
        super().__init__(message)
        self.status, self.message, self.param, self.code, self.kind = status, message, param, code, kind

    def body(self) -> dict:
        return {"error": {"message": self.message, "type": self.kind, "param": self.param, "code": self.code}}

    def response(self) -> JSONResponse:
        headers = {"WWW-Authenticate": "Bearer"} if self.status == 401 else None
        if self.status == 503:
            headers = {"Retry-After": "1"}
        return JSONResponse(self.body(), status_code=self.status, headers=headers)


# ---- request parsing ------------------------------------------------------------------------
async def read_body(request: Request, limit: int) -> dict:
    """The request's JSON object, read with a size cap (a declared length is checked first)."""
    try:
        raw = await capped_body(request, limit)
    except BodyTooLarge as e:
        raise RequestError(413, str(e), code="body_too_large") from e
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        raise RequestError(400, f"request body is not valid UTF-8 (byte {e.start})", code="invalid_encoding") from e
    try:
        body = json.loads(text)
    except json.JSONDecodeError as e:
        raise RequestError(400, f"request body is not valid JSON: {e.msg} at line {e.lineno} column {e.colno}",
                           code="invalid_json") from e
    except RecursionError:
        raise RequestError(400, "request body is not valid JSON: nested too deeply", code="invalid_json") from None
    except ValueError as e:  # an integer too long to convert (Python's limit is 4,300 digits)
        raise RequestError(400, f"request body holds a number that cannot be read: {number_problem(e)}",
                           code="invalid_json") from None
    if not isinstance(body, dict):
        raise RequestError(400, "request body must be a JSON object")
    problem = json_problem(body)
    if problem:  # refused here, not when SQLite, the model or the response encoder meets it
        raise RequestError(400, f"{problem[0]} {problem[1]}", param=problem[0], code="invalid_text")
    return body


def content_text(content: Any, i: int) -> str:
    """A message's text: a string, or a list of text parts (other part types are not supported)."""
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        texts = []
        for part in content:
            if not isinstance(part, dict) or part.get("type") != "text" or not isinstance(part.get("text"), str):
                kind = part.get("type") if isinstance(part, dict) else type(part).__name__
                raise RequestError(400, f"messages[{i}].content: only text parts are supported, got {kind!r}",
                                   param=f"messages[{i}].content")
            texts.append(part["text"])
        return "".join(texts)
    raise RequestError(400, f"messages[{i}].content must be a string or a list of text parts",
                       param=f"messages[{i}].content")


def parse_messages(raw: Any) -> list[BaseMessage]:
    if raw is None:
        raise RequestError(400, "missing required parameter: 'messages'", param="messages", code="missing_required")
    if not isinstance(raw, list) or not raw:
        raise RequestError(400, "'messages' must be a non-empty array", param="messages")
    out = []
    for i, m in enumerate(raw):
        if not isinstance(m, dict):
            raise RequestError(400, f"messages[{i}] must be an object", param=f"messages[{i}]")
        role = m.get("role")
        if role == "tool" or (role == "assistant" and m.get("tool_calls")):  # a client's tool loop
            out.append(tool_turn(m, i, content_text(m.get("content"), i)))
            continue
        if not isinstance(role, str) or role not in ROLES:
            raise RequestError(400, f"messages[{i}].role {role!r} is not supported; use one of {sorted(ROLES)}",
                               param=f"messages[{i}].role")
        out.append(ROLES[role](content=content_text(m.get("content"), i)))
    return out


def optional(body: dict, name: str, kind: type, default: Any = None) -> Any:
    value = body.get(name, default)
    if value is not None and not isinstance(value, kind):
        raise RequestError(400, f"'{name}' must be of type {kind.__name__}", param=name)
    return value


def thread_of(request: Request, body: dict) -> str | None:
    thread_id = request.headers.get("x-thread-id") or optional(body, "user", str)
    if thread_id is not None and not (0 < len(thread_id) <= MAX_THREAD_ID_CHARS and thread_id.isprintable()):
        raise RequestError(400, f"thread id must be 1-{MAX_THREAD_ID_CHARS} printable characters", param="user")
    return thread_id


def check_options(body: dict, model_name: str) -> None:
    model = optional(body, "model", str)
    if model is not None and model != model_name:
        raise RequestError(404, f"the model {model!r} does not exist; this server serves {model_name!r}",
                           param="model", code="model_not_found")
    n = optional(body, "n", int)
    if n is not None and n != 1:
        raise RequestError(400, "only n=1 is supported", param="n")


# ---- responses ------------------------------------------------------------------------------
def alu_fields(result: dict, thread_id: str | None, evidence: bool) -> dict:
    """How the answer was produced.  Evidence names the targets, so it is sent only when enabled:
    telling an end user which target a question touched would undo the forgetting."""
    fields = {"decision": result["decision"], "llm_calls": result.get("llm_calls", 0),
              "index_version": result.get("index_version"), "thread_id": thread_id,
              "flagged": [{"how": e["how"], "where": e["where"]} for e in result.get("flagged", [])]}
    if evidence:  # the operator's choice: full evidence names the targets
        fields |= {"flagged": result.get("flagged", []), "steps": result.get("steps", [])}
    return fields


def usage(result: dict) -> dict:
    """OpenAI's usage fields, summed over every LLM call the query made (all roles)."""
    u = result.get("usage") or {}
    return {"prompt_tokens": u.get("input_tokens", 0), "completion_tokens": u.get("output_tokens", 0),
            "total_tokens": u.get("total_tokens", 0)}


def completion(cid: str, model: str, result: dict, alu: dict) -> dict:
    return {"id": cid, "object": "chat.completion", "created": int(time.time()), "model": model,
            "choices": [{"index": 0, "message": {"role": "assistant", "content": result["answer"]},
                         "finish_reason": "stop", "logprobs": None}],
            "usage": usage(result), "alu": alu}


def chunk(cid: str, model: str, delta: dict, finish: str | None = None, **extra) -> str:
    body = {"id": cid, "object": "chat.completion.chunk", "created": int(time.time()), "model": model,
            "choices": [{"index": 0, "delta": delta, "finish_reason": finish, "logprobs": None}], **extra}
    return f"data: {json.dumps(body, ensure_ascii=False)}\n\n"


def error_for(exc: BaseException) -> RequestError:
    if isinstance(exc, RequestError):
        return exc
    if isinstance(exc, InputError):
        return RequestError(400, str(exc))
    if isinstance(exc, ModelError):
        return RequestError(502, str(exc), code="model_error", kind="server_error")
    if isinstance(exc, RecordsFull):  # every slot for a running query is taken: none is evicted for this one
        return RequestError(503, str(exc), code="overloaded", kind="server_error")
    problem = registry_problem(exc)
    if problem is not None:
        return RequestError(problem.status, problem.message, code=problem.code, kind="server_error")
    log.error("unexpected error while answering", exc_info=exc)
    return RequestError(500, "internal error while answering; see the server log", kind="server_error")


# ---- the app --------------------------------------------------------------------------------
def openai_route(request: Request) -> bool:
    return request.url.path.startswith("/v1/") or request.url.path == "/v1"


def is_operator(request: Request) -> bool:
    """The request carries the operator's key (ALU_ADMIN_KEY), in either header."""
    return matches(presented_key(request.headers), ADMIN_KEY_ENV)


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

    def authorize(request: Request) -> None:
        if api_key is None or is_operator(request):
            return
        scheme, _, token = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(token.strip().encode(), api_key.encode()):
            raise RequestError(401, "invalid or missing API key: send 'Authorization: Bearer <key>'",
                               code="invalid_api_key")

    def check_guard_mode(request: Request, messages: list[BaseMessage], response: str | None) -> None:
        """Guard mode audits text the caller supplies, and its verdict says whether a name in that text
        is registered.  Where clients hold a key of their own, that is the operator's alone."""
        if api_key is None or is_operator(request):
            return  # an open server has no clients but its operator (docs/deploy.md)
        if response is not None:
            raise RequestError(403, "guard mode ('response': a ready answer to audit) needs the operator's key",
                               param="response", code="operator_only")
        if isinstance(messages[-1], AIMessage):
            raise RequestError(403, "the conversation must end with a user turn: auditing a ready assistant "
                               "message (guard mode) needs the operator's key", param="messages",
                               code="operator_only")
    add_health_routes(app, model)

    @app.get("/v1/models")
    async def models(request: Request) -> dict:
        authorize(request)
        return {"object": "list", "data": [{"id": model_name, "object": "model", "created": 0, "owned_by": "alu"}]}

    @app.get("/v1/models/{name}")
    async def one_model(name: str, request: Request) -> dict:
        authorize(request)
        if name != model_name:
            raise RequestError(404, f"the model {name!r} does not exist", param="model", code="model_not_found")
        return {"id": model_name, "object": "model", "created": 0, "owned_by": "alu"}

    @app.post("/v1/chat/completions")
    async def chat_completions(request: Request):
        authorize(request)
        body = await read_body(request, max_body_bytes)
        try:
            messages = parse_messages(body.get("messages"))
            tooling, with_usage = tool_options(body), include_usage(body)
            check_tool_turns(messages, tooling)
        except ToolRequestError as e:
            raise RequestError(400, str(e), param=e.param) from e
        check_options(body, model_name)
        response = optional(body, "response", str)
        check_guard_mode(request, messages, response)
        stream = optional(body, "stream", bool, False)
        thread_id = thread_of(request, body)
        if tooling:
            return await answer_tools(messages, tooling, thread_id, response, stream, with_usage)
        try:  # bad input is answered with a 4xx before any work (or a stream) starts
            if thread_id is None:  # checks of the request alone: cheaper here than a hop to a worker thread
                model.prepare(messages, None, response)
            else:  # reads the stored thread
                await run_in_threadpool(model.prepare, messages, thread_id, response)
        except Exception as e:  # bad input, or a home that cannot hold the thread (full, read-only, damaged)
            if isinstance(e, InputError) or storage_problem(e):
                raise error_for(e) from e
            raise
        cid = f"chatcmpl-{uuid.uuid4().hex}"
        if not stream:
            return await answer_whole(request, messages, thread_id, response, cid)
        return StreamingResponse(sse(request, messages, thread_id, response, cid, with_usage),
                                 media_type="text/event-stream",
                                 headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})

    def start_run(messages, thread_id, response, text: bool) -> tuple[asyncio.Queue, threading.Event, asyncio.Future]:
        """Run the graph in a worker thread; its events arrive on a queue; the event cancels it.
        `text`: verified sentences are streamed as released (only a streaming response uses them)."""
        loop = asyncio.get_running_loop()
        events: asyncio.Queue = asyncio.Queue()
        cancel = threading.Event()

        def work() -> None:
            try:
                for event in model.events(messages, thread_id, response, cancel=cancel, text=text):
                    loop.call_soon_threadsafe(events.put_nowait, event)
            except BaseException as e:  # reported on the queue; the stream or response says it
                loop.call_soon_threadsafe(events.put_nowait, ("error", e))

        done = loop.run_in_executor(None, work)
        done.add_done_callback(lambda f: f.cancelled() or f.exception())  # never an unretrieved error
        return events, cancel, done

    async def next_event(request: Request, events: asyncio.Queue, cancel: threading.Event):
        """The run's next event; a client that went away cancels the run (None is returned)."""
        while True:
            try:
                return await asyncio.wait_for(events.get(), timeout=keepalive_seconds)
            except asyncio.TimeoutError:
                if await request.is_disconnected():
                    cancel.set()
                    return None
                return ("keepalive", None)

    async def answer_whole(request: Request, messages, thread_id, response, cid: str) -> JSONResponse:
        events, cancel, _ = start_run(messages, thread_id, response, text=False)
        while True:
            event = await next_event(request, events, cancel)
            if event is None:
                raise RequestError(499, "client closed the request", code="client_closed")
            kind, value = event
            if kind == "error":
                raise error_for(value)
            if kind == "result":  # plain JSON already: FastAPI's encoder would only walk it again
                return JSONResponse(completion(cid, model_name, value, alu_fields(value, thread_id, expose_evidence)))

    async def answer_tools(messages, tooling: dict, thread_id, response, stream: bool, with_usage: bool):
        """Tools or a JSON response format: the whole reply is verified before any of it is sent."""
        if thread_id is not None or response is not None:
            raise RequestError(400, "tools and response_format are answered statelessly: send them without "
                               "X-Thread-Id, 'user' or 'response'", param="tools")
        try:
            message = await run_in_threadpool(answer_with_tools, model, messages, tooling)
        except ValueError as e:  # bad input, or a respondent that cannot take tools
            raise RequestError(400, str(e)) from e
        cid = f"chatcmpl-{uuid.uuid4().hex}"
        if not stream:
            return JSONResponse(tool_completion(cid, model_name, message, expose_evidence))
        pieces = stream_pieces(message.text, model.words_per_chunk) if message.text else []
        return StreamingResponse(tool_chunks(cid, model_name, message, expose_evidence, with_usage, pieces),
                                 media_type="text/event-stream",
                                 headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})

    async def sse(request: Request, messages, thread_id, response, cid: str,
                  with_usage: bool = False) -> AsyncIterator[str]:
        """Verified sentences as they are released, the rest once verify has settled the answer,
        usage when stream_options asks for it, and [DONE].  A client that goes away cancels the run (a threaded
        turn is then not stored)."""
        events, cancel, _ = start_run(messages, thread_id, response, text=True)
        sent = ""
        try:
            yield chunk(cid, model_name, {"role": "assistant", "content": ""})
            while True:
                event = await next_event(request, events, cancel)
                if event is None:
                    return
                kind, value = event
                if kind == "keepalive":
                    yield ": keep-alive\n\n"
                elif kind == "text":
                    sent += value[0]
                    yield chunk(cid, model_name, {"content": value[0]})
                elif kind == "error":  # headers are sent already: report in-band, as OpenAI does
                    yield f"data: {json.dumps(error_for(value).body())}\n\n"
                    return
                else:
                    answer = value["answer"]
                    rest = answer[len(sent):] if answer.startswith(sent) else ""
                    for piece in stream_pieces(rest, model.words_per_chunk) if rest else []:
                        yield chunk(cid, model_name, {"content": piece})
                    yield chunk(cid, model_name, {}, "stop", alu=alu_fields(value, thread_id, expose_evidence))
                    if with_usage:
                        yield usage_event(cid, model_name, usage(value))
                    yield "data: [DONE]\n\n"
                    return
        finally:
            cancel.set()  # the generator closed early (client gone): stop the run

    return app
