"""Personal names in a text: capitalised runs shaped like a name whose first word is a known given name (the
`gender-guesser` package's lists), initials before a family name, or a name the lists do not know that the text
presents as someone."""

from __future__ import annotations

import re
from functools import lru_cache

from alu.retrieval.names import PARTICLE_PATTERN, given_name_detector

# a run of capitalised words shaped like a personal name ("Ada Okafor", "Jean-Luc Moreau")
# the pronoun I is no word of a name ("So I've ...")
_UP, _LOW = "A-ZÀ-ÖØ-Þ", "a-zß-öø-ÿ'’"   # Latin letters with accents too ("Monte Albán")
_NAME_RUN = re.compile(rf"\b(?!I['’])([{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?)((?:(?:\s+[{_UP}]\.)?\s+"
                       rf"(?:(?:{PARTICLE_PATTERN})\s+|d['’]|de['’]\s+|[ae]l-)?"
                       rf"(?!I['’])[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?){{1,3}})")
# "A. R. Rahman", "J. K. Rowling": initials before a family name
_INITIALS_RUN = re.compile(rf"\b(?:[{_UP}]\.\s*){{1,3}}([{_UP}][{_LOW}]{{2,}})\b")
# "<Given> <Family> was a Ghanaian independence leader": a name the given-name list does not know, presented as
# someone
_PRESENTED = re.compile(r"(?:\s+(?:was|is)|\s*,)\s+(?:a|an|the)\s+((?:[\w-]+\s+){0,3}[\w-]+)")

# "That's <Given> <Family>", "Here's ...": a word that points at the name after it, no part of it ("Cork's
# <Given> Fort" is a place's thing)
_POINTER = re.compile(r"(?:That|It|Here|There|This|Who)['’]s")
_DETERMINERS = frozenset("my your our his her their its".split())   # "My Fair Lady": a title, no one named My
_PLACE_BEFORE = re.compile(r"\b(?:from|in|near|outside|around|across|to|into|at|visit|visiting|visited)\s+(?:the\s+)?$"
                           r"|\bof\s+the\s+$|\b(?:coast(?:line)?|island|city|town|village|province|state|county|"
                           r"region|capital|streets|shores?)\s+of\s+$")
_ATTRIBUTIVE = re.compile(r"\s+(?-i:[a-z][a-z-]+)(?:\s+(?-i:[a-z][a-z-]+))?\s*(?:[,.;:!?]|\s+(?:from|who|in|and)\b|$)")


def _opens_sentence(text: str, start: int) -> bool:
    before = text[:start].rstrip()
    return not before or before[-1] in ".!?:;\n\"“("


@lru_cache(maxsize=65536)
def given_name_gender(word: str) -> str | None:
    """'male', 'female', 'either' for a given name; None for a word that is no given name."""
    detector = given_name_detector()
    found = detector.get_gender(word)
    if found == "unknown":
        return None
    # a name that is a man's in one country and a woman's in another ("Jean", "Joan", "Andrea") says nothing
    sides = {g.rsplit("_", 1)[-1] for g in (detector.get_gender(word, c) for c in detector.COUNTRIES)
             if g.endswith(("male", "female"))}
    if len(sides) > 1:
        return "either"
    return found if found in ("male", "female") else "either"  # "mostly_...", "andy": either


def _presented_as_someone(text: str, end: int) -> bool:
    """Does the text go on to say the run is someone ("... is a goalkeeper", ", a Ghanaian independence leader")?"""
    from alu.nodes.reference import is_person_noun

    said = _PRESENTED.match(text, end)
    return said is not None and any(is_person_noun(w, True) for w in said[1].split())


def person_names(text: str, skip: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """Spans of personal names in text: capitalised runs whose first word is a known given name and
    is not a sentence's capitalised function word ("The", "New").  `skip`: spans already accounted for."""
    from alu.nodes.name_use import _FUNCTION_WORDS, VERY_COMMON_ZIPF, common_word, word_zipf
    from alu.retrieval.names import is_dictionary_word

    out = []
    pos = 0
    while (m := _NAME_RUN.search(text, pos)) is not None:
        pos = m.end()
        first = m.group(1)
        if _POINTER.fullmatch(first):   # "That's <Given> <Family>": the name starts after the word
            pos = m.end(1)
            continue
        presented = _presented_as_someone(text, m.end())
        if first.casefold() in _FUNCTION_WORDS | _DETERMINERS or given_name_gender(first) is None and (
                common_word(first) or not presented):
            continue
        rest = m.group(2).split()
        if not presented and (common_word(first) and is_dictionary_word(first) and all(common_word(w) for w in rest)
                              and _opens_sentence(text, m.start())
                              or all(word_zipf(w) >= VERY_COMMON_ZIPF for w in [first, *rest])):
            continue  # "Will Power", "May Day" at a sentence's start, "Just One" anywhere: words ("Emma Stone": a name;
            # "Hope Solo is a goalkeeper": presented as someone)
        if skip and any(a < m.end() and m.start() < b for a, b in skip):
            continue
        if _PLACE_BEFORE.search(text[:m.start()]) or _ATTRIBUTIVE.match(text, m.end()) \
                and re.search(r"(?:\b(?:an?|the)|\d|['’]s)\s+$", text[:m.start()], re.IGNORECASE):
            continue  # "from Al Ain", "a Hong Kong film editor", "the 2011 Pan American championships": a place
            # or a thing, not someone named after the subject
        out.append(m.span())
    out += [m.span() for m in _INITIALS_RUN.finditer(text) if not common_word(m.group(1))
            and not any(a < m.end() and m.start() < b for a, b in [*out, *(skip or [])])]
    return sorted(out)
