"""Lexical matcher: finds names and aliases of targets in a text, whatever their obfuscation.

Keys are canonical token n-grams in one dict, so a lookup costs O(tokens in text x longest
name), never O(number of targets).  Each surface form is indexed as its tokens, as one joined
token ('hsiao yun hwa' and 'hsiaoyunhwa'), reversed, in ROT13, in family-name-first order
(matched only where that order is plausible) and as phonetic codes (matched only against words
transliterated from another script).  Encoded spans of the text are decoded by
`alu.retrieval.decoders` and searched with the same lookup.  On request (`typos=True`, for user turns)
a name with one letter wrong, missing, extra or swapped in one word ('Oskra Brandvold', 'Scorates';
two in a word of eight letters or more) is found too, as a weak hit: the name's other words must match
exactly, a one-word name must be six letters or more, and the misspelt word must be no English word
('Oskar brand').

Hits on weak forms (bare surnames, initials, aliases of three letters or fewer, one-word aliases
that are common words) carry `weak=True`; `confirmed_hits` keeps the ones an answer can be
flagged for without more context.
"""

from __future__ import annotations

import re
import string
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from threading import RLock
from typing import Any, NamedTuple

from rapidfuzz.distance import OSA, Levenshtein

from alu.retrieval import decoders
from alu.retrieval.names import folded, is_common_word, is_rare_word, partial_forms, strong_forms, weakness
from alu.retrieval.normalize import LEET_SYMBOLS, Token, latin_of, sound_key, surface_tokens, tokens
from alu.retrieval.targets import Target

MAX_KEY_TOKENS = 12
MIN_JOINED_CHARS = 6   # joined and split forms only for names long enough to be distinctive
MIN_REVERSED_CHARS = 4  # 'niraS'; two- and three-letter words read backwards are other words
MAX_SPELLED_CHARS = 200
MAX_SPLIT_PIECES = 6   # 'Steph en Ki ng': up to this many pieces re-joined into one word
MIN_UNSPLIT_CHARS = 8  # 'Step hen King': pieces that are all words re-join only into a whole long name
MIN_SOUND_CHARS = 4        # consonant skeletons shorter than this collide too often
MIN_FUZZY_SOUND_CHARS = 6  # and one edit away only from longer ones
MAX_SOUND_TOKENS = 4
MIN_CJK_RUN_SOUND_CHARS = 6
STRONG_SOUND_CHARS = 6     # in a crowded registry, an exact skeleton this long flags alone
MAX_NEAR_SOUNDS = 32
CROWDED_SOUNDS = 20_000    # distinct name skeletons beyond which near matches collide too often
MAX_CJK_SYLLABLES = 12
MIN_TYPO_CHARS = 3      # a word of a name this long may carry one wrong, missing, extra or swapped letter
MIN_TYPO_ONE_WORD = 6   # a one-word name this long ('Socrates'); shorter ones are one letter from many words
MAX_TYPO_TOKENS = 4
MIN_TWO_TYPO_CHARS = 8  # a word of a name this long may carry two such edits (within a multi-word name)
_MISSING = "\0"         # stands for the misspelt word in a key of the typo table
_HEAD = 4
_LEET_SYMBOL = re.compile("[A-Za-z0-9][" + re.escape("".join(LEET_SYMBOLS)) + "]|[" +
                          re.escape("".join(LEET_SYMBOLS)) + "][A-Za-z0-9]")
# family-name-first order is plausible for romanised East Asian names ('Hsiao Yun-Hwa')
_SYLLABLE_NAME = re.compile(r"\b[A-Z][a-z]{1,5}-[A-Za-z][a-z]{1,5}\b")


