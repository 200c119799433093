"""Shared fixtures: a real SQLite registry with a real FAISS index and the bundled MiniLM."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

REPO = Path(__file__).resolve().parents[1]
DEMO_TARGETS = REPO / "alu" / "data" / "demo_targets.jsonl"


@pytest.fixture(scope="session")
def embedder():
    from alu.retrieval.embeddings import load_embedder

    return load_embedder("minilm")


@pytest.fixture
def home(tmp_path) -> Path:
    return tmp_path / "alu-home"


@pytest.fixture
def store(home, embedder):
    """A fresh TargetStore holding the demo targets."""
    from alu.retrieval.store import TargetStore
    from alu.retrieval.targets import read_targets_file

    s = TargetStore(home, embedder)
    s.add(read_targets_file(DEMO_TARGETS))
    return s


def fake_model(*responses):
    """A langchain-core fake chat model answering with the given strings (dicts become JSON).

    It records every prompt it receives in `.prompts` (a list of message lists), so tests can
    count calls and inspect what reached the model.
    """
    from langchain_core.language_models.fake_chat_models import FakeListChatModel

    class RecordingFake(FakeListChatModel):
        prompts: list = []

        def _call(self, messages, *args, **kwargs):
            self.prompts.append(list(messages))
            return super()._call(messages, *args, **kwargs)

        def _stream(self, messages, *args, **kwargs):
            self.prompts.append(list(messages))
            yield from super()._stream(messages, *args, **kwargs)

    return RecordingFake(responses=[json.dumps(r) if isinstance(r, dict) else r for r in responses], prompts=[])


@pytest.fixture(scope="module")
def guard_for(tmp_path_factory, embedder):
    """targets -> decide(messages, answer): the decision of a guard-mode graph (refusal eraser, no auditor) over
    a real store (SQLite, FAISS, MiniLM) with those targets registered."""
    from alu.eval.fixed_roles import fixed_models
    from alu.graph.builder import build_graph
    from alu.graph.context import UnlearnContext
    from alu.graph.resources import Resources
    from alu.retrieval.store import TargetStore

    def make(targets: list[dict]):
        home = tmp_path_factory.mktemp("guard") / "alu-home"
        store = TargetStore(home, embedder)
        store.add(targets)
        ctx = UnlearnContext(home=str(home), rewrite="redact", evidence="full")
        graph = build_graph(Resources(store=store, models=fixed_models("refuse", "none")))
        return lambda msgs, answer: graph.invoke({"messages": msgs, "response": answer}, context=ctx)["decision"]
    return make
