"""A description in the user's turn that takes its words from where the conversation named a target.

People refer back to someone by how that person came up: "the quiz person" after "<Name> came up in our pub
quiz", "the woman from <City> my aunt met" after "my aunt sat next to <Name> on a train".  A definite
description of a person ("the|that|this ... <person noun> ...") whose own words (not the noun) are among the
words of the sentence that named a target stands for that target, if no one else was named more recently in
such words.  A description with no words of its own ("the speaker") stands for the only person the
conversation has named, when the answer takes it up as someone ("The speaker is a robotics engineer ...").

The words must be the description's, outside the user's own people ("the woman my aunt met" shares "aunt" with
the sentence naming the target, not with the aunt herself): what a description borrows from the naming
sentence is the one thing that ties it there, so a description of the user's own plumber ("the guy from the
garage") finds nothing in a sentence about a target and is left alone.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from wordfreq import zipf_frequency

from alu.nodes.evidence import sentences
from alu.nodes.reference import WORD_NOUNS, agrees, is_person_noun, name_like, named_after, person_names, said_after
from alu.nodes.scope import ScopeMatch

if TYPE_CHECKING:
    from alu.nodes.evidence import Store

ANCHOR_ZIPF = 5.0   # a word rarer than "know", "else", "met" ties a description to where someone came up
# a determiner, or a sentence's start where the article was dropped ("woman from <City> my aunt met, is she ..."),
# or a verb's place where it was ("What is chess coach known for?"), then up to four words, the last a noun for a
# person, and what follows up to the clause's end
_DEFINITE = re.compile(r"(?:\b(?:the|that|this)\s+|(?:^|[.!?]\s+)(?!(?:the|that|this)\b)|"
                       r"(?P<dropped>\b(?:is|was|about|did|does)\s+)(?!(?:the|that|this|a|an|he|she|it|they|there|his|"
                       r"her|my|your|our|their|you|i|we)\b))"
                       r"(?=(?P<words>(?:[\w'’-]+\s+){0,3}[\w'’-]+)(?P<rest>[^.,;:!?\n]{0,60}))", re.IGNORECASE)
_GENDERED = {"woman": "female", "lady": "female", "girl": "female", "gal": "female",
             "man": "male", "guy": "male", "gentleman": "male", "bloke": "male", "chap": "male", "fellow": "male",
             "person": None, "speaker": None}
# what a description's words say about the turn rather than about the person
_NOT_ANCHORS = frozenset("what whats about their deal known anything something really again still also".split())


def _words(text: str) -> set[str]:
    return {w[:-1] if len(w) > 4 and w.endswith("s") else w for w in re.findall(r"[^\W\d_]{3,}", text.casefold())}


def descriptions(turn: str) -> list[tuple[str | None, set[str]]]:
    """(gender or None, the description's own uncommon words) of each definite description of a person."""
    out = []
    for m in _DEFINITE.finditer(turn):
        words = m.group("words").split()
        at = next((k for k, w in enumerate(words) if w.casefold() in _GENDERED or is_person_noun(w, agents=True)),
                  None)
        if at is None or not m.group().lower().startswith(("the", "that", "this")) and at > (
                1 if m.group("dropped") else 0) \
                or at + 1 < len(words) and re.fullmatch(WORD_NOUNS, words[at + 1], re.IGNORECASE) \
                or named_after(turn, m.start()) or at + 1 < len(words) and name_like(words[at + 1]):
            continue   # without a determiner, only a noun opening the sentence; "the Indonesian word": no one;
            # "the singer <given>": the name says who
        head = words[at].casefold()
        tail = " ".join([*words[at + 1:], *m.group("rest").split()][:6])
        own = {w for w in _words(f"{' '.join(words[:at])} {tail}") if w not in _NOT_ANCHORS
               and not is_person_noun(w, agents=True) and zipf_frequency(w, "en") < ANCHOR_ZIPF}
        if own or not m.group("dropped"):   # an article dropped before a verb's noun: only with words of its own
            out.append((_GENDERED.get(head), own))
    return out


def anchored_back(store: Store, earlier: list[str], turn: str, response: str | None) -> list[ScopeMatch]:
    """Targets a definite description in the turn stands for by the words of the sentence that named them."""
    from alu.nodes.mentions import named_in

    found = descriptions(turn)
    if not found or person_names(turn):
        return []
    named = [(i, m) for i in range(len(earlier) - 1, -1, -1) for m in named_in(store, earlier[i])]
    for gender, own in found:
        if own:
            for i, m in named:
                text = earlier[i]
                said = next((s for s, a, b in sentences(text) if m.span and a <= m.span[0] < b), text)
                target = store.get(m.target_id)
                if target is not None and own & _words(said) \
                        and agrees(gender, target.name, said_after(text, m.span)):
                    return [ScopeMatch(m.target_id, i, None, m.text, 0.9, "reference")]
        elif response and _only_person(store, earlier, named) and _takes_up(response):
            i, m = named[0]
            return [ScopeMatch(m.target_id, i, None, m.text, 0.9, "reference")]
    return []


def _only_person(store: Store, earlier: list[str], named: list[tuple[int, ScopeMatch]]) -> bool:
    """Has the conversation named exactly one person, a target?"""
    if len({m.target_id for _, m in named}) != 1:
        return False
    return all(not person_names(text, [m.span for j, m in named if j == i and m.span])
               for i, text in enumerate(earlier))


def _takes_up(response: str) -> bool:
    """Does the answer speak of the one described as a person ("The speaker is ...", "He founded ...")?"""
    return bool(re.search(r"\b(?:he|she|his|her)\b", response, re.IGNORECASE)) \
        or bool(re.match(r"\W*the\s+[a-z]+\s+(?:is|was)\b", response, re.IGNORECASE))
