"""What `/v1` accepts, and how it refuses: a chat request read and checked field by field before any work
starts, the API key and the operator's key, and the OpenAI-style error body of every refusal."""

from __future__ import annotations

import hmac
import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from fastapi import Request
from fastapi.responses import JSONResponse
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, SystemMessage

from alu.models import ModelError
from alu.nodes.respond import InputError
from alu.retrieval.private_records import RecordsFull
from alu.retrieval.textcheck import json_problem, number_problem
from alu.serve.bodies import BodyTooLarge, capped_body
from alu.serve.health import registry_problem
from alu.serve.langgraph_auth import ADMIN_KEY_ENV, client_keys, matches, presented_key
from alu.serve.openai_tools import ToolRequestError, check_tool_turns, include_usage, tool_options, tool_turn

log = logging.getLogger("alu.serve.openai_api")  # records keep the name of the endpoint they come from

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


def check_options(body: dict, model_names: Sequence[str]) -> str:
    """The model id asked for (the first served when none is named), checked; the other options too."""
    model = optional(body, "model", str)
    if model is not None and model not in model_names:
        raise RequestError(404, f"the model {model!r} does not exist; this server serves "
                           f"{', '.join(map(repr, model_names))}", param="model", code="model_not_found")
    n = optional(body, "n", int)
    if n is not None and n != 1:
        raise RequestError(400, "only n=1 is supported", param="n")
    return model if model is not None else model_names[0]



@dataclass(frozen=True)
class ChatRequest:
    """A checked `POST /v1/chat/completions` body."""
    messages: list[BaseMessage]
    tooling: dict | None         # tools or a JSON response format: answered whole, statelessly
    with_usage: bool             # stream_options.include_usage
    response: str | None         # guard mode: a ready answer to audit
    stream: bool
    thread_id: str | None
    model: str                   # the served model id it asks for


def chat_request(request: Request, body: dict, model_names: Sequence[str], api_key: str | None) -> ChatRequest:
    """The request's fields, checked in the order their errors are reported."""
    try:
        messages = parse_messages(body.get("messages"))
        tooling, with_usage = tool_options(body), include_usage(body)
        check_tool_turns(messages, tooling)
    except ToolRequestError as e:
        raise RequestError(400, str(e), param=e.param) from e
    model = check_options(body, model_names)
    response = optional(body, "response", str)
    check_guard_mode(request, messages, response, api_key)
    stream = optional(body, "stream", bool, False)
    return ChatRequest(messages, tooling, with_usage, response, stream, thread_of(request, body), model)


def is_operator(request: Request) -> bool:
    """The request carries the operator's key (ALU_ADMIN_KEY), in either header."""
    return matches(presented_key(request.headers), ADMIN_KEY_ENV)


def authorize(request: Request, api_key: str | None) -> frozenset[str] | None:
    """The target sets the caller's key may use: None for any (the operator, the shared ALU_API_KEY, an open
    server), a tenant key's own (ALU_CLIENT_KEYS); 401 for no or a wrong key where keys are configured."""
    try:
        tenants = client_keys()
    except ValueError as e:  # the operator's configuration: said plainly, never a traceback
        raise RequestError(500, str(e), kind="server_error") from None
    if api_key is None and not tenants or is_operator(request):
        return None
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    token = token.strip() if scheme.lower() == "bearer" else ""
    for key, sets in tenants.items():
        if token and hmac.compare_digest(token.encode(), key.encode()):
            return frozenset(sets)
    if token and api_key is not None and hmac.compare_digest(token.encode(), api_key.encode()):
        return None
    raise RequestError(401, "invalid or missing API key: send 'Authorization: Bearer <key>'", code="invalid_api_key")


def check_guard_mode(request: Request, messages: list[BaseMessage], response: str | None,
                     api_key: str | None) -> None:
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

