"""Is a bare name used as a thing, not as someone's name?  Cues from the words around it: a common noun it
modifies ("Melba toast"), a verb that takes things ("install Django"), a shop's possessive ("<Name>'s return
policy"), said to be a place or a thing ("Is <Name> a good place to retire?").  Conversation scope
(nodes/scope.py) and the answer's sense of a name (nodes/answer_sense.py) ask."""

from __future__ import annotations

import re
from functools import lru_cache

from alu.nodes.answer_sense import _MODEL_NUMBER
from alu.nodes.homonym_cues import named_thing, person_noun_beside, place_of_a_visit, thing_by_context
from alu.nodes.name_use import _FUNCTION_WORDS, _WORD, _words_around, word_zipf
from alu.nodes.person_cues import _PERSON_WORDS, _subject_of, person_cue, person_noun, person_or_agent_noun

UNLISTED_NOUN_ZIPF = 2.5  # a lowercase word the lemma tables lack ("cafe", "bistro") but English uses: a noun


def thing_cue(text: str, start: int, end: int) -> bool:
    """Does the turn treat a frequent name as a place or a thing, with no person cue against it?  "the film
    Coco" (a common noun names what it is), "What is Lincoln in England known for?" (asked *what* it is), "Is
    Coco a sad film?" (said to be something no person is)."""
    said = _said_to_be(text, start, end)
    if said is not None:
        return said
    if person_cue(text, start, end):
        return False
    prev = _words_around(text, start, end)[0]
    if prev and prev.islower() and prev not in _FUNCTION_WORDS and _is_noun(prev) and not person_or_agent_noun(prev):
        return True
    if re.match(r"\s*(?:what|where)\s*(?:is|was|'s)\s+(?:the\s+)?$", text[:start], re.IGNORECASE):
        return True
    return False


# what a person's name stands before when it means the person's works or life ("Tolstoy novels",
# "Melba recordings"): such a modifier still points at the person
_WORKS_AND_LIFE = frozenset(("novel", "book", "story", "poem", "play", "song", "music", "album", "record", "recording",
                             "painting", "film", "movie", "quote", "work", "symphony", "opera", "lyric", "art",
                             "theory", "life", "career", "biography", "family", "legacy", "death", "birth",
                             "fan", "estate", "museum", "archive", "letter", "diary", "speech", "interview"))
# verbs whose object is a thing ("How do I make Melba toast?", "Can I install Django on Windows?")
_THING_VERB = re.compile(r"\b(?:make|cook|bake|brew|buy|install|download|wear|eat|drink|order|use|upgrade)\s+"
                         r"(?:(?:a|an|the|some|my|your)\s+)?(?:[a-z]+\s+)?$", re.IGNORECASE)
_MEANS = re.compile(r"\s+(?:mean|stand\s+for)\b", re.IGNORECASE)


def _lemma_noun(word: str) -> str | None:
    from lemminflect import getAllLemmas

    nouns = getAllLemmas(word).get("NOUN")
    return nouns[0] if nouns else None


_VERB_SLOT = re.compile(r"\b(?:i|you|u|we|they|to|can|should|shall|will|would|must)\s+$", re.IGNORECASE)


