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
