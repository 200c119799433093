"""What an answer says a bare name the turn used stands for: the person (a sentence that opens with it and
says who it is, or goes on in his or her pronoun), or a place, a product, someone else (the name's shape
where the answer first writes it).  Conversation scope (nodes/scope.py) asks when the turn alone leaves it open.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from alu.nodes.name_use import _words_around, part_of_another_name

if TYPE_CHECKING:
    from alu.nodes.evidence import Store
    from alu.nodes.scope import ScopeMatch
    from alu.retrieval.targets import Target

_MODEL_NUMBER = re.compile(r"(?:['’]s)?\s+(\d{1,4})(?![\d.,:/])")
# "the town of Hershey": the name of a place
_PLACE_OF = re.compile(r"\b(?:town|city|village|borough|county|state|province|island|port|region|district|suburb)"
                       r"\s+of\s+$", re.IGNORECASE)


def first_use(response: str, form: str) -> tuple[int, int] | None:
    """Where the answer first writes the bare form as a word of its own; a form the user wrote in lower case
    ("is sleepy hollow by irving ...") where the answer writes it capitalised, as a name."""
    found = re.search(rf"(?<![\w-]){re.escape(form)}(?![\w-])", response)
    if found is None and form.islower():
        found = next((m for m in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", response, re.IGNORECASE)
                      if m.group()[:1].isupper()), None)
    return found.span() if found else None


def answer_takes_it_for_something_else(store: Store, response: str, m: ScopeMatch, target: Target,
                                       earlier: list[str] | tuple[str, ...] = ()) -> bool:
    """Does the answer show that a bare name the turn used (a family or given name alone) meant a place, a
    product or someone else?  It never names the target by a full form, and where it first writes the bare
    name it is a place or a product by its shape ("the town of Hershey", "Levi's 501 jeans") or part of
    another name ("Peach Melba", "Rudolph the Red-Nosed Reindeer").  A misspelt or full name is never
    second-guessed this way.  An earlier message (a retrieved guide in the system prompt) may have said what
    the name is: "<Name>, a wine village in ..."."""
    from alu.nodes.epithets import alias_for_a_thing, is_alias

    if is_alias(m.text, target):   # "When did <Title> come out?" - "<Band> released <Title> in 2012"
        first = first_use(response, m.text)
        return first is not None and alias_for_a_thing(response, *first, target)
    if m.why not in ("surname", "partial name") or not m.text:
        return False
    if any(h.target_id == target.id for h in store.lexical(response)):
        return False
    if any((at := first_use(text, m.text)) and _SAID_TO_BE_A_PLACE.match(text, at[1])
           and not any(h.target_id == target.id for h in store.lexical(text)) for text in earlier):
        return True
    first = first_use(response, m.text)
    if first is None:
        return False
    start, end = first
    model = _MODEL_NUMBER.match(response[end:])
    # mostly the shape of the name, not what the answer says it is: "X is a legend of the track" is a person,
    # and no list of person nouns is complete; a closed list of places and vessels is ("X is a fishing town")
    from alu.nodes.thing_use import thing_by_use

    return bool(_PLACE_OF.search(response[:start])) or part_of_another_name(response, start, end, target) \
        or bool(model and not 1000 <= int(model.group(1)) <= 2100) or bool(_SAID_TO_BE_A_PLACE.match(response, end)) \
        or bool(_SAID_TO_BE_A_WORD.match(response, end)) or thing_by_use(response, start, end)


_SAID_TO_BE_A_PLACE = re.compile(
    r"(?:\s+(?:is|was)|\s*,)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:town|city|village|hamlet|suburb|port|harbour|island|"
    r"river|lake|mountain|valley|county|province|region|district|ship|steamer|vessel|liner|yacht)\b", re.IGNORECASE)
# what says the name is a word or a product: "'<Name>' means 'star'", "'<Name>' is the word for miller", "<Name>'s
# is a denim brand", "<Name> is informal slang for ..."
_SAID_TO_BE_A_WORD = re.compile(
    r"['\"”’]?\s+(?:means|meant|stands\s+for|is\s+(?:\w+\s+)?(?:slang|short)\s+for|(?:is|was|are)\s+(?:an?|the)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:word|term|name\s+for|brand|label|dish|salad|stew|soup|drink|fish|cheese|sauce)\b)",
    re.IGNORECASE)
# after a bare name that opens a sentence, what says the name is a person's: "X is best known as a Danish
# physicist", "X was an English mathematician", "X, a Polish-French chemist, ..."
_SAID_TO_BE_SOMEONE = re.compile(
    r"(?:\s*,\s*|\s+(?:is|was|became|becomes)\s+(?:(?:best|widely|mainly|mostly|chiefly|still|often|now)\s+)?"
    r"(?:(?:known|remembered|regarded|described|celebrated|famous)\s+(?:as\s+)?)?)"
    r"(?:an?|the|one\s+of\s+the)\s+([^,.;:!?()]{1,80}?)(?=\s*[,.;:!?()]|\s+(?:who|whose|whom|that|which)\b|$)")


def answer_takes_it_for_the_person(response: str, form: str, target: Target) -> bool:
    """Does the answer, where it first writes the bare name, open a sentence with it as a person: said to be
    someone by a person noun ("Turing was an English mathematician"), or followed by a sentence that goes on
    about him or her in a pronoun that fits the target's given name?  Only the shape counts: "Darwin is a
    city in Australia. It ..." is no person, and a first use inside another name ("Isaac Newton" for another
    Newton) is someone else."""
    from alu.nodes.evidence import sentences
    from alu.nodes.reference import agrees, is_person_noun, opening_reference

    first = first_use(response, form)
    if first is None:
        return False
    start, end = first
    if not _words_around(response, start, end)[1] or part_of_another_name(response, start, end, target):
        return False
    said = _SAID_TO_BE_SOMEONE.match(response, end)
    # a noun for a person among what it is said to be, not a nationality ("a Ukrainian surname meaning 'frost'":
    # "Ukrainian" ends like "historian")
    if said and any(is_person_noun(w) for w in re.findall(r"\b[a-z]+\b", said.group(1))):
        return True
    following = [(s, a) for s, a, _ in sentences(response) if a > start]
    if following:
        refers, gender = opening_reference(following[0][0])
        return refers and gender is not None and agrees(gender, target.name)
    return False


# the answer's first words say what the one asked about is: "That would be a ...", "It's an ...", "This is the ..."
_SAYS_WHAT_ONE_IS = re.compile(r"\s*(?:that|this|it)(?:['’]s|\s+(?:is|was|would\s+be|must\s+be|sounds\s+like|"
                               r"seems\s+to\s+be))\s+(?:an?|the)\s", re.IGNORECASE)


def answer_speaks_of_someone(response: str, target: Target, *, first_only: bool = False) -> bool:
    """Does the answer go on about a person in a pronoun that fits the target: in its first sentence ("She was
    born in ..."), or, naming no one, in any of its sentences ("Here's an overview: - Field: architecture - He
    designed ...")?"""
    from alu.nodes.evidence import sentences
    from alu.nodes.reference import agrees, is_person_noun, opening_reference, person_names

    if first_only:
        said = list(sentences(response))[:2]
        refers, gender = opening_reference(said[0][0]) if said else (False, None)
        if not refers and len(said) == 2 and _SAYS_WHAT_ONE_IS.match(said[0][0]) \
                and any(is_person_noun(w, agents=True) for w in re.findall(r"[a-z][\w-]*", said[0][0])):
            refers, gender = opening_reference(said[1][0])   # "That would be a vocal coach in Busan. She ..."
        return refers and gender is not None and agrees(gender, target.name)
    if person_names(response):
        return False
    for sentence, _, _ in sentences(response):
        for line in sentence.split("\n"):
            refers, gender = opening_reference(line.lstrip("-*• \t"))
            if refers and gender is not None:
                return agrees(gender, target.name)
    return False


def answer_completes_the_name(store: Store, response: str, form: str, target: Target) -> bool:
    """Does the answer write, as a name, the other half of the target's name the turn wrote one half of, and go
    on about someone the target can be?  "Which hydrologist has the surname <F>? I forgot the first name."
    answered "That's <G>. She designed ..." puts the whole name together over the question and the answer."""
    from alu.nodes.mentions import split_name
    from alu.retrieval.normalize import canonical

    said = canonical(response)
    if not any(w in said for w in canonical(target.name).split() if w not in canonical(form).split()):
        return False   # no other word of the name anywhere in the answer: no need to look closer
    halves = [h for h in store.weak_lexical(response, {target.id})
              if h.form == "partial" and "." not in h.surface and response[h.start:h.start + 1].isupper()
              and not part_of_another_name(response, h.start, h.end, target)]
    return bool(halves) and split_name(response, [*halves, replace(halves[0], surface=form)], target)


def answer_repeats_the_name(store: Store, response: str, question: str, span: tuple[int, int] | None,
                            target: Target) -> bool:
    """Does the answer write the target's whole name, as the question did, in words of its own?  A name in
    another script matched only by its sound ('Балинт Ковач') is a candidate, since everyday words of that
    language can sound alike; the answer taking it up ("Конечно: Балинт Ковач работает ...") settles it,
    unless it only repeats the question's sentence (a grammar check of "कमरे में रोशनी कम है").  Parts of
    the name do not count."""
    if span is None or question[span[0]:span[1]].isascii() \
            or not any(h.form == "name" for h in store.weak_lexical(question[span[0]:span[1]], {target.id})):
        return False

    def around(text: str, a: int, b: int) -> tuple[str, str]:
        before, after = re.findall(r"\w+", text[:a])[-1:], re.findall(r"\w+", text[b:])[:1]
        return (before[0] if before else ""), (after[0] if after else "")

    asked = around(question, *span)
    return any(h.form == "name" and not {x for x in zip(asked, around(response, h.start, h.end)) if x[0] == x[1] != ""}
               for h in store.weak_lexical(response, {target.id}))
