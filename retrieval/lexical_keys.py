"""The keys under which the lexical matcher indexes a name: its tokens, joined, reversed, in ROT13, upside
down and in family-name-first order, and the consonant skeletons and one-letter deletions of the near tables."""

from __future__ import annotations

import string
from typing import NamedTuple

from alu.retrieval import decoders
from alu.retrieval.normalize import sound_key, surface_tokens

MAX_KEY_TOKENS = 12
MIN_REVERSED_CHARS = 4  # 'niraS'; two- and three-letter words read backwards are other words


class Entry(NamedTuple):  # a tuple: the index holds millions of them at 100,000 targets
    target_id: str
    surface: str
    kind: str      # tokens, joined, reversed, rot13, upside_down, order, sound
    weak: bool
    form: str
    sound: tuple[str, ...] = ()  # consonant skeleton of each word, for entries of the sound tables


_ROT13 = str.maketrans(string.ascii_letters, string.ascii_lowercase[13:] + string.ascii_lowercase[:13]
                       + string.ascii_uppercase[13:] + string.ascii_uppercase[:13])


def rot13(s: str) -> str:
    return s.translate(_ROT13)


def index_keys(surface: str, order_anywhere: bool, derived: bool = False) -> list[tuple[tuple[str, ...], str]]:
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
        keys.append((("".join(t.text for t in surface_tokens(rot13(surface))),), "rot13"))
        rev_toks = tuple(t[::-1] for t in reversed(toks))
        if len(rev_toks) > 1:
            keys.append((rev_toks, "reversed"))              # 'gniK nehpetS'
            keys.append((rev_toks[::-1], "reversed"))        # 'nehpetS gniK': each word backwards
    if len(joined) >= MIN_REVERSED_CHARS and len(toks) > 1:  # 'StephenKing', and 'jayz' spelled out
        keys.append(((joined,), "joined"))
        if len(toks) > 1:
            keys.append((tuple(t.text for t in surface_tokens(rot13(surface))), "rot13"))
    return keys


def _comma_after_first(surface: str) -> bool:
    toks = surface_tokens(surface)
    return len(toks) > 1 and "," in surface[toks[0].end:toks[1].start]


def sound_parts(surface: str) -> tuple[str, ...]:
    return tuple(sound_key(t.plain or t.text) for t in surface_tokens(surface))


def deletions(key: str) -> set[str]:
    return {key[:i] + key[i + 1:] for i in range(len(key))}

