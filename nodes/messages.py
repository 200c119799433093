"""Reading conversations: the one definition of a message's text and of the user's turns."""

from __future__ import annotations

from collections.abc import Sequence

from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, SystemMessage, ToolMessage


def text_of(message: BaseMessage) -> str:
    content = message.content
    if isinstance(content, str):
        return content
    return "".join(part.get("text", "") if isinstance(part, dict) else str(part) for part in content)


def user_turns(messages: Sequence[BaseMessage], last: int | None = None) -> list[str]:
    turns = [text_of(m) for m in messages if isinstance(m, HumanMessage)]
    return turns[-last:] if last else turns


def latest_user_turn(messages: Sequence[BaseMessage]) -> str:
    turns = user_turns(messages, 1)
    return turns[0] if turns else ""


def conversation_texts(messages: Sequence[BaseMessage], last: int) -> list[str]:
    """The texts of the last messages of every role up to the current user turn, oldest first: a name may
    enter a conversation through any of them (a system prompt, a tool result, an earlier answer)."""
    kept = [m for m in messages if isinstance(m, (SystemMessage, HumanMessage, AIMessage, ToolMessage))]
    ends = [i for i, m in enumerate(kept) if isinstance(m, HumanMessage)]
    kept = kept[:ends[-1] + 1] if ends else []
    return [text_of(m) for m in kept[-last:]]


def earlier_answers(messages: Sequence[BaseMessage], last: int) -> list[str]:
    return [text_of(m) for m in messages if isinstance(m, AIMessage)][-last:]