@dataclass(frozen=True)
class LexicalHit:
    target_id: str
    surface: str   # the name or alias that matched
    start: int     # span in the searched text
    end: int
    how: str       # "exact", "obfuscated", "reversed", "base64" or "encoded"
    weak: bool = False   # a partial or ambiguous form: a candidate, flagged only with support
    detail: str = ""     # the obfuscation family, e.g. "transliterated", "rot13", "morse"
    form: str = "name"   # "name", "alias", "variant" (derived, strong), "partial" or "misspelt" (weak)


class _Entry(NamedTuple):  # a tuple: the index holds millions of them at 100,000 targets
    target_id: str
    surface: str
    kind: str      # tokens, joined, reversed, rot13, upside_down, order, sound
    weak: bool
    form: str
    sound: tuple[str, ...] = ()  # consonant skeleton of each word, for entries of the sound tables


class _TypoEntry(NamedTuple):
    target_id: str
    surface: str
    word: str      # the name's word that the key leaves out


_ROT13 = str.maketrans(string.ascii_letters, string.ascii_lowercase[13:] + string.ascii_lowercase[:13]
                       + string.ascii_uppercase[13:] + string.ascii_uppercase[:13])


def _rot13(s: str) -> str:
    return s.translate(_ROT13)


def _keys(surface: str, order_anywhere: bool, derived: bool = False) -> list[tuple[tuple[str, ...], str]]:
    """Index keys of one surface form; a derived form (variant, partial) only as written."""
    toks = tuple(t.text for t in surface_tokens(surface))[:MAX_KEY_TOKENS]
    joined = "".join(toks)
    if not joined:
        return []
    # 'King, Stephen' is a name only with its comma: 'King Stephen reigned' is not
    keys = [(toks, "order" if _comma_after_first(surface) else "tokens")]
    if derived:
        return keys
    words = surface.replace(",", " ").split()
    if len(words) > 1:  # family name first: whole words swap ('Yun-Hwa Hsiao'), hyphenated parts stay
        swapped = tuple(t.text for t in surface_tokens(" ".join([words[-1], *words[:-1]])))[:MAX_KEY_TOKENS]
        keys.append((swapped, "order" if not order_anywhere else "tokens"))
    if len(joined) >= MIN_REVERSED_CHARS:
        # the upside-down view needs a turned letter to start; a name of symmetric letters
        # ('Noxnox' -> 'xouxoN') turns into plain ASCII, so it is a key
        for form in {decoders.flipped(surface), decoders.flipped(surface.lower())}:
            if form.isascii():
                keys.append((tuple(t.text for t in surface_tokens(form)), "upside_down"))
        keys.append(((joined[::-1],), "reversed"))
        keys.append((("".join(t.text for t in surface_tokens(_rot13(surface))),), "rot13"))
        rev_toks = tuple(t[::-1] for t in reversed(toks))
        if len(rev_toks) > 1:
            keys.append((rev_toks, "reversed"))              # 'gniK nehpetS'
            keys.append((rev_toks[::-1], "reversed"))        # 'nehpetS gniK': each word backwards
    if len(joined) >= MIN_REVERSED_CHARS and len(toks) > 1:  # 'StephenKing', and 'jayz' spelled out
        keys.append(((joined,), "joined"))
        if len(toks) > 1:
            keys.append((tuple(t.text for t in surface_tokens(_rot13(surface))), "rot13"))
    return keys


def _comma_after_first(surface: str) -> bool:
    toks = surface_tokens(surface)
    return len(toks) > 1 and "," in surface[toks[0].end:toks[1].start]


def _sound_parts(surface: str) -> tuple[str, ...]:
    return tuple(sound_key(t.plain or t.text) for t in surface_tokens(surface))


def _deletions(key: str) -> set[str]:
    return {key[:i] + key[i + 1:] for i in range(len(key))}


