"""`/v1` with tools and response formats: what the request may ask, and the verified reply's shape.

A request with `tools` or a JSON `response_format` is answered by the drop-in's tool path
(alu/serve/tooling.py): the respondent answers once, guard mode verifies the whole message, and only
then is anything sent, streamed or not.  Tool calls whose arguments name or concern a forgotten target
are withheld (listed, with the reason, in the `alu` field); JSON output that does is refused the way
OpenAI reports a refusal (`message.refusal`, `content: null`), which OpenAI clients raise as such.
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Iterator
from typing import Any

from langchain_core.messages import AIMessage, BaseMessage, ToolMessage

RESPONSE_FORMATS = ("text", "json_object", "json_schema")
TOOL_CHOICES = ("none", "auto", "required")


class ToolRequestError(ValueError):
    """A tools or response-format field the server cannot honour; `param` names it."""

    def __init__(self, message: str, param: str) -> None:
        super().__init__(message)
        self.param = param


def _function_tool(tool: Any, i: int) -> dict:
    where = f"tools[{i}]"
    if not isinstance(tool, dict) or tool.get("type") != "function":
        kind = tool.get("type") if isinstance(tool, dict) else type(tool).__name__
        raise ToolRequestError(f"{where}: only function tools are supported, got {kind!r}", where)
    function = tool.get("function")
    if not isinstance(function, dict) or not isinstance(function.get("name"), str) or not function["name"]:
        raise ToolRequestError(f"{where}.function.name must be a non-empty string", f"{where}.function")
    if not isinstance(function.get("parameters", {}), dict):
        raise ToolRequestError(f"{where}.function.parameters must be a JSON schema object", f"{where}.function")
    return {"type": "function", "function": function}


def _tool_choice(choice: Any, names: list[str]) -> Any:
    if choice is None or choice in TOOL_CHOICES:
        return choice
    name = choice.get("function", {}).get("name") if isinstance(choice, dict) else None
    if not isinstance(choice, dict) or choice.get("type") != "function" or name not in names:
        raise ToolRequestError(f"tool_choice must be one of {', '.join(TOOL_CHOICES)} or "
                               f'{{"type": "function", "function": {{"name": <one of the tools>}}}}', "tool_choice")
    return choice


def _response_format(fmt: Any) -> dict | None:
    if fmt is None:
        return None
    if not isinstance(fmt, dict) or fmt.get("type") not in RESPONSE_FORMATS:
        kind = fmt.get("type") if isinstance(fmt, dict) else type(fmt).__name__
        raise ToolRequestError(f"response_format type {kind!r} is not supported; use one of "
                               f"{', '.join(RESPONSE_FORMATS)}", "response_format")
    if fmt["type"] == "json_schema":
        spec = fmt.get("json_schema")
        if not isinstance(spec, dict) or not isinstance(spec.get("name"), str):
            raise ToolRequestError("response_format.json_schema must be an object with a 'name'",
                                   "response_format.json_schema")
        if not isinstance(spec.get("schema", {}), dict):
            raise ToolRequestError("response_format.json_schema.schema must be a JSON schema object",
                                   "response_format.json_schema.schema")
    return None if fmt["type"] == "text" else fmt


def tool_options(body: dict) -> dict:
    """The drop-in's tool options for a request (empty: answer as usual), or ToolRequestError."""
    for legacy in ("functions", "function_call"):
        if body.get(legacy) is not None:
            raise ToolRequestError(f"the legacy '{legacy}' parameter is not supported; use 'tools'", legacy)
    raw = body.get("tools")
    if raw is not None and not isinstance(raw, list):
        raise ToolRequestError("'tools' must be an array of function tools", "tools")
    tools = [_function_tool(t, i) for i, t in enumerate(raw or [])]
    options: dict[str, Any] = {}
    if tools:
        options["tools"] = tools
        choice = _tool_choice(body.get("tool_choice"), [t["function"]["name"] for t in tools])
        if choice is not None:
            options["tool_choice"] = choice
        parallel = body.get("parallel_tool_calls")
        if parallel is not None:
            if not isinstance(parallel, bool):
                raise ToolRequestError("'parallel_tool_calls' must be a boolean", "parallel_tool_calls")
            options["parallel_tool_calls"] = parallel
    elif body.get("tool_choice") not in (None, "none", "auto"):
        raise ToolRequestError("tool_choice needs 'tools'", "tool_choice")
    fmt = _response_format(body.get("response_format"))
    if fmt is not None:
        options["response_format"] = fmt
    return options


def check_tool_turns(messages: list[BaseMessage], options: dict) -> None:
    """Tool turns continue a tool loop: without `tools` the graph's respondent could not read them."""
    if "tools" not in options and any(isinstance(m, ToolMessage) or (isinstance(m, AIMessage) and m.tool_calls)
                                      for m in messages):
        raise ToolRequestError("messages with tool calls or tool results need 'tools' in the request", "tools")


