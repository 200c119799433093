"""What LangGraph Server replays passes verify against the registry of the moment it is read.

A thread's messages, its checkpoints (history), the state a run starts from and a fork of an old
checkpoint were all verified when they were written, against the targets registered then.  A
target registered later must not come back through them.  This ASGI middleware sits on every
route that returns thread content (/threads..., /runs..., /a2a, /mcp) and, for any caller but the operator,
checks each string of the JSON body or of each server-sent event against the current registry:
every form of a name the matcher knows, and, for text of a few words, closeness in meaning to a
target (the check `respond` applies to earlier answers).  A string that fails is withheld: it is
replaced by the neutral non-answer.  The operator (admin key) reads threads as stored.

Results are cached per registry version, so a history read again, or the same messages repeated in
every `values` event of a stream, costs one check per distinct text.
"""

from __future__ import annotations

import json
import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from alu.graph.context import UnlearnContext
from alu.nodes.evidence import Store, leaking_texts
from alu.nodes.prompts import REFUSAL, refusal_of
from alu.serve.langgraph_auth import ADMIN_KEY_ENV, matches, presented_key, tenant_sets

ROUTES = ("/threads", "/runs", "/a2a", "/mcp")  # the last two run the graph and read threads for other protocols
MIN_WORDS_FOR_MEANING = 3   # ids, roles, node names and single words are checked by name forms only
CACHE_SIZE = 50_000
WITHHELD = REFUSAL


class Verdicts:
    """Which texts leak at one registry version; forgets everything when the version moves."""

    def __init__(self, store_of: Callable[[], Store]) -> None:
        self.store_of = store_of
        self.withheld = WITHHELD  # what a leaking string is replaced with: the set's refusal for one set's
        self.version = -1
        self.cache: OrderedDict[str, bool] = OrderedDict()
        self.lock = threading.Lock()

    def leaking(self, texts: list[str]) -> set[str]:
        store = self.store_of()
        version = store.refresh()
        self.withheld = refusal_of(store)
        with self.lock:
            if version != self.version:
                self.version, self.cache = version, OrderedDict()
            todo = [t for t in dict.fromkeys(texts) if t not in self.cache]
        if todo:
            named = [bool(store.lexical(t)) for t in todo]
            worded = [t for t, hit in zip(todo, named) if not hit and len(t.split()) >= MIN_WORDS_FOR_MEANING]
            close = dict(zip(worded, leaking_texts(store, worded, UnlearnContext().flag_threshold)))
            with self.lock:
                for t, hit in zip(todo, named):
                    self.cache[t] = hit or close.get(t, False)
                while len(self.cache) > CACHE_SIZE:
                    self.cache.popitem(last=False)
        with self.lock:
            return {t for t in texts if self.cache.get(t, True)}


class AnyOf:
    """Several sets' verdicts as one: a text leaks if it leaks for any of them (withheld with the first's
    refusal message that flags it)."""

    def __init__(self, parts: list[Verdicts]) -> None:
        self.parts = parts
        self.withheld = WITHHELD

    def leaking(self, texts: list[str]) -> set[str]:
        out: set[str] = set()
        for part in self.parts:
            found = part.leaking(texts)
            if found - out and self.withheld == WITHHELD:
                self.withheld = part.withheld
            out |= found
        return out


def strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in strings(v)]
    return []


def withhold(value: Any, leaking: set[str], text: str = WITHHELD) -> Any:
    if isinstance(value, str):
        return text if value in leaking else value
    if isinstance(value, dict):
        return {k: withhold(v, leaking, text) for k, v in value.items()}
    if isinstance(value, list):
        return [withhold(v, leaking, text) for v in value]
    return value


def filter_json(raw: bytes, verdicts: Verdicts | AnyOf) -> bytes:
    """The body with every leaking string withheld; a body that is not JSON is returned as it is."""
    try:
        value = json.loads(raw)
    except ValueError:
        return raw
    leaking = verdicts.leaking(strings(value))
    return json.dumps(withhold(value, leaking, verdicts.withheld), ensure_ascii=False).encode() if leaking else raw


def filter_event(event: bytes, verdicts: Verdicts | AnyOf) -> bytes:
    """One server-sent event (its lines, without the blank line that ends it), data filtered."""
    lines = event.split(b"\n")
    for i, line in enumerate(lines):
        if line.startswith(b"data:"):
            lead = b"data: " if line.startswith(b"data: ") else b"data:"
            end = b"\r" if line.endswith(b"\r") else b""
            payload = line[len(lead):len(line) - len(end)]
            lines[i] = lead + filter_json(payload, verdicts) + end
    return b"\n".join(lines)


