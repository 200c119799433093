"""Views of a text with its encodings undone, each mapped back to spans of the original.

The matcher searches every view with the same n-gram lookup as the plain text.  A view is only
built when the text holds something that looks encoded (an entity, a %-escape, a base64 or hex
blob, a run of Morse, NATO words, A1Z26 numbers, upside-down letters), so a clean answer costs a
handful of regular-expression scans.  Escapes are undone with the standard library
(`html.unescape`, `urllib.parse.unquote`, `codecs` escape decoding, `base64`, `bytes.fromhex`).
"""

from __future__ import annotations

import base64
import binascii
import codecs
import html
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import unquote

MAX_DEPTH = 2  # a decoded text is decoded once more (base64 of a URL-escaped name), no further


@dataclass(frozen=True)
class View:
    text: str
    how: str                                  # family: "unescape", "base64", "hex", "morse", ...
    origin: tuple[tuple[int, int], ...] = ()  # per character of text: its span in the source
    span: tuple[int, int] = (0, 0)            # when there is no per-character map: the blob's span

    def locate(self, start: int, end: int) -> tuple[int, int]:
        if self.origin:  # a view may run backwards (upside-down text), so take the extremes
            spans = self.origin[start:max(start + 1, end)]
            return min(a for a, _ in spans), max(b for _, b in spans)
        return self.span

    def within(self, outer: View) -> View:
        """This view of outer.text re-expressed against outer's source."""
        if self.origin:
            return View(self.text, self.how, tuple(outer.locate(a, b) for a, b in self.origin))
        return View(self.text, self.how, span=outer.locate(*self.span))


def _substituted(text: str, pattern: re.Pattern[str], replace: Callable[[re.Match[str]], str | None],
                 how: str) -> View | None:
    """text with every match replaced (where replace gives a string), with a per-character map."""
    out: list[str] = []
    origin: list[tuple[int, int]] = []
    pos, changed = 0, False
    for m in pattern.finditer(text):
        new = replace(m)
        if new is None:
            continue
        out.append(text[pos:m.start()])
        origin.extend((i, i + 1) for i in range(pos, m.start()))
        out.append(new)
        origin.extend([(m.start(), m.end())] * len(new))
        pos, changed = m.end(), True
    if not changed:
        return None
    out.append(text[pos:])
    origin.extend((i, i + 1) for i in range(pos, len(text)))
    return View("".join(out), how, tuple(origin))


# --- escapes and markup -------------------------------------------------------------------

_ESCAPES = re.compile(
    r"&#[0-9]{1,7};?|&#[xX][0-9a-fA-F]{1,6};?|&[A-Za-z][A-Za-z0-9]{1,31};"  # HTML entities
    r"|(?:%[0-9a-fA-F]{2})+"                                                   # URL escapes
    r"|\\u[0-9a-fA-F]{4}|\\U[0-9a-fA-F]{8}|\\x[0-9a-fA-F]{2}|\\N\{[A-Za-z0-9 \-]{2,60}\}"  # JSON/Python
    r"|<\s*/?\s*[A-Za-z][A-Za-z0-9]*(?:\s[^<>]{0,80})?/?\s*>"                  # HTML tags
)


def _unescape_one(m: re.Match[str]) -> str | None:
    s = m.group()
    if s.startswith("&"):
        out = html.unescape(s)
        return out if out != s else None
    if s.startswith("%"):
        return unquote(s, errors="replace")
    if s.startswith("\\"):
        try:
            return codecs.decode(s, "unicode_escape")
        except (UnicodeDecodeError, ValueError):
            return None
    return ""  # a tag: inline markup such as <b>Ste</b>phen joins the word


def window(text: str, spans: list[tuple[int, int]], context: int = 80) -> tuple[int, int]:
    """The stretch of text covering spans with some context, widened to white space."""
    lo = max(0, min(a for a, _ in spans) - context)
    hi = min(len(text), max(b for _, b in spans) + context)
    lo = text.rfind(" ", 0, lo) + 1 if lo else 0
    hi = text.find(" ", hi) if hi < len(text) and text.find(" ", hi) >= 0 else len(text)
    return lo, hi


def _shifted(view: View | None, lo: int) -> View | None:
    if view is None or not lo:
        return view
    return View(view.text, view.how, tuple((a + lo, b + lo) for a, b in view.origin))


