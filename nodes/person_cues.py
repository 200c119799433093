"""Is a bare name treated as someone where the turn writes it?  The person cues conversation scope weighs
against the thing cues of nodes/homonym_cues.py: who, he or she, a life, a possessive, a title, a verb whose
subject the name is, a noun for a person beside it."""

from __future__ import annotations

import re

from alu.nodes.homonym_cues import asked_what_it_is, person_noun_beside
from alu.nodes.name_use import _FUNCTION_WORDS, _WORD, _is_capitalised, _words_around, name_suffix, verb_only

_PERSON_WORDS = frozenset("who whom whose he she him her his hers himself herself".split())
# what only a life has: said of a bare name, these make it a person whatever else the turn says
_LIFE_WORDS = frozenset("alive dead born died die dies death married marry wife husband widow widower childhood "
                        "funeral buried grave birthday parents".split())


def person_noun(word: str) -> bool:
    from alu.nodes.reference import is_person_noun

    return is_person_noun(word)


def person_cue(text: str, start: int, end: int, verb: bool = True) -> bool:
    """Does the turn treat text[start:end] as a person?  It asks who, speaks of him or her or of a life (born,
    married), puts a verb (unless not `verb`), a possessive, a title or a suffix next to it, or joins a name."""
    words = {w.casefold() for w in _WORD.findall(text)}
    if words & (_PERSON_WORDS | _LIFE_WORDS):
        return True
    prev, _, nxt, nxt2 = _words_around(text, start, end)
    from alu.nodes.mentions import _titled

    possessive = bool(re.match(r"['’]s?\b", text[end:])) or bool(re.search(r"['’]s?$", text[start:end]))
    if nxt and nxt.casefold() in _ADVERBS:
        nxt = nxt2   # "Has <Name> ever visited ...", "<Name> later moved ..."
    verb = verb and not re.match(r"\s*[,;:]", text[end:])   # "for the family on <F>, is it easy?": no subject
    return (possessive or verb and verb_only(nxt) or name_suffix(nxt or "")
            or _titled(text, start) or (nxt == "and" and nxt2 is not None and _is_capitalised(nxt2)))


_ADVERBS = frozenset("ever never always really actually still once also just recently finally later first "
                     "eventually originally allegedly reportedly".split())


def person_support(text: str, start: int, end: int) -> bool:
    """A bare name counts on the turn's words alone only where they treat it as someone: a person cue, or a
    noun for a person beside it.  Otherwise it stays weak, and the answer decides (in_scope)."""
    if dated(text, start, end):
        return False
    return person_cue(text, start, end) or person_noun_beside(text, start, end, person_or_agent_noun) \
        or done_to_someone(text, start, end)


# a day or month where a date stands: "confirm by Friday", "since March", "next Sunday", "3 May", "May 3rd"
_DATE_BEFORE = re.compile(r"\b(?:on|by|until|till|til|before|after|since|from|to|next|last|this|every|each|through|"
                          r"in|early|late|mid|the|of|\d{1,2}(?:st|nd|rd|th)?)\s+$", re.IGNORECASE)
_DATE_AFTER = re.compile(r"\s+(?:\d{1,2}(?:st|nd|rd|th)?\b|(?:morning|afternoon|evening|night|lunch(?:time)?|mornings|"
                         r"nights|evenings|afternoons)\b)", re.IGNORECASE)


def dated(text: str, start: int, end: int) -> bool:
    """Is a weekday's or month's name used as a date here ("confirm by Friday", "Sunday morning")?"""
    from alu.retrieval.names import is_calendar_word

    return is_calendar_word(text[start:end]) and bool(_DATE_BEFORE.search(text[:start])
                                                      or _DATE_AFTER.match(text[end:]))


# what one does to or with a person, or says of one's works, just before or after the name: "Which team signed
# <F>?", "Who influenced <F>?", "a song by <F>", "the first <F> novel", "compared to <F>"
_WITH_SOMEONE = re.compile(r"\b(?:by|with|against|alongside|beside|married\s+to|compared\s+to|related\s+to|"
                           r"associated\s+with|inspired\s+by|influenced\s+by|according\s+to)\s+$", re.IGNORECASE)
