"""How a chat model's turns are cut: the new turn of a re-sent conversation, stream chunks, stop sequences."""

from __future__ import annotations

import re

from langchain_core.messages import AIMessage, BaseMessage

_WORD = re.compile(r"\s*\S+\s*")


def stream_pieces(text: str, words_per_chunk: int = 1) -> list[str]:
    """Split text into chunks of whole words that join back to exactly `text`."""
    words = _WORD.findall(text)
    if not words:
        return [text]
    return ["".join(words[i:i + words_per_chunk]) for i in range(0, len(words), words_per_chunk)]


def new_turn(messages: list[BaseMessage]) -> list[BaseMessage]:
    """The messages a stored thread has not seen yet: the trailing turn of a re-sent conversation.

    Clients either send only the new turn or the whole conversation again (as OpenAI clients
    do).  The new turn is everything after the last AI answer; a trailing AI message (guard
    mode on a chat) belongs to the turn it answers.
    """
    end = len(messages)
    last = end - 1 if messages and isinstance(messages[-1], AIMessage) else end
    start = last
    while start > 0 and not isinstance(messages[start - 1], AIMessage):
        start -= 1
    return list(messages[start:end])


def truncate_at_stop(text: str, stop: list[str] | None) -> str:
    """Honour stop sequences by cutting the verified answer (removing text cannot add a leak)."""
    cut = min((i for i in (text.find(s) for s in stop or [] if s) if i >= 0), default=len(text))
    return text[:cut]
