"""The obfuscations of `alu eval names`: seeded generators that rewrite a name family by family (leetspeak,
homoglyphs, invisible characters, encodings, ciphers, ...), and the partial forms a name is also written in
('S. King', "King's", one letter wrong).  The property-based tests of the matcher drive the same generators."""

from __future__ import annotations

import base64
import codecs
import random
import unicodedata
from collections.abc import Callable
from urllib.parse import quote

from alu.retrieval.decoders import MORSE, NATO
from alu.retrieval.normalize import _confusable_table

SMALL_CAPS = dict(zip("abcdefghijklmnopqrstuvwxyz", "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘꞯʀꜱᴛᴜᴠᴡxʏᴢ"))
INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u3164", "\u115f", "\u180e", "\ufe0f",
             "\u034f", "\U000e0041"]
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7", "b": "8", "g": "9", "l": "1"}
FLIP = {"a": "ɐ", "b": "q", "c": "ɔ", "d": "p", "e": "ǝ", "f": "ɟ", "g": "ƃ", "h": "ɥ", "i": "ı", "j": "ɾ",
        "k": "ʞ", "l": "ʃ", "m": "ɯ", "n": "u", "o": "o", "p": "d", "q": "b", "r": "ɹ", "s": "s", "t": "ʇ",
        "u": "n", "v": "ʌ", "w": "ʍ", "x": "x", "y": "ʎ", "z": "z"}
NATO_WORD = {letter: word for word, letter in reversed(list(NATO.items())) if "-" not in word}
MORSE_CODE = {letter: code for code, letter in MORSE.items()}


def _lookalikes() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for ch, latin in sorted(_confusable_table().items()):
        if unicodedata.category(ch).startswith("L"):
            out.setdefault(latin, []).append(ch)
    return out


def _per_char(name: str, rng: random.Random, rate: float, change: Callable[[str], str | None]) -> str:
    out = []
    for c in name:
        new = change(c) if rng.random() < rate else None
        out.append(new if new is not None else c)
    return "".join(out)


def _split_word(word: str, rng: random.Random) -> tuple[str, str]:
    cut = rng.randrange(1, len(word)) if len(word) > 1 else 1
    return word[:cut], word[cut:]


def fam_case_diacritics(name: str, rng: random.Random) -> str:
    accents = ["\u0301", "\u0300", "\u0308", "\u0302", "\u030c"]
    return "".join((c.upper() if rng.random() < 0.5 else c.lower())
                   + (rng.choice(accents) if c.isalpha() and rng.random() < 0.3 else "") for c in name)


def fam_leetspeak(name: str, rng: random.Random) -> str:
    return _per_char(name, rng, 0.7, lambda c: LEET.get(c.lower()))


def fam_homoglyphs(name: str, rng: random.Random) -> str:
    table = _lookalikes()
    return _per_char(name, rng, 0.5, lambda c: rng.choice(table[c.lower()]) if table.get(c.lower()) else None)


def fam_styled_letters(name: str, rng: random.Random) -> str:
    style = rng.choice(["fullwidth", "bold", "italic", "circled", "small_caps", "script"])
    base = {"fullwidth": (0xFF21, 0xFF41), "bold": (0x1D400, 0x1D41A), "italic": (0x1D434, 0x1D44E),
            "circled": (0x24B6, 0x24D0), "script": (0x1D4D0, 0x1D4EA)}

    def styled(c: str) -> str:
        if not (c.isascii() and c.isalpha()):
            return c
        if style == "small_caps":
            return SMALL_CAPS[c.lower()]
        upper, lower = base[style]
        out = chr((upper if c.isupper() else lower) + ord(c.lower()) - ord("a"))
        return out if unicodedata.name(out, "") else "\u210e"  # the one hole: italic small h is U+210E
    return "".join(styled(c) for c in name)