class LexicalMatcher:
    def __init__(self) -> None:
        self._index: dict[tuple[str, ...], set[_Entry]] = defaultdict(set)
        # consonant skeletons of names, for words transliterated from other scripts
        self._sound: dict[str, set[_Entry]] = defaultdict(set)
        self._sound_del: dict[str, set[_Entry]] = defaultdict(set)
        # names of two words or more, each with one word left out: a text's words that match all the others
        # find the name whatever the misspelling of the one left out
        self._typo: dict[tuple[str, ...], set[_TypoEntry]] = defaultdict(set)
        self._typo_words: dict[str, int] = defaultdict(int)  # words of those names -> how many keys hold them
        # one-word names and each of their one-letter deletions (symmetric deletion: 'scorates' and 'socrates'
        # share 'sorates')
        self._typo_one: dict[str, set[_TypoEntry]] = defaultdict(set)
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
            own = {target.name, *target.aliases}
            forms = [(s, "name" if s == target.name else "alias" if s in own else "variant")
                     for s in strong_forms(target)]
            forms += [(s, "partial") for s in partial_forms(target)]
            for surface, form in forms:
                weak = form == "partial" or weakness(surface, None if form == "name" else target.name) is not None
                order_anywhere = bool(_SYLLABLE_NAME.search(surface)) or not surface.isascii()
                for key, kind in _keys(surface, order_anywhere, derived=form in ("variant", "partial")):
                    entry = _Entry(owner, surface, kind, weak, form)
                    self._index[key].add(entry)
                    self._max_len = max(self._max_len, len(key))
                    self._starts[key[0]] = max(self._starts.get(key[0], 0), len(key))
                    if len(key) == 1:
                        self._max_joined = max(self._max_joined, len(key[0]))
                        if len(key[0]) >= MIN_JOINED_CHARS:
                            self._heads.add(key[0][:_HEAD])
                    keys.append(("i", key, entry))
                parts = _sound_parts(surface)
                sound = "".join(parts)
                if not weak and form in ("name", "alias") and len(sound) >= MIN_SOUND_CHARS and all(parts):
                    entry = _Entry(owner, surface, "sound", False, form, parts)
                    self._sound[sound].add(entry)
                    keys.append(("s", sound, entry))
                    if len(sound) >= MIN_FUZZY_SOUND_CHARS:  # one edit away, by symmetric deletion
                        for d in _deletions(sound):
                            self._sound_del[d].add(entry)
                            keys.append(("d", d, entry))
                if not weak:
                    keys += self._add_typo_keys(owner, surface)
            self._by_target[owner] = keys

    def _add_typo_keys(self, target_id: str, surface: str) -> list[tuple[str, Any, Any]]:
        toks = tuple(t.text for t in surface_tokens(surface))
        keys: list[tuple[str, Any, Any]] = []
        if len(toks) == 1 and len(toks[0]) >= MIN_TYPO_ONE_WORD and toks[0].isalpha() and not is_common_word(toks[0]):
            entry = _TypoEntry(target_id, surface, toks[0])
            for short in {toks[0], *_deletions(toks[0])}:
                self._typo_one[short].add(entry)
                keys.append(("o", short, entry))
        if not 2 <= len(toks) <= MAX_TYPO_TOKENS:
            return keys
        for i, word in enumerate(toks):
            if len(word) >= MIN_TYPO_CHARS and word.isalpha():
                gap = toks[:i] + (_MISSING,) + toks[i + 1:]
                entry = _TypoEntry(target_id, surface, word)
                self._typo[gap].add(entry)
                keys.append(("t", gap, entry))
                for other in gap:
                    self._typo_words[other] += 1
        return keys

    def remove(self, target_id: str) -> None:
        """Forget what `target_id` (a target's id, or the key it was added under) holds.  Each entry is
        dropped by itself, so the cost is the target's own keys, however many targets share a word."""
        with self._lock:
            tables: dict[str, dict[Any, Any]] = {"i": self._index, "s": self._sound, "d": self._sound_del,
                                                 "t": self._typo, "o": self._typo_one}
            for table, key, entry in self._by_target.pop(target_id, []):
                index = tables[table]
                entries = index.get(key)
                if entries is None or entry not in entries:
                    continue  # one surface can give a key twice ('Noxnox' upside down is itself)
                entries.discard(entry)
                if table == "t":
                    for word in key:
                        self._typo_words[word] -= 1
                        if self._typo_words[word] <= 0:
                            del self._typo_words[word]
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
                hits += self._typo_hits(toks, only)
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
        return _dedupe(hits)

    def _find_plain(self, text: str, only: set[str] | None, toks: list[Token]) -> list[LexicalHit]:
        hits: list[LexicalHit] = []
        for tok in toks:  # spelled-out letters may run several words together: try every slice
            if tok.spelled and len(tok.text) <= MAX_SPELLED_CHARS:
                hits += self._lookup_slices(tok, only)
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
        hits += self._sound_hits(text, toks, only)
        return hits

    def _typo_hits(self, toks: list[Token], only: set[str] | None) -> list[LexicalHit]:
        """Names with one word one edit away (a wrong, missing, extra or swapped letter), the others exact."""
        texts = [t.text for t in toks]
        known = [w in self._typo_words for w in texts]
        hits = []
        for tok, word in zip(toks, texts):
            if self._typo_one and len(word) >= MIN_TYPO_ONE_WORD - 1 and word.isalpha() and not is_common_word(word):
                near = set().union(*(self._typo_one.get(k, ()) for k in {word, *_deletions(word)}))
                hits += _misspelt(near, word, tok.start, tok.end, only)
        for i in range(len(toks)):
            for n in range(2, min(MAX_TYPO_TOKENS, len(toks) - i) + 1):
                unknown = [p for p in range(n) if not known[i + p]]
                if len(unknown) > 1:
                    break  # a longer window has the same two unknown words
                for p in unknown or range(n):
                    word = texts[i + p]
                    if len(word) < MIN_TYPO_CHARS - 1 or not word.isalpha() or is_common_word(word):
                        continue
                    key = (*texts[i:i + p], _MISSING, *texts[i + p + 1:i + n])
                    hits += _misspelt(self._typo.get(key, ()), word, toks[i].start, toks[i + n - 1].end, only)
        return hits

    def _hits(self, text: str, span: list[Token], entries, only: set[str] | None) -> list[LexicalHit]:
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

    def _sound_hits(self, text: str, toks: list[Token], only: set[str] | None) -> list[LexicalHit]:
        """Names written in another script, matched by their consonant skeleton ('Стивен Кинг',
        '斯蒂芬·金', 'ستيفن كينغ'); only runs of words with one from another script are tried.
        Within one edit only for two words or more; CJK syllable runs inside a word must match exactly."""
        if not self._sound or not any(t.foreign for t in toks):
            return []
        # (skeleton, first, last, words, fuzzy, per-word skeletons or () for a run of syllables)
        spans: list[tuple[str, Token, Token, int, bool, tuple[str, ...]]] = []
        segments = {i: _cjk_segments(text, t) for i, t in enumerate(toks) if t.syllables}
        # a word of another script; a lone letter is a symbol ('θ', 'Θ(n)'), unless it is a CJK syllable ('金')
        foreign = {i for i, t in enumerate(toks) if t.foreign and _wordlike(t) and (t.end - t.start > 1 or t.syllables)
                   and (i not in segments or len(segments[i]) == 1)}
        starts = sorted({s for f in foreign for s in range(max(0, f - MAX_SOUND_TOKENS + 1), f + 1)})
        for i in starts:  # runs of words with at least one from another script ('Стивен King' too)
            if not _wordlike(toks[i]) or (i in segments and i not in foreign):
                continue
            key, has_foreign, hangul = "", False, False
            parts: tuple[str, ...] = ()
            for n, nxt in enumerate(toks[i:i + MAX_SOUND_TOKENS], 1):
                j = i + n - 1
                if not _wordlike(nxt) or (j in segments and j not in foreign):
                    break
                parts += (sound_key(nxt.plain or nxt.text),)
                key += parts[-1]
                has_foreign = has_foreign or j in foreign
                # Korean romanisation spells every syllable out: near matches of it are noise
                hangul = hangul or (j in segments and segments[j][0][0] == "hangul")
                if has_foreign:
                    single_run = n == 1 and bool(nxt.syllables)
                    words = len(nxt.syllables) if single_run else n
                    spans.append((key, toks[i], nxt, words, n > 1 and not hangul, () if single_run else parts))
        for i, runs in segments.items():  # CJK: no spaces between words, so runs of syllables are tried
            tok = toks[i]
            for script, a0, b0 in runs:
                if script not in ("katakana", "han"):
                    continue  # hiragana is grammar; hangul words are spaced
                for a in range(a0, b0):
                    for b in range(a + 2, min(b0, a + MAX_CJK_SYLLABLES) + 1):
                        key = sound_key("".join(tok.syllables[a:b]))
                        # inside a longer run, only a long skeleton at either end of it is specific enough
                        # ('斯蒂芬金写了…', '…的作者是斯蒂芬金'; '那里工作' is not 'Mila Kunis')
                        at_edge = a == 0 or b == len(tok.syllables)
                        if (a, b) != (0, len(tok.syllables)) and at_edge and len(key) >= MIN_CJK_RUN_SOUND_CHARS:
                            spans.append((key, tok, tok, b - a, False, ()))
        hits = []
        crowded = len(self._sound) > CROWDED_SOUNDS  # near matches only while skeletons are few
        for key, first, last, words, fuzzy, parts in spans:
            fuzzy = fuzzy and not crowded
            for e in self._sound_entries(key, fuzzy):
                # a one-word match is no evidence for a two-word name ('Прогулянка' is not 'Val Kilmer');
                # words must match the name's words one by one ('Σωκράτης και' is not 'Socrates')
                name_parts = e.sound
                if words < len(name_parts):
                    continue
                edits = sum(Levenshtein.distance(a, b) for a, b in zip(parts, name_parts)) if parts else \
                    Levenshtein.distance(key, "".join(name_parts))
                if (parts and len(parts) != len(name_parts)) or edits > (1 if fuzzy else 0):
                    continue
                # sounds collide across a large registry: there only an exact, long skeleton flags alone,
                # and a short one makes the target a candidate
                # (and a CJK run without the '·' between names is a candidate only)
                weak = e.weak or (crowded and (len(key) < STRONG_SOUND_CHARS or not parts))
                if only is None or e.target_id in only:
                    hits.append(LexicalHit(e.target_id, e.surface, first.start, last.end, "obfuscated", weak,
                                           "transliterated", e.form))
        return hits

    def _sound_entries(self, key: str, fuzzy: bool) -> set[_Entry]:
        if len(key) < MIN_SOUND_CHARS:
            return set()
        found = set(self._sound.get(key, ()))
        if fuzzy and len(key) >= MIN_FUZZY_SOUND_CHARS - 1:
            near = set(self._sound_del.get(key, ()))  # the text lost a consonant
            if len(key) >= MIN_FUZZY_SOUND_CHARS:
                for d in _deletions(key):  # the text has one more, or another one
                    near |= self._sound.get(d, set()) | self._sound_del.get(d, set())
            if len(near) <= MAX_NEAR_SOUNDS:  # a crowded neighbourhood names no one in particular
                found |= {e for e in near if Levenshtein.distance(key, "".join(e.sound)) <= 1}
        return found


