"""UnlearningChatModel: any LangChain chat model, with unlearning applied to every answer.

It is a drop-in `BaseChatModel`, so `prompt | UnlearningChatModel(...) | StrOutputParser()`
works, with sync, async, batch and streaming calls.  Each call runs the ALU graph; the
answer, its decision and the audit evidence come back in one AIMessage.

Streaming is verified for real: the respondent's answer is released sentence by sentence as
each sentence passes the deterministic checks (nodes/release.py); when one does not, release
stops and the rest of the answer follows once verify has settled it.  Nothing unverified is
ever yielded.  Callbacks (LangSmith, OpenTelemetry) see every node as a run, with state that
holds no unverified text.
"""

from __future__ import annotations

import contextvars
import dataclasses
import threading
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from langchain_core.callbacks import CallbackManager, CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage, UsageMetadata
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult
from langchain_core.runnables import Runnable
from pydantic import ConfigDict, Field, PrivateAttr

from alu.graph.context import UnlearnContext
from alu.graph.private import CANCEL, RunCancelled
from alu.graph.resources import Resources
from alu.models import ROLES
from alu.nodes.prompts import refusal_of
from alu.nodes.respond import InputError, check_input
from alu.retrieval.store import TargetStore
from alu.serve.turns import new_turn, stream_pieces, truncate_at_stop

CALL_OPTIONS = ("thread_id", "response")
# what bind_tools / bind(response_format=...) hand each call (alu/serve/tooling.py answers them)
TOOL_OPTIONS = ("tools", "tool_choice", "response_format", "parallel_tool_calls", "strict",
                "ls_structured_output_format")

def metadata_of(result: dict, thread_id: str | None) -> dict:
    """What a caller learns about how an answer was produced: no unverified text, and evidence
    only as the context's `evidence` setting allows (by default how, not which target)."""
    return {
        "model_name": "alu",
        "decision": result["decision"],
        "flagged": result.get("flagged", []),
        "index_version": result.get("index_version"),
        "llm_calls": result.get("llm_calls", 0),
        "steps": result.get("steps", []),
        "thread_id": thread_id,
    }


def usage_of(result: dict) -> UsageMetadata | None:
    usage = result.get("usage") or {}
    if not usage:
        return None
    return UsageMetadata(input_tokens=usage.get("input_tokens", 0), output_tokens=usage.get("output_tokens", 0),
                         total_tokens=usage.get("total_tokens", 0))


def _child(run_manager: CallbackManagerForLLMRun | None) -> CallbackManager | None:
    """The caller's callbacks for the graph's runs: each node shows up as a child of this call's run."""
    if run_manager is None:
        return None
    child = CallbackManager(handlers=[], parent_run_id=run_manager.run_id)
    child.set_handlers(run_manager.inheritable_handlers)
    child.add_tags(run_manager.inheritable_tags)
    child.add_metadata(run_manager.inheritable_metadata)
    return child


