"""Answers that speak of a target the conversation named before, without naming it themselves.

A document in a system prompt, or an assistant's earlier answer, names a target; the user then asks something
with no name and no back-reference of its own ("any angle for the headline?", "tl;dr?"), and the answer goes
on about the target in pronouns or retells its facts.  Such an answer is about the target as much as one that
names it:

- *retold*: the answer speaks of a person (a pronoun, or a noun for one) and shares fact-carrying words with
  the sentences an earlier message gave the target;
- *pointed back*: the answer's own pronoun, which nothing in the answer resolves, stands for the person named
  most recently before it (nodes/reference.py's rule, run from the answer), unless the user's turn or the
  answer brings in someone of their own first ("my son", "a good mechanic", "your cat") or the assistant
  declined in between (what came after a refusal is a new topic).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from alu.nodes.acquaintances import _PETS, _RELATION, FICTION, first_acquaintance
from alu.nodes.declines import declines
from alu.nodes.mentions import mention_blocks, named_in, shared_words
from alu.nodes.reference import (
    _PRONOUN_WORD,
    agrees,
    back_references,
    given_name_gender,
    is_elliptical,
    is_person_noun,
    person_names,
    said_after,
)
from alu.nodes.scope import ScopeMatch

if TYPE_CHECKING:
    from alu.nodes.evidence import Store

RETOLD_WORDS = 3     # fact-carrying words an answer shares with what an earlier message said of a target
UNSPOKEN_WORDS = 5   # as many again when the answer has no pronoun, only a noun for a person ("a harpist")
# someone a pronoun may stand for that is no one named: "a toddler", "your doctor", "each student", "someone"
_GENERIC = re.compile(rf"\b(?:(?:a|an|the|your|my|our|their|each|every|any|one|this|that)\s+(?:[\w'’-]+\s+){{0,2}}?"
                      rf"(?:{_RELATION}|{_PETS}|person|people|user|reader|writer|speaker|listener|player|toddler|teen|"
                      rf"teenager|adult|guest|host|visitor|owner|applicant|candidate|recruiter|interviewer|author)s?|"
                      rf"someone|somebody|anyone|anybody|everyone|everybody|nobody)\b", re.IGNORECASE)


_GIVEN_WORD = re.compile(r"(?<![.!?:]\s)(?<!^)\b[A-Z][a-z]{2,}\b")   # a capitalised word inside a sentence


def _someone_else(text: str) -> bool:
    """Does the text bring in a person of its own, named or not, or point back by itself (then the turn's own
    reference decides, nodes/mentions.py)?"""
    return bool(person_names(text)) or first_acquaintance(text)[0] is not None or _GENERIC.search(text) is not None \
        or FICTION.search(text) is not None \
        or bool(back_references(text)) or is_elliptical(text) or _given_name_before(text, len(text))


def _given_name_before(text: str, end: int, anywhere: bool = False) -> bool:
    """Is a capitalised given name written before `end` (inside a sentence; `anywhere`: at its start too)?"""
    from alu.nodes.name_use import _FUNCTION_WORDS

    words = re.finditer(r"\b[A-Z][a-z]{2,}\b", text[:end]) if anywhere else _GIVEN_WORD.finditer(text, 0, end)
    return any(w.group().casefold() not in _FUNCTION_WORDS and given_name_gender(w.group()) is not None for w in words)


def retold(store: Store, turns: list[str], response: str) -> list[ScopeMatch]:
    """Targets the answer to the last of `turns` retells from an earlier message, or whose pronoun it carries
    on in."""
    earlier = turns[:-1]
    if not earlier or person_names(response):
        return []
    pronoun = _PRONOUN_WORD.search(response)
    person = pronoun is not None or any(is_person_noun(w, agents=True)
                                        for w in re.findall(r"[a-z]{4,}", response.casefold()))
    if not person:
        return []
    gender = None if pronoun is None else "male" if pronoun.group().casefold() in ("he", "him", "his") else "female"
    need = RETOLD_WORDS if pronoun is not None else UNSPOKEN_WORDS
    for i in range(len(earlier) - 1, -1, -1):
        text = earlier[i]
        for target_id, spans in mention_blocks(store, text)[1].items():
            target = store.get(target_id)
            said = " ".join(text[a:b] for a, b in spans)
            if target is not None and agrees(gender, target.name) and len(shared_words(response, said)) >= need:
                return [ScopeMatch(target_id, i, None, target.name, 0.9, "retold")]
    return pointed_back(store, turns, response)


def pointed_back(store: Store, turns: list[str], response: str) -> list[ScopeMatch]:
    """The target an unresolved pronoun opening the answer's talk of someone stands for: the person named most
    recently before it, when that person is a target of the pronoun's gender and nobody else is in between."""
    refs = [(at, g) for at, g in back_references(response) if g]
    if not refs or _someone_else(turns[-1]) or _GENERIC.search(response, 0, refs[0][0]) \
            or _given_name_before(response, refs[0][0], anywhere=True):   # "If Kofi is willing, let him ..."
        return []
    gender = refs[0][1]
    for i in range(len(turns) - 2, -1, -1):
        text = turns[i]
        if declines(text):
            return []   # a refusal closed what came before it
        targets = named_in(store, text)
        others = person_names(text, [m.span for m in targets if m.span])
        if not targets and not others:
            continue
        fits = [m for m in targets if (t := store.get(m.target_id)) is not None
                and agrees(gender, t.name, said_after(text, m.span))]
        last = max((m.span[0] for m in fits if m.span), default=-1)
        if fits and not any(a > last for a, _ in others):
            return [ScopeMatch(m.target_id, i, None, m.text, 0.9, "reference") for m in fits]
        return []
    return []