def _misspelt(entries, word: str, start: int, end: int, only: set[str] | None) -> list[LexicalHit]:
    """Weak hits for the entries whose left-out word is one edit (optimal string alignment) from the text's,
    or two in a long word ('Kasparov' written 'Kasiaov')."""
    return [LexicalHit(e.target_id, e.surface, start, end, "obfuscated", True, "misspelt", "misspelt")
            for e in entries if (only is None or e.target_id in only)
            and 1 <= OSA.distance(word, e.word) <= (2 if len(e.word) >= MIN_TWO_TYPO_CHARS else 1)]


def _cjk_segments(text: str, tok: Token) -> list[tuple[str, int, int]]:
    """(script, first syllable, end) runs of one script in a CJK word: katakana (names and loans),
    han, hiragana, hangul."""
    chars = [c for c in text[tok.start:tok.end] if latin_of(c) or c == "\u30fc"]
    if len(chars) != len(tok.syllables):
        return [("han", 0, len(tok.syllables))]
    out: list[tuple[str, int, int]] = []
    for k, c in enumerate(chars):
        name = unicodedata.name(c, "")
        script = "katakana" if "KATAKANA" in name else "hiragana" if name.startswith("HIRAGANA") else \
            "hangul" if name.startswith("HANGUL") else "han"
        if out and out[-1][0] == script:
            out[-1] = (script, out[-1][1], k + 1)
        else:
            out.append((script, k, k + 1))
    return out