def unescaped(text: str) -> View | None:
    """Escapes and tags undone, in the stretch of text that holds them."""
    if not any(c in text for c in "&%\\<"):
        return None
    spans = [m.span() for m in _ESCAPES.finditer(text)]
    if not spans:
        return None
    lo, hi = window(text, spans)
    return _shifted(_substituted(text[lo:hi], _ESCAPES, _unescape_one, "unescape"), lo)


# --- byte encodings -----------------------------------------------------------------------

_B64_CHUNK = re.compile(r"(?<![A-Za-z0-9+/_-])(?:[A-Za-z0-9+/_-]{2,}={0,2}|[A-Za-z0-9+/_-]==?)(?![A-Za-z0-9+/_=-])")
_B64_HINT = re.compile(r"[0-9+/=]|.[A-Z]")  # a digit, a symbol, or a capital inside the word
MAX_B64_PIECES = 4  # a blob split by white space into at most this many pieces
MAX_B64_VIEWS = 16


def _looks_base64(s: str) -> bool:
    return len(s) >= 4 and _B64_HINT.search(s) is not None and not s.isdigit()


def _readable(data: bytes) -> str | None:
    try:
        s = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if len(s) < 3 or not all(c.isprintable() or c in "\n\t" for c in s):
        return None
    letters = sum(c.isalpha() for c in s)
    return s if letters >= 3 and letters + s.count(" ") >= 0.6 * len(s) else None


def b64_text(blob: str) -> str | None:
    """Text of a base64 blob in any padding, standard or URL-safe alphabet."""
    body = re.sub(r"\s+", "", blob).rstrip("=")
    if len(body) % 4 == 1:
        body = body[:-1]
    for alt in (b"+/", b"-_"):
        try:
            data = base64.b64decode(body + "=" * (-len(body) % 4), altchars=alt, validate=True)
        except (binascii.Error, ValueError):
            continue
        text = _readable(data)
        if text:
            return text
    return None


def _b64_candidates(text: str) -> list[tuple[int, int]]:
    """Spans that may be base64: a base64-looking chunk, alone or joined with up to
    MAX_B64_PIECES - 1 neighbours that only white space separates from it (a split blob)."""
    chunks = [(c.start(), c.end(), _looks_base64(c.group())) for c in _B64_CHUNK.finditer(text)]

    def adjacent(k: int) -> bool:  # only white space between chunk k and chunk k + 1
        return not text[chunks[k][1]:chunks[k + 1][0]].strip()

    spans: list[tuple[int, int]] = []
    for i, (_, _, looks) in enumerate(chunks):
        if not looks:
            continue
        lo = i
        while lo > 0 and i - lo < MAX_B64_PIECES - 1 and adjacent(lo - 1):
            lo -= 1
        hi = i
        while hi + 1 < len(chunks) and hi - i < MAX_B64_PIECES - 1 and adjacent(hi):
            hi += 1
        for a in range(lo, i + 1):
            for b in range(hi, i - 1, -1):
                if b - a < MAX_B64_PIECES:
                    spans.append((chunks[a][0], chunks[b][1]))
    return sorted(set(spans), key=lambda s: (s[0], -s[1]))


def base64_views(text: str) -> list[View]:
    """Readable decodings of base64 spans (a blob with a word of the sentence joined to it may
    decode as well, so every readable span is kept, up to MAX_B64_VIEWS)."""
    views: list[View] = []
    for a, b in sorted(_b64_candidates(text), key=lambda s: s[0] - s[1]):
        if b - a < 6:
            continue
        decoded = b64_text(text[a:b])
        if decoded:
            views.append(View(decoded, "base64", span=(a, b)))
            if len(views) >= MAX_B64_VIEWS:
                break
    return views


_HEX_RUN = re.compile(r"(?:(?:0x|\\x)?[0-9a-fA-F]{2}[\s:,\-]*){4,}")


def hex_views(text: str) -> list[View]:
    views = []
    for m in _HEX_RUN.finditer(text):
        digits = re.sub(r"0x|\\x|[\s:,\-]", "", m.group())
        if len(digits) % 2 or not any(c.isdigit() for c in digits):
            continue
        decoded = _readable(bytes.fromhex(digits))
        if decoded:
            views.append(View(decoded, "hex", span=(m.start(), m.end() - (len(m.group()) - len(m.group().rstrip())))))
    return views


