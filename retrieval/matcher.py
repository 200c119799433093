"""Lexical matcher: finds names and aliases of targets in a text, whatever their obfuscation.

Keys are canonical token n-grams, so a lookup costs O(tokens in text x longest name), never
O(number of targets).  Each surface form is indexed as its tokens, as one joined token
('hsiao yun hwa' and 'hsiaoyunhwa') and reversed; base64 blobs in the text are decoded and
searched too.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from threading import RLock

from alu.retrieval.normalize import decoded_views, tokens
from alu.retrieval.targets import Target

MAX_KEY_TOKENS = 12
MIN_KEY_CHARS = 3      # shorter names ("Al") would match everywhere
MIN_JOINED_CHARS = 6   # joined and reversed forms only for names long enough to be distinctive
MAX_SPELLED_CHARS = 200


@dataclass(frozen=True)
class LexicalHit:
    target_id: str
    surface: str   # the name or alias that matched
    start: int     # span in the searched text
    end: int
    how: str       # "exact", "obfuscated", "reversed" or "base64"


def _keys(surface: str) -> list[tuple[tuple[str, ...], str]]:
    toks = tuple(t.text for t in tokens(surface))[:MAX_KEY_TOKENS]
    joined = "".join(toks)
    if len(joined) < MIN_KEY_CHARS:
        return []
    keys = [(toks, "tokens")]
    if len(toks) > 1:
        keys.append((tuple(reversed(toks)), "tokens"))  # "King, Stephen"; family name first
    if len(joined) >= MIN_JOINED_CHARS:
        if len(toks) > 1:
            keys.append(((joined,), "joined"))
        keys.append(((joined[::-1],), "reversed"))
        rev_toks = tuple(t[::-1] for t in reversed(toks))
        if len(rev_toks) > 1:
            keys.append((rev_toks, "reversed"))
    return keys


class LexicalMatcher:
    def __init__(self) -> None:
        self._index: dict[tuple[str, ...], set[tuple[str, str, str]]] = defaultdict(set)
        self._by_target: dict[str, list[tuple[str, ...]]] = {}
        self._max_len = 1
        self._lock = RLock()

    def __len__(self) -> int:
        return len(self._by_target)

    def add(self, target: Target) -> None:
        with self._lock:
            self.remove(target.id)
            keys = []
            for surface in target.surface_forms:
                for key, kind in _keys(surface):
                    self._index[key].add((target.id, surface, kind))
                    self._max_len = max(self._max_len, len(key))
                    keys.append(key)
            self._by_target[target.id] = keys

    def remove(self, target_id: str) -> None:
        with self._lock:
            for key in self._by_target.pop(target_id, []):
                entries = self._index.get(key)
                if entries is None:
                    continue
                entries.difference_update({e for e in entries if e[0] == target_id})
                if not entries:
                    del self._index[key]

    def find(self, text: str, only: set[str] | None = None) -> list[LexicalHit]:
        """All hits in text (optionally only for the given target ids), leftmost first."""
        hits = self._find_plain(text, only)
        for decoded, start, end in decoded_views(text):
            hits += [LexicalHit(h.target_id, h.surface, start, end, "base64")
                     for h in self._find_plain(decoded, only)]
        return sorted(set(hits), key=lambda h: (h.start, -h.end))

    def _find_plain(self, text: str, only: set[str] | None) -> list[LexicalHit]:
        toks = tokens(text)
        hits = []
        with self._lock:
            for tok in toks:  # spelled-out letters may run several words together: try every slice
                if tok.spelled and len(tok.text) <= MAX_SPELLED_CHARS:
                    hits += self._lookup_slices(text, tok, only)
            for i in range(len(toks)):
                for n in range(1, min(self._max_len, len(toks) - i) + 1):
                    entries = self._index.get(tuple(t.text for t in toks[i:i + n]))
                    if not entries:
                        continue
                    start, end = toks[i].start, toks[i + n - 1].end
                    for target_id, surface, kind in entries:
                        if only is not None and target_id not in only:
                            continue
                        if kind == "reversed":
                            how = "reversed"
                        else:
                            how = "exact" if text[start:end].casefold() == surface.casefold() else "obfuscated"
                        hits.append(LexicalHit(target_id, surface, start, end, how))
        return hits

    def _lookup_slices(self, text: str, tok, only: set[str] | None) -> list[LexicalHit]:
        hits = []
        word = tok.text
        for i in range(len(word)):
            for j in range(i + MIN_JOINED_CHARS, len(word) + 1):
                for target_id, surface, kind in self._index.get((word[i:j],), ()):
                    if only is None or target_id in only:
                        hits.append(LexicalHit(target_id, surface, tok.start, tok.end,
                                               "reversed" if kind == "reversed" else "obfuscated"))
        return hits