def _wordlike(tok: Token) -> bool:
    """A word, not a symbol in a formula ('τc', 'ηr3')."""
    return len(tok.plain) >= 2 and tok.plain.isalpha()


def _as(hit: LexicalHit, **changes) -> LexicalHit:
    return LexicalHit(**{**hit.__dict__, **changes})


def _dedupe(hits: list[LexicalHit]) -> list[LexicalHit]:
    """One hit per target and stretch of text: overlapping hits of a target (the name and its
    possessive, a spelled run and its words, a weak surname inside the full name) collapse into
    the strongest, widest one, preferring the plainest reading and the registered name."""
    rank = {"exact": 0, "obfuscated": 1, "reversed": 2, "base64": 3, "encoded": 4}

    plain = {"": 0, "folded": 1, "spelled": 2, "transliterated": 3}

    def order(h: LexicalHit) -> tuple:
        return (h.weak, h.start - h.end, rank.get(h.how, 9), plain.get(h.detail, 4), h.form != "name",
                h.form != "alias", h.surface, h.start)

    kept: dict[str, list[LexicalHit]] = defaultdict(list)  # per target: a text names few targets often
    for h in sorted(set(hits), key=order):
        mine = kept[h.target_id]
        if not any(k.start < h.end and h.start < k.end for k in mine):
            mine.append(h)
    return sorted((h for mine in kept.values() for h in mine), key=lambda h: (h.start, -h.end, h.target_id, h.surface))


