"""Reading conversations: the one definition of a message's text and of the user's turns."""

from __future__ import annotations

from collections.abc import Sequence

from langchain_core.messages import AIMessage, BaseMessage, HumanMessage


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


def earlier_answers(messages: Sequence[BaseMessage], last: int) -> list[str]:
    return [text_of(m) for m in messages if isinstance(m, AIMessage)][-last:]
