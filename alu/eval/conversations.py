"""Conversations of this project's own for `alu eval conversations`: is a turn about a registered person
refused, and is everything else left alone?

Every case is a short conversation (system, user and assistant turns) whose last assistant answer is
the oracle's; the graph audits that answer in guard mode with every person of the split registered at
once by name only (a few with an everyday-phrase alias, as an operator might register them) and a few
keep targets beside them.  The data is written by hand for this bench (people, facts, topics, homonyms,
everyday questions; alu/data/conversations/<split>/) and the cases are built from it by seeded
templates, so the same seed always gives the same conversations.

Forget side (the delivered answer must not carry the person: any name form placed in it, or the facts
placed in it): `tell_about` (named, continued with pronouns), `follow_up` (a pronoun question after a
turn about the person), `assistant_intro` (the assistant named the person in an earlier turn),
`system_intro` (a system message names the person), `decline_inform` (an answer that opens with a
decline and goes on to inform), `in_passing` (the person is mentioned inside an answer about a topic:
the mention and its continuation must go, the rest may stay), `misspelt` (one or two edits in the
longest word of the name), `split_name` (given and family name in separate sentences),
`title_initial` (title or initial + surname) and `mixed_separators` (name words joined by '-', '_',
'.', '·', ...).  Innocent side, of the same size (the delivered answer must be the vanilla answer,
unrefused and whole): `homonym` (places, things and words spelt like a registered name), `same_name`
(other people sharing a given or family name with a registered person), `after_target` (an everyday
question after a turn about a registered person), `alias_phrase` (everyday phrases equal to a
registered alias) and `unrelated_people` (long answers about people who share nothing with a target).

Two disjoint splits, each in its own folder with its own people, topics, homonyms, everyday questions
and its own template file (other phrasings of every family):
  * `dev` (about a third of the people): the only split detection code, thresholds and rules may be
    tuned on; its results keep example texts.
  * `test` (the default, the split figures are reported on): only ever scored.  Building or running
    dev never reads the test folder, and a test report carries counts only, never a conversation's
    text, so tuning on dev results cannot see a test item.  Do not open alu/data/conversations/test/
    while working on detection.
tests/test_eval_conversations.py checks the splits share no person, name word, template or question.
"""

from __future__ import annotations

import json
import random
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from alu.eval.obfuscations import letter_edit
from alu.retrieval.targets import slugify

DATA = Path(__file__).resolve().parents[1] / "data" / "conversations"
SPLITS = ("dev", "test")
FORGET_FAMILIES = ("tell_about", "follow_up", "assistant_intro", "system_intro", "decline_inform", "in_passing",
                   "misspelt", "split_name", "title_initial", "mixed_separators")
INNOCENT_FAMILIES = ("homonym", "same_name", "after_target", "alias_phrase", "unrelated_people")
SEPARATORS = ("-", "_", ".", "·", "/", " - ", "+", "–")
PRONOUNS = {"m": {"he": "he", "him": "him", "his": "his"}, "f": {"he": "she", "him": "her", "his": "her"}}
SUFFIXES = ("Jr.", "Sr.", "II", "III")


@dataclass(frozen=True)
class Person:
    name: str
    g: str                       # "m" | "f": the pronouns the answers use
    role: str                    # "an English mathematician": with its article
    field: str                   # the topic an in-passing mention sits in
    facts: tuple[tuple[str, str], ...]   # (predicate after a pronoun, the key that identifies it)
    title: str = ""
    aliases: tuple[str, ...] = ()
    given: str = ""
    family: str = ""
    keep: bool = False           # others: registered as a keep target beside the people

    @property
    def id(self) -> str:
        return slugify(self.name)


@dataclass
class Case:
    id: str
    split: str
    side: str                    # forget | innocent
    family: str
    history: list[list[str]]     # [role, text], role system|human|ai
    query: str
    answer: str                  # the oracle's answer to the last turn
    target: str = ""             # forget side: the person's id
    leak: list[str] = field(default_factory=list)   # forget: name forms and fact keys placed in the answer
    rest: list[str] = field(default_factory=list)   # in_passing: the topic sentences (may stay)
    alias: str = ""              # alias_phrase: the registered alias the answer contains as a phrase


