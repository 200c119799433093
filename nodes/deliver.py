"""deliver: the one exit.  Every answer leaves the graph here, and only verified text does.

It publishes the final answer as the conversation's next AI message (in place of the audited
message in guard mode on a chat), says how it was produced without naming any target (unless
the operator asked for full evidence), writes the audit log, and closes the private record.
"""

from __future__ import annotations

import uuid

from langchain_core.messages import AIMessage
from langgraph.runtime import Runtime

from alu.graph.context import UnlearnContext
from alu.graph.private import close_record
from alu.graph.state import Decision, Outcome, UnlearnState
from alu.nodes.audit_log import write_audit_log
from alu.nodes.evidence import public
from alu.nodes.records import begin, record

DECISIONS: dict[Outcome, Decision] = {"clean": "untouched", "passed": "rewritten", "composed": "rewritten",
                                      "repaired": "repaired", "refuse": "refused"}


def deliver(state: UnlearnState, runtime: Runtime[UnlearnContext]) -> dict:
    t0, ctx, private = begin(state, runtime)
    decision = DECISIONS[state["outcome"]]
    answer, released = private.final, state.get("released", "")
    if released and not answer.startswith(released):
        answer = released  # never contradict verified text a streaming client already holds
    if state.get("replace_id"):
        message_id = state["replace_id"]
    elif answer == released and state.get("answer_id"):
        message_id = state["answer_id"]  # the streamed message, complete: not sent twice
    else:
        message_id = f"alu-{uuid.uuid4().hex}"
    step = record("deliver", t0, "delivered", f"{decision}; {len(answer)} characters", decision=decision)
    steps = [*state.get("steps", []), *step["steps"]]
    if ctx.audit_log:
        write_audit_log(ctx, private, decision, answer, state.get("index_version"), steps, state.get("llm_calls", 0))
    flagged = private.evidence if ctx.evidence == "full" else public(private.evidence)
    close_record(state)
    return step | {"answer": answer, "decision": decision, "flagged": flagged, "usage": dict(private.usage),
                   "messages": [AIMessage(content=answer, id=message_id)], "replace_id": None}
