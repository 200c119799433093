"""How `/v1/chat/completions` answers a checked request: the graph runs in a worker thread and its reply is
sent whole or streamed as server-sent events (verified sentences as they are released), in OpenAI's
completion and chunk formats with ALU's own `alu` field."""

from __future__ import annotations

import asyncio
import json
import threading
import time
import uuid
from collections.abc import AsyncIterator

from fastapi import Request
from fastapi.responses import JSONResponse, StreamingResponse
from starlette.concurrency import run_in_threadpool

from alu.nodes.respond import InputError
from alu.retrieval.storage_errors import storage_problem
from alu.serve.chat_model import UnlearningChatModel, stream_pieces
from alu.serve.openai_requests import ChatRequest, RequestError, error_for
from alu.serve.openai_tools import tool_chunks, tool_completion, usage_event
from alu.serve.tooling import answer_with_tools

SSE_HEADERS = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}


def alu_fields(result: dict, thread_id: str | None, evidence: bool) -> dict:
    """How the answer was produced.  Evidence names the targets, so it is sent only when enabled:
    telling an end user which target a question touched would undo the forgetting."""
    fields = {"decision": result["decision"], "llm_calls": result.get("llm_calls", 0),
              "index_version": result.get("index_version"), "thread_id": thread_id,
              "flagged": [{"how": e["how"], "where": e["where"]} for e in result.get("flagged", [])]}
    if evidence:  # the operator's choice: full evidence names the targets
        fields |= {"flagged": result.get("flagged", []), "steps": result.get("steps", [])}
    return fields


def usage(result: dict) -> dict:
    """OpenAI's usage fields, summed over every LLM call the query made (all roles)."""
    u = result.get("usage") or {}
    return {"prompt_tokens": u.get("input_tokens", 0), "completion_tokens": u.get("output_tokens", 0),
            "total_tokens": u.get("total_tokens", 0)}


def completion(cid: str, model: str, result: dict, alu: dict) -> dict:
    return {"id": cid, "object": "chat.completion", "created": int(time.time()), "model": model,
            "choices": [{"index": 0, "message": {"role": "assistant", "content": result["answer"]},
                         "finish_reason": "stop", "logprobs": None}],
            "usage": usage(result), "alu": alu}


def chunk(cid: str, model: str, delta: dict, finish: str | None = None, **extra) -> str:
    body = {"id": cid, "object": "chat.completion.chunk", "created": int(time.time()), "model": model,
            "choices": [{"index": 0, "delta": delta, "finish_reason": finish, "logprobs": None}], **extra}
    return f"data: {json.dumps(body, ensure_ascii=False)}\n\n"



