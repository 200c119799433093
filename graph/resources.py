"""Long-lived things a run needs (target store, chat models), shared across runs.

They are looked up from the run's context and cached, so a server loads each model once.
An application can also hand in its own objects (for example a model instance it already
built) by passing `Resources` to `build_graph`.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import NamedTuple

from langchain_core.language_models import BaseChatModel

from alu.graph.context import UnlearnContext
from alu.models import EMBEDDED_MODELS, load_chat_model
from alu.retrieval.names import warm_lexicons
from alu.retrieval.store import StoreSnapshot, TargetStore

_STORES: dict[tuple[str, str], TargetStore] = {}
_STORES_LOCK = threading.Lock()


def open_store(home: str, embeddings: str = "minilm") -> TargetStore:
    """One TargetStore per (home, embeddings) in this process."""
    key = (home, embeddings)
    with _STORES_LOCK:
        if key not in _STORES:
            _STORES[key] = TargetStore(home, embeddings)
            warm_lexicons()
        return _STORES[key]


class RoleModel(NamedTuple):
    """A role's chat model and the spec that names it in errors and logs."""

    role: str
    model: BaseChatModel
    spec: str


@dataclass
class Resources:
    store: TargetStore | None = None
    models: Mapping[str, BaseChatModel] = field(default_factory=dict)  # role -> model instance

    def target_store(self, ctx: UnlearnContext) -> TargetStore:
        return self.store if self.store is not None else open_store(ctx.home, ctx.embeddings)

    def snapshot(self, ctx: UnlearnContext, state: Mapping | None = None) -> StoreSnapshot:
        """The query's one registry version: the one its first node took (`index_version` in state), or,
        for that first node (state None), the current one; of the run's target set only (UnknownTargetSet if the
        registry has no such set: a run is never answered as if its set had no targets)."""
        return self.target_store(ctx).snapshot(state.get("index_version") if state is not None else None,
                                               ctx.target_set)

    def model(self, ctx: UnlearnContext, role: str) -> RoleModel:
        spec = ctx.models[role]  # for an injected instance, the name its owner gave it in the context
        return RoleModel(role, self.models[role] if role in self.models else load_chat_model(spec), spec)

    def rewrites_with_llm(self, ctx: UnlearnContext) -> bool:
        """'auto': an LLM rewrites unless the eraser is the embedded model, whose rewrites are nonsense."""
        if ctx.rewrite != "auto":
            return ctx.rewrite == "llm"
        return "eraser" in self.models or ctx.eraser_model not in EMBEDDED_MODELS
