"""respond: the vanilla agent answers the conversation (or guard mode takes a ready answer).

The answer goes into the query's private record, never into state.  While the respondent
writes, each finished sentence that passes the deterministic checks is released to streaming
clients at once (nodes/release.py); the first sentence that does not pass stops the release.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Mapping
from typing import Any

from langchain_core.messages import AIMessage, AnyMessage, BaseMessage, HumanMessage, RemoveMessage, SystemMessage
from langgraph.runtime import Runtime

from alu.graph.context import UnlearnContext, context_for_run
from alu.graph.private import close_record, conversation_digest, open_record
from alu.graph.resources import Resources
from alu.graph.state import CallCount, Restart, UnlearnState
from alu.nodes.audit import HISTORY_TURNS
from alu.nodes.evidence import Store, clean_sentence, leaking_texts, turn_has_candidates
from alu.nodes.llm import stream_model
from alu.nodes.messages import conversation_texts, earlier_answers, latest_user_turn, text_of, user_turns
from alu.nodes.prompts import refusal_of
from alu.nodes.records import record, started
from alu.nodes.release import release

HISTORY_ANSWERS = 20  # earlier answers re-checked per turn (bounded cost on long threads)
CONTEXT_MESSAGES = 12  # messages of any role a back-reference is resolved against


class InputError(ValueError):
    """The query itself is unusable (empty, too long, wrong shape)."""


def check_input(state: Mapping[str, Any], ctx: UnlearnContext) -> tuple[str, str | None]:
    """(latest user turn, supplied response or None), or InputError naming the problem."""
    messages = state.get("messages") or []
    if not messages:
        raise InputError("no messages: send at least one user message")
    if not any(isinstance(m, HumanMessage) for m in messages):
        raise InputError("no user message in the conversation")
    question = latest_user_turn(messages)
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


def scrub_history(messages: list[AnyMessage], store: Store, ctx: UnlearnContext) -> list[AIMessage]:
    """Earlier answers that now leak a target (one added since they were given) are replaced, by id,
    so the thread never replays them and the respondent never sees them again."""
    earlier = [m for m in messages if isinstance(m, AIMessage)][-HISTORY_ANSWERS:]
    leaking = leaking_texts(store, [text_of(m) for m in earlier], ctx.flag_threshold)
    return [AIMessage(content=refusal_of(store), id=m.id) for m, leaks in zip(earlier, leaking) if leaks]


def respond(state: UnlearnState, runtime: Runtime[UnlearnContext], *, res: Resources) -> dict:
    t0 = started()
    ctx = context_for_run(runtime.context)
    question, supplied = check_input(state, ctx)
    store = res.snapshot(ctx)  # the query's one read of the registry version; later nodes take this snapshot
    last = state["messages"][-1]
    guarding_last = supplied is not None and state.get("response") is None and isinstance(last, AIMessage)
    history = state["messages"][:-1] if guarding_last else state["messages"]
    scrubbed = scrub_history(history, store, ctx) if ctx.method == "alu" else []
    note = f"; {len(scrubbed)} earlier answer(s) now leaking were replaced" if scrubbed else ""
    close_record(state)  # the thread's last query is over: a record its abandoned run left goes now
    # the context is taken before any scrubbing: a name an earlier answer gave is still what "him" refers to
    handle, private = open_record(question=question, deadline=time.monotonic() + ctx.deadline_s,
                                  conversation=conversation_digest(state["messages"]),
                                  context=conversation_texts(history, CONTEXT_MESSAGES))
    fresh: dict[str, Any] = {"private": handle, "response": None, "answer": "", "released": "", "attempts": 0,
             "flagged": [], "replace_id": last.id if guarding_last else None, "answer_id": None,
             "index_version": store.version()}
    if supplied is not None:
        private.response = supplied
        # the audited message leaves the thread now; the exit node puts the verified answer in its place
        removed: list[BaseMessage] = [RemoveMessage(id=last.id)] if guarding_last and last.id else []
        return fresh | {"messages": [*scrubbed, *removed]} | restart(
            t0, "a ready response was supplied; the respondent was not called" + note)
    replaced = {m.id: m for m in scrubbed}
    conversation = [replaced.get(m.id, m) for m in state["messages"]
                    if isinstance(m, (SystemMessage, HumanMessage, AIMessage))]
    version = store.version()
    gated = ctx.method != "alu" or turn_has_candidates(store, ctx, [*user_turns(conversation, HISTORY_TURNS),
                                                                   *private.context], version)
    earlier = earlier_answers(conversation, 4)
    answer_id = f"alu-{uuid.uuid4().hex}"

    def is_clean(text: str, start: int, end: int) -> bool:
        return not gated and clean_sentence(store, ctx, earlier, text, start, end, version)

    text, released = release(stream_model(res.model(ctx, "respondent"), conversation, private), is_clean,
                             answer_id)
    private.response, private.checked = text, released
    return fresh | {"messages": scrubbed, "released": text[:released], "answer_id": answer_id} | restart(
        t0, f"vanilla answer from the respondent; {released} of {len(text)} characters released as verified"
        + note, calls=1)


def restart(t0: float, why: str, calls: int = 0) -> dict:
    """A new query on a thread: its step records and call count start from this node's."""
    step = record("respond", t0, "answered", why, calls, decision="answered" if calls else "guard")
    return step | {"steps": Restart(restart=step["steps"]), "llm_calls": CallCount(restart=calls)}
