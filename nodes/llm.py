"""Calling the agents' models: isolated from the caller's streams, validated, retried.

Internal calls (auditor, eraser, critic, composer, and the respondent before verify) run in an
empty context: the caller's callbacks, tracers and LangGraph's `messages` stream never see
their unverified text.  Only verified text is released (see nodes/release.py).
"""

from __future__ import annotations

import contextvars
import json
import re
from collections.abc import Callable, Iterator, Sequence
from typing import Any, Generic, NamedTuple, TypeVar, cast

from langchain_core.messages import AIMessage, BaseMessage, BaseMessageChunk, HumanMessage, SystemMessage
from langchain_core.runnables import RunnableConfig
from pydantic import BaseModel, ValidationError

from alu.graph.limits import CALL_LIMIT, OPERATOR_CALLBACKS, CallLimit, CallLimitReached
from alu.graph.private import Private, RunCancelled
from alu.graph.resources import RoleModel
from alu.models import ModelError
from alu.nodes.messages import text_of
from alu.nodes.prompts import STRUCTURED_SUFFIX

M = TypeVar("M", bound=BaseModel)
Reply = TypeVar("Reply")


def _call_context(record: Private | None) -> tuple[contextvars.Context, RunnableConfig]:
    """An empty context (no caller callbacks) bounded by the query's limits, and the call's config:
    the operator's own callbacks, when in-process operator code asked for them."""
    handlers = OPERATOR_CALLBACKS.get()
    context = contextvars.Context()
    if record is not None:
        context.run(CALL_LIMIT.set, CallLimit(record.deadline, record.cancel))
    return context, RunnableConfig(callbacks=list(handlers)) if handlers else RunnableConfig()


def _isolated(record: Private | None, fn: Callable[[Sequence[BaseMessage], RunnableConfig | None], Reply],
              messages: Sequence[BaseMessage]) -> Reply:
    context, config = _call_context(record)
    return context.run(fn, messages, config or None)


def _count_usage(record: Private | None, message: BaseMessage) -> None:
    usage = getattr(message, "usage_metadata", None)
    if record is not None and usage:
        for key in ("input_tokens", "output_tokens", "total_tokens"):
            record.usage[key] = record.usage.get(key, 0) + int(usage.get(key, 0) or 0)


def _failure(rm: RoleModel, e: Exception) -> ModelError:
    return ModelError(f"the {rm.role} model ({rm.spec}) failed: {type(e).__name__}: {e}")


def call_model(rm: RoleModel, messages: list[BaseMessage], record: Private | None = None) -> AIMessage:
    """Invoke a role's model; failures become one clear ModelError naming the role and model."""
    try:
        reply = _isolated(record, rm.model.invoke, messages)
    except (ModelError, CallLimitReached):
        raise
    except Exception as e:  # network, auth, server errors differ per provider
        raise _failure(rm, e) from e
    _count_usage(record, reply)
    return reply


def stream_model(rm: RoleModel, messages: Sequence[BaseMessage], record: Private | None = None) -> Iterator[str]:
    """The role's answer as text pieces, as the model produces them (isolated, like call_model)."""
    context, config = _call_context(record)
    try:
        chunks = context.run(rm.model.stream, messages, config or None)
        total: BaseMessageChunk | None = None
        while True:
            try:
                chunk = context.run(next, chunks)
            except StopIteration:
                break
            total = chunk if total is None else total + chunk
            if record is not None and record.cancel is not None and record.cancel.is_set():
                context.run(getattr(chunks, "close", lambda: None))  # stops the generation (llama.cpp, HTTP)
                raise RunCancelled("the client cancelled this query")
            if chunk.content:
                yield text_of(chunk)
    except CallLimitReached:  # the respondent ran out of time: what it wrote so far is the answer
        if record is not None and record.cancel is not None and record.cancel.is_set():
            raise RunCancelled("the client cancelled this query") from None
    except (ModelError, RunCancelled):
        raise
    except Exception as e:
        raise _failure(rm, e) from e
    if total is not None and getattr(total, "usage_metadata", None):
        _count_usage(record, total)
    elif total is not None and hasattr(rm.model, "count_tokens"):  # a backend that reports no usage
        prompt = sum(rm.model.count_tokens(text_of(m)) for m in messages)
        answer = rm.model.count_tokens(text_of(total))
        _count_usage(record, AIMessage(content="", usage_metadata={
            "input_tokens": prompt, "output_tokens": answer, "total_tokens": prompt + answer}))


class Structured(NamedTuple, Generic[M]):
    value: M | None   # None: every attempt was malformed; callers then take a safe path
    calls: int
    error: str


_JSON_OBJECT = re.compile(r"\{.*\}", re.S)


def _parse(schema: type[M], text: str) -> M:
    match = _JSON_OBJECT.search(text or "")
    if not match:
        raise ValueError("no JSON object in the reply")
    return schema.model_validate_json(match.group())


def ask_structured(rm: RoleModel, schema: type[M], system: str, user: str, retries: int,
                   record: Private | None = None) -> Structured[M]:
    """Ask a role's model for a `schema` object, validated here in every case, retried when malformed.

    Backends with native structured output (OpenAI's json_schema, llama.cpp's grammar through
    the embedded model's own `with_structured_output`) get the schema enforced; any other model
    gets it in the prompt and its reply is parsed and validated all the same.
    """
    messages: list[BaseMessage] = [
        SystemMessage(system + STRUCTURED_SUFFIX + json.dumps(schema.model_json_schema())), HumanMessage(user)]
    try:
        native = rm.model.with_structured_output(schema, include_raw=True)
    except (NotImplementedError, TypeError, ValueError):
        native = None
    error = ""
    for attempt in range(retries + 1):
        try:
            if native is not None:
                # include_raw: always a dict of raw, parsed and parsing_error, which the Runnable's type does not say
                out = cast("dict[str, Any]", _isolated(record, native.invoke, messages))
                _count_usage(record, out["raw"])
                if out.get("parsed") is not None:
                    return Structured(schema.model_validate(out["parsed"]), attempt + 1, "")
                raise ValueError(str(out.get("parsing_error") or "no parsed output"))
            return Structured(_parse(schema, text_of(call_model(rm, messages, record))), attempt + 1, "")
        except ValidationError as e:  # pydantic's first line says only "1 validation error for X"
            error = "; ".join(f"{'.'.join(map(str, err['loc'])) or 'reply'}: {err['msg']}" for err in e.errors()[:3])
        except ValueError as e:
            error = str(e).splitlines()[0] if str(e) else type(e).__name__
        except CallLimitReached as e:  # the safe path settles the answer
            return Structured(None, attempt + 1, str(e))
        except ModelError:
            raise
        except Exception as e:
            raise _failure(rm, e) from e
    return Structured(None, retries + 1, error)
