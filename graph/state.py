"""The graph's typed state: what one query carries from node to node.

Everything in this state is observable by a client of a deployed graph (stream modes, thread
state, checkpoints, run output), so it holds only verified text and nothing that identifies a
target.  Unverified drafts and full evidence live in the run's private record
(`alu.graph.private`), reachable from here only through the opaque `private` handle.
"""

from __future__ import annotations

from typing import Annotated, Literal

from langchain_core.messages import AnyMessage
from langgraph.graph.message import add_messages
from typing_extensions import NotRequired, TypedDict  # pydantic builds Studio's input form from these

How = Literal["exact", "obfuscated", "reversed", "base64", "encoded", "semantic", "adjudicated", "scope",
              "across_turns", "reference"]
Where = Literal["response", "query", "thread"]
Decision = Literal["untouched", "rewritten", "repaired", "refused"]
# what a node concluded; routers branch on this, never on the free-text step records
Outcome = Literal["answered", "clean", "leak", "redact", "written", "scored", "composed", "below_tau", "passed",
                  "retry",
                  "repaired", "refuse", "late", "delivered"]


class Evidence(TypedDict):
    """Why a target was flagged: where, how strongly, against which index version (operators only)."""

    target_id: str
    name: str
    how: How
    where: Where
    span: list[int] | None
    text: str            # the matched text (a name, or the sentence that matched semantically)
    score: float         # 1.0 for lexical hits, cosine similarity for semantic ones
    index_version: int


class PublicEvidence(TypedDict):
    """What a client may learn about a flag: that the answer was changed and why in kind, not who."""

    how: How
    where: Where


class Step(TypedDict):
    """One node's record, for people (traces, the CLI, the audit log); never read by routing.

    `why` says what happened in counts and kinds, never a target's name."""

    node: str
    decision: str
    why: str
    ms: float
    llm_calls: int


class Restart(TypedDict):
    """Written by the first node of a query: per-query records start afresh on a thread."""

    restart: list[Step]


def query_steps(left: list[Step] | None, right: list[Step] | Restart) -> list[Step]:
    """Reducer: append a node's steps; a Restart begins the next query's list."""
    if isinstance(right, dict):
        return list(right["restart"])
    return [*(left or []), *right]


class CallCount(TypedDict):
    restart: int


def query_calls(left: int | None, right: int | CallCount) -> int:
    """Reducer: add a node's LLM calls; a restart begins the next query's count."""
    if isinstance(right, dict):
        return right["restart"]
    return (left or 0) + right


class InputState(TypedDict):
    messages: Annotated[list[AnyMessage], add_messages]
    response: NotRequired[str | None]   # guard mode: a ready answer from any other system


class OutputState(TypedDict):
    messages: Annotated[list[AnyMessage], add_messages]
    answer: str
    decision: Decision
    flagged: list[PublicEvidence] | list[Evidence]   # full Evidence only where the operator asked for it
    index_version: int
    steps: Annotated[list[Step], query_steps]
    llm_calls: Annotated[int, query_calls]
    usage: dict[str, int]


class UnlearnState(InputState):
    answer: str
    decision: Decision
    flagged: list[PublicEvidence] | list[Evidence]
    index_version: int
    outcome: Outcome
    attempts: int                       # erase rounds so far
    replace_id: str | None              # guard mode on a chat: id of the AI message under audit
    answer_id: str | None               # id of the message the verified stream released text under
    released: str                       # verified text already released to a streaming client
    private: str                        # handle of this query's private record (drafts, full evidence)
    usage: dict[str, int]
    steps: Annotated[list[Step], query_steps]
    llm_calls: Annotated[int, query_calls]
