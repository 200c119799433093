"""Bare name forms that are also a word of a keep target's name ("Darwin" forgotten, the city of Darwin kept):
which of the two a turn means is the nearer of their vectors."""

from __future__ import annotations

from typing import TYPE_CHECKING

from alu.retrieval.normalize import canonical

if TYPE_CHECKING:
    from alu.nodes.evidence import Store
    from alu.retrieval.targets import Target


def shares_keep_name(store: Store, text: str, form: str, target: Target | None) -> bool:
    """Is a bare name form also a word of a keep target's name, and the turn closer to that keep target?"""
    keeps = keep_words(store).get(canonical(form), [])
    if not keeps or target is None:
        return False
    sims = store.similarity([text], [*keeps, target.id])[0]
    return float(max(sims[:-1])) > float(sims[-1])


_KEEP_WORDS: dict[tuple[int, int], dict[str, list[str]]] = {}


def keep_words(store: Store) -> dict[str, list[str]]:
    """word -> ids of the keep targets whose name has it; built once per registry version."""
    key = (id(getattr(store, "_store", store)), store.refresh())
    if key not in _KEEP_WORDS:
        table: dict[str, list[str]] = {}
        for t in store.keep_targets():  # a few among possibly millions: never all read
            for word in set(canonical(t.name).split()):
                table.setdefault(word, []).append(t.id)
        _KEEP_WORDS.clear()  # one registry version at a time
        _KEEP_WORDS[key] = table
    return _KEEP_WORDS[key]