def confirmed_hits(hits: list[LexicalHit]) -> list[LexicalHit]:
    """Hits an answer may be flagged for on its own: strong hits, and weak hits of a target
    that has another, different form in the same text (a strong hit, or a second alias when one
    of the two is a rare word; two partial forms of one name, like 'King' and 'Stephen', do not
    confirm each other)."""
    by_target: dict[str, list[LexicalHit]] = defaultdict(list)
    for h in hits:
        by_target[h.target_id].append(h)
    out = []
    for h in hits:
        if not h.weak:
            out.append(h)
            continue
        for other in by_target[h.target_id]:
            if other.start < h.end and h.start < other.end:
                continue
            if folded(other.surface) == folded(h.surface):
                continue
            if not other.weak:
                out.append(h)
                break
            # two weak aliases ('tabun' and 'sarin'): enough if one of them is a rare word; two
            # common or tiny ones ('atlas' and 'PA') and two parts of one name are not
            if not {"partial", "misspelt"} & {h.form, other.form} and (
                    is_rare_word(h.surface) or is_rare_word(other.surface)):
                out.append(h)
                break
    return out


def covered_forms(hits: list[LexicalHit]) -> set[str]:
    """Target ids with at least one confirmed hit."""
    return {h.target_id for h in confirmed_hits(hits)}
