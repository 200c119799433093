"""ALU as agent middleware for LangChain's `create_agent`.

    agent = create_agent(model, tools=[...], middleware=[UnlearningMiddleware(home="~/.alu")])

Every message the agent's model produces is verified before it enters the agent's state: its text
goes through the graph's guard mode (audit, verify, repair: the same guarantee as any answer), each
tool call runs only if its arguments pass untouched, and structured output (`response_format`) is
kept only if its string fields pass.  Tool results are verified too before the model reads them
(a tool can return a forgotten target's name as easily as a model can write it).  The final answer
is checked once more when the agent ends, so a message another middleware put there is covered too.

The model call itself runs out of sight of the caller's callbacks and stream modes (tagged
`nostream`, with only the operator's callbacks: `alu.graph.limits.operator_callbacks`), so
`agent.stream(..., stream_mode="messages")` carries verified messages, never the raw tokens.  Put
this middleware first in the list, so that it wraps every other one.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

from langchain.agents.middleware import AgentMiddleware, AgentState, ModelRequest, ModelResponse
from langchain_core.messages import AIMessage, BaseMessage, ToolMessage

from alu.nodes.messages import text_of
from alu.serve.chat_model import UnlearningChatModel
from alu.serve.guard import unseen
from alu.serve.verified import STRUCTURED, audit_text, passes, strings_in, verify_message


class UnlearningMiddleware(AgentMiddleware):
    """Verifies every model message of a `create_agent` agent against the registered targets.

    unlearner: a ready `UnlearningChatModel` whose registry and settings audit the agent (its
        respondent is never called); or give `home` / `store` / `context` / `models` / `target_set` to build one
        (`target_set`: the tenant whose targets are checked and whose refusal message is sent).
    """

    def __init__(self, unlearner: UnlearningChatModel | None = None, *, home: str | None = None,
                 store: Any = None, context: Any = None, models: dict | None = None,
                 target_set: str | None = None) -> None:
        super().__init__()
        self.unlearner = unlearner or UnlearningChatModel(home=home, store=store, context=context,
                                                          models=models or {}, target_set=target_set)

    def wrap_model_call(self, request: ModelRequest, handler: Callable[[ModelRequest], ModelResponse]) -> Any:
        with unseen():
            response = handler(request)
        return self.verify(request.messages, response)

    async def awrap_model_call(self, request: ModelRequest,
                               handler: Callable[[ModelRequest], Awaitable[ModelResponse]]) -> Any:
        with unseen():
            response = await handler(request)
        return await asyncio.to_thread(self.verify, request.messages, response)  # the graph's nodes are sync

    def wrap_tool_call(self, request: Any, handler: Callable[[Any], Any]) -> Any:
        with unseen():  # the tools stream mode would carry the raw result
            result = handler(request)
        return self.verify_tool_result(request.state, result)

    async def awrap_tool_call(self, request: Any, handler: Callable[[Any], Awaitable[Any]]) -> Any:
        with unseen():
            result = await handler(request)
        return await asyncio.to_thread(self.verify_tool_result, request.state, result)

    def verify_tool_result(self, state: Any, result: Any) -> Any:
        """A tool's result as the model (and the agent's state) may hold it: verified like an answer,
        so a forgotten target a tool returns is neither used by the model nor shown in the state."""
        if not isinstance(result, ToolMessage) or not result.text.strip():
            return result  # a Command is the tool's own state update; an empty result says nothing
        messages = state.get("messages", []) if isinstance(state, dict) else []
        verified = audit_text(self.unlearner, messages, result.text)["answer"]
        return result if verified == result.text else result.model_copy(update={"content": verified})

    def after_agent(self, state: AgentState, runtime: Any) -> dict[str, Any] | None:
        """The final answer once more, whoever wrote it; a message already verified passes unchanged."""
        messages = state["messages"]
        last = messages[-1] if messages else None
        if not isinstance(last, AIMessage) or last.tool_calls or not text_of(last).strip():
            return None
        verified = verify_message(self.unlearner, messages[:-1], last)
        if verified.text == text_of(last):
            return None
        return {"messages": [verified]}  # same id: it replaces the unverified one

    async def aafter_agent(self, state: AgentState, runtime: Any) -> dict[str, Any] | None:
        return await asyncio.to_thread(self.after_agent, state, runtime)

    def verify(self, conversation: Sequence[BaseMessage], response: ModelResponse) -> ModelResponse:
        """The response as it may enter the agent's state."""
        structured = response.structured_response
        if structured is not None and not passes(self.unlearner, conversation, strings_in(structured)):
            first = next((m for m in response.result if isinstance(m, AIMessage)), None)
            refusal = AIMessage(content=self.unlearner.refusal(), id=first.id if first else None,
                                response_metadata={"alu": {"decision": "refused", "refused": STRUCTURED}})
            return ModelResponse(result=[refusal], structured_response=None)
        out: list[BaseMessage] = []
        for message in response.result:
            if isinstance(message, AIMessage):
                message = verify_message(self.unlearner, conversation, message)
            out.append(message)
        kept = {c["id"] for m in out if isinstance(m, AIMessage) for c in m.tool_calls}
        # a structured-output call that was withheld takes its "returning structured response" note along
        out = [m for m in out if not isinstance(m, ToolMessage) or m.tool_call_id in kept]
        return ModelResponse(result=out, structured_response=structured)