# --- letter-by-letter codes ---------------------------------------------------------------

def _spell(symbols: list[tuple[str, int, int]], text: str, letter: Callable[[str], str | None],
           how: str) -> View | None:
    """Letters of a code written symbol by symbol; the separator used most between symbols is
    the one inside words, any other one ends a word."""
    seps = [text[a[2]:b[1]] for a, b in zip(symbols, symbols[1:])]
    inside = Counter(seps).most_common(1)[0][0] if seps else ""
    out: list[str] = []
    origin: list[tuple[int, int]] = []
    for k, (sym, a, b) in enumerate(symbols):
        if k and seps[k - 1] != inside:
            out.append(" ")
            origin.append((a, a))
        ch = letter(sym)
        if ch is None:
            return None
        out.append(ch)
        origin.append((a, b))
    return View("".join(out), how, tuple(origin))


_A1Z26 = re.compile(r"(?<![\d.])(?:[1-9]|1[0-9]|2[0-6])(?:[ \t]*[,.\-/|][ \t]*|[ \t]+)"
                    r"(?:(?:[1-9]|1[0-9]|2[0-6])(?:[ \t]*[,.\-/|][ \t]*|[ \t]+)){2,}(?:[1-9]|1[0-9]|2[0-6])(?![\d.])")


def a1z26_views(text: str) -> list[View]:
    views = []
    for m in _A1Z26.finditer(text):
        syms = [(n.group(), n.start() + m.start(), n.end() + m.start()) for n in re.finditer(r"\d+", m.group())]
        view = _spell(syms, text, lambda s: chr(ord("a") + int(s) - 1), "a1z26")
        if view:
            views.append(view)
    return views


MORSE = {".-": "a", "-...": "b", "-.-.": "c", "-..": "d", ".": "e", "..-.": "f", "--.": "g", "....": "h",
         "..": "i", ".---": "j", "-.-": "k", ".-..": "l", "--": "m", "-.": "n", "---": "o", ".--.": "p",
         "--.-": "q", ".-.": "r", "...": "s", "-": "t", "..-": "u", "...-": "v", ".--": "w", "-..-": "x",
         "-.--": "y", "--..": "z", "-----": "0", ".----": "1", "..---": "2", "...--": "3", "....-": "4",
         ".....": "5", "-....": "6", "--...": "7", "---..": "8", "----.": "9"}  # ITU-R M.1677
_MORSE_SYMBOL = "[.\u00b7\u2022\u2219\\-\u2212\u2013\u2014_]"
_MORSE_RUN = re.compile(rf"{_MORSE_SYMBOL}{{1,6}}(?:[ \t]*[/|]?[ \t]*{_MORSE_SYMBOL}{{1,6}}){{3,}}")
_MORSE_CANON = str.maketrans({"\u00b7": ".", "\u2022": ".", "\u2219": ".", "\u2212": "-", "\u2013": "-",
                              "\u2014": "-", "_": "-"})


def morse_views(text: str) -> list[View]:
    views = []
    for m in _MORSE_RUN.finditer(text):
        syms = [(s.group().translate(_MORSE_CANON), s.start() + m.start(), s.end() + m.start())
                for s in re.finditer(rf"{_MORSE_SYMBOL}+", m.group())]
        if len(syms) < 4 or not any(s[0] not in ("-", ".") for s in syms):
            continue
        view = _spell(syms, text, MORSE.get, "morse")
        if view:
            views.append(view)
    return views


NATO = {"alfa": "a", "alpha": "a", "bravo": "b", "charlie": "c", "delta": "d", "echo": "e", "foxtrot": "f",
        "golf": "g", "hotel": "h", "india": "i", "juliet": "j", "juliett": "j", "kilo": "k", "lima": "l",
        "mike": "m", "november": "n", "oscar": "o", "papa": "p", "quebec": "q", "romeo": "r", "sierra": "s",
        "tango": "t", "uniform": "u", "victor": "v", "whiskey": "w", "whisky": "w", "xray": "x", "x-ray": "x",
        "yankee": "y", "zulu": "z"}
_NATO_WORD = "(?:" + "|".join(sorted(map(re.escape, NATO), key=len, reverse=True)) + ")"
_NATO_RUN = re.compile(rf"(?i)\b{_NATO_WORD}\b(?:[\s,;/|.\-]{{1,5}}\b{_NATO_WORD}\b){{2,}}")


