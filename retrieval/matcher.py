"""Lexical matcher: finds names and aliases of targets in a text, whatever their obfuscation.

Keys are canonical token n-grams in one dict, so a lookup costs O(tokens in text x longest
name), never O(number of targets).  Each surface form is indexed as its tokens, as one joined
token ('hsiao yun hwa' and 'hsiaoyunhwa'), reversed, in ROT13, in family-name-first order
(matched only where that order is plausible) and as phonetic codes (matched only against words
transliterated from another script).  Encoded spans of the text are decoded by
`alu.retrieval.decoders` and searched with the same lookup; skeletons are matched in
`alu.retrieval.transliterated`.  On request (`typos=True`, for user turns, `alu.retrieval.misspelt`)
a name with one letter wrong, missing, extra or swapped in one word ('Oskra Brandvold', 'Scorates';
two in a word of eight letters or more) is found too, as a weak hit: the name's other words must match
exactly, a one-word name must be six letters or more, and the misspelt word must be no English word
('Oskar brand').

Hits on weak forms (bare surnames, initials, aliases of three letters or fewer, one-word aliases
that are common words) carry `weak=True`; `confirmed_hits` keeps the ones an answer can be
flagged for without more context (`alu.retrieval.lexical_hits`).
"""

from __future__ import annotations

import re
from collections import defaultdict
from threading import RLock
from typing import Any

from alu.retrieval import decoders
from alu.retrieval.lexical_hits import LexicalHit, confirmed_hits, dedupe
from alu.retrieval.lexical_keys import Entry, index_keys
from alu.retrieval.misspelt import TypoIndex
from alu.retrieval.names import partial_forms, strong_forms, weakness
from alu.retrieval.normalize import LEET_SYMBOLS, Token, tokens
from alu.retrieval.targets import Target
from alu.retrieval.transliterated import SoundIndex

MIN_JOINED_CHARS = 6   # joined and split forms only for names long enough to be distinctive
MAX_SPELLED_CHARS = 200
MIN_CJK_SYLLABLES = 3   # a name found inside unspaced CJK text has at least this many characters
MAX_CJK_SYLLABLES = 12
MAX_SPLIT_PIECES = 6   # 'Steph en Ki ng': up to this many pieces re-joined into one word
MIN_UNSPLIT_CHARS = 8  # 'Step hen King': pieces that are all words re-join only into a whole long name
_HEAD = 4
_LEET_SYMBOL = re.compile("[A-Za-z0-9][" + re.escape("".join(LEET_SYMBOLS)) + "]|[" +
                          re.escape("".join(LEET_SYMBOLS)) + "][A-Za-z0-9]")
# family-name-first order is plausible for romanised East Asian names ('Hsiao Yun-Hwa')
_SYLLABLE_NAME = re.compile(r"\b[A-Z][a-z]{1,5}-[A-Za-z][a-z]{1,5}\b")


