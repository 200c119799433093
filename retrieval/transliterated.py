"""Names written in another script ('Стивен Кинг', '斯蒂芬·金', 'ستيفن كينغ'), found by the consonant skeleton
of each word: exactly, or one edit away (by symmetric deletion) while the registry's skeletons are few."""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from typing import Any

from rapidfuzz.distance import OSA, Levenshtein

from alu.retrieval.lexical_hits import LexicalHit
from alu.retrieval.lexical_keys import Entry, deletions, sound_parts
from alu.retrieval.normalize import Token, latin_of, sound_key

MIN_SOUND_CHARS = 4        # consonant skeletons shorter than this collide too often
MIN_FUZZY_SOUND_CHARS = 6  # and one edit away only from longer ones
MAX_SOUND_TOKENS = 4
MIN_CJK_RUN_SOUND_CHARS = 6
STRONG_SOUND_CHARS = 6     # in a crowded registry, an exact skeleton this long flags alone
MAX_NEAR_SOUNDS = 32
CROWDED_SOUNDS = 20_000    # distinct name skeletons beyond which near matches collide too often
MAX_CJK_SYLLABLES = 12
SOUNDED_EDIT_SHARE = 3     # each word of a name respelt by ear stays within a third of its letters ('Orloff')
# in a text with no Latin word, an uncased script's words (Arabic, Hebrew, Devanagari, Hangul, Han) flag alone
# only with a skeleton this long: skeletons have six consonant classes, and by chance alone a text's word pairs
# meet one of a few thousand registered skeletons of six classes about one text in three, of eight about one
# in a hundred (Cyrillic and Greek have capitals instead: a name's words are written with them)
LONE_SCRIPT_SOUND_CHARS = 8


