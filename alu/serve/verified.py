"""Verified model messages: text, tool calls and structured output, through the graph's guard mode.

Everything a model produces outside the graph (an agent's turn, a chain's output, a respondent
bound to tools or to a response format) is audited by running the unlearning graph on it in guard
mode (`UnlearningChatModel.run(messages, response=...)`): the same audit, verify and repair as any
answer.  Text comes back as verified.  Tool-call arguments and structured fields cannot be
repaired without changing what a tool or a parser receives, so they pass untouched or not at all:
a call whose arguments name or concern a forgotten target is withheld, and structured output that
does is refused.  Reasons say what was withheld and in kind why, never which target.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from langchain_core.messages import AIMessage, BaseMessage, HumanMessage
from pydantic import BaseModel

from alu.nodes.messages import text_of
from alu.nodes.respond import InputError

if TYPE_CHECKING:
    from alu.serve.chat_model import UnlearningChatModel

WITHHELD = "withheld: its arguments name or concern a forgotten target"
TOO_LONG = "withheld: its arguments are too long to audit"
STRUCTURED = "refused: a field of the structured output names or concerns a forgotten target"
NOT_JSON = "refused: the output is not JSON and does not pass the audit as text"
# how far each decision is from the untouched answer: a message's decision is its worst part's
_RANK = {"untouched": 0, "rewritten": 1, "repaired": 2, "refused": 3}


class Withheld(ValueError):
    """Output that could not be released (structured fields or the only tool call named a target)."""


def strings_in(value: Any) -> list[str]:
    """Every string inside a JSON-like value or pydantic model (keys are the schema's, not the model's)."""
    if isinstance(value, BaseModel):
        value = value.model_dump(mode="json")
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in strings_in(v)]
    if isinstance(value, (list, tuple)):
        return [s for v in value for s in strings_in(v)]
    return []


def conversation_of(messages: Sequence[BaseMessage]) -> list[BaseMessage]:
    """The conversation an output answers; guard mode needs a user turn, so a bare prompt becomes one."""
    messages = list(messages)
    if any(isinstance(m, HumanMessage) for m in messages):
        return messages
    text = "\n".join(text_of(m) for m in messages if text_of(m).strip())
    return [*messages, HumanMessage(content=text or "(no question)")]


def audit_text(unlearner: UnlearningChatModel, messages: Sequence[BaseMessage], text: str) -> dict:
    """The graph's output state for `text` as the answer to `messages` (guard mode, stateless)."""
    return unlearner.run(conversation_of(messages), response=text)


def flags(unlearner: UnlearningChatModel, messages: Sequence[BaseMessage], strings: list[str]) -> list[dict] | None:
    """None when values that cannot be repaired (tool arguments, structured fields) may pass as they are;
    otherwise the flags that stop them (as much evidence as the context lets a caller see)."""
    text = "\n".join(s for s in strings if s.strip())
    if not text:
        return None
    result = audit_text(unlearner, messages, text)
    return None if result["decision"] == "untouched" else list(result.get("flagged", []))


def passes(unlearner: UnlearningChatModel, messages: Sequence[BaseMessage], strings: list[str]) -> bool:
    return flags(unlearner, messages, strings) is None


def check_calls(unlearner: UnlearningChatModel, messages: Sequence[BaseMessage],
                calls: Sequence[Any]) -> tuple[list[Any], list[dict], list[dict]]:
    """(calls that may run, withheld calls as {id, name, reason}, their flags): arguments pass untouched
    or not at all."""
    kept, withheld, flagged = [], [], []
    for call in calls:
        try:
            found, reason = flags(unlearner, messages, strings_in(call.get("args"))), WITHHELD
        except InputError:  # longer than the audit accepts: not audited, so not released
            found, reason = [], TOO_LONG
        if found is None:
            kept.append(call)
        else:
            flagged += found
            withheld.append({"id": call.get("id"), "name": call.get("name"), "reason": reason})
    return kept, withheld, flagged


def worst(*decisions: str) -> str:
    return max(decisions, key=_RANK.__getitem__, default="untouched")


def verify_message(unlearner: UnlearningChatModel, messages: Sequence[BaseMessage], message: AIMessage,
                   json_output: bool = False) -> AIMessage:
    """`message` as it may leave: verified text, the tool calls that pass, and why the others did not.

    json_output: the text is structured output (a response format), so it passes whole or is refused;
    a refusal then sits in `additional_kwargs["refusal"]` with empty content, as OpenAI reports one.
    """
    text = text_of(message)
    meta: dict[str, Any] = {"decision": "untouched", "flagged": []}
    content, extra = text, dict(message.additional_kwargs)
    if json_output and text.strip():
        content, refusal = _json_content(unlearner, messages, text)
        if refusal:
            content, extra["refusal"] = "", unlearner.refusal()
            meta |= {"decision": "refused", "refused": refusal}
    elif text.strip():
        result = audit_text(unlearner, messages, text)
        content = result["answer"]
        meta |= {"decision": result["decision"], "flagged": result.get("flagged", []),
                 "index_version": result.get("index_version")}
    kept, withheld, flagged = check_calls(unlearner, messages, message.tool_calls)
    if withheld:
        meta |= {"decision": "refused", "withheld_tool_calls": withheld, "flagged": [*meta["flagged"], *flagged]}
        if not kept and not content.strip() and "refusal" not in extra:
            content = unlearner.refusal()  # nothing else is left to say: the turn ends with the neutral answer
    extra.pop("tool_calls", None)  # the provider's raw copy of the calls (it would carry withheld arguments)
    return AIMessage(content=content, id=message.id, name=message.name, tool_calls=kept,
                     additional_kwargs=extra, usage_metadata=message.usage_metadata,
                     response_metadata={**message.response_metadata, "alu": meta})


def _json_content(unlearner: UnlearningChatModel, messages: Sequence[BaseMessage], text: str) -> tuple[str, str]:
    """(content, refusal reason or ''): JSON passes whole when its strings pass; other text when it is untouched."""
    try:
        strings = strings_in(json.loads(text))
    except json.JSONDecodeError:
        ok, why = audit_text(unlearner, messages, text)["decision"] == "untouched", NOT_JSON
    else:
        ok, why = passes(unlearner, messages, strings), STRUCTURED
    return (text, "") if ok else ("", why)


def withheld_reason(message: AIMessage) -> str | None:
    """Why a verified message lost its structured output or tool calls (None when nothing was withheld)."""
    meta = message.response_metadata
    meta = meta.get("alu") or meta  # the drop-in keeps its metadata at the top level
    if meta.get("refused"):
        return meta["refused"]
    calls = meta.get("withheld_tool_calls") or []
    return "; ".join(f"tool call {c['name']!r} {c['reason']}" for c in calls) or None
