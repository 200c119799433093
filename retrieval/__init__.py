"""Forget targets: the durable registry, its FAISS index and the lexical matcher."""

from alu.retrieval.targets import Target, TargetError

__all__ = ["Target", "TargetError", "TargetStore"]


def __getattr__(name: str):
    # lazy: reading the registry (alu targets list) must not import FAISS, numpy's BLAS or an embedder
    if name == "TargetStore":
        from alu.retrieval.store import TargetStore
        return TargetStore
    raise AttributeError(f"module 'alu.retrieval' has no attribute {name!r}")