class LexicalMatcher:
    def __init__(self) -> None:
        self._index: dict[tuple[str, ...], set[Entry]] = defaultdict(set)
        # consonant skeletons of names, for words transliterated from other scripts
        self._sound = SoundIndex()
        # names with one word misspelt
        self._typos = TypoIndex()
        self._by_target: dict[str, list[tuple[str, Any, Any]]] = {}
        self._starts: dict[str, int] = {}  # first token of a key -> longest key starting with it
        self._heads: set[str] = set()  # first letters of one-word keys: prunes re-joined pieces
        self._max_len = 1
        self._max_joined = 1
        self._lock = RLock()

    def __len__(self) -> int:
        return len(self._by_target)

    def add(self, target: Target, under: str | None = None) -> None:
        """Index a target's forms under a key (`under`, default its id), which hits then carry as their
        target_id; adding under a key replaces what that key held.  A store that keeps several versions of
        a target readable at once indexes each under its own key."""
        owner = target.id if under is None else under
        with self._lock:
            self.remove(owner)
            keys: list[tuple[str, Any, Any]] = []
            own = {target.name, *target.aliases, *target.other_names}
            forms = [(s, "name" if s == target.name else "alias" if s in own else "variant")
                     for s in strong_forms(target)]
            forms += [(s, "partial") for s in partial_forms(target)]
            for surface, form in forms:
                weak = form == "partial" or weakness(surface, None if form == "name" else target.name) is not None
                order_anywhere = bool(_SYLLABLE_NAME.search(surface)) or not surface.isascii()
                for key, kind in index_keys(surface, order_anywhere, derived=form in ("variant", "partial")):
                    entry = Entry(owner, surface, kind, weak, form)
                    self._index[key].add(entry)
                    self._max_len = max(self._max_len, len(key))
                    self._starts[key[0]] = max(self._starts.get(key[0], 0), len(key))
                    if len(key) == 1:
                        self._max_joined = max(self._max_joined, len(key[0]))
                        if len(key[0]) >= MIN_JOINED_CHARS:
                            self._heads.add(key[0][:_HEAD])
                    keys.append(("i", key, entry))
                if not weak and form in ("name", "alias"):
                    keys += self._sound.add(owner, surface, form)
                if not weak and form in ("name", "alias"):
                    # a misspelling of a derived form is a guess upon a guess: "Aleksandra Morgan" is two letters
                    # from "Alexandra Morgan", a given name "Alex" may stand for, and is someone else
                    keys += self._typos.add(owner, surface)
            self._by_target[owner] = keys

    def remove(self, target_id: str) -> None:
        """Forget what `target_id` (a target's id, or the key it was added under) holds.  Each entry is
        dropped by itself, so the cost is the target's own keys, however many targets share a word."""
        with self._lock:
            tables: dict[str, dict[Any, Any]] = {"i": self._index, "s": self._sound.exact, "d": self._sound.near,
                                                 "t": self._typos.gaps, "o": self._typos.one_word}
            for table, key, entry in self._by_target.pop(target_id, []):
                index = getattr(tables[table], "live", tables[table])  # a snapshot's frozen base stays as it is
                entries = index.get(key)
                if entries is None or entry not in entries:
                    continue  # one surface can give a key twice ('Noxnox' upside down is itself)
                entries.discard(entry)
                if table == "t":
                    self._typos.release(key)
                if not entries:
                    del index[key]

    def find(self, text: str, only: set[str] | None = None, include_weak: bool = False,
             typos: bool = False) -> list[LexicalHit]:
        """Hits in text (optionally only for the given target ids), leftmost first: those that
        flag an answer alone (see `confirmed_hits`), or with include_weak every candidate hit;
        with typos, misspelt names too (weak)."""
        hits = self.candidates(text, only, typos)
        return hits if include_weak else confirmed_hits(hits)

    def candidates(self, text: str, only: set[str] | None = None, typos: bool = False) -> list[LexicalHit]:
        """Every hit, weak ones included (except weak forms inside a strong hit of their target)."""
        with self._lock:
            toks = tokens(text)
            hits = self._find_plain(text, only, toks)
            if typos:
                hits += self._typos.hits(toks, only) + self._sound.respelt(text, toks, only)
            symbols = [m.span() for m in _LEET_SYMBOL.finditer(text)]
            if symbols:  # '@', '$', '+' ... as letters, in a second pass over the stretch that has them
                lo, hi = decoders.window(text, symbols, context=40)
                part = text[lo:hi]
                hits += [_as(h, start=h.start + lo, end=h.end + lo, detail="leet")
                         for h in self._find_plain(part, only, tokens(part, True))]
            for view in decoders.views(text):
                how = "base64" if view.how == "base64" else "encoded"
                for h in self._find_plain(view.text, only, tokens(view.text)):
                    start, end = view.locate(h.start, h.end)
                    hits.append(_as(h, start=start, end=end, how=how, detail=view.how))
        return dedupe(hits)

    def _find_plain(self, text: str, only: set[str] | None, toks: list[Token]) -> list[LexicalHit]:
        hits: list[LexicalHit] = []
        for tok in toks:  # spelled-out letters may run several words together: try every slice
            if tok.spelled and len(tok.text) <= MAX_SPELLED_CHARS:
                hits += self._lookup_slices(tok, only)
            elif len(tok.syllables) > MIN_CJK_SYLLABLES:
                hits += self._lookup_syllables(tok, only)
        texts = [t.text for t in toks]
        alts = [t.alt or t.text for t in toks] if any(t.alt for t in toks) else None
        for i, first in enumerate(texts):
            longest = self._starts.get(first, 0)  # most tokens start no key: one dict lookup
            if alts is not None:
                longest = max(longest, self._starts.get(alts[i], 0))
            for n in range(1, min(longest, len(toks) - i) + 1):
                grams = {tuple(texts[i:i + n])}
                if alts is not None:
                    grams.add(tuple(alts[i:i + n]))
                for gram in grams:
                    entries = self._index.get(gram)
                    if entries:
                        hits += self._hits(text, toks[i:i + n], entries, only)
        hits += self._split_words(text, toks, only)
        hits += self._sound.hits(text, toks, only)
        return hits

    def _hits(self, text: str, span: list[Token], entries: set[Entry], only: set[str] | None) -> list[LexicalHit]:
        out = []
        start, end = span[0].start, span[-1].end
        for e in entries:
            if only is not None and e.target_id not in only:
                continue
            if e.kind == "order" and "," not in text[span[0].end:span[1].start]:
                continue  # 'King, Stephen' is a name; 'King Stephen reigned' is not
            if e.kind in ("reversed", "rot13", "upside_down"):
                how, detail = ("reversed", "reversed") if e.kind == "reversed" else ("obfuscated", e.kind)
            elif text[start:end].casefold() == e.surface.casefold():
                how, detail = "exact", ""
            else:
                how = "obfuscated"
                detail = "transliterated" if any(t.foreign for t in span) else ("spelled" if any(
                    t.spelled for t in span) else "folded")
            out.append(LexicalHit(e.target_id, e.surface, start, end, how, e.weak, detail, e.form))
        return out

    def _lookup_slices(self, tok: Token, only: set[str] | None) -> list[LexicalHit]:
        hits = []
        word = tok.text
        for i in range(len(word)):
            for j in range(i + MIN_JOINED_CHARS, min(len(word), i + self._max_joined) + 1):
                for e in self._index.get((word[i:j],), ()):
                    if (only is None or e.target_id in only) and e.kind not in ("order",):
                        hits.append(LexicalHit(e.target_id, e.surface, tok.start, tok.end,
                                               "reversed" if e.kind == "reversed" else "obfuscated", e.weak,
                                               "spelled", e.form))
        return hits

    def _lookup_syllables(self, tok: Token, only: set[str] | None) -> list[LexicalHit]:
        """A name in a script written without spaces ('小田マリソルの作品'): the token runs the name into the
        words around it, so every run of its syllables is looked up; runs of fewer than MIN_CJK_SYLLABLES
        syllables are left out, since two characters are part of too many other words."""
        bounds, at = [0], 0
        for syllable in tok.syllables[:MAX_SPELLED_CHARS]:
            at += len(syllable)
            bounds.append(at)
        if at != len(tok.text):  # folding changed a syllable's length: offsets would not line up
            return []
        hits = []
        for i in range(len(bounds)):
            for j in range(i + MIN_CJK_SYLLABLES, min(len(bounds), i + MAX_CJK_SYLLABLES + 1)):
                if i == 0 and j == len(bounds) - 1:
                    continue  # the whole token: the plain lookup's
                for e in self._index.get((tok.text[bounds[i]:bounds[j]],), ()):
                    if (only is None or e.target_id in only) and e.kind not in ("order", "reversed"):
                        hits.append(LexicalHit(e.target_id, e.surface, tok.start, tok.end, "obfuscated", e.weak,
                                               "transliterated", e.form))
        return hits

    def _split_words(self, text: str, toks: list[Token], only: set[str] | None) -> list[LexicalHit]:
        """A name broken by stray spaces or punctuation ('Steph en Ki ng', 'S_t.e-p h~e|n'):
        adjacent pieces joined again, when at least one piece is too short to be a word of its own."""
        hits: list[LexicalHit] = []
        for i in range(len(toks)):
            joined = toks[i].text
            for j in range(i + 1, min(len(toks), i + MAX_SPLIT_PIECES)):
                joined += toks[j].text
                if len(joined) > self._max_joined or (len(joined) >= _HEAD and joined[:_HEAD] not in self._heads):
                    break
                pieces = toks[i:j + 1]
                if len(joined) < MIN_JOINED_CHARS:
                    continue
                # a piece too short to be a word shows the split; without one, only a whole
                # multi-word name run together is long and specific enough ('Step hen Ki ng')
                has_fragment = any(len(t.text) <= 2 for t in pieces)
                for e in self._index.get((joined,), ()):
                    if not has_fragment and (e.kind != "joined" or len(joined) < MIN_UNSPLIT_CHARS):
                        continue
                    if (only is None or e.target_id in only) and e.kind in ("tokens", "joined"):
                        hits.append(LexicalHit(e.target_id, e.surface, pieces[0].start, pieces[-1].end,
                                               "obfuscated", e.weak, "split", e.form))
        return hits


def _as(hit: LexicalHit, **changes: Any) -> LexicalHit:
    return LexicalHit(**{**hit.__dict__, **changes})