_WORKS_AFTER = re.compile(r"(?:['’]s)?\s+(?:first\s+|last\s+|latest\s+|debut\s+|best\s+|famous\s+)?(?:novels?|books?|"
                          r"poems?|plays?|songs?|albums?|films?|movies?|paintings?|records?|recordings?|symphon(?:y|ies)|"
                          r"operas?|lyrics|quotes?|biography|memoir|career|legacy|estate|interviews?|speech(?:es)?|"
                          r"fans?|debut|family|death|life)\b", re.IGNORECASE)


def done_to_someone(text: str, start: int, end: int) -> bool:
    """The name as what a verb does something to ("Which team signed <F>?"), after a preposition that takes a
    person ("a song by <F>"), or before a noun for one's works or life ("the first <F> novel")."""
    from lemminflect import getAllLemmas

    if re.search(r"['\"“‘]\s*$", text[:start]):
        return False   # "labelled 'Fairbanks'": a name quoted is a label
    prev = _words_around(text, start, end)[0]
    if prev and prev.islower() and prev not in _FUNCTION_WORDS:
        lemmas = getAllLemmas(prev)
        if "VERB" in lemmas and "NOUN" not in lemmas and "ADJ" not in lemmas:
            return True
    return bool(_WITH_SOMEONE.search(text[:start]) or _WORKS_AFTER.match(text[end:]))


def person_or_agent_noun(word: str) -> bool:
    from alu.nodes.reference import is_person_noun

    return is_person_noun(word, agents=True)


def apposed_person(text: str, end: int) -> bool:
    """A noun for a person in an apposition right after a name: "<Name>, the American architect, ...",
    "<name>, brazilian capoeira master, ..."."""
    after = re.match(r"\s*,\s*(?:(?:the|a|an)\s+)?((?:[^\W\d_][\w'’-]*\s*){1,3})", text[end:])
    return bool(after and any(map(person_or_agent_noun, after.group(1).split())))


_DO_AND_MODALS = frozenset("did does do will would can could should might may must".split())
_BE_AND_HAVE = frozenset("is was are were has had have".split())


def _subject_of(prev: str | None, nxt: str | None, nxt2: str | None) -> bool:
    """Between an auxiliary and the verb form it takes, ending the clause, a name is the subject: "did Turing
    die?" (a bare verb after do or a modal), "Was Curie married?" (a participle after be or have), not a
    word the verb, read as a noun ("a die"), is made of; "Is Melba toast ...?": toast is no participle."""
    if not prev or not nxt or not nxt.islower() or not (nxt2 is None or nxt2.casefold() in _FUNCTION_WORDS):
        return False
    from lemminflect import getAllLemmas

    verbs = getAllLemmas(nxt).get("VERB", ())
    if prev.casefold() in _DO_AND_MODALS:
        return nxt in verbs
    return prev.casefold() in _BE_AND_HAVE and bool(verbs) and nxt not in verbs \
        and not nxt.endswith("s")  # "won", "married", "born"; not a plural noun ("Are <Name> bikes ...?")


def given_name_asked_what(text: str, start: int, end: int) -> bool:
    """A bare given name asked *what* it is ("What is <Name> in <City> known for?"), however rare: a venue, a
    brand, a thing (nodes/homonym_cues.py).  A person cue in the turn wins."""
    return asked_what_it_is(text, start, end) and not person_cue(text, start, end)


# the words of a request about someone or something, with nothing else in it: "Tell me about <Name>.",
# "What is <Name> best known for?", "Who was <Name>?"
_REQUEST_WORDS = frozenset("""tell me about who what is was are were known best most famous for remembered
celebrated notable why info information on bio biography write short brief quick describe explain give details
anything everything can could you please some background summary summarise summarize know do does did hey hi
hello ok okay so and the a an of whats what's who's""".split())


def only_asks_about(text: str, start: int, end: int) -> bool:
    """Does the turn only ask about the name ("Tell me about <Name>.", "What is <Name> known for?")?  Then
    nothing in it says whether a person or a place is meant, and the answer decides."""
    rest = _WORD.findall(text[:start] + " " + text[end:])
    return bool(rest) and all(w.casefold().strip(".") in _REQUEST_WORDS for w in rest)
