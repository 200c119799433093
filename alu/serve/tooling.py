"""The drop-in with tools and response formats: the respondent answers, guard mode verifies.

The graph's respondent writes text only, so a call with tools or a response format asks the
respondent directly (isolated from the caller's callbacks, like every internal call) and then
runs the graph in guard mode on what it wrote (alu/serve/verified.py).  Nothing is streamed
before the whole message is verified: a tool call cannot be released in part.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage
from langchain_core.outputs import ChatGenerationChunk
from langchain_core.runnables import Runnable, RunnableLambda

from alu.graph.resources import RoleModel
from alu.nodes.llm import call_model
from alu.serve.verified import Withheld, verify_message, withheld_reason

if TYPE_CHECKING:
    from alu.serve.chat_model import UnlearningChatModel

RESPONSE_FORMATS = ("text", "json_object", "json_schema")


def _llama(model: Any) -> bool:
    return any(c.__name__ == "ChatLlamaCpp" for c in type(model).__mro__)


def response_format_for(model: Any, fmt: dict) -> dict:
    """An OpenAI response format as the respondent takes it (llama.cpp: a JSON-schema grammar)."""
    if not _llama(model):
        return fmt
    schema = (fmt.get("json_schema") or {}).get("schema")
    return {"type": "json_object", **({"schema": schema} if schema else {})}


def bound_respondent(unlearner: UnlearningChatModel, options: dict) -> RoleModel:
    """The respondent with the call's tools and response format bound, named as in errors."""
    role = unlearner._resources.model(unlearner.unlearn_context, "respondent")
    model: Any = role.model
    tools, choice = options.get("tools"), options.get("tool_choice")
    if tools and choice != "none":
        extra = {k: options[k] for k in ("parallel_tool_calls", "strict") if k in options}
        if choice not in (None, "auto"):
            extra["tool_choice"] = choice
        try:
            model = model.bind_tools(tools, **extra)
        except NotImplementedError:
            raise ValueError(f"the respondent ({role.spec}) cannot take tools") from None
    fmt = options.get("response_format")
    if fmt and fmt.get("type") != "text":
        model = model.bind(response_format=response_format_for(role.model, fmt))
    return RoleModel(role.role, model, role.spec)


def answer_with_tools(unlearner: UnlearningChatModel, messages: Sequence[BaseMessage], options: dict,
                      thread_id: str | None = None, response: str | None = None) -> AIMessage:
    """The respondent's message, verified: text audited, tool calls and JSON passing whole or withheld."""
    if thread_id is not None or response is not None:
        raise ValueError("tools and response formats are answered statelessly: thread_id and response "
                         "(guard mode) cannot be combined with them")
    fmt = options.get("response_format")
    if fmt is not None and (not isinstance(fmt, dict) or fmt.get("type") not in RESPONSE_FORMATS):
        raise ValueError(f"response_format must be an object whose type is one of {', '.join(RESPONSE_FORMATS)}")
    unlearner.prepare(list(messages))  # the same input checks as any query (a user turn, its length)
    reply = call_model(bound_respondent(unlearner, options), list(messages))
    verified = verify_message(unlearner, messages, reply, json_output=fmt is not None and fmt.get("type") != "text")
    alu = verified.response_metadata.pop("alu")
    verified.response_metadata = {"model_name": "alu", **alu}  # the drop-in's metadata shape
    return verified


def chunks_of(message: AIMessage, words_per_chunk: int = 1) -> Iterator[ChatGenerationChunk]:
    """A verified message as stream chunks: its text word by word, then its tool calls and metadata."""
    from alu.serve.chat_model import stream_pieces

    text = message.text
    for piece in stream_pieces(text, words_per_chunk) if text else []:
        yield ChatGenerationChunk(message=AIMessageChunk(content=piece, id=message.id))
    calls = [{"name": c["name"], "args": _json(c["args"]), "id": c["id"], "index": i, "type": "tool_call_chunk"}
             for i, c in enumerate(message.tool_calls)]
    yield ChatGenerationChunk(message=AIMessageChunk(
        content="", id=message.id, tool_call_chunks=calls, chunk_position="last",  # type: ignore[arg-type]
        additional_kwargs=message.additional_kwargs, response_metadata=message.response_metadata,
        usage_metadata=message.usage_metadata))


def _json(args: Any) -> str:
    import json

    return json.dumps(args, ensure_ascii=False)


def structured(unlearner: UnlearningChatModel, schema: Any, include_raw: bool, **kwargs: Any) -> Runnable:
    """BaseChatModel's tool-calling structured output, with a withheld call raised as Withheld."""
    method = kwargs.pop("method", "function_calling")
    if method != "function_calling":
        raise ValueError(f"structured output method {method!r} is not supported; use 'function_calling'")
    from langchain_core.language_models import BaseChatModel

    chain = BaseChatModel.with_structured_output(unlearner, schema, include_raw=True, **kwargs)

    def settle(out: dict) -> Any:
        reason = withheld_reason(out["raw"])
        error = Withheld(f"structured output {reason}") if reason else out.get("parsing_error")
        if include_raw:
            return {**out, "parsed": None, "parsing_error": error} if reason else out
        if error is not None:
            raise error
        return out["parsed"]

    return chain | RunnableLambda(settle, name="alu_settle")
