"""A registered name's word inside someone else's name: "Ulysses S. <Family>", "A. R. <Family>", "<Given> de'
<Other>", "San <Given> <Family>"."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from rapidfuzz.distance import OSA

from alu.nodes.name_use import common_word
from alu.nodes.reference import given_name_gender, person_names
from alu.retrieval.misspelt import MIN_TWO_TYPO_CHARS
from alu.retrieval.names import PARTICLES
from alu.retrieval.normalize import canonical

if TYPE_CHECKING:
    from alu.nodes.evidence import Store
    from alu.nodes.scope import ScopeMatch
    from alu.retrieval.targets import Target

_PARTICLE_WORDS = PARTICLES | {"d"}   # "d'Artagnan" splits into "d" and the name
# "San Juan Bautista", "St. Helena": a saint's name, a church or a town, however close to a registered name
_SAINT = re.compile(r"\b(?-i:St|Ste|Saint|Sainte|San|Santa|Santo|São|Sao|Sankt)\.?\s+$")


def in_another_name(store: Store, text: str, m: ScopeMatch) -> bool:
    """Is the match one word of someone else's fuller name ("Ulysses S. <Family>", "A. R. <Family>", "<Given> de'
    <Other>"), or a saint's?  Not where the run opens with the target's other words, in full, as a longer form with
    the same first letter ("James <Middle> <Family>" for "Jim <Family>", "<Given>inho") or as an initial ("<Given>
    P. <Family>")."""
    target = store.get(m.target_id)
    if m.span is None or target is None:
        return False
    if _SAINT.search(text[:m.span[0]]):
        return True
    if len(canonical(m.text).split()) > 1:
        return False
    own = [w for w in canonical(target.name).split() if w not in _PARTICLE_WORDS and w != canonical(m.text)]
    for a, b in person_names(text):
        if a <= m.span[0] and m.span[1] <= b and (a, b) != m.span:
            words = [w for w in canonical(text[a:b]).split() if w not in _PARTICLE_WORDS and w != canonical(m.text)
                     and (w in own or len(w) == 1 or not common_word(w) or given_name_gender(w.title()))]
            # an everyday word is no name's word ("<Family> <Given> Asking for ..."), a given name is ("James");
            # an initial counts only before any other given name: "Ulysses S. <Given>" opens with another given
            # name, whatever the initial after it stands for ("James <Given> <Middle> <Family>" writes it in full)
            told = words if a == m.span[0] else [w for k, w in enumerate(words) if len(w) > 1 or k == 0]
            # a longer form with the same first letter stands before the match ("James <Middle> <Family>"); after
            # it, another family name is someone else's ("<Given> Annan" for a registered "<Given> Amankwah")
            after = set(canonical(text[m.span[1]:b]).split())
            written = any(w == o or w[0] == o[0] and (w not in after or len(w) == 1 or _misspelt(w, o))
                          for w in told for o in own)
            initials = [w for w in words if len(w) == 1]
            return not written or len(initials) == len(words) > len(own)   # "A. R. <Family>" for one given name
    return False


def _misspelt(word: str, own: str) -> bool:
    """One letter off the target's word, two in a long one, as retrieval/misspelt.py counts them."""
    return OSA.distance(word, own) <= (2 if len(own) >= MIN_TWO_TYPO_CHARS else 1)


def answer_names_someone_else(store: Store, response: str, m: ScopeMatch) -> bool:
    """Does the answer write the turn's bare given or family name only inside someone else's fuller name ("the
    singer <given>?" - "You probably mean <Given> <Other>. She ...")?"""
    from dataclasses import replace

    found = [replace(m, span=(f.start(), f.end()), text=f.group())
             for f in re.finditer(rf"(?<![\w-]){re.escape(m.text)}(?![\w-])", response, re.IGNORECASE)]
    return bool(found) and all(in_another_name(store, response, f) for f in found)


def named_as_someone_else(store: Store, turn: str, response: str, m: ScopeMatch) -> bool:
    """Does the turn write a word of the target's name that the answer gives to someone else ("and <given> the
    <role>, what did she do?" after a turn about the target - "That's <Given> <Other>. She ...")?  Then the
    turn's pronoun stands for that other person."""
    from dataclasses import replace

    target = store.get(m.target_id)
    if target is None:
        return False
    words = {w for w in canonical(target.name).split() if w not in _PARTICLE_WORDS and len(w) > 1}
    found = [replace(m, span=(f.start(), f.end()), text=f.group()) for f in re.finditer(r"[^\W\d_]+", turn)
             if canonical(f.group()) in words]
    return any(answer_names_someone_else(store, response, f) for f in found)


_WORD_BEFORE = re.compile(r"(?<![\w'’-])((?-i:[A-Z])[^\W\d_]{2,})\s+$")
PET_PREFIX = 4   # letters a pet form shares with the front of the given name it comes from ("Małgosia")
# how pet forms end in many languages ("Ondra", "Małgosia", "Vanya", "Pepito", "Bobby"): not "Christopher" for Christian
_DIMINUTIVE_ENDINGS = ("a", "ia", "ie", "y", "i", "o", "ito", "ita", "inho", "inha", "ka", "sha", "ya", "ochka", "chen")


def pet_form_before(text: str, start: int, target: Target) -> int | None:
    """Where a pet form of the target's first given name starts, written just before its family name at `start`:
    a front of the given name ("Cora" of Corazon), one sharing its first four letters ("Ondra" of Ondřej), or its
    tail ("Luca" of Gianluca).  Not a given name of the other gender ("Mario" for a registered Maria), nor a longer
    or plain name sharing a front ("Christopher", "Jonas" for Christian, Jonathan)."""
    found = _WORD_BEFORE.search(text[:start])
    words = canonical(target.name).split()
    if found is None or len(words) < 2:
        return None
    pet, given = canonical(found.group(1)), words[0]
    if pet == given or pet in words:
        return None
    shared = len(next((p for p in (given[:n] for n in range(len(given), 0, -1)) if pet.startswith(p)), ""))
    shortened = shared >= PET_PREFIX and len(pet) < len(given) and pet.endswith(_DIMINUTIVE_ENDINGS)
    if not (given.startswith(pet) or shortened or len(pet) >= PET_PREFIX and given.endswith(pet)):
        return None
    theirs, ours = given_name_gender(found.group(1)), given_name_gender(target.name.split()[0])
    return None if {theirs, ours} == {"male", "female"} else found.start(1)
