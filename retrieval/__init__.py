"""Forget targets: the durable registry, its FAISS index and the lexical matcher."""

from alu.retrieval.store import TargetStore
from alu.retrieval.targets import Target, TargetError

__all__ = ["Target", "TargetError", "TargetStore"]
