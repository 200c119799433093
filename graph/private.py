"""A query's private record: unverified drafts and full evidence, kept out of graph state.

LangGraph shows a client everything in state (every stream mode, thread state, each
checkpoint), so text that has not passed verify must never be written there.  Instead the
first node of a query opens a `Private` record in this process and writes only its opaque
handle to state; the nodes read and update the record through the handle, and the exit node
closes it.  One mechanism covers every channel: what is not in state cannot be streamed,
checkpointed or returned.

Records live in memory only, so a run interrupted in the middle cannot be resumed in another
process (it is run again).  Abandoned records (a run that failed) expire after `TTL_SECONDS`.
"""

from __future__ import annotations

import contextvars
import hashlib
import json
import secrets
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from langchain_core.messages import AIMessage, BaseMessage

from alu.graph.state import Evidence

TTL_SECONDS = 15 * 60
MAX_RECORDS = 10_000


class RunCancelled(RuntimeError):
    """The client went away: the run stops instead of computing an answer nobody will read."""


# set by a server around a run; a set event cancels it at the next model token or node
CANCEL: contextvars.ContextVar[threading.Event | None] = contextvars.ContextVar("alu_cancel", default=None)


class ConversationChanged(RuntimeError):
    """The thread's turns were edited after the answer was written (a state write during an interrupt):
    audit would judge another conversation than the one that produced the answer."""


def conversation_digest(messages: Sequence[BaseMessage]) -> str:
    """A digest of every turn but the assistant's (which the graph itself replaces): ids and text."""
    digest = hashlib.sha256()
    for m in messages:
        if not isinstance(m, AIMessage):
            digest.update(json.dumps([m.type, m.id, m.content], ensure_ascii=False, default=str).encode())
    return digest.hexdigest()


class ExpiredRecord(RuntimeError):
    """The handle in state points to no record (another process, or expired): run the query again."""


@dataclass
class Private:
    question: str = ""
    conversation: str = ""             # conversation_digest of the turns the response answers
    response: str = ""                 # the vanilla (or supplied) answer under audit
    evidence: list[Evidence] = field(default_factory=list)
    uncertain: list[Evidence] = field(default_factory=list)   # semantic-only candidates for the auditor
    variants: list[str] = field(default_factory=list)
    scores: list[float] = field(default_factory=list)
    draft: str = ""                    # the composed text awaiting verification
    final: str = ""                    # the verified answer the exit node publishes
    deadline: float = float("inf")     # time.monotonic() by which the answer must be settled
    usage: dict[str, int] = field(default_factory=dict)        # tokens over every LLM call of the query
    context: list[str] = field(default_factory=list)  # the conversation's texts as the respondent saw them
    checked: int = 0                   # characters of `response` already checked (and released) sentence by sentence
    opened: float = field(default_factory=time.monotonic)
    cancel: threading.Event | None = field(default_factory=CANCEL.get)

    def late(self) -> bool:
        """Past the deadline: settle the answer deterministically.  Cancelled: stop altogether."""
        if self.cancel is not None and self.cancel.is_set():
            raise RunCancelled("the client cancelled this query")
        return time.monotonic() > self.deadline


_RECORDS: dict[str, Private] = {}
_LOCK = threading.Lock()


def open_record(**values) -> tuple[str, Private]:
    handle = "private:" + secrets.token_hex(12)
    record = Private(**values)
    now = time.monotonic()
    with _LOCK:
        for old in [h for h, r in _RECORDS.items() if now - r.opened > TTL_SECONDS]:
            del _RECORDS[old]
        while len(_RECORDS) >= MAX_RECORDS:
            del _RECORDS[next(iter(_RECORDS))]
        _RECORDS[handle] = record
    return handle, record


def record_of(state: Mapping[str, Any]) -> Private:
    handle = state.get("private") or ""
    with _LOCK:
        record = _RECORDS.get(handle)
    if record is None:
        raise ExpiredRecord("this query's private record is gone (run resumed in another process, or expired); "
                            "send the query again")
    if record.conversation and conversation_digest(state.get("messages") or []) != record.conversation:
        close_record(state)
        raise ConversationChanged("the conversation was edited after its answer was written; nothing from this "
                                  "run is published: send the query again")
    return record


def find_record(handle: str | None) -> Private | None:
    """The record behind a handle, without the checks of `record_of`: for reporting its counts only."""
    with _LOCK:
        return _RECORDS.get(handle or "")


def close_record(state: Mapping[str, Any]) -> None:
    with _LOCK:
        _RECORDS.pop(state.get("private") or "", None)


def open_records() -> int:
    with _LOCK:
        return len(_RECORDS)