def fam_invisible(name: str, rng: random.Random) -> str:
    chars = list(name)
    for _ in range(rng.randint(1, 4)):
        chars.insert(rng.randrange(1, len(chars)), rng.choice(INVISIBLE))
    if rng.random() < 0.3:
        return "".join(chars).replace(" ", "\u3164", 1)
    return "".join(chars)


def fam_spaced_letters(name: str, rng: random.Random) -> str:
    inside = rng.choice([" ", ".", "-", "·", "_", " . ", "*"])
    between = rng.choice(["   ", " / ", " | ", "  ", inside])
    return between.join(inside.join(w) for w in name.split())


def fam_markup(name: str, rng: random.Random) -> str:
    words = name.split()
    i = rng.randrange(len(words))
    a, b = _split_word(words[i], rng)
    wrap = rng.choice(["**{a}**{b}", "_{a}_{b}", "~~{a}~~{b}", "<b>{a}</b>{b}", "{a}<i></i>{b}", "{a}-\n{b}",
                       "{a}\u00ad{b}", "`{a}`{b}", "{a}**{b}**"])
    words[i] = wrap.format(a=a, b=b)
    return " ".join(words)


def fam_split_pieces(name: str, rng: random.Random) -> str:
    out = []
    for w in name.split():
        a, b = _split_word(w, rng)
        out.append(f"{a} {b}" if b else a)
    return rng.choice([" ", "  "]).join(out)


def fam_html_entities(name: str, rng: random.Random) -> str:
    return _per_char(name, rng, 0.5, lambda c: rng.choice([f"&#{ord(c)};", f"&#x{ord(c):x};"]) if c != " " else None)


def fam_url_encoding(name: str, rng: random.Random) -> str:
    if rng.random() < 0.5:
        return "".join(f"%{b:02X}" for b in name.encode())
    return _per_char(name, rng, 0.4, lambda c: quote(c, safe="") if c != " " else rng.choice(["%20", "+"])) \
        .replace(" ", rng.choice(["%20", "+"]))


def fam_code_escapes(name: str, rng: random.Random) -> str:
    def esc(c: str) -> str | None:
        if c == " ":
            return None
        return rng.choice([f"\\u{ord(c):04x}", f"\\x{ord(c):02x}", f"\\N{{{unicodedata.name(c)}}}"])
    return _per_char(name, rng, 0.5, esc)


def fam_email_url(name: str, rng: random.Random) -> str:
    words = [w.lower() for w in name.split()]
    form = rng.choice(["{dot}@example.org", "https://example.com/search?q={plus}", "https://en.wikipedia.org/wiki/{under}",
                       "@{joined}", "#{joined}", "mailto:{dot}@mail.example.net", "https://example.com/{dash}/bio"])
    return form.format(dot=".".join(words), plus="+".join(words), under="_".join(w.capitalize() for w in words),
                       joined="".join(w.capitalize() for w in words), dash="-".join(words))


def fam_reversed(name: str, rng: random.Random) -> str:
    return name[::-1] if rng.random() < 0.6 else " ".join(w[::-1] for w in name.split())


def fam_rot13(name: str, rng: random.Random) -> str:
    return codecs.encode(name, "rot13")


def fam_base64(name: str, rng: random.Random) -> str:
    raw = name.encode()
    blob = base64.urlsafe_b64encode(raw).decode() if rng.random() < 0.2 else base64.b64encode(raw).decode()
    if rng.random() < 0.4:
        blob = blob.rstrip("=")
    if rng.random() < 0.4 and len(blob) > 6:
        cut = rng.randrange(3, len(blob) - 2)
        blob = blob[:cut] + rng.choice([" ", "\n", "  "]) + blob[cut:]
    return blob


def fam_hex(name: str, rng: random.Random) -> str:
    hexes = [f"{b:02x}" for b in name.encode()]
    if rng.random() < 0.5:
        hexes = [h.upper() for h in hexes]
    return rng.choice(["", " ", ":"]).join(rng.choice(["", "0x", "\\x"]) + h if rng.random() < 0.3 else h
                                            for h in hexes)