def nato_views(text: str) -> list[View]:
    views = []
    for m in _NATO_RUN.finditer(text):
        syms = [(w.group().lower(), w.start() + m.start(), w.end() + m.start())
                for w in re.finditer(rf"(?i)\b{_NATO_WORD}\b", m.group())]
        view = _spell(syms, text, NATO.get, "nato")
        if view:
            views.append(view)
    return views


# Letters turned by 180 degrees, as text flippers write them (the string is also reversed).
_FLIPPED = {"ɐ": "a", "q": "b", "ɔ": "c", "p": "d", "ǝ": "e", "ə": "e", "ɟ": "f", "ƃ": "g", "ɓ": "g", "ɥ": "h",
            "ı": "i", "ᴉ": "i", "ɾ": "j", "ʞ": "k", "ʃ": "l", "ן": "l", "ɯ": "m", "u": "n", "o": "o", "d": "p",
            "b": "q", "ɹ": "r", "s": "s", "ʇ": "t", "n": "u", "ʌ": "v", "ʍ": "w", "x": "x", "ʎ": "y", "z": "z",
            "∀": "A", "ᗺ": "B", "Ɔ": "C", "ᗡ": "D", "Ǝ": "E", "Ⅎ": "F", "⅁": "G", "H": "H", "I": "I", "ſ": "J",
            "Ʞ": "K", "˥": "L", "W": "M", "N": "N", "O": "O", "Ԁ": "P", "Ό": "Q", "ᴚ": "R", "S": "S", "⊥": "T",
            "∩": "U", "Λ": "V", "M": "W", "X": "X", "⅄": "Y", "Z": "Z", "l": "l", "i": "!", "'": ",", ",": "'"}
_FLIP_MARKERS = set("ɐɔǝəɟƃɓɥıᴉɾʞʃןɯɹʇʌʍʎ∀ᗺƆᗡƎℲ⅁ſꞰ˥ԀᴚΛ⅄⊥∩")


_TO_FLIPPED = {normal: flipped for flipped, normal in reversed(list(_FLIPPED.items())) if normal.isalpha()}


def flipped(text: str) -> str:
    """text turned upside down, as a flipper writes it ('Stephen' -> 'uǝɥdǝʇS')."""
    return "".join(_TO_FLIPPED.get(c, _TO_FLIPPED.get(c.lower(), c)) for c in reversed(text))


_FLIP_MARKER = re.compile("[" + "".join(sorted(_FLIP_MARKERS)) + "]")


def _in_other_script(text: str, i: int) -> bool:
    """Is the turned-looking letter at i a letter of a word in another script ('ן' in 'סבון', 'Λ' in Greek)?
    Its neighbours in the word are letters neither Latin nor turned."""
    near = [c for c in text[max(0, i - 2):i] + text[i + 1:i + 3] if c.isalpha()]
    return any(not ("a" <= c.casefold() <= "z" or c in _FLIP_MARKERS or c in _FLIPPED) for c in near)


def upside_down_view(text: str) -> View | None:
    """The stretch of text around turned letters, turned back (read backwards, letters flipped)."""
    spans = [m.span() for m in _FLIP_MARKER.finditer(text) if not _in_other_script(text, m.start())]
    if not spans:
        return None
    lo, hi = window(text, spans)
    chars = [_FLIPPED.get(text[i], text[i]) for i in range(hi - 1, lo - 1, -1)]
    return View("".join(chars), "upside_down", tuple((i, i + 1) for i in range(hi - 1, lo - 1, -1)))


# ------------------------------------------------------------------------------------------

DECODERS: tuple[Callable[[str], list[View]], ...] = (
    lambda t: [v for v in [unescaped(t)] if v], base64_views, hex_views, a1z26_views, morse_views, nato_views,
    lambda t: [v for v in [upside_down_view(t)] if v],
)


def views(text: str, depth: int = MAX_DEPTH) -> list[View]:
    """Every decoded view of text (not text itself), spans mapped to text."""
    out: list[View] = []
    for decode in DECODERS:
        for view in decode(text):
            out.append(view)
            if depth > 1 and view.text != text:
                out.extend(inner.within(view) for inner in views(view.text, depth - 1))
    return out