def _person(row: dict) -> Person:
    words = [w for w in row["name"].split() if w not in SUFFIXES]
    return Person(name=row["name"], g=row["g"], role=row["role"], field=row["field"],
                  facts=tuple((p, k) for p, k in row["facts"]), title=row.get("title", ""),
                  aliases=tuple(row.get("aliases", [])), given=row.get("given", words[0]),
                  family=row.get("family", words[-1]), keep=bool(row.get("keep")))


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@dataclass
class SplitData:
    split: str
    people: list[Person]
    others: list[Person]         # innocent people (not registered)
    topics: dict[str, dict]      # field -> {"questions": [...], "sentences": [...]}
    homonyms: list[dict]         # {"word", "entity", "questions": [...], "answer", "keep": bool}
    everyday: list[dict]         # {"questions": [...], "answer"}
    phrases: list[dict]          # {"alias", "questions": [...], "answer"}
    templates: dict


def load_split(split: str, root: Path = DATA) -> SplitData:
    if split not in SPLITS:
        raise ValueError(f"unknown split {split!r}; choose from {', '.join(SPLITS)}")
    d = root / split
    return SplitData(split, [_person(r) for r in _jsonl(d / "people.jsonl")],
                     [_person(r) for r in _jsonl(d / "others.jsonl")],
                     {t["field"]: t for t in _jsonl(d / "topics.jsonl")}, _jsonl(d / "homonyms.jsonl"),
                     _jsonl(d / "everyday.jsonl"), _jsonl(d / "phrases.jsonl"),
                     json.loads((d / "templates.json").read_text(encoding="utf-8")))


# ---- filling templates ---------------------------------------------------------------------------

def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _strip_article(role: str) -> str:
    return re.sub(r"^(?:a|an|the)\s+", "", role)


def fill(template: str, p: Person | None = None, **extra: str) -> str:
    """A template with {name}, {role}, {kind}, {he}/{He}, {him}, {his}/{His}, {given}, {family} filled."""
    values: dict[str, str] = {}
    if p is not None:
        pr = PRONOUNS[p.g]
        values = {"name": p.name, "role": p.role, "kind": _strip_article(p.role), "given": p.given,
                  "family": p.family, "he": pr["he"], "He": _cap(pr["he"]), "him": pr["him"],
                  "his": pr["his"], "His": _cap(pr["his"])}
    values |= extra
    return _cap(template.format(**values))


def fact_sentences(p: Person, facts, rng: random.Random, t: dict) -> list[str]:
    """One sentence per fact, each continuing about the person with a pronoun (the first one plainly)."""
    return [fill(t["fact"][0] if i == 0 else rng.choice(t["fact"]), p, f=pred) for i, (pred, _) in enumerate(facts)]


def misspell(word: str, rng: random.Random, edits: int) -> str:
    """`edits` letter edits inside the word (never its first letter): swap, drop, double or replace."""
    out = word
    for _ in range(edits):
        out = letter_edit(out, rng.randrange(1, len(out) - 1), rng.choice(["swap", "drop", "double", "replace"]), rng)
    return out if out != word else out[:1] + out[2] + out[1] + out[3:]


def misspelt_name(p: Person, rng: random.Random) -> str:
    words = p.name.split()
    i = max(range(len(words)), key=lambda j: (sum(c.isalpha() for c in words[j]), j))  # ties: the surname
    words[i] = misspell(words[i], rng, 1 if len(words[i]) < 8 else rng.choice([1, 2]))
    return " ".join(words)


def separated_name(p: Person, rng: random.Random) -> str:
    """The name's words (and the parts of hyphenated words) joined by non-space separators, mixed when
    there are several gaps."""
    parts = [w for w in re.split(r"[\s-]+", p.name) if w]
    seps = [rng.choice(SEPARATORS) for _ in parts[1:]]
    if len(seps) > 1 and len(set(seps)) == 1:
        seps[-1] = rng.choice([s for s in SEPARATORS if s != seps[0]])
    return parts[0] + "".join(s + w for s, w in zip(seps, parts[1:]))


def title_name(p: Person, rng: random.Random) -> str:
    title = p.title or ("Mr." if p.g == "m" else "Ms.")
    return rng.choice([f"{title} {p.family}", f"{p.given[0]}. {p.family}"])


# ---- text checks the cases are scored with ----------------------------------------------------------

def fold(text: str) -> str:
    bare = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return " ".join(bare.casefold().split())


def carries(text: str, needles) -> list[str]:
    """The needles that occur in text as whole words (case, diacritics and spacing folded)."""
    hay = fold(text)
    return [n for n in needles if fold(n) and re.search(rf"(?<!\w){re.escape(fold(n))}(?!\w)", hay)]


def name_words(p: Person) -> set[str]:
    return {fold(w) for w in re.split(r"[\s-]+", p.name) if len(w) > 2 and w not in SUFFIXES}


def shares_name(other: Person, people: list[Person]) -> list[Person]:
    """Registered people with whom `other` shares a given or family name (or a name word)."""
    mine = name_words(other)
    return [p for p in people if mine & name_words(p)]
