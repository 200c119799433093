"""The registry's full-text index of footprint keyphrases: SQLite FTS5, or PostgreSQL full-text search.

A keyphrase ("Tidewater Kiln", "Saltglass Biennale 1998") names something distinctive about a target.
It lives in the registry's own database, written in the same transaction as the target, so it needs no
rebuild at start-up and every replica reads the same one.  A text is looked up by its uncommon words
(wordfreq's Zipf frequency below QUERY_ZIPF; numbers alone are no key): the posting lists read are then
those of rare words, whose length does not grow with the registry the way "film" or "born" would.  What
comes back is a candidate (target, phrase); the caller checks the whole phrase against the text and against
the target of its own registry version (retrieval/snapshot.py).

Both indexes hold the phrase folded (`canonical`: lower case, no accents or punctuation), so a query
folds its words the same way.  Rows are keyed by the target's registry row: FTS5 rowid
row * ROWS_PER_TARGET + i, so a target's phrases are replaced by one range delete.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from wordfreq import zipf_frequency

from alu.retrieval.footprint import MAX_ITEMS
from alu.retrieval.normalize import canonical

ROWS_PER_TARGET = MAX_ITEMS
QUERY_ZIPF = 4.5           # words at least this frequent in English are not looked up ("album", "award")
MAX_QUERY_WORDS = 64       # a long answer's rarest words: enough for every keyphrase it can hold
MAX_ROWS = 512             # candidates read per lookup, whatever the registry's size

SQLITE_SCHEMA = """
CREATE VIRTUAL TABLE IF NOT EXISTS keyphrases USING fts5(
    folded, target_id UNINDEXED, tokenize = 'unicode61 remove_diacritics 2');
"""
POSTGRES_SCHEMA = """
CREATE TABLE IF NOT EXISTS keyphrases (
    target_row BIGINT NOT NULL,
    target_id TEXT NOT NULL,
    folded TEXT NOT NULL,
    words TSVECTOR NOT NULL
);
CREATE INDEX IF NOT EXISTS keyphrases_words ON keyphrases USING GIN (words);
CREATE INDEX IF NOT EXISTS keyphrases_row ON keyphrases (target_row);
"""


_WORD = re.compile(r"[^\W_]+")


@lru_cache(maxsize=100_000)
def _zipf(word: str) -> float:
    return zipf_frequency(word, "en")


def _rare(word: str) -> bool:
    return not word.isdigit() and len(word) > 1 and _zipf(word) < QUERY_ZIPF


def query_words(texts: Iterable[str]) -> list[str]:
    """The words of `texts` a lookup uses: uncommon (judged as written: folding maps look-alike letters, which
    would make 'film' a rare word), no numbers, rarest first, at most MAX_QUERY_WORDS; folded as stored."""
    rarity: dict[str, float] = {}
    for text in texts:
        for raw in _WORD.findall(text.lower()):
            if _rare(raw):
                for word in canonical(raw).split():
                    rarity[word] = min(rarity.get(word, 9.0), _zipf(raw))
    return sorted(rarity, key=lambda w: (rarity[w], w))[:MAX_QUERY_WORDS]


def phrase_in(folded_phrase: str, folded_text: str) -> bool:
    return f" {folded_phrase} " in f" {folded_text} "


class SqliteKeyphrases:
    schema = SQLITE_SCHEMA

    def put(self, cur: Any, row: int, target_id: str, phrases: Iterable[str]) -> None:
        """Replace the target's phrases (none: it is removed); `cur` is inside the registry's write."""
        base = row * ROWS_PER_TARGET
        cur.execute("DELETE FROM keyphrases WHERE rowid BETWEEN ? AND ?", (base, base + ROWS_PER_TARGET - 1))
        cur.executemany("INSERT INTO keyphrases(rowid, folded, target_id) VALUES (?, ?, ?)",
                        [(base + i, canonical(p), target_id) for i, p in enumerate(phrases)])

    def search(self, db: Any, words: list[str]) -> list[tuple[str, str]]:
        if not words:
            return []
        match = " OR ".join(f'"{w}"' for w in words)  # folded words hold no quote: each is one FTS5 string
        return [(r[0], r[1]) for r in db.execute(
            "SELECT target_id, folded FROM keyphrases WHERE keyphrases MATCH ? LIMIT ?", (match, MAX_ROWS))]


class PostgresKeyphrases:
    schema = POSTGRES_SCHEMA

    def put(self, cur: Any, row: int, target_id: str, phrases: Iterable[str]) -> None:
        cur.execute("DELETE FROM keyphrases WHERE target_row = ?", (row,))
        cur.executemany("INSERT INTO keyphrases(target_row, target_id, folded, words) "
                        "VALUES (?, ?, ?, to_tsvector('simple', ?))",
                        [(row, target_id, f, f) for f in (canonical(p) for p in phrases)])

    def search(self, db: Any, words: list[str]) -> list[tuple[str, str]]:
        if not words:
            return []
        query = " | ".join(words)  # folded words are letters and digits only: no tsquery operator among them
        return [(r[0], r[1]) for r in db.execute(
            "SELECT target_id, folded FROM keyphrases WHERE words @@ to_tsquery('simple', ?) LIMIT ?",
            (query, MAX_ROWS))]


def for_database(kind: str) -> SqliteKeyphrases | PostgresKeyphrases:
    return PostgresKeyphrases() if kind == "postgresql" else SqliteKeyphrases()