class ReplayFilter:
    """ASGI middleware: thread content leaves the server only as it verifies now (see module doc)."""

    def __init__(self, app: ASGIApp, store_of: Callable[[], Store] | None = None) -> None:
        self.app = app
        if store_of is None:
            from alu.serve.admin import default_store
            store_of = default_store
        self.store_of = store_of
        self.verdicts = Verdicts(store_of)
        self.by_set: dict[str, Verdicts] = {}

    def verdicts_for(self, headers: dict) -> Verdicts | AnyOf:
        """A tenant key's reads are checked against its own sets (what its runs were audited against); every
        other caller's against the whole registry, the strictest view."""
        try:
            sets = tenant_sets(presented_key(headers))
        except ValueError:  # a malformed ALU_CLIENT_KEYS: the strictest view
            sets = None
        if not sets:
            return self.verdicts
        for name in sets:
            if name not in self.by_set:
                self.by_set[name] = self._of_set(name)
        if len(sets) == 1:
            return self.by_set[sets[0]]
        # a key with several sets: withheld if any of its own sets' checks flags it, never another tenant's
        # (the whole registry would tell it which names other sets registered)
        return AnyOf([self.by_set[name] for name in sets])

    def _of_set(self, name: str) -> Verdicts:
        store_of = self.store_of
        return Verdicts(lambda: store_of().snapshot(target_set=name))

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope["path"].startswith(ROUTES):
            return await self.app(scope, receive, send)
        headers = dict(scope.get("headers") or [])
        if matches(presented_key(headers), ADMIN_KEY_ENV):
            return await self.app(scope, receive, send)
        # the body must be readable: no compression on the way out
        scope = dict(scope, headers=[(k, v) for k, v in scope.get("headers") or [] if k != b"accept-encoding"])
        await self.app(scope, receive, Rewriter(send, self.verdicts_for(headers)).send)


class Rewriter:
    """Buffers a JSON body whole and an event stream event by event, and sends them filtered."""

    def __init__(self, send: Send, verdicts: Verdicts | AnyOf) -> None:
        self.downstream, self.verdicts = send, verdicts
        self.start: Message | None = None
        self.kind = ""
        self.pending = b""

    async def send(self, message: Message) -> None:
        if message["type"] == "http.response.start":
            kind = dict(message.get("headers") or []).get(b"content-type", b"").split(b";")[0].strip()
            self.kind = {b"application/json": "json", b"text/event-stream": "sse"}.get(kind, "")
            if self.kind == "json":
                self.start = message  # sent with the filtered body's length
                return
            if self.kind == "sse":
                message = dict(message, headers=[(k, v) for k, v in message.get("headers") or []
                                                 if k != b"content-length"])
            return await self.downstream(message)
        if message["type"] != "http.response.body" or not self.kind:
            return await self.downstream(message)
        self.pending += message.get("body", b"")
        more = message.get("more_body", False)
        if self.kind == "json":
            if more:
                return
            assert self.start is not None
            try:
                body = await run_in_threadpool(filter_json, self.pending, self.verdicts)
            except Exception as e:  # a lost or unreachable registry: nothing unchecked leaves, and no 500
                from alu.serve.admin import unavailable
                problem = unavailable(e)
                if problem is None:
                    raise
                body = json.dumps({"detail": problem.detail}).encode()
                self.start = {"type": "http.response.start", "status": problem.status_code,
                              "headers": [(b"content-type", b"application/json")]}
            headers = [(k, v) for k, v in self.start.get("headers") or [] if k != b"content-length"]
            await self.downstream(dict(self.start, headers=[*headers, (b"content-length", str(len(body)).encode())]))
            return await self.downstream({"type": "http.response.body", "body": body, "more_body": False})
        ready, self.pending = split_events(self.pending, final=not more)
        body = b"".join([await run_in_threadpool(filter_event, e, self.verdicts) + sep for e, sep in ready])
        if body or not more:
            await self.downstream({"type": "http.response.body", "body": body, "more_body": more})


def split_events(buffer: bytes, final: bool) -> tuple[list[tuple[bytes, bytes]], bytes]:
    """(complete events with their separators, the incomplete rest) of an event-stream buffer."""
    out = []
    while True:
        cuts = [(buffer.find(sep), sep) for sep in (b"\r\n\r\n", b"\n\n") if buffer.find(sep) >= 0]
        if not cuts:
            break
        at, sep = min(cuts)
        out.append((buffer[:at], sep))
        buffer = buffer[at + len(sep):]
    if final and buffer:
        out.append((buffer, b""))
        buffer = b""
    return out, buffer