def include_usage(body: dict) -> bool:
    """`stream_options.include_usage`: a last chunk with the usage and no choices, as OpenAI sends it."""
    options = body.get("stream_options")
    if options is None:
        return False
    if not isinstance(options, dict) or not isinstance(options.get("include_usage", False), bool):
        raise ToolRequestError("stream_options must be an object whose include_usage is a boolean",
                               "stream_options")
    return options.get("include_usage", False)


def tool_turn(m: dict, i: int, text: str) -> BaseMessage:
    """An assistant turn that called tools, or a tool's result: how a client continues a tool loop."""
    if m.get("role") == "tool":
        call_id = m.get("tool_call_id")
        if not isinstance(call_id, str) or not call_id:
            raise ToolRequestError(f"messages[{i}].tool_call_id must be a non-empty string",
                                   f"messages[{i}].tool_call_id")
        return ToolMessage(content=text, tool_call_id=call_id)
    calls = m.get("tool_calls")
    if not isinstance(calls, list):
        raise ToolRequestError(f"messages[{i}].tool_calls must be an array", f"messages[{i}].tool_calls")
    parsed = []
    for j, call in enumerate(calls):
        function = call.get("function") if isinstance(call, dict) else None
        try:
            args = json.loads(function["arguments"] or "{}")  # type: ignore[index]
            assert isinstance(args, dict) and isinstance(function["name"], str)  # type: ignore[index]
        except (TypeError, KeyError, AssertionError, json.JSONDecodeError):
            raise ToolRequestError(f"messages[{i}].tool_calls[{j}] must have a function name and JSON object "
                                   "arguments", f"messages[{i}].tool_calls") from None
        parsed.append({"name": function["name"], "args": args, "id": call.get("id")})  # type: ignore[index]
    return AIMessage(content=text, tool_calls=parsed)


# ---- the verified reply -------------------------------------------------------------------------
def _calls(message: AIMessage) -> list[dict]:
    return [{"id": c.get("id") or f"call_{uuid.uuid4().hex[:24]}", "type": "function",
             "function": {"name": c["name"], "arguments": json.dumps(c["args"], ensure_ascii=False)}}
            for c in message.tool_calls]


def _usage(message: AIMessage) -> dict:
    u: dict = dict(message.usage_metadata or {})
    return {"prompt_tokens": u.get("input_tokens", 0), "completion_tokens": u.get("output_tokens", 0),
            "total_tokens": u.get("total_tokens", 0)}


def alu_of(message: AIMessage, evidence: bool) -> dict:
    """How the reply was produced: the decision, what was withheld and why in kind; never which target."""
    meta = message.response_metadata
    flagged = meta.get("flagged", [])
    fields = {"decision": meta.get("decision", "untouched"), "thread_id": None,
              "flagged": flagged if evidence else [{"how": e["how"], "where": e["where"]} for e in flagged],
              "withheld_tool_calls": meta.get("withheld_tool_calls", [])}
    if meta.get("refused"):
        fields["refused"] = meta["refused"]
    return fields


def tool_completion(cid: str, model: str, message: AIMessage, evidence: bool) -> dict:
    calls, refusal = _calls(message), message.additional_kwargs.get("refusal")
    reply: dict[str, Any] = {"role": "assistant", "content": None if refusal else message.text, "refusal": refusal}
    if calls:
        reply["tool_calls"] = calls
    return {"id": cid, "object": "chat.completion", "created": int(time.time()), "model": model,
            "choices": [{"index": 0, "message": reply, "finish_reason": "tool_calls" if calls else "stop",
                         "logprobs": None}],
            "usage": _usage(message), "alu": alu_of(message, evidence)}


def tool_chunks(cid: str, model: str, message: AIMessage, evidence: bool, usage: bool,
                pieces: list[str]) -> Iterator[str]:
    """The verified reply as server-sent events: text pieces, then tool calls or a refusal, then the end."""
    def event(delta: dict, finish: str | None = None, **extra: Any) -> str:
        body = {"id": cid, "object": "chat.completion.chunk", "created": int(time.time()), "model": model,
                "choices": [{"index": 0, "delta": delta, "finish_reason": finish, "logprobs": None}], **extra}
        return f"data: {json.dumps(body, ensure_ascii=False)}\n\n"

    yield event({"role": "assistant", "content": ""})
    for piece in pieces:
        yield event({"content": piece})
    calls, refusal = _calls(message), message.additional_kwargs.get("refusal")
    if calls:
        yield event({"tool_calls": [{"index": i, **c} for i, c in enumerate(calls)]})
    if refusal:
        yield event({"refusal": refusal})
    yield event({}, "tool_calls" if calls else "stop", alu=alu_of(message, evidence))
    if usage:
        yield usage_event(cid, model, _usage(message))
    yield "data: [DONE]\n\n"


def usage_event(cid: str, model: str, usage: dict) -> str:
    """The chunk `stream_options.include_usage` asks for: usage over the whole request, no choices."""
    body = {"id": cid, "object": "chat.completion.chunk", "created": int(time.time()), "model": model,
            "choices": [], "usage": usage}
    return f"data: {json.dumps(body)}\n\n"