class ChatRuns:
    """Answers for one app: its model, the model id clients send, whether responses carry the evidence,
    and how often a quiet stream sends a keep-alive comment."""

    def __init__(self, model: UnlearningChatModel, model_name: str, expose_evidence: bool,
                 keepalive_seconds: float) -> None:
        self.model, self.model_name = model, model_name
        self.expose_evidence, self.keepalive_seconds = expose_evidence, keepalive_seconds

    async def answer(self, request: Request, chat: ChatRequest):
        if chat.tooling:
            return await self.answer_tools(chat.messages, chat.tooling, chat.thread_id, chat.response, chat.stream,
                                           chat.with_usage)
        await self.prepare(chat.messages, chat.thread_id, chat.response)
        cid = f"chatcmpl-{uuid.uuid4().hex}"
        if not chat.stream:
            return await self.answer_whole(request, chat.messages, chat.thread_id, chat.response, cid)
        return StreamingResponse(self.sse(request, chat.messages, chat.thread_id, chat.response, cid, chat.with_usage),
                                 media_type="text/event-stream", headers=SSE_HEADERS)

    async def prepare(self, messages, thread_id, response) -> None:
        """Bad input is answered with a 4xx before any work (or a stream) starts."""
        try:
            if thread_id is None:  # checks of the request alone: cheaper here than a hop to a worker thread
                self.model.prepare(messages, None, response)
            else:  # reads the stored thread
                await run_in_threadpool(self.model.prepare, messages, thread_id, response)
        except Exception as e:  # bad input, or a home that cannot hold the thread (full, read-only, damaged)
            if isinstance(e, InputError) or storage_problem(e):
                raise error_for(e) from e
            raise

    def start_run(self, messages, thread_id, response,
                  text: bool) -> tuple[asyncio.Queue, threading.Event, asyncio.Future]:
        """Run the graph in a worker thread; its events arrive on a queue; the event cancels it.
        `text`: verified sentences are streamed as released (only a streaming response uses them)."""
        loop = asyncio.get_running_loop()
        events: asyncio.Queue = asyncio.Queue()
        cancel = threading.Event()

        def work() -> None:
            try:
                for event in self.model.events(messages, thread_id, response, cancel=cancel, text=text):
                    loop.call_soon_threadsafe(events.put_nowait, event)
            except BaseException as e:  # reported on the queue; the stream or response says it
                loop.call_soon_threadsafe(events.put_nowait, ("error", e))

        done = loop.run_in_executor(None, work)
        done.add_done_callback(lambda f: f.cancelled() or f.exception())  # never an unretrieved error
        return events, cancel, done

    async def next_event(self, request: Request, events: asyncio.Queue, cancel: threading.Event):
        """The run's next event; a client that went away cancels the run (None is returned)."""
        while True:
            try:
                return await asyncio.wait_for(events.get(), timeout=self.keepalive_seconds)
            except asyncio.TimeoutError:
                if await request.is_disconnected():
                    cancel.set()
                    return None
                return ("keepalive", None)

    async def answer_whole(self, request: Request, messages, thread_id, response, cid: str) -> JSONResponse:
        events, cancel, _ = self.start_run(messages, thread_id, response, text=False)
        while True:
            event = await self.next_event(request, events, cancel)
            if event is None:
                raise RequestError(499, "client closed the request", code="client_closed")
            kind, value = event
            if kind == "error":
                raise error_for(value)
            if kind == "result":  # plain JSON already: FastAPI's encoder would only walk it again
                alu = alu_fields(value, thread_id, self.expose_evidence)
                return JSONResponse(completion(cid, self.model_name, value, alu))

    async def answer_tools(self, messages, tooling: dict, thread_id, response, stream: bool, with_usage: bool):
        """Tools or a JSON response format: the whole reply is verified before any of it is sent."""
        if thread_id is not None or response is not None:
            raise RequestError(400, "tools and response_format are answered statelessly: send them without "
                               "X-Thread-Id, 'user' or 'response'", param="tools")
        try:
            message = await run_in_threadpool(answer_with_tools, self.model, messages, tooling)
        except ValueError as e:  # bad input, or a respondent that cannot take tools
            raise RequestError(400, str(e)) from e
        cid = f"chatcmpl-{uuid.uuid4().hex}"
        if not stream:
            return JSONResponse(tool_completion(cid, self.model_name, message, self.expose_evidence))
        pieces = stream_pieces(message.text, self.model.words_per_chunk) if message.text else []
        return StreamingResponse(tool_chunks(cid, self.model_name, message, self.expose_evidence, with_usage, pieces),
                                 media_type="text/event-stream", headers=SSE_HEADERS)

    async def sse(self, request: Request, messages, thread_id, response, cid: str,
                  with_usage: bool = False) -> AsyncIterator[str]:
        """Verified sentences as they are released, the rest once verify has settled the answer,
        usage when stream_options asks for it, and [DONE].  A client that goes away cancels the run (a threaded
        turn is then not stored)."""
        events, cancel, _ = self.start_run(messages, thread_id, response, text=True)
        sent = ""
        try:
            yield chunk(cid, self.model_name, {"role": "assistant", "content": ""})
            while True:
                event = await self.next_event(request, events, cancel)
                if event is None:
                    return
                kind, value = event
                if kind == "keepalive":
                    yield ": keep-alive\n\n"
                elif kind == "text":
                    sent += value[0]
                    yield chunk(cid, self.model_name, {"content": value[0]})
                elif kind == "error":  # headers are sent already: report in-band, as OpenAI does
                    yield f"data: {json.dumps(error_for(value).body())}\n\n"
                    return
                else:
                    answer = value["answer"]
                    rest = answer[len(sent):] if answer.startswith(sent) else ""
                    for piece in stream_pieces(rest, self.model.words_per_chunk) if rest else []:
                        yield chunk(cid, self.model_name, {"content": piece})
                    alu = alu_fields(value, thread_id, self.expose_evidence)
                    yield chunk(cid, self.model_name, {}, "stop", alu=alu)
                    if with_usage:
                        yield usage_event(cid, self.model_name, usage(value))
                    yield "data: [DONE]\n\n"
                    return
        finally:
            cancel.set()  # the generator closed early (client gone): stop the run
