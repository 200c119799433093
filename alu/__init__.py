"""ALU: agentic LLM unlearning at inference time, as a LangGraph graph."""

__version__ = "0.1.0"

# The vocabulary every entry point shares (CLI, servers, evaluation): cheap to import.
ROLES = ("respondent", "auditor", "eraser", "critic", "composer")
METHODS = ("alu", "alu-paper")

__all__ = ["UnlearningChatModel", "UnlearningMiddleware", "guard", "build_graph", "UnlearnContext", "TargetStore",
           "Targets"]


def __getattr__(name: str):
    # lazy, so that `import alu` stays cheap (no LangGraph, torch or llama.cpp at import time)
    if name == "UnlearningChatModel":
        from alu.serve.chat_model import UnlearningChatModel
        return UnlearningChatModel
    if name == "UnlearningMiddleware":
        from alu.serve.middleware import UnlearningMiddleware
        return UnlearningMiddleware
    if name == "guard":
        from alu.serve.guard import guard
        return guard
    if name == "build_graph":
        from alu.graph.builder import build_graph
        return build_graph
    if name == "UnlearnContext":
        from alu.graph.context import UnlearnContext
        return UnlearnContext
    if name == "TargetStore":
        from alu.retrieval.store import TargetStore
        return TargetStore
    if name == "Targets":
        from alu.targets import Targets
        return Targets
    raise AttributeError(f"module 'alu' has no attribute {name!r}")
