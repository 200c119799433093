"""Text folding for the lexical matcher.

Obfuscation (case, diacritics, homoglyphs, zero-width characters, leetspeak, punctuation
or spacing between letters) must not hide a name, so both names and texts are folded into
the same canonical token stream.  Every canonical token keeps the span it came from in the
original text, so evidence and redaction point at what the user would actually see.
"""

from __future__ import annotations

import base64
import binascii
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

_ZERO_WIDTH = set("\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff\u00ad\u180e\u034f")

# Lookalike letters from other scripts that attackers swap in for Latin ones.
_HOMOGLYPHS = {
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p",
    "с": "c", "т": "t", "у": "y", "х": "x", "і": "i", "ї": "i", "ј": "j", "ѕ": "s", "ԁ": "d",
    "ԛ": "q", "ԝ": "w", "ɡ": "g", "ı": "i", "ɩ": "i", "ʏ": "y",
    "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i", "κ": "k", "μ": "u", "ν": "v", "ο": "o",
    "ρ": "p", "τ": "t", "υ": "u", "χ": "x", "ω": "w", "ϲ": "c",
}

# Leetspeak digits and symbols.  "l" joins "1" and "i" so that every spelling of those
# three folds to one letter on both sides of the comparison.
_LEET = {"0": "o", "1": "i", "l": "i", "!": "i", "|": "i", "3": "e", "4": "a", "@": "a",
         "5": "s", "$": "s", "7": "t", "+": "t", "8": "b", "9": "g", "6": "g", "2": "z"}


@lru_cache(maxsize=65536)
def fold_char(ch: str) -> str:
    """Canonical form of one character: '' (dropped), ' ' (separator) or lowercase letters."""
    if ch in _ZERO_WIDTH or unicodedata.category(ch) == "Cf":
        return ""
    ch = _HOMOGLYPHS.get(ch, _HOMOGLYPHS.get(ch.lower(), ch))
    base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
    out = []
    for c in base.lower():
        c = _LEET.get(c, c)
        out.append(c if c.isalnum() else " ")
    return "".join(out)


@dataclass(frozen=True)
class Token:
    text: str
    start: int  # span in the original string
    end: int
    spelled: bool = False  # joined from letters written apart ('J o h n'); may hold several words


_TOKEN = re.compile(r"[^\W_]+")


def tokens(text: str) -> list[Token]:
    """Canonical tokens with original spans; letters written apart ('J o h n', 'J.o.h.n') are joined."""
    canon: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(text):
        for c in fold_char(ch):
            canon.append(c)
            origin.append(i)
    folded = "".join(canon)
    raw = [Token(m.group(), origin[m.start()], origin[m.end() - 1] + 1) for m in _TOKEN.finditer(folded)]
    return _join_letter_runs(raw, text)


def _join_letter_runs(raw: list[Token], text: str) -> list[Token]:
    out: list[Token] = []
    run: list[Token] = []
    for tok in raw + [Token("  ", 0, 0)]:  # sentinel flushes the last run
        if len(tok.text) == 1:
            run.append(tok)
            continue
        out.extend(_split_run(run, text) if len(run) >= 3 else run)
        run = []
        if tok.text != "  ":
            out.append(tok)
    return out


def _split_run(run: list[Token], text: str) -> list[Token]:
    """Join a run of single letters into words.  The separator used most between the letters
    is the one inside words; any other separator ends a word ('S t e p h e n   K i n g's' ->
    'stephen', 'king', 's'; with one separator throughout, 'S t e p h e n K i n g' -> 'stephenking')."""
    seps = [text[a.end:b.start] for a, b in zip(run, run[1:])]
    inside = Counter(seps).most_common(1)[0][0]
    words, current = [], [run[0]]
    for tok, sep in zip(run[1:], seps):
        if sep != inside:
            words.append(current)
            current = []
        current.append(tok)
    words.append(current)
    return [Token("".join(t.text for t in w), w[0].start, w[-1].end, spelled=len(w) > 1) for w in words]


def canonical(text: str) -> str:
    return " ".join(t.text for t in tokens(text))


_B64 = re.compile(r"(?<![A-Za-z0-9+/=])[A-Za-z0-9+/]{8,}={0,2}(?![A-Za-z0-9+/=])")


def decoded_views(text: str) -> list[tuple[str, int, int]]:
    """Texts hidden in the input as base64 blobs (reversed names are matched as keys instead).

    Returns (decoded text, start, end) with the span of the encoded blob in the original.
    """
    views: list[tuple[str, int, int]] = []
    for m in _B64.finditer(text):
        blob = m.group()
        if len(blob) % 4:
            continue
        try:
            decoded = base64.b64decode(blob, validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError, ValueError):
            continue
        if decoded.isprintable():
            views.append((decoded, m.start(), m.end()))
    return views
