"""A lexical matcher over a frozen base: the tables a snapshot saved (retrieval/frozen.py) under the live ones.

A replica starts from its snapshot's tables, memory-mapped, and patches in the registry's later changes
as before, into small live tables on top.  Each of the matcher's tables becomes a `Layered` one: a read
sees the live entries and the base's; every write goes to the live table.  A base entry is never
removed: a target changed or removed since the snapshot has a new matcher key (or none), and a view
reads only its own version's keys (retrieval/snapshot.py), exactly as for a retired key of a live matcher.

`dump` turns a matcher's tables into records for a `TableWriter`; the snapshot builder dumps one
matcher a chunk of targets at a time, so building never holds the whole registry's tables in memory.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import Any

from alu.retrieval.frozen import FrozenTable, Key
from alu.retrieval.lexical_keys import Entry
from alu.retrieval.matcher import LexicalMatcher
from alu.retrieval.misspelt import TypoEntry

CACHED_KEYS = 1 << 16  # base lookups remembered: a conversation's words come back turn after turn

# namespaces of the one frozen table: the matcher's index, first tokens, heads of one-word keys, the sound
# tables (exact, near) and the typo tables (gaps, their words, one-word names)
INDEX, STARTS, HEADS, SOUND, NEAR, GAPS, WORDS, ONE_WORD = "i", "s", "h", "x", "n", "t", "w", "o"


def _entries(values: list[Any]) -> set[Entry]:
    return {Entry(e[0], e[1], e[2], e[3], e[4], tuple(e[5])) for v in values for e in v}


def _typo_entries(values: list[Any]) -> set[TypoEntry]:
    return {TypoEntry(e[0], e[1], e[2]) for v in values for e in v}


class Layered:
    """A live table (a dict or defaultdict) over a frozen one: reads combine both, writes go to the live one."""

    def __init__(self, live: Any, base: FrozenTable, space: str, combine: Callable[[list[Any]], Any],
                 base_len: int) -> None:
        self.live = live
        self._base_len = base_len
        self._base: Callable[[Key], Any] = lru_cache(CACHED_KEYS)(
            lambda key: combine(base.values((space, *key))))

    def _frozen(self, key: Any) -> Any:
        return self._base(key if isinstance(key, tuple) else (key,))

    def get(self, key: Any, default: Any = None) -> Any:
        base = self._frozen(key)
        live = self.live.get(key)
        if not base:
            return default if live is None else live
        if not live:
            return base
        return live | base if isinstance(base, set) else max(live, base)

    def __contains__(self, key: Any) -> bool:
        return key in self.live or bool(self._frozen(key))

    def __getitem__(self, key: Any) -> Any:
        return self.live[key]

    def __setitem__(self, key: Any, value: Any) -> None:
        self.live[key] = value

    def __delitem__(self, key: Any) -> None:
        del self.live[key]

    def add(self, key: Any) -> None:  # the set of heads
        self.live.add(key)

    def __len__(self) -> int:
        return len(self.live) + self._base_len

    def __bool__(self) -> bool:
        return len(self) > 0


def on_base(table: FrozenTable, scalars: dict[str, int]) -> LexicalMatcher:
    """An empty live matcher over the frozen tables of a snapshot."""
    m = LexicalMatcher()

    def layer(live: Any, space: str, combine: Callable[[list[Any]], Any], base_len: int = 0) -> Layered:
        return Layered(live, table, space, combine, base_len)

    m._index = layer(m._index, INDEX, _entries)  # type: ignore[assignment]
    m._starts = layer(m._starts, STARTS, lambda v: max(v, default=0))  # type: ignore[assignment]
    m._heads = layer(m._heads, HEADS, bool)  # type: ignore[assignment]
    m._sound.exact = layer(m._sound.exact, SOUND, _entries, scalars["sound_keys"])  # type: ignore[assignment]
    m._sound.near = layer(m._sound.near, NEAR, _entries)  # type: ignore[assignment]
    m._typos.gaps = layer(m._typos.gaps, GAPS, _typo_entries)  # type: ignore[assignment]
    m._typos.words = layer(m._typos.words, WORDS, bool)  # type: ignore[assignment]
    m._typos.one_word = layer(m._typos.one_word, ONE_WORD, _typo_entries,  # type: ignore[assignment]
                              scalars["one_word_keys"])
    m._max_len, m._max_joined = scalars["max_len"], scalars["max_joined"]
    return m


def _plain(entries: set[Any]) -> list[list[Any]]:
    return sorted([*e[:5], list(e[5])] if isinstance(e, Entry) else list(e) for e in entries)


def dump(m: LexicalMatcher) -> Iterator[tuple[Key, Any]]:
    """The matcher's tables as records of the frozen table."""
    for key, entries in m._index.items():
        yield (INDEX, *key), _plain(entries)
    for first, longest in m._starts.items():
        yield (STARTS, first), longest
    for head in m._heads:
        yield (HEADS, head), 1
    tables: tuple[tuple[str, dict[str, Any]], ...] = (
        (SOUND, m._sound.exact), (NEAR, m._sound.near), (ONE_WORD, m._typos.one_word))
    for space, table in tables:
        for k, entries in table.items():
            yield (space, k), _plain(entries)
    for gap, typo_entries in m._typos.gaps.items():
        yield (GAPS, *gap), _plain(typo_entries)
    for word in m._typos.words:
        yield (WORDS, word), 1


class Scalars:
    """What a lookup needs beyond the records, gathered over the chunks: the longest keys, and how many
    distinct keys some tables hold (a crowded sound table turns near matches off)."""

    def __init__(self) -> None:
        self.max_len = self.max_joined = 1
        self.keys: dict[str, set[Any]] = defaultdict(set)

    def add(self, m: LexicalMatcher) -> None:
        self.max_len, self.max_joined = max(self.max_len, m._max_len), max(self.max_joined, m._max_joined)
        self.keys["sound_keys"] |= set(m._sound.exact)
        self.keys["one_word_keys"] |= set(m._typos.one_word)

    def to_dict(self) -> dict[str, int]:
        return {"max_len": self.max_len, "max_joined": self.max_joined,
                **{k: len(v) for k, v in self.keys.items()}}
