"""respond: the vanilla agent answers the conversation, or guard mode takes a ready answer."""

from __future__ import annotations

from langchain_core.messages import AIMessage, HumanMessage, SystemMessage
from langgraph.runtime import Runtime

from alu.graph.context import UnlearnContext
from alu.graph.resources import Resources
from alu.graph.state import UnlearnState
from alu.nodes.common import call_model, record, settings, started, text_of
from alu.nodes.evidence import leaking_texts
from alu.nodes.refuse import REFUSAL

HISTORY_ANSWERS = 20  # earlier answers re-checked per turn (bounded cost on long threads)


class InputError(ValueError):
    """The query itself is unusable (empty, too long, wrong shape)."""


FRESH_RUN = {"steps": [], "llm_calls": 0, "flagged": [], "candidates": [], "variants": [], "scores": [],
             "draft": "", "attempts": 0, "answer": "", "decision": "", "replace_id": None}


def check_input(state: UnlearnState, ctx: UnlearnContext) -> tuple[str, str | None]:
    """(latest user turn, supplied response or None), or InputError naming the problem."""
    messages = state.get("messages") or []
    if not messages:
        raise InputError("no messages: send at least one user message")
    users = [m for m in messages if isinstance(m, HumanMessage)]
    if not users:
        raise InputError("no user message in the conversation")
    question = text_of(users[-1])
    if not question.strip():
        raise InputError("the user message is empty")
    if len(question) > ctx.max_query_chars:
        raise InputError(f"the user message has {len(question)} characters; the limit is {ctx.max_query_chars}")
    response = state.get("response")
    if response is None and isinstance(messages[-1], AIMessage):
        response = text_of(messages[-1])  # guard mode on a chat: audit the thread's last answer
    if response is not None:
        if not isinstance(response, str):
            raise InputError("response must be a string")
        if len(response) > ctx.max_query_chars:
            raise InputError(f"the response has {len(response)} characters; the limit is {ctx.max_query_chars}")
    return question, response


def scrub_history(messages: list, store, ctx: UnlearnContext) -> list[AIMessage]:
    """Earlier answers that now leak a target (one added since they were given) are replaced, by id,
    so the thread never replays them and the respondent never sees them again."""
    earlier = [m for m in messages if isinstance(m, AIMessage)][-HISTORY_ANSWERS:]
    leaking = leaking_texts(store, [text_of(m) for m in earlier], ctx.flag_threshold)
    return [AIMessage(content=REFUSAL, id=m.id) for m, leaks in zip(earlier, leaking) if leaks]


def respond(state: UnlearnState, runtime: Runtime[UnlearnContext], *, res: Resources) -> dict:
    t0 = started()
    ctx = settings(runtime)
    _, supplied = check_input(state, ctx)
    fresh = {**state, **FRESH_RUN}
    last = state["messages"][-1]
    guarding_last = supplied is not None and state.get("response") is None and isinstance(last, AIMessage)
    history = state["messages"][:-1] if guarding_last else state["messages"]
    scrubbed = scrub_history(history, res.target_store(ctx), ctx) if ctx.method == "alu" else []
    note = f"; {len(scrubbed)} earlier answer(s) now leaking were replaced" if scrubbed else ""
    if supplied is not None:
        return FRESH_RUN | {"response": supplied, "replace_id": last.id if guarding_last else None,
                            "messages": scrubbed} | record(
            fresh, "respond", t0, "guard", "a ready response was supplied; the respondent was not called" + note)
    replaced = {m.id: m for m in scrubbed}
    conversation = [replaced.get(m.id, m) for m in state["messages"]
                    if isinstance(m, (SystemMessage, HumanMessage, AIMessage))]
    answer = call_model(res.model(ctx, "respondent"), conversation, role="respondent", spec=ctx.respondent_model)
    return FRESH_RUN | {"response": text_of(answer), "messages": scrubbed} | record(
        fresh, "respond", t0, "answered", "vanilla answer from the respondent" + note, calls=1)
