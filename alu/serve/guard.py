"""`alu.guard(runnable)`: any chain or LCEL pipeline, with its output verified before anyone sees it.

    safe = alu.guard(prompt | llm | StrOutputParser(), home="~/.alu")
    safe.invoke({"question": "..."})

The runnable runs out of sight of the caller's callbacks and stream modes (only the operator's
callbacks see it: `alu.graph.limits.operator_callbacks`); its output then goes through the graph's
guard mode.  Text and messages come back verified (repaired or refused as any answer would be),
a message's tool calls pass untouched or are withheld, and structured output (a dict or a pydantic
object) passes whole or raises `Withheld`.  Streaming yields the verified output once, whole.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Iterator
from typing import Any

from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, convert_to_messages
from langchain_core.prompt_values import PromptValue
from langchain_core.runnables import Runnable, RunnableConfig, RunnableLambda
from langchain_core.runnables.config import ensure_config, var_child_runnable_config
from pydantic import BaseModel

from alu.graph.limits import OPERATOR_CALLBACKS
from alu.serve.chat_model import UnlearningChatModel
from alu.serve.verified import STRUCTURED, Withheld, audit_text, passes, strings_in, verify_message

TAG_NOSTREAM = "nostream"  # LangGraph's tag for runs whose tokens no stream mode may carry


@contextlib.contextmanager
def unseen() -> Iterator[None]:
    """Runs started in this block report only to the operator's callbacks and never to a stream mode.

    The rest of the current config (a graph's own keys, which inner code may read) is kept."""
    config = ensure_config(var_child_runnable_config.get())
    handlers = OPERATOR_CALLBACKS.get()
    quiet = {**config, "callbacks": list(handlers) if handlers else None,
             "tags": [*config.get("tags", []), TAG_NOSTREAM]}
    token = var_child_runnable_config.set(quiet)  # type: ignore[arg-type]
    try:
        yield
    finally:
        var_child_runnable_config.reset(token)


def conversation_for(value: Any) -> list[BaseMessage]:
    """The conversation a runnable's input stands for: what the user said, as guard mode reads it."""
    if isinstance(value, PromptValue):
        return value.to_messages()
    if isinstance(value, BaseMessage):
        return [value]
    if isinstance(value, list):
        return list(convert_to_messages(value))
    if isinstance(value, dict):
        if isinstance(value.get("messages"), list):
            return list(convert_to_messages(value["messages"]))
        return [HumanMessage(content="\n".join(strings_in(value)) or "(no question)")]
    return [HumanMessage(content=str(value))]


def settle(unlearner: UnlearningChatModel, value: Any, output: Any) -> Any:
    """The runnable's output as it may leave (verified text or message, or structured output that passes)."""
    conversation = conversation_for(value)
    if isinstance(output, str):
        return audit_text(unlearner, conversation, output)["answer"]
    if isinstance(output, AIMessage):
        return verify_message(unlearner, conversation, output)
    if isinstance(output, BaseMessage):
        result = audit_text(unlearner, conversation, output.text)
        return output.model_copy(update={"content": result["answer"]})
    if isinstance(output, (dict, BaseModel)):
        if passes(unlearner, conversation, strings_in(output)):
            return output
        raise Withheld(f"structured output {STRUCTURED}")
    raise TypeError(f"guard() verifies text, messages and structured output; the runnable returned "
                    f"{type(output).__name__}")


def _inner(config: RunnableConfig) -> RunnableConfig:
    # the caller's settings reach the runnable; its callbacks do not (they come from unseen())
    return {k: v for k, v in config.items() if k not in ("callbacks", "run_id", "run_name")}  # type: ignore[return-value]


def guard(runnable: Runnable, unlearner: UnlearningChatModel | None = None, **settings: Any) -> Runnable:
    """`runnable` with its output verified against the registered targets.

    unlearner: a ready `UnlearningChatModel` (its respondent is never called); or `home=`, `store=`,
    `context=`, `models=` to build one, as for the drop-in.
    """
    unlearner = unlearner or UnlearningChatModel(**settings)

    def run(value: Any, config: RunnableConfig) -> Any:
        with unseen():
            output = runnable.invoke(value, _inner(config))
        return settle(unlearner, value, output)

    async def arun(value: Any, config: RunnableConfig) -> Any:
        with unseen():
            output = await runnable.ainvoke(value, _inner(config))
        return await asyncio.to_thread(settle, unlearner, value, output)  # the graph's nodes are synchronous

    return RunnableLambda(run, arun, name="alu_guard")
