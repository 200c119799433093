"""The graph's typed state: what one query carries from node to node."""

from __future__ import annotations

from typing import Annotated

from typing_extensions import NotRequired, TypedDict  # pydantic builds Studio's input form from these

from langchain_core.messages import AnyMessage
from langgraph.graph.message import add_messages


class Evidence(TypedDict):
    """Why a target was flagged: where, how strongly, against which index version."""

    target_id: str
    name: str
    how: str             # exact | obfuscated | reversed | base64 | semantic | adjudicated
    where: str           # response | query
    span: list[int] | None
    text: str            # the matched text (a name, or the sentence that matched semantically)
    score: float         # 1.0 for lexical hits, cosine similarity for semantic ones
    index_version: int


class Step(TypedDict):
    """One node's decision, for traces, the CLI and the audit log."""

    node: str
    decision: str
    why: str
    ms: float
    llm_calls: int


class InputState(TypedDict):
    messages: Annotated[list[AnyMessage], add_messages]
    response: NotRequired[str | None]   # guard mode: a ready answer from any other system


class OutputState(TypedDict):
    messages: Annotated[list[AnyMessage], add_messages]
    answer: str
    flagged: list[Evidence]
    decision: str                      # untouched | rewritten | repaired | refused
    index_version: int
    steps: list[Step]
    llm_calls: int


class UnlearnState(InputState):
    answer: str
    decision: str
    flagged: list[Evidence]
    candidates: list[Evidence]          # semantic-only candidates awaiting adjudication
    index_version: int
    variants: list[str]
    scores: list[float]
    draft: str                          # the composed text awaiting verification
    attempts: int                       # erase rounds so far
    replace_id: str | None              # guard mode on a chat: id of the AI message under audit
    # per-query records: respond starts them afresh, so earlier turns of a thread do not leak in
    steps: list[Step]
    llm_calls: int