class SoundIndex:
    """Consonant skeletons of names and aliases, for words transliterated from other scripts."""

    def __init__(self) -> None:
        self.exact: dict[str, set[Entry]] = defaultdict(set)
        self.near: dict[str, set[Entry]] = defaultdict(set)  # each one-letter deletion of a long skeleton

    def add(self, owner: str, surface: str, form: str) -> list[tuple[str, Any, Any]]:
        """Index one strong name or alias; returns its keys, "s" in `exact` and "d" in `near`."""
        keys: list[tuple[str, Any, Any]] = []
        parts = sound_parts(surface)
        sound = "".join(parts)
        if len(sound) >= MIN_SOUND_CHARS and all(parts):
            entry = Entry(owner, surface, "sound", False, form, parts)
            self.exact[sound].add(entry)
            keys.append(("s", sound, entry))
            if len(sound) >= MIN_FUZZY_SOUND_CHARS:  # one edit away, by symmetric deletion
                for d in deletions(sound):
                    self.near[d].add(entry)
                    keys.append(("d", d, entry))
        return keys

    def hits(self, text: str, toks: list[Token], only: set[str] | None) -> list[LexicalHit]:
        """Names written in another script, matched by their consonant skeleton ('Стивен Кинг',
        '斯蒂芬·金', 'ستيفن كينغ'); only runs of words with one from another script are tried.
        Within one edit only for two words or more; CJK syllable runs inside a word must match exactly."""
        if not self.exact or not any(t.foreign for t in toks):
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
                if n > 1 and re.search(r"[.!?;:()\n,،、，]", text[toks[j - 1].end:nxt.start]):
                    break   # a name's words stand together: "person.\nΒάλτε", "κόκκινος (kokkinos", "הכתם, מחכים"
                if j not in foreign and not text[nxt.start:nxt.start + 1].isupper():
                    break   # a Latin word beside the other script's is a name's only when capitalised ("coworker")
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
        crowded = len(self.exact) > CROWDED_SOUNDS  # near matches only while skeletons are few
        # a text written wholly in another script has every word in it to collide with some name's skeleton
        lone_script = not any(not t.foreign and _wordlike(t) for t in toks)
        for key, first, last, words, fuzzy, parts in spans:
            words_written = [t for t in toks if first.start <= t.start and t.end <= last.end and t.foreign]
            written = text[first.start:last.end]
            if any(_lower_case_word(text, t) for t in words_written):
                continue   # a lower-case word of a cased script ('Варите около', 'Δήμητρα μπορεί') names no one
            fuzzy = fuzzy and not crowded
            for e in self.entries(key, fuzzy):
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
                # so does a short skeleton one edit away, or one with a word of a single consonant ('جميل الليلة'
                # sounds like 'Ginger Lowe' exactly): everyday words of the other language share those
                # (not where '·' or '・' joins the words: how Chinese and Japanese write a foreign person's name)
                short = len(key) < STRONG_SOUND_CHARS and (edits > 0 or min(map(len, name_parts)) < 2) \
                    and not re.search("[·・]", text[first.start:last.end])
                weak = e.weak or short or (crowded and (len(key) < STRONG_SOUND_CHARS or not parts)) \
                    or (lone_script and len(key) < LONE_SCRIPT_SOUND_CHARS and not re.search("[·・]", written)
                        and not any(_cased(text[t.start]) for t in words_written))
                if only is None or e.target_id in only:
                    hits.append(LexicalHit(e.target_id, e.surface, first.start, last.end, "obfuscated", weak,
                                           "transliterated", e.form))
        return hits

    def respelt(self, text: str, toks: list[Token], only: set[str] | None) -> list[LexicalHit]:
        """A name respelt by ear in Latin letters ('Lyev Orloff', 'Mahlee Sreesook', 'Min-ho Gang'): two to four
        capitalised words with the consonant skeleton of the name, each word within a third of its letters of the
        name's (optimal string alignment: 'Stephen Hawking' is no 'Stephen King').  Weak, as a misspelling is."""
        hits = []
        for i in range(len(toks)):
            key = ""
            for n, tok in enumerate(toks[i:i + MAX_SOUND_TOKENS], 1):
                j = i + n - 1
                gap = text[toks[j - 1].end:tok.start] if n > 1 else " "
                if tok.foreign or not tok.text.isalpha() or re.search(r"[^\s-]", gap) or not (
                        text[tok.start].isupper() or gap == "-"):   # 'Min-ho'
                    break
                key += sound_key(tok.plain or tok.text)
                if n < 2 or len(key) < MIN_SOUND_CHARS:
                    continue
                written = _words(text[toks[i].start:tok.end])
                for e in self.exact.get(key, ()):
                    name = _words(e.surface)
                    if len(e.sound) > 1 and e.form == "name" and (only is None or e.target_id in only) \
                            and written != name and len(written) == len(name) \
                            and all(OSA.distance(a, b) <= -(-len(b) // SOUNDED_EDIT_SHARE)
                                    for a, b in zip(written, name)):
                        hits.append(LexicalHit(e.target_id, e.surface, toks[i].start, tok.end, "obfuscated", True,
                                               "misspelt", "misspelt"))
        return hits

    def entries(self, key: str, fuzzy: bool) -> set[Entry]:
        if len(key) < MIN_SOUND_CHARS:
            return set()
        found = set(self.exact.get(key, ()))
        if fuzzy and len(key) >= MIN_FUZZY_SOUND_CHARS - 1:
            near = set(self.near.get(key, ()))  # the text lost a consonant
            if len(key) >= MIN_FUZZY_SOUND_CHARS:
                for d in deletions(key):  # the text has one more, or another one
                    near |= self.exact.get(d, set()) | self.near.get(d, set())
            if len(near) <= MAX_NEAR_SOUNDS:  # a crowded neighbourhood names no one in particular
                found |= {e for e in near if Levenshtein.distance(key, "".join(e.sound)) <= 1}
        return found



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


def _words(text: str) -> list[str]:
    """A name's words, folded, a hyphen's parts joined ('Sheh-mesh', 'Min-ho')."""
    return ["".join(latin_of(c) for c in w) for w in re.sub(r"-", "", text).split()]


def _cased(ch: str) -> bool:
    """Does the character's script have capitals (Cyrillic, Greek, Armenian)?"""
    return ch.upper() != ch.lower()


def _lower_case_word(text: str, tok: Token) -> bool:
    """A word of a cased script written in lower case: no name's word."""
    first = text[tok.start]
    return _cased(first) and first.islower()


def _wordlike(tok: Token) -> bool:
    """A word, not a symbol in a formula ('τc', 'ηr3')."""
    return len(tok.plain) >= 2 and tok.plain.isalpha()

