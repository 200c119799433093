"""Verified streaming: release the respondent's answer sentence by sentence, each only after it
has passed the deterministic checks that audit would apply to it.

The released text reaches clients through `VerifiedText`, a chat model whose stream is that
text: LangGraph's `messages` stream mode, LangChain callbacks and the drop-in's `.stream`
see its tokens and nothing else (the respondent itself runs isolated, see nodes/llm.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult

from alu.nodes.evidence import ABBREVIATION

_BOUNDARY = re.compile(r"(?<=[.!?…])\s+|\n+")


class VerifiedText(BaseChatModel):
    """A 'model' that streams text it is handed: the only channel unverified-free tokens leave by."""

    source: Any = None          # an iterator of verified text pieces
    message_id: str | None = None

    @property
    def _llm_type(self) -> str:
        return "alu-verified-text"

    def _stream(self, messages: list[BaseMessage], stop: list[str] | None = None,
                run_manager: CallbackManagerForLLMRun | None = None, **kwargs: Any) -> Iterator[ChatGenerationChunk]:
        for piece in self.source or ():
            yield ChatGenerationChunk(message=AIMessageChunk(content=piece, id=self.message_id))
        # the end of the stream, also when nothing was released (a stream may not be empty)
        yield ChatGenerationChunk(message=AIMessageChunk(content="", id=self.message_id, chunk_position="last"))

    def _generate(self, messages: list[BaseMessage], stop: list[str] | None = None,
                  run_manager: CallbackManagerForLLMRun | None = None, **kwargs: Any) -> ChatResult:
        text = "".join(self.source or ())
        return ChatResult(generations=[ChatGeneration(message=AIMessage(content=text, id=self.message_id))])


def complete_sentences(pieces: Iterable[str], on_text: Callable[[str], None]) -> Iterator[tuple[int, int]]:
    """(start, end) of each finished sentence as the pieces arrive, the trailing space included;
    `on_text` receives every piece, so the caller holds the whole text."""
    text, start = "", 0
    for piece in pieces:
        on_text(piece)
        text += piece
        for m in _BOUNDARY.finditer(text, start):
            if "\n" not in m.group() and ABBREVIATION.search(text[start:m.start()]):
                continue  # "Prof. Okafor": the sentence goes on (as nodes/evidence.py reads it)
            if m.end() < len(text):  # a boundary is final once text follows it
                yield start, m.end()
                start = m.end()
    if start < len(text):
        yield start, len(text)


def release(pieces: Iterable[str], is_clean: Callable[[str, int, int], bool], message_id: str) -> tuple[str, int]:
    """Stream `pieces` through the checks; returns (the whole text, how many characters were released)."""
    parts: list[str] = []
    state = {"released": 0, "open": True}

    def verified() -> Iterator[str]:
        whole = ""
        for start, end in complete_sentences(pieces, parts.append):
            whole = "".join(parts)
            if state["open"] and is_clean(whole, start, end):
                state["released"] = end
                yield whole[start:end]
            else:
                state["open"] = False  # once a sentence is held back, nothing after it is released

    VerifiedText(source=verified(), message_id=message_id).invoke([], config={"run_name": "verified_answer"})
    return "".join(parts), state["released"]
