"""Probes that do not spell the name: what a subject's name is replaced by, and which probes need it.

Three things the RWKU/TOFU protocols share:

- `names_subject_reason`: why a neighbour probe cannot be kept by a model that never learned the registered
  subjects (it asks about or answers with one of their names), so it is reported apart, by reason;
- `description`: an identifying description of a subject written from statements that are never scored
  (RWKU: its level-1 facts; TOFU: the author's first, unscored question), with the name taken out;
- `name_free`: a question whose subject's name is replaced by "this person" after that description.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from functools import lru_cache

from alu.retrieval.normalize import canonical as _canonical

# the same names and probes are folded again and again (every probe against all 200 names)
canonical = lru_cache(maxsize=200_000)(_canonical)

# the reasons a neighbour probe is in the names-subject split, in the order they are tested
REASONS = ("own_name_asked", "own_name_answered", "other_subject")
# not a reason: an answer that shares a word with the subject's name ("Rob Quill" beside a registered Marta Quill) names
# someone else, whom a model that forgot the subject still knows; such probes stay neighbours, in a split of
# their own so that their cost is visible
NAME_WORD = "name_word"


def subject_name(subject: str) -> str:
    """Some subjects carry a qualifier ("Oskar Brandt, Count of Elm"): the name is the part before the comma."""
    return subject.split(",")[0].strip()


def spells(name: str, text: str) -> bool:
    """Does `text` contain `name` as whole words, whatever the case, accents or punctuation?"""
    return f" {canonical(name)} " in f" {canonical(text)} "


def name_words(name: str) -> set[str]:
    """The words of a name that identify it (initials and short particles do not)."""
    return {w for w in canonical(name).split() if len(w) > 2}


def names_subject_reason(subject: str, query: str, gold: str, answer: str, others: Sequence[str] = ()) -> str:
    """Why a neighbour probe of `subject` needs a registered subject's name (a REASONS entry), NAME_WORD when its
    answer only shares a word with the name, "" otherwise.  The question or the gold answer spells the subject's
    name ("___ Quill" completed as "Marta Quill"), or the name of another registered subject (`others`), which
    a deployment forgetting them all refuses."""
    name = subject_name(subject)
    if spells(name, query):
        return "own_name_asked"
    if spells(name, gold):
        return "own_name_answered"
    both = f" {canonical(query)} {canonical(gold)} "
    if any(f" {canonical(o)} " in both for o in others if o != name):
        return "other_subject"
    return NAME_WORD if set(canonical(answer).split()) & name_words(name) else ""


def _name_pattern(name: str) -> re.Pattern:
    return re.compile(rf"(?<!\w){re.escape(name)}(?!\w)", re.I)


def without_name(text: str, name: str, by: str) -> str:
    """`text` with every spelling of `name` replaced by `by` ("Ann Lee's" -> "this person's"); a sentence that
    now starts with `by` starts with a capital."""
    out = _name_pattern(name).sub(by, text)
    return re.sub(rf"(^|[.!?:]\s+){re.escape(by)}", lambda m: m.group(1) + by[0].upper() + by[1:], out)


def mentions_name(text: str, name: str) -> bool:
    """Does any identifying word of the name survive in `text`?"""
    return bool(set(canonical(text).split()) & name_words(name))


def facts_about(statements: list[str], name: str, avoid: list[str], pronoun: str = "this person") -> list[str]:
    """The statements that, with the name replaced by `pronoun`, still say something and name nothing: no word
    of the name left, none of the strings in `avoid` (the answer the description must not give away)."""
    out = []
    for s in statements:
        if not spells(name, s):
            continue
        written = without_name(s, name, pronoun)
        if mentions_name(written, name) or any(a and spells(a, written) for a in avoid):
            continue
        out.append(written if written.rstrip()[-1:] in ".!?" else written.rstrip() + ".")
    return out


def description(statements: list[str], name: str, avoid: list[str], rng: random.Random, k: int = 2) -> str:
    """Up to k of the usable statements, drawn with `rng` ("" when none is usable)."""
    usable = facts_about(statements, name, avoid)
    return " ".join(rng.sample(usable, min(k, len(usable))))


# titles and proper names as a writer marks them: in quotes, or capitalised words in a row (joined by of/the/and/de/la)
_QUOTED = re.compile(r"[\"“‘']([^\"“”‘’']{3,60})[\"”’']")
_CAPITAL_WORD = r"[A-Z][\w-]*(?:['’][a-z]+)?"
_PROPER = re.compile(rf"(?<![.!?]\s)(?<!^)\b{_CAPITAL_WORD}(?:\s+(?:(?:of|the|and|de|la)\s+)*{_CAPITAL_WORD})+")
_CAPITALISED = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z'’-]{3,}\b")


def distinctive_phrases(answers: list[str], statements: list[str], names: list[str]) -> list[str]:
    """Oracle keyphrases: short answers, and the titles and proper names that statements mark, when
    distinctive (an uncommon word to look them up by, no word of any of `names`, six words at most)."""
    from wordfreq import zipf_frequency

    from alu.retrieval.keyphrases import QUERY_ZIPF, phrase_in, query_words

    marked = [m.group(1) for s in statements for m in _QUOTED.finditer(s)]
    marked += [m.group() for s in statements for m in _PROPER.finditer(s)]
    marked += [m.group() for s in statements for m in _CAPITALISED.finditer(s)
               if zipf_frequency(m.group(), "en") < QUERY_ZIPF]  # "Taipei", not "English" or "The"
    phrases = dict.fromkeys(" ".join(x.split()).strip("'’\"”“‘ ") for x in [*answers, *marked])
    kept = [a for a in phrases if a and len(canonical(a).split()) <= 6 and query_words([a])
            and not any(mentions_name(a, n) for n in names)]
    # a word of a title is the title's, not a phrase of its own ("Harmony" of "Harmony of the Horizon")
    return [a for a in kept if not any(a != b and phrase_in(canonical(a), canonical(b)) for b in kept)]


INTRO = "I am asking about someone whose name I will leave out. {description} {question}"


def name_free(question: str, name: str, described: str, pronoun: str = "this person") -> str:
    """The question with the name replaced by `pronoun`, after the description of whom it refers to ("" when a
    word of the name would still be in it)."""
    asked = without_name(question, name, pronoun)
    if mentions_name(asked, name) or mentions_name(described, name):
        return ""
    return INTRO.format(description=described, question=asked)


# ---- TOFU -------------------------------------------------------------------------------------
# an author's first question asks for the name of the author it describes ("What is the full name of the author
# born in ... ?"): that description is the author's, and the question is never scored
_TOFU_DESCRIBED = re.compile(r"\b(?:full name|name) of (?:the|this) ([^?]*\b(?:author|writer)\b[^?]*)\?", re.I)


def tofu_description(first_question: str, first_answer: str, names: list[str]) -> str:
    """The description an author's first (unscored) QA pair gives: the question's "the author born in ...", else
    its answer with the author's names taken out."""
    m = _TOFU_DESCRIBED.search(first_question)
    if m and not any(spells(n, m.group(1)) for n in names):
        return f"the {m.group(1).strip()}"
    text = first_answer
    for n in sorted(names, key=len, reverse=True):
        text = without_name(text, n, "this author")
    return f"the author of whom this is said: \"{text.strip()}\""


TOFU_INTRO = "I am asking about {description}. {question}"


def tofu_name_free(question: str, names: list[str], described: str) -> str:
    asked = question
    for n in sorted(names, key=len, reverse=True):
        asked = without_name(asked, n, "this author")
    return TOFU_INTRO.format(description=described, question=asked)