def thing_by_use(text: str, start: int, end: int) -> bool:
    """Is a bare name used as a thing, however rare the word?  It modifies a common noun ("Melba toast",
    "Humboldt penguins", "a Django project"), is joined to one ("Pilates and yoga"), is the object of a verb
    that takes things ("make", "install"), or is asked what it means.  A person cue wins, and a noun for
    someone's works or life ("Tolstoy novels") keeps the person."""
    if text[start:start + 1].islower() and _VERB_SLOT.search(text, 0, start):
        return True   # "how do i cook dried beans", "how to cook rice": a verb, written in lower case
    model = _MODEL_NUMBER.match(text[end:])
    if model and not 1000 <= int(model.group(1)) <= 2100:
        return True  # "Levi's 501 jeans", "Boeing 747": a product and its model number, not a year
    if _BARE_POSSESSIVE.match(text, end - 2 if re.search(r"['’]s$", text[start:end]) else end):
        return True  # "Brennan's on Royal Street", "What is Lowe's?": a shop or a restaurant; a person's owns a noun
    if place_of_a_visit(text, start, end) and not {w.casefold() for w in _WORD.findall(text)} & _PERSON_WORDS \
            and not re.match(r"['’]s?\b", text[end:]):
        # "Is <Name> open on Sundays?": the verb after the name is part of what is said of a venue, so only a
        # pronoun or a possessive (a person cue of another kind) speaks for the person
        return True
    if named_thing(text, start, person_noun):
        return True
    if person_cue(text, start, end, verb=False) or person_noun_beside(text, start, end, person_noun):
        return False
    if thing_by_context(text, start, end, person_noun):
        return True   # a verb after the name ("How big is <Name> compared ...") is no person cue against this
    prev, _, nxt, nxt2 = _words_around(text, start, end)
    noun = prev if prev and _DETERMINED_NOUN.search(text[:start]) and not person_or_agent_noun(prev) else None
    if noun and word_zipf(noun) >= UNLISTED_NOUN_ZIPF and not _lemma_known(noun):
        return True   # "the bistro <Name> near ...": a noun for a place the lemma tables lack, whatever verb follows
    if person_cue(text, start, end):
        return False  # "What did the genius <Name> discover?": the verb after it makes it the subject
    if noun and _is_noun(noun):
        return True   # "the new cafe <Name>", "the ship <Name>": a common noun says what it is

    def common_noun(word: str | None) -> bool:
        if not word or not word.islower() or word in _FUNCTION_WORDS or word in _NOT_A_HEAD or person_noun(word):
            return False   # "What is <Name> best known for?": "best" heads no noun phrase
        lemma = _lemma_noun(word)
        return lemma is not None and lemma not in _WORKS_AND_LIFE

    if common_noun(nxt) and not _subject_of(prev, nxt, nxt2) and not re.match(r"\s*,", text[end:]) or (
            nxt in ("and", "or", "vs", "versus") and common_noun(nxt2)):
        return True
    if _THING_VERB.search(text[:start]):
        return True
    return bool(re.search(r"\bwhat\s+does\s+$", text[:start], re.IGNORECASE) and _MEANS.match(text[end:]))


_NOT_A_HEAD = frozenset("best most well really still ever always never also just so very much".split())
_BARE_POSSESSIVE = re.compile(r"['’]s(?:\s*[,?!;:]|\s+(?:on|in|at|near|by|off)\s+(?-i:[A-Z])|"
                              r"\s+(?:to|for)\s+(?:my|our|a|an|the)\b|\s*$|\s+(?:online\s+)?(?:return|refund|"
                              r"delivery|shipping|opening|store|shop|website|app|loyalty|checkout)\s+(?:polic|hours|"
                              r"times|card|scheme|page|fees?|costs?|locations?|assistant)\w*)")   # "'s return policy"


def _said_to_be(text: str, start: int, end: int) -> bool | None:
    """Is the name said to be a thing ("Is <Name> a good place to retire?"), a person, or neither (None)?"""
    said = _SAID_TO_BE.match(text[end:])
    if said and (said.group(1) or re.search(r"\b(?:is|was)\s*$", text[:start], re.IGNORECASE)):
        return _is_noun(said.group(2)) and not person_noun(said.group(2))
    return None


_SAID_TO_BE = re.compile(r"\s+((?:is|was)\s+)?(?:an?|the)\s+(?:[\w-]+\s+){0,3}?([a-z]+)"
                         r"(?=\s*[?.!,;]|\s+(?:from|about|by|for|that|which|with|set|of|in|to)\b|\s*$)")


# a determiner (and an adjective or two) before the lowercase noun just before the name
_DETERMINED_NOUN = re.compile(r"\b(?:the|a|an|my|our|your|this|that)\s+(?:(?:new|old|local|little|small|big)\s+)?"
                              r"(?-i:[a-z]+)\s+['\"“‘]?$", re.IGNORECASE)


def _lemma_known(word: str) -> bool:
    from lemminflect import getAllLemmas
    return bool(getAllLemmas(word))


@lru_cache(maxsize=4096)
def _is_noun(word: str) -> bool:
    from lemminflect import getAllLemmas
    return "NOUN" in getAllLemmas(word)
