"""Who a description in the turn stands for, where an earlier message labelled someone with those words: "who is
the assignee?" after a pasted ticket's "Assignee: <Name>", "reply to that travel agent" after an email signed
"<Name>\\nTravel Agent", "the sender" after "From: <Name> <address>".  Pasted records, emails and contact cards
name people by field, and a follow-up asks by that field.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from alu.retrieval.names import PARTICLE_PATTERN

if TYPE_CHECKING:
    from alu.nodes.evidence import Store
    from alu.nodes.scope import ScopeMatch

# "the assignee", "that travel agent", "this new contact": up to three lower-case words after the determiner
_DESCRIBED = re.compile(r"\b(?:the|that|this)\s+((?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*)", re.IGNORECASE)
# the fields of an email's header, by the role of whom they name
_HEADER_ROLES = {"from": ("sender", "author", "writer"), "to": ("recipient", "addressee"),
                 "cc": ("recipient",), "reply-to": ("sender",)}
_MAX_LABEL = 60   # a label line longer than this is a sentence, not a field


def _labels(text: str) -> list[tuple[str, str]]:
    """(label words, the text the label names) of one message: "Assignee: <Name>" fields, a signature's title line
    under a name ("<Name>\\nTravel Agent"), "<Name> (guest relations manager ...)", "<Name>, the <role>"."""
    out: list[tuple[str, str]] = []
    for m in re.finditer(r"(?m)^[ \t]*([A-Za-z][A-Za-z -]{1,30}?)[ \t]*:[ \t]*(\S[^\n]*)$", text):
        label = m.group(1).casefold().strip()
        out.append((label, m.group(2)))
        out += [(role, m.group(2)) for role in _HEADER_ROLES.get(label, ())]
    lines = [line.strip() for line in text.splitlines()]
    for above, line in zip(lines, lines[1:]):
        if above and len(above) <= _MAX_LABEL and re.fullmatch(rf"[A-Za-z][A-Za-z ,&-]{{2,{_MAX_LABEL}}}", line):
            out.append((line.casefold(), above))
    for m in re.finditer(r"([A-Z][^\s(),]*(?:\s+[A-Z][^\s(),]*){1,3})\s*(?:\(\s*|,\s+(?:the|our|a|an|my)\s+)"
                         rf"([a-z][a-z -]{{2,{_MAX_LABEL}}})", text):
        out.append((m.group(2).casefold().strip(), m.group(1)))
    return out


def _fits(words: str, label: str) -> bool:
    """Do the turn's words name the label ("the assignee exactly" for "Assignee", "that travel agent" for
    "Travel Agent", "the guest relations manager" for "guest relations manager at a beach resort")?  A label's
    opening words count only where they end in a noun for a person ("the guest" is no "guest relations ...")."""
    from alu.nodes.reference import is_person_noun

    split = words.casefold().split()
    for n in range(1, len(split) + 1):
        prefix = " ".join(split[:n])
        if label == prefix or label.startswith(prefix + " ") and is_person_noun(split[n - 1], agents=True):
            return True
    return False


# a list an earlier message gave ("1. <Name>, a frame builder who ...", "- <Name> (harpist)"), and a turn that picks
# from it by what the item said ("the caster you mentioned", "the lawyer on that list", "the one who converted
# ...") or by place ("the second one", "number 3")
_ITEM = re.compile(r"(?m)^[ \t]*(?:\d{1,2}[.)]|[-*•])[ \t]*\**([^\W\d_][^,:(\n–—*]{1,60}?)\**[ \t]*"
                   r"(?:(?:[,:(–—]|[ \t]-[ \t])[ \t]*([^\n]+))?$")   # the description is optional: "1. <Name>" alone
_PICKED = re.compile(r"\b(?:the|that|this)\s+((?:[\w'’-]+\s+){0,2}?[\w'’-]+)\s+(?:(?:that\s+)?(?:you|u)\s+(?:just\s+)?"
                     r"(?:mentioned|named|listed|said|brought\s+up)|(?:on|in|from)\s+(?:that|the|your|ur)\s+list)\b|"
                     r"\bthe\s+one\s+(?:who|that)\s+([^?.!]+)", re.IGNORECASE)
_ORDINAL = re.compile(r"(?:\b(?:the\s+)?(first|second|third|fourth|fifth|last)\s+(?:one|person|name|guy|woman|man)|"
                      r"(?:\bnumber|\bno\.?|#)\s*([1-5])\b)", re.IGNORECASE)
# a list on one line: "<Name>, <Name>, <Name>." or "Try <Name>, <Name> and <Name>"
_NAME_WORD = rf"(?:[A-ZÀ-Þ][\w'’.-]*|{PARTICLE_PATTERN})"
_INLINE_ITEM = re.compile(rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}}")
_PLACES = {"first": 0, "second": 1, "third": 2, "fourth": 3, "fifth": 4, "last": -1}
_LITTLE = frozenset("the that this you your one who which with about more tell what else list mentioned named "
                    "person people guy woman man from have has been".split())


def _stems(text: str) -> set[str]:
    return {w[:4] for w in re.findall(r"[a-z]{4,}", text.casefold()) if w not in _LITTLE}


def _inline_items(text: str) -> list[tuple[str, str]]:
    for line in text.splitlines():
        parts = re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", re.sub(r"^[^:]*:\s*|[.!]\s*$", "", line.strip()))
        if len(parts) >= 2 and all(_INLINE_ITEM.fullmatch(p) for p in parts):
            return [(p, "") for p in parts]
    return []


def picked_from_list(text: str, turn: str) -> str | None:
    """The item (its name) of a list in `text` that the turn picks, by the words it says of it or by place."""
    items = _ITEM.findall(text) or _inline_items(text)
    if len(items) < 2:
        return None
    place = _ORDINAL.search(turn)
    if place:
        at = _PLACES[place.group(1).casefold()] if place.group(1) else int(place.group(2)) - 1
        return items[at][0].strip() if -len(items) <= at < len(items) else None
    for m in _PICKED.finditer(turn):
        said = _stems(m.group(1) or m.group(2))
        fits = [name for name, desc in items if said and said & _stems(desc)]
        if len(fits) == 1:
            return fits[0].strip()
    return None


def described(store: Store, earlier: list[str], turn: str) -> tuple[list[ScopeMatch], bool]:
    """(targets the turn's descriptions stand for, whether a description found its person at all): a description
    that an earlier message gave to someone else ("that travel agent" signed by another) stands for that one."""
    from alu.nodes.mentions import named_in
    from alu.nodes.reference import person_names
    from alu.nodes.scope import ScopeMatch

    asked = [m.group(1) for m in _DESCRIBED.finditer(turn)]
    if not asked and not _ORDINAL.search(turn):   # "second one sounds good, tell me more": a pick by place
        return [], False
    for i in range(len(earlier) - 1, -1, -1):
        for label, named in _labels(earlier[i]):
            if not any(_fits(words, label) for words in asked):
                continue
            named = re.split(r"\s*[(<,;|]|\s+[-–—]\s+", named, maxsplit=1)[0]   # "<Name> (architect, Lyon)"
            targets = named_in(store, named)
            if targets:
                return [ScopeMatch(m.target_id, i, None, m.text, 0.95, "reference") for m in targets], True
            if person_names(named) or re.search(r"[A-Z][a-z]+\s+[A-Z][a-z]+", named):
                return [], True   # someone else's label
    for i in range(len(earlier) - 1, -1, -1):
        picked = picked_from_list(earlier[i], turn)
        targets = named_in(store, picked) if picked else []
        if targets:
            return [ScopeMatch(m.target_id, i, None, m.text, 0.95, "reference") for m in targets], True
        if picked and person_names(picked):
            return [], True   # someone else on the list
    return [], False
