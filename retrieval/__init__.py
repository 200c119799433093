"""Forget targets: the durable registry, its FAISS index and the lexical matcher."""

from __future__ import annotations

from typing import TYPE_CHECKING

from alu.retrieval.targets import Target, TargetError

if TYPE_CHECKING:
    from alu.retrieval.store import TargetStore

__all__ = ["Target", "TargetError", "TargetStore"]


def __getattr__(name: str) -> type[TargetStore]:
    # lazy: reading the registry (alu targets list) must not import FAISS, numpy's BLAS or an embedder
    if name == "TargetStore":
        from alu.retrieval.store import TargetStore
        return TargetStore
    raise AttributeError(f"module 'alu.retrieval' has no attribute {name!r}")
