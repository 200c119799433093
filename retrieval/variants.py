"""Deterministic name variants of a person target, derived once at registration.

Strong forms identify the person on their own ("Bill Gates" for William Gates, "Gates, William",
"Gates's"); weak forms (a bare surname or given name, an initial with the surname) only make
the target a candidate, because many people share them.  Names are parsed by `nameparser`;
nickname pairs come from the curated `nicknames` dataset and are used only in multi-token forms.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from nameparser import HumanName

from alu.retrieval.names import is_title

if TYPE_CHECKING:
    from nicknames import NickNamer

MIN_PARTIAL_CHARS = 3   # "Al", "Li": too short to mean anything alone
MAX_NICKNAMES = 8       # a given name with dozens of diminutives would flood the matcher


@dataclass(frozen=True)
class NameForms:
    variants: tuple[str, ...]   # strong: each names the person unambiguously enough to flag
    partial: tuple[str, ...]    # weak: needs a second signal


@lru_cache(maxsize=1)
def _nicknamer() -> NickNamer:
    from nicknames import NickNamer

    return NickNamer()


def given_name_forms(given: str) -> list[str]:
    """Other forms of a given name (William -> Bill, Bill -> William), each pair confirmed in both
    directions of the dataset, so one-way entries (John -> Ivan) are left out."""
    namer = _nicknamer()
    key = given.lower()
    nicknames = {n for n in namer.nicknames_of(key) if key in namer.canonicals_of(n) and _hypocorism(n, key)}
    formal = {c for c in namer.canonicals_of(key) if key in namer.nicknames_of(c) and _hypocorism(key, c)}
    return [f.capitalize() for f in sorted(nicknames | formal) if f != key and len(f) > 2][:MAX_NICKNAMES]


def _hypocorism(nick: str, formal: str) -> bool:
    """English pet forms keep the formal name's initial (Jack, Jim) or rhyme with one that does
    (Bill ~ Will, Bob ~ Rob); this drops the dataset's looser links (Fred for Bill, Ian for John)."""
    if nick[:1] == formal[:1]:
        return True
    same_initial = [n for n in _nicknamer().nicknames_of(formal) if n[:1] == formal[:1]]
    return any(nick[1:] == n[1:] for n in same_initial)


def _possessives(form: str) -> list[str]:
    """English genitives: "Oskar Brandvold's", and "Tomas Ekdahls'" for names ending in s."""
    return [form + "'", form + "'s"] if form.endswith("s") else [form + "'s"]


def _split_styled(name: str) -> tuple[str, str]:
    """("Prince Harry", "Duke of Sussex") from "Prince Harry, Duke of Sussex"; else (name, "")."""
    head, sep, tail = name.partition(",")
    if sep and re.search(r"\bof\b", tail):
        return head.strip(), tail.strip()
    return name, ""


def _unique(forms: list[str], exclude: set[str]) -> tuple[str, ...]:
    out, seen = [], {f.casefold() for f in exclude}
    for form in forms:
        form = " ".join(form.split())
        key = form.casefold()
        if form and key not in seen:
            seen.add(key)
            out.append(form)
    return tuple(out)


# particles written one for another in the same name ("Thiago de Neves" for "Thiago das Neves", "bte" for
# "binti", "el-Najjar" for "al-Najjar"): the spelling shifts, the person does not
_PARTICLE_SETS = (("de", "da", "das", "do", "dos", "di", "du", "del", "della"), ("van", "von"),
                  ("bin", "ben", "ibn"), ("binti", "bint", "bte", "bt"))


def _particle_swaps(name: str) -> list[str]:
    words = name.split()
    out = []
    for i, word in enumerate(words[1:-1], 1):
        for group in _PARTICLE_SETS:
            if word.casefold() in group:
                out += [" ".join([*words[:i], other, *words[i + 1:]]) for other in group if other != word.casefold()]
    for i, word in enumerate(words[1:], 1):
        article = re.match(r"(?i)(al|el)([-‐])(?=\w)", word)
        if article:
            rest = word[article.end():]
            other = {"al": "el", "el": "al"}[article.group(1).casefold()]
            out += [" ".join([*words[:i], form, *words[i + 1:]])
                    for form in (f"{other}-{rest}", f"{article.group(1)} {rest}")]
    return out


# an East Slavic patronymic ("Igorevich", "Pavlovna", "Ilyich", "Nikitichna") as the middle of three names
_PATRONYMIC = re.compile(r"^\w{2,}(?:ovich|evich|ovna|evna|ichna|yich|ich)$", re.IGNORECASE)


def person_forms(name: str) -> NameForms:
    """Strong and weak forms of a person's name; a mononym (Confucius) has none beyond itself."""
    head, style = _split_styled(name.strip())
    parsed = HumanName(head)
    first, last = parsed.first.strip(), parsed.last.strip()
    strong: list[str] = []
    weak: list[str] = []
    if style:
        strong.append(style)          # "Duchess of Sussex" names one person at a time
        if len(head.split()) > 1:
            strong.append(head)       # "Prince Harry"; a lone "Meghan" is only a partial form
    if first and last:
        full_no_suffix = " ".join(p for p in (parsed.title, first, parsed.middle, last) if p)
        strong += [head, full_no_suffix, f"{first} {last}", f"{last}, {first}"]
        if not parsed.middle and not parsed.title and " " not in first + last and not is_title(last):
            # the two words the other way round ("Song Yuqing" asked as "Yuqing Song", a list's "Price Dylan");
            # not where that makes a title of the family name ("King Stephen" is another man)
            strong.append(f"{last} {first}")
        if parsed.middle:
            strong.append(f"{first} {parsed.middle} {last}")
            if _PATRONYMIC.search(parsed.middle):   # "Yekaterina Pavlovna": how a Russian is addressed politely
                strong.append(f"{first} {parsed.middle}")
        for nick in given_name_forms(first):
            strong.append(f"{nick} {last}")
        strong += _particle_swaps(head)
        weak += [last, first] + ([f"{first[0]}. {last}"] if first[0].isalpha() else [])
        if " " in last:               # "van Beethoven": the family name's last word is written alone too
            weak.append(last.split()[-1])
            if last.split()[-1][:1].isupper() or "-" in last.split()[-1]:
                strong.append(f"{first} {last.split()[-1]}")   # "Khalid al-Najjar" for Khalid bin Saeed al-Najjar
    elif last or first:
        only = last or first
        if parsed.title:              # "Prince Harry", "Dr. Dre": the title and name together are strong
            strong.append(f"{parsed.title} {only}")
            weak.append(only)
        elif style:                   # "Meghan, Duchess of Sussex": the given name alone is weak
            weak.append(only)
    strong += [p for form in [name, *strong] for p in _possessives(form) if "," not in form]
    weak += [p for form in weak if len(form) >= MIN_PARTIAL_CHARS and "." not in form for p in _possessives(form)]
    weak = [w for w in weak if len(w.replace(".", "").replace(" ", "")) >= MIN_PARTIAL_CHARS
            and not w.replace(".", "").isdigit()]
    variants = _unique(strong, {name})
    return NameForms(variants, _unique(weak, {name, *variants}))
