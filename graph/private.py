"""A query's private record: unverified drafts and full evidence, kept out of graph state.

LangGraph shows a client everything in state (every stream mode, thread state, each
checkpoint), so text that has not passed verify must never be written there.  Instead the
first node of a query opens a `Private` record and writes only its opaque handle to state;
the nodes read and update the record through the handle, and the exit node closes it.  One
mechanism covers every channel: what is not in state cannot be streamed, checkpointed or
returned.

Where records are kept (retrieval/private_records.py) follows whether the run can be resumed:

- A run on a thread (`thread_id` in its config: a checkpointer can resume it after an interrupt,
  a retry, a crash, in this process or another) keeps its record in the registry's database: a
  table in the registry's PostgreSQL when ALU_REGISTRY names one, else `private.sqlite` beside
  `targets.sqlite` in the home folder.  The record is written after every node that ran
  (nodes/records.py), so the draft a resumed run finds is the one its last finished node left.
- A run without a thread can never be resumed: its record stays in this process's memory.

A record is bound to the thread and checkpoint namespace that opened it (to the run, when there
is no thread): its handle used from anywhere else is refused exactly as a handle to nothing.
Records expire `TTL_SECONDS` after their last write; a live one is never evicted, and memory
refuses a new query (RecordsFull) while `MAX_RECORDS` are open.  A node that fails closes its
query's record (nodes/records.py); an interrupt keeps it for the resume.
"""

from __future__ import annotations

import contextvars
import hashlib
import json
import math
import secrets
import threading
import time
import weakref
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, fields
from functools import cached_property
from pathlib import Path
from typing import Any

from langchain_core.messages import AIMessage, BaseMessage
from langgraph.config import get_config
from langgraph.runtime import get_runtime

from alu.graph.state import Evidence
from alu.retrieval.backend import postgres_url
from alu.retrieval.private_records import RECORDS_FILE, MemoryRecords, RecordStore, database_records

TTL_SECONDS = 15 * 60  # after a record's last write; a run paused longer at an interrupt is sent again
MAX_RECORDS = 10_000  # live records one process holds in memory; the next query is refused, none evicted
NS_SEP = "|"  # between the levels of a checkpoint namespace (a subgraph's nodes are one level down)


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
    """The handle in state points to no record this run may read (closed, expired, or opened by another
    thread or run): send the query again."""


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
    cancel: threading.Event | None = field(default_factory=CANCEL.get)

    def late(self) -> bool:
        """Past the deadline: settle the answer deterministically.  Cancelled: stop altogether."""
        if self.cancel is not None and self.cancel.is_set():
            raise RunCancelled("the client cancelled this query")
        return time.monotonic() > self.deadline

    def dumps(self) -> str:
        """JSON another process can resume from: the deadline as the seconds left (a monotonic clock means
        nothing elsewhere, and time spent paused at an interrupt is not the query's), no cancel event."""
        data = {f.name: getattr(self, f.name) for f in fields(self) if f.name not in ("cancel", "deadline")}
        left = self.deadline - time.monotonic()
        data["seconds_left"] = left if math.isfinite(left) else None
        return json.dumps(data, ensure_ascii=False)

    @classmethod
    def loads(cls, text: str) -> Private:
        """A record from `dumps`; its deadline runs again from now, and the run's cancel event is this one's."""
        data = json.loads(text)
        left = data.pop("seconds_left", None)
        known = {f.name for f in fields(cls)} - {"cancel", "deadline"}
        record = cls(**{k: v for k, v in data.items() if k in known})
        record.deadline = float("inf") if left is None else time.monotonic() + left
        return record


MEMORY: MemoryRecords[Private] = MemoryRecords(MAX_RECORDS, TTL_SECONDS)


def records_for(home: str | Path, threaded: bool) -> RecordStore[Private]:
    """The store for a run: the registry's database when the run is on a thread, else this process's memory."""
    if not threaded:
        return MEMORY
    location = postgres_url() or Path(home).expanduser() / RECORDS_FILE
    return database_records(location, Private.loads, TTL_SECONDS)


# ---- which run a record belongs to ------------------------------------------------------------
_RUN_IDS: weakref.WeakKeyDictionary[Any, str] = weakref.WeakKeyDictionary()
_RUN_IDS_LOCK = threading.Lock()