class UnlearningChatModel(BaseChatModel):
    """A chat model whose answers never reveal the targets registered in `home` (or `store`).

    respondent: the wrapped model, as an instance or a 'provider:model' string (default: the
        context's respondent_model, 'embedded' unless ALU_RESPONDENT_MODEL says otherwise).
    home / store: the target registry folder, or a ready TargetStore.
    context: UnlearnContext or a dict of its fields (n_variants, tau, role models, ...).
    models: instances for the other roles (auditor, eraser, critic, composer).
    thread_id: keep a conversation in a SQLite checkpoint under the home folder; can also be
        given per call (`model.invoke(messages, thread_id="t1")`), as can `response` (guard mode).
    target_set: the target set (tenant) whose targets it never reveals and whose refusal message it sends
        (default: the context's, `default` unless ALU_TARGET_SET says otherwise).  A set's threads are its own.
    """

    model_config = ConfigDict(arbitrary_types_allowed=True)

    respondent: BaseChatModel | str | None = None  # None: the context's respondent_model
    home: str | None = None
    store: TargetStore | None = None
    context: Any = None
    models: dict[str, BaseChatModel] = Field(default_factory=dict)
    thread_id: str | None = None
    target_set: str | None = None
    words_per_chunk: int = Field(default=1, ge=1)

    _ctx: UnlearnContext = PrivateAttr()
    _resources: Resources = PrivateAttr()
    _graph: Any = PrivateAttr(default=None)
    _threaded_graph: Any = PrivateAttr(default=None)
    _saver: Any = PrivateAttr(default=None)
    _build_lock: threading.Lock = PrivateAttr(default_factory=threading.Lock)
    _thread_locks: dict[str, threading.Lock] = PrivateAttr(default_factory=dict)

    def __init__(self, respondent: BaseChatModel | str | None = None, **kwargs: Any) -> None:
        super().__init__(**{"respondent": respondent, **kwargs})

    def model_post_init(self, context: Any, /) -> None:
        super().model_post_init(context)  # keeps langchain-core's version metadata
        unknown = set(self.models) - set(ROLES)
        if unknown:
            raise ValueError(f"unknown model roles {sorted(unknown)}; known roles: {', '.join(ROLES)}")
        self._ctx = self._build_context()
        models = dict(self.models)
        if isinstance(self.respondent, BaseChatModel):
            models["respondent"] = self.respondent
        self._resources = Resources(store=self.store, models=models)

    def _build_context(self) -> UnlearnContext:
        if isinstance(self.context, UnlearnContext):
            ctx = self.context
        elif isinstance(self.context, Mapping) or self.context is None:
            ctx = UnlearnContext(**dict(self.context or {}))
        else:
            raise TypeError(f"context must be an UnlearnContext or a dict, not {type(self.context).__name__}")
        overrides: dict[str, Any] = {}
        if self.store is not None:
            overrides["home"] = str(self.store.home)
        elif self.home is not None:
            overrides["home"] = str(Path(self.home).expanduser())
        if isinstance(self.respondent, str):
            overrides["respondent_model"] = self.respondent
        if self.target_set is not None:
            overrides["target_set"] = self.target_set
        # injected instances: name them in the context so model errors and logs say which model failed
        instances = dict(self.models)
        if isinstance(self.respondent, BaseChatModel):
            instances["respondent"] = self.respondent
        for role, model in instances.items():
            overrides[f"{role}_model"] = f"{type(model).__name__} instance"
        return dataclasses.replace(ctx, **overrides) if overrides else ctx

    # ---- LangChain interface --------------------------------------------------------------
    @property
    def _llm_type(self) -> str:
        return "alu-unlearning"

    @property
    def _identifying_params(self) -> dict[str, Any]:
        return {"respondent": self._ctx.respondent_model, "method": self._ctx.method, "home": self._ctx.home,
                "n_variants": self._ctx.n_variants, "top_k": self._ctx.top_k, "tau": self._ctx.tau}

    def _generate(self, messages: list[BaseMessage], stop: list[str] | None = None,
                  run_manager: CallbackManagerForLLMRun | None = None, **kwargs: Any) -> ChatResult:
        tooling = {k: kwargs.pop(k) for k in TOOL_OPTIONS if k in kwargs}
        thread_id, response = self._call_options(kwargs)
        if tooling:
            from alu.serve.tooling import answer_with_tools

            verified = answer_with_tools(self, messages, tooling, thread_id, response)
            verified.content = truncate_at_stop(verified.text, stop)
            return ChatResult(generations=[ChatGeneration(message=verified)])
        result = self.run(messages, thread_id=thread_id, response=response, callbacks=_child(run_manager))
        final = result["messages"][-1]
        message = AIMessage(content=truncate_at_stop(result["answer"], stop), id=final.id,
                            response_metadata=metadata_of(result, thread_id), usage_metadata=usage_of(result))
        return ChatResult(generations=[ChatGeneration(message=message)])

    def _stream(self, messages: list[BaseMessage], stop: list[str] | None = None,
                run_manager: CallbackManagerForLLMRun | None = None, **kwargs: Any) -> Iterator[ChatGenerationChunk]:
        if any(k in kwargs for k in TOOL_OPTIONS):  # verified whole first: calls cannot be released in part
            from alu.serve.tooling import chunks_of

            verified = self._generate(messages, stop, run_manager, **kwargs).generations[0].message
            yield from chunks_of(verified, self.words_per_chunk)  # type: ignore[arg-type]
            return
        thread_id, response = self._call_options(kwargs)
        sent, message_id = "", None
        for kind, value in self.events(messages, thread_id, response, callbacks=_child(run_manager)):
            if kind == "text":  # a verified sentence, released while the respondent still writes
                piece, message_id = value
                piece = truncate_at_stop(sent + piece, stop)[len(sent):]
                if piece:
                    sent += piece
                    yield ChatGenerationChunk(message=AIMessageChunk(content=piece, id=message_id))
                continue
            result: dict = value
            answer = truncate_at_stop(result["answer"], stop)
            rest = answer[len(sent):] if answer.startswith(sent) else ""
            pieces = stream_pieces(rest, self.words_per_chunk) if rest else []
            message_id = message_id or result["messages"][-1].id
            for piece in pieces:
                yield ChatGenerationChunk(message=AIMessageChunk(content=piece, id=message_id))
            yield ChatGenerationChunk(message=AIMessageChunk(
                content="", id=message_id, chunk_position="last", usage_metadata=usage_of(result),
                response_metadata=metadata_of(result, thread_id)))

    def _call_options(self, kwargs: dict) -> tuple[str | None, str | None]:
        unknown = set(kwargs) - set(CALL_OPTIONS)
        if unknown:
            raise ValueError(f"unsupported call options {sorted(unknown)}; supported: {', '.join(CALL_OPTIONS)}")
        thread_id = kwargs.get("thread_id", self.thread_id)
        response = kwargs.get("response")
        if thread_id is not None and (not isinstance(thread_id, str) or not thread_id.strip()):
            raise ValueError("thread_id must be a non-empty string")
        if response is not None and not isinstance(response, str):
            raise ValueError("response must be a string")
        return thread_id, response

    def bind_tools(self, tools: Sequence[Any], *, tool_choice: Any = None, **kwargs: Any) -> Runnable:
        """The respondent answers with these tools; each call it makes leaves only once its arguments pass."""
        from langchain_core.utils.function_calling import convert_to_openai_tool

        unknown = set(kwargs) - set(TOOL_OPTIONS)
        if unknown:
            raise ValueError(f"unsupported bind_tools options {sorted(unknown)}; supported: tool_choice, "
                             "parallel_tool_calls, strict")
        options = {"tools": [convert_to_openai_tool(t) for t in tools], **kwargs}
        if tool_choice is not None:
            options["tool_choice"] = tool_choice
        return self.bind(**options)

    def with_structured_output(self, schema: Any, *, include_raw: bool = False, **kwargs: Any) -> Runnable:
        """Structured output through a tool call: its string fields are audited and pass untouched, or the
        call raises `alu.serve.verified.Withheld` saying why (with include_raw, `parsing_error` holds it)."""
        from alu.serve.tooling import structured

        return structured(self, schema, include_raw, **kwargs)

    # ---- running the graph ----------------------------------------------------------------
    @property
    def unlearn_context(self) -> UnlearnContext:
        return self._ctx

    def for_set(self, target_set: str) -> UnlearningChatModel:
        """The same model (respondent, roles, registry, settings) for another target set; UnknownTargetSet if the
        registry has no such set, so a server never starts serving a set that would have no targets."""
        self._resources.target_store(self._ctx).target_set(target_set)
        given = {name: getattr(self, name) for name in type(self).model_fields}  # built afresh: its own context
        return type(self)(**given | {"target_set": target_set, "context": self._ctx})

    def refusal(self) -> str:
        """What this model says when it refuses: its target set's message (the operator's), else the built-in one."""
        return refusal_of(self._resources.snapshot(self._ctx))

    def _stored(self, thread_id: str) -> str:
        """The id a thread is checkpointed under: a set's own, so that two tenants naming a thread alike never
        continue each other's conversation.  The separator is not printable, so neither may an id be: else
        "acme\x1ft1" from the default set would name acme's thread "t1"."""
        if not thread_id.isprintable():
            raise ValueError("thread_id must be printable text (no control characters)")
        return thread_id if self._ctx.target_set == "default" else f"{self._ctx.target_set}\x1f{thread_id}"

    def run(self, messages: list[BaseMessage], thread_id: str | None = None, response: str | None = None,
            callbacks: Any = None) -> dict:
        """Run the unlearning graph on a conversation and return its output state.

        With a thread id, the stored conversation is continued and only the new turn of
        `messages` is appended to it.  A turn that fails (bad input, a model error) leaves
        the stored thread as it was.
        """
        result: dict = {}
        for kind, value in self.events(messages, thread_id, response, callbacks, text=False):
            if kind == "result":
                result = value
        return result

    def events(self, messages: list[BaseMessage], thread_id: str | None = None, response: str | None = None,
               callbacks: Any = None, cancel: threading.Event | None = None,
               text: bool = True) -> Iterator[tuple[str, Any]]:
        """("text", (verified piece, message id)) as the answer is released, then ("result", output state).

        Setting `cancel` stops the run at the next model token or node (RunCancelled is raised).
        With `text=False` only the result comes: for callers that do not stream."""
        # Text is released only while the respondent writes; a guarded answer (supplied, or the
        # conversation's last AI message) is never released early, so it needs no text stream.
        text = text and response is None and not (messages and isinstance(messages[-1], AIMessage))
        if thread_id is None:
            payload, _ = self.prepare(messages, None, response)
            yield from self._stream_graph(self._graphs()[0], payload, {"callbacks": callbacks}, cancel, text)
            return
        graph = self._graphs()[1]
        with self._lock_for(thread_id):  # one turn at a time per thread: turns must not interleave
            payload, config = self.prepare(messages, thread_id, response)
            before = self._isolated(graph.get_state, config)
            try:
                yield from self._stream_graph(graph, payload, {**(config or {}), "callbacks": callbacks}, cancel,
                                              text)
            except BaseException:
                self._rollback(thread_id, before)
                raise

    def _stream_graph(self, graph, payload: dict, config: dict, cancel: threading.Event | None = None,
                      text: bool = True) -> Iterator[tuple[str, Any]]:
        """The graph runs outside the caller's LangGraph run (its own checkpointer, not a subgraph of
        the caller's), reporting to the caller's callbacks only through `config`.

        The `messages` stream mode is asked for only when text is wanted: with it LangGraph runs
        every node in a thread pool made for each run and hands every node's input and output to
        its message handler, which costs about as much CPU as auditing a clean answer; without it
        the nodes run in this thread."""
        final: dict = {}
        context = contextvars.Context()
        context.run(CANCEL.set, cancel)
        modes = ["messages", "values"] if text else ["values"]
        runs = context.run(graph.stream, payload, config, context=self._ctx, stream_mode=modes)
        while True:
            if cancel is not None and cancel.is_set():
                context.run(runs.close)
                raise RunCancelled("the client cancelled this query")
            try:
                mode, value = context.run(next, runs)
            except StopIteration:
                break
            if mode == "messages":
                chunk, meta = value
                if meta.get("langgraph_node") == "respond" and isinstance(chunk, AIMessageChunk) and chunk.content:
                    yield "text", (chunk.content, chunk.id)
            else:
                final = value
        yield "result", final

    def _rollback(self, thread_id: str, before) -> None:
        """Make the checkpoint from before a failed turn the thread's latest again."""
        if before.config.get("configurable", {}).get("checkpoint_id"):
            self._isolated(self._graphs()[1].update_state, before.config, None)
        else:  # the failed turn was the thread's first
            self._saver.delete_thread(self._stored(thread_id))

    def prepare(self, messages: list[BaseMessage], thread_id: str | None = None,
                response: str | None = None) -> tuple[dict, dict | None]:
        """(graph input, run config) for a call, or InputError naming what is wrong.

        Checked before anything is written, so a bad turn never enters a stored thread.
        """
        if not messages:
            raise InputError("no messages: send at least one user message")
        if thread_id is None:
            check_input({"messages": list(messages), "response": response}, self._ctx)
            return self._payload(messages, response), None
        config = {"configurable": {"thread_id": self._stored(thread_id)}}
        stored = self.thread_messages(thread_id)
        sent = new_turn(messages) if stored else list(messages)
        check_input({"messages": [*stored, *sent], "response": response}, self._ctx)
        return self._payload(sent, response), config

    def thread_messages(self, thread_id: str) -> list[BaseMessage]:
        """The conversation stored for a thread (empty if there is none)."""
        config = {"configurable": {"thread_id": self._stored(thread_id)}}
        return list(self._isolated(self._graphs()[1].get_state, config).values.get("messages", []))

    @staticmethod
    def _payload(messages: list[BaseMessage], response: str | None) -> dict:
        payload: dict[str, Any] = {"messages": list(messages)}
        if response is not None:
            payload["response"] = response
        return payload

    @staticmethod
    def _isolated(fn, *args, **kwargs):
        """Thread bookkeeping outside the caller's run (it is not part of answering)."""
        return contextvars.Context().run(fn, *args, **kwargs)

    def _graphs(self):
        """(stateless graph, graph with the SQLite checkpointer), built on first use."""
        with self._build_lock:
            if self._graph is None:
                from alu.graph.builder import build_graph
                from alu.threads import thread_saver

                # threads.sqlite under the home folder, or the registry's PostgreSQL (ALU_REGISTRY)
                self._saver = thread_saver(self._ctx.home)
                self._threaded_graph = build_graph(self._resources, checkpointer=self._saver)
                self._graph = build_graph(self._resources)
            return self._graph, self._threaded_graph

    def _lock_for(self, thread_id: str) -> threading.Lock:
        with self._build_lock:
            return self._thread_locks.setdefault(thread_id, threading.Lock())