def fam_a1z26(name: str, rng: random.Random) -> str:
    inside = rng.choice(["-", " ", ",", "."])
    between = rng.choice([" / ", "  ", " | "]) if inside == " " else rng.choice([" ", " / "])
    return between.join(inside.join(str(ord(c) - 96) for c in w.lower() if c.isalpha()) for w in name.split())


def fam_morse(name: str, rng: random.Random) -> str:
    between = rng.choice([" / ", "   ", " | "])
    return between.join(" ".join(MORSE_CODE[c] for c in w.lower() if c in MORSE_CODE) for w in name.split())


def fam_nato(name: str, rng: random.Random) -> str:
    inside = rng.choice([" ", "-", ", "])
    between = rng.choice([" / ", " | ", " (space) ".replace("(space)", "/")])

    def word(w: str) -> str:
        return inside.join(rng.choice([str.capitalize, str.upper, str.lower])(NATO_WORD[c]) for c in w.lower()
                           if c in NATO_WORD)
    return between.join(word(w) for w in name.split())


def fam_regional_indicators(name: str, rng: random.Random) -> str:
    return " ".join("".join(chr(0x1F1E6 + ord(c) - 97) for c in w.lower() if "a" <= c <= "z") for w in name.split())


def fam_upside_down(name: str, rng: random.Random) -> str:
    return "".join(FLIP.get(c.lower(), c) for c in reversed(name))


FAMILIES: dict[str, Callable[[str, random.Random], str]] = {
    "case_diacritics": fam_case_diacritics, "leetspeak": fam_leetspeak, "homoglyphs": fam_homoglyphs,
    "styled_letters": fam_styled_letters, "invisible": fam_invisible, "spaced_letters": fam_spaced_letters,
    "markup": fam_markup, "split_pieces": fam_split_pieces, "html_entities": fam_html_entities,
    "url_encoding": fam_url_encoding, "code_escapes": fam_code_escapes, "email_url": fam_email_url,
    "reversed": fam_reversed, "rot13": fam_rot13, "base64": fam_base64, "hex": fam_hex, "a1z26": fam_a1z26,
    "morse": fam_morse, "nato": fam_nato, "regional_indicators": fam_regional_indicators,
    "upside_down": fam_upside_down,
}


def partial_initial(name: str, rng: random.Random) -> str:
    words = name.split()
    return f"{words[0][0]}. {words[-1]}"


def partial_possessive(name: str, rng: random.Random) -> str:
    return f"{name.split()[-1]}'s"


def partial_misspelt(name: str, rng: random.Random) -> str:
    """One letter wrong in the name's longest word: two letters swapped, one dropped, doubled or replaced."""
    words = name.split()
    i = max(range(len(words)), key=lambda j: len(words[j]))
    w = words[i]
    at = rng.randrange(1, max(2, len(w) - 1))
    w = letter_edit(w, at, rng.choice(["swap", "drop", "double", "replace"]), rng)
    return " ".join([*words[:i], w, *words[i + 1:]])


def letter_edit(w: str, at: int, edit: str, rng: random.Random) -> str:
    """The word with one edit at `at`: the letter swapped with the next, dropped, doubled or replaced."""
    if edit == "swap" and at + 1 < len(w):
        return w[:at] + w[at + 1] + w[at] + w[at + 2:]
    if edit == "drop":
        return w[:at] + w[at + 1:]
    if edit == "double":
        return w[:at] + w[at] + w[at:]
    return w[:at] + rng.choice([c for c in "aeioulnrst" if c != w[at].lower()]) + w[at + 1:]


PARTIAL_FAMILIES: dict[str, Callable[[str, random.Random], str]] = {
    "initial_surname": partial_initial, "surname_possessive": partial_possessive, "misspelt": partial_misspelt}