def _run_id() -> str:
    """An id for a run without a thread: the run_id its caller gave, else one made for the run's stream
    writer (one object per run, shared by its nodes); held weakly, so an id is never reused."""
    runtime = get_runtime()
    info = getattr(runtime, "execution_info", None)
    if info is not None and info.run_id is not None:
        return str(info.run_id)
    writer = getattr(runtime, "stream_writer", None)
    if writer is None:
        return "no-run"
    with _RUN_IDS_LOCK:
        try:
            return _RUN_IDS.setdefault(writer, secrets.token_hex(12))
        except TypeError:  # not weakly referable: the object's id, while it lives
            return f"object-{id(writer)}"


def run_binding() -> tuple[str, bool]:
    """(what the current run's records are bound to, whether the run is on a thread).

    A thread's runs share its records (a resume is another run), within one checkpoint namespace: the
    graph's own, without the running node's task (the namespace's last level)."""
    try:
        config = get_config()
    except RuntimeError:  # outside a graph run
        return json.dumps(["outside a run"]), False
    conf = config.get("configurable") or {}
    namespace = str(conf.get("checkpoint_ns") or "").rpartition(NS_SEP)[0]
    thread = conf.get("thread_id")
    if thread is not None and str(thread) != "":
        return json.dumps(["thread", str(thread), namespace]), True
    return json.dumps(["run", _run_id(), namespace]), False


# ---- one node's use of records ------------------------------------------------------------------
@dataclass
class NodeRecords:
    """The records one node opened or read: written back when it finishes (nodes/records.py)."""

    binding: str
    locate: Callable[[], RecordStore[Private]]  # the store, found when first needed
    records: dict[str, Private] = field(default_factory=dict)
    closed: set[str] = field(default_factory=set)
    opened: bool = False  # the node began a query (respond)

    @cached_property
    def store(self) -> RecordStore[Private]:
        return self.locate()

    def write_back(self) -> None:
        for handle, record in self.records.items():
            if handle not in self.closed:
                self.store.put(handle, self.binding, record)

    def close_all(self) -> None:
        for handle in self.records:
            if handle not in self.closed:
                self.store.delete(handle, self.binding)
                self.closed.add(handle)


_NODE: contextvars.ContextVar[NodeRecords | None] = contextvars.ContextVar("alu_node_records", default=None)


@contextmanager
def node_records(home: Callable[[], str | Path]) -> Iterator[NodeRecords]:
    """Around one node: its records come from (and go back to) the store for this run, in `home()`."""
    binding, threaded = run_binding()
    node = NodeRecords(binding, lambda: records_for(home(), threaded))
    token = _NODE.set(node)
    try:
        yield node
    finally:
        _NODE.reset(token)


def _current() -> NodeRecords:
    node = _NODE.get()
    if node is None:  # a node called without the graph's wrapper: only memory is reachable
        node = NodeRecords(run_binding()[0], lambda: MEMORY)
    return node


def open_record(**values: Any) -> tuple[str, Private]:
    node = _current()
    handle = "private:" + secrets.token_hex(16)
    record = Private(**values)
    node.store.put(handle, node.binding, record)  # refused (RecordsFull) when memory holds MAX_RECORDS
    node.records[handle], node.opened = record, True
    return handle, record


def record_of(state: Mapping[str, Any]) -> Private:
    node = _current()
    handle = state.get("private") or ""
    record = None if handle in node.closed else node.records.get(handle)
    if record is None:
        held = node.store.get(handle) if handle and handle not in node.closed else None
        if held is None or held.binding != node.binding:  # another thread's handle looks like no handle
            raise ExpiredRecord("this query's private record is gone (finished, expired, or not this thread's); "
                                "send the query again")
        record = node.records[handle] = held.record
    if record.conversation and conversation_digest(state.get("messages") or []) != record.conversation:
        close_record(state)
        raise ConversationChanged("the conversation was edited after its answer was written; nothing from this "
                                  "run is published: send the query again")
    return record


def find_record(handle: str | None) -> Private | None:
    """The record behind a handle, without the checks of `record_of`: for reporting its counts only."""
    node = _NODE.get()  # only the records the running node holds: reporting never reads the store
    if node is None or not handle or handle in node.closed:
        return None
    return node.records.get(handle)


def close_record(state: Mapping[str, Any]) -> None:
    """Delete the record behind the state's handle, if this run may: another thread's is left alone."""
    node = _current()
    handle = state.get("private") or ""
    if handle:
        node.store.delete(handle, node.binding)
        node.closed.add(handle)


def open_records() -> int:
    """Records this process holds in memory (runs without a thread)."""
    return MEMORY.count()
