"""Footprint evidence: a turn that reaches a target without its name.

A target's footprint (retrieval/footprint.py) lists what identifies it: distinctive keyphrases in the
registry's full-text index, and descriptions, facts and typical questions as vectors beside its own.  A
question and its answer are looked up together, since either may carry the identifying part ("the drummer
of the Lanterns" asked, "born in Port Aurelia" answered).  Each piece of evidence is a point: every independent
keyphrase, and every sentence of the question or the answer at the flag threshold of a footprint vector.

- Two points identify the target when the turn speaks of a person without naming one ("he", "who",
  "this person", "the founder of ..."): the turn is about the target and gets the non-answer, as a turn
  naming it would (evidence how="scope").  So does one sentence that restates a footprint fact (RESTATED).
- Otherwise any point, or a sentence at the candidate threshold, makes the target a candidate for the
  auditor, whose prompt carries the footprint.

The person is what the footprint identifies.  A target's works, places and companions are also entities of
their own: "When did <the target's show> first air on <its channel>?" holds two of the target's keyphrases
and asks about neither person nor target, and a model that never learned the target still knows the show.
So a keyphrase spelled in what the question asks, when that points at no one, is no point: the question is
about that entity.  A keyphrase shared by several targets, or contained in another keyphrase found, is no
independent point (the full-text lookup drops both: retrieval/snapshot.py).  An answer that only declines
reveals nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from alu.graph.state import Evidence
from alu.nodes.declines import declines
from alu.nodes.evidence import Store, sentences
from alu.nodes.name_use import _FUNCTION_WORDS
from alu.nodes.reference import is_person_noun, person_names
from alu.retrieval.keyphrases import phrase_in
from alu.retrieval.normalize import canonical
from alu.retrieval.snapshot import SemanticHit

IDENTIFYING_POINTS = 2
# a sentence this close to one of a footprint's vectors restates that fact: one point that identifies alone when
# the turn speaks of someone unnamed (chosen on never-scored material: benchmarks/footprint_dev.py)
RESTATED = 0.75

_PRONOUN = re.compile(r"\b(?:he|she|him|her|his|hers|himself|herself)\b", re.IGNORECASE)
_WHO = re.compile(r"\b(?:who|whom|whose)\b", re.IGNORECASE)
# "this person", "the founder of ...", "the singer who ...", "a poet whose ...": a person described, not named
_DESCRIBED = re.compile(r"\b(?:this|that|the|a|an)\s+(?:([\w-]+)\s+)?([\w-]+)(?:'s|’s)?(?=\s+(?:of|who|whose|behind|"
                        r"from|that|known|best|famous|born)\b|\s*[,.?!]|$)", re.IGNORECASE)
# "this person recorded ...", "that singer's ...": a demonstrative points at someone whatever follows
_POINTED = re.compile(r"\b(?:this|that)\s+(?:([\w-]+)\s+)?([\w-]+?)(?:'s|’s)?\b", re.IGNORECASE)
# nouns for a person beyond what reference.is_person_noun knows: who made or leads something, or kin
_MORE_PERSONS = frozenset("person man woman boy girl founder cofounder co-founder creator co-creator frontman "
                          "frontwoman director producer owner host designer architect star heir widow widower wife "
                          "husband son daughter mother father brother sister".split())


# a capitalised run in the subject's place: after an auxiliary ("Did Anna Holm ...", "Was Port Lane ...") or
# before a possessive ("Anna Holm's ...")
_RUN = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)+"
_SUBJECT = re.compile(rf"\b(?i:did|does|do|is|was|were|has|have|had|can|could|will|would|should)\s+({_RUN})|"
                      rf"\b({_RUN})['’]s\b")


def asks_about_someone_named(question: str) -> bool:
    """Does the question itself (its last sentence: what is asked, after any description) have a name of two
    words or more as its subject ("Did Anna Holm grow up there?", "What was Anna Holm's first book?")?  Then a
    pronoun in the answer is that one's.  The description before it may name others ("This person married
    Anna Holm."): they are what identifies."""
    parts = sentences(question)
    asked = parts[-1][0] if parts else question
    if points_at_someone(asked):
        return False  # "This person was born at St Mary's Hospital": the one pointed at is the subject
    for m in _SUBJECT.finditer(asked):
        run = m.group(1) or m.group(2)
        if run.split()[0].casefold() not in _FUNCTION_WORDS:
            return True
    return False


def _person_noun_in(pattern: re.Pattern[str], text: str) -> bool:
    return any(w is not None and (w.casefold() in _MORE_PERSONS or is_person_noun(w))
               for m in pattern.finditer(text) for w in m.groups())


def points_at_someone(text: str) -> bool:
    """Does the text point at a person with a demonstrative ("this person", "that singer's")?  A role with "the"
    ("the original host of ___") may be a named person's; "this person" is no one named."""
    return _person_noun_in(_POINTED, text)


def describes_a_person(text: str) -> bool:
    """Does the text point at a person by a noun of what they do or are ("this person", "the frontman of", "the
    poet who", "that singer's")?"""
    return _person_noun_in(_DESCRIBED, text) or _person_noun_in(_POINTED, text)


def speaks_of_a_person(text: str, who: bool = True) -> bool:
    """Does the text refer to a person without a name: a personal pronoun, who/whose (unless `who` is False), or
    a person described by a noun of what they do or are?"""
    return bool(_PRONOUN.search(text) or who and _WHO.search(text)) or describes_a_person(text)


# a short answer that is a name and nothing else: capitalised words, joined by the particles of names and titles
_NAME_ANSWER = re.compile(r"[A-Z][\w'’.-]*(?:\s+(?:(?:of|the|and|de|da|van|von|la|le)\s+)*[A-Z][\w'’.-]*){0,5}")


def answers_with_a_name(response: str) -> bool:
    """Is the answer a bare name ("Halvard", "Sir Hal Ostor")?  Answering "who", it is the person asked for."""
    return bool(_NAME_ANSWER.fullmatch(response.strip().rstrip("."))) and not any(c.isdigit() for c in response)


def speaks_of_an_unnamed_person(question: str, response: str) -> bool:
    """Is the turn about someone it does not name?  Not when the question's subject is named ("Did Anna Holm
    ...").  When what it asks names someone and points at no one else ("Fill in the blank: Anna Holm recorded
    ___ with her band."), its pronouns and roles are that one's: only a description before it, or the answer,
    can speak of someone else.  When the answer names someone ("Who directed it?" - "Anna Holm.", or a bare
    "Halvard."), a "who" and the answer's pronouns are that one's: only the question's own references ("he",
    "this person") remain."""
    if asks_about_someone_named(question):
        return False
    parts = sentences(question)
    own = question
    if parts and person_names(parts[-1][0]) and not points_at_someone(parts[-1][0]):
        own = question[:parts[-1][1]]  # what is asked names someone: its pronouns and roles are that one's
    if person_names(response) or answers_with_a_name(response):
        return speaks_of_a_person(own, who=False)
    return speaks_of_a_person(own) or speaks_of_a_person(response)


def asked_about(question: str, phrases: frozenset[str]) -> frozenset[str]:
    """The keyphrases (folded) the question asks about as entities of their own: spelled in what it asks (its
    last sentence) when that refers to no person but by who/whom ("When did <album> come out?", "Who produced
    <album>?").  Such a phrase is the entity's, not the target's: a neighbour question about the target's work."""
    parts = sentences(question)
    asked = parts[-1][0] if parts else question
    if not phrases or speaks_of_a_person(asked, who=False):
        return frozenset()
    folded = canonical(asked)
    return frozenset(p for p in phrases if phrase_in(p, folded))


@dataclass(frozen=True)
class FootprintMatch:
    target_id: str
    keyphrases: frozenset[str]
    closest: float  # the best score of a footprint vector against a sentence of the question or the answer
    close: int      # how many of those sentences are at the flag threshold of one of its footprint vectors


def footprint_matches(store: Store, question: str, response: str, hits: list[list[SemanticHit]],
                      flag_threshold: float) -> list[FootprintMatch]:
    """Targets whose footprint the turn and its answer touch: by a keyphrase, or by a footprint vector among
    `hits` (the FAISS hits of each sentence of the question and of the answer)."""
    found = store.keyphrase_hits([question, response])
    closest: dict[str, float] = {}
    close: dict[str, int] = {}
    for probe in hits:
        best: dict[str, float] = {}
        for hit in probe:
            target = store.get(hit.target_id)
            if target is not None and target.footprint is not None and hit.slot in target.footprint_slots():
                best[hit.target_id] = max(best.get(hit.target_id, 0.0), hit.score)
        for target_id, score in best.items():
            closest[target_id] = max(closest.get(target_id, 0.0), score)
            close[target_id] = close.get(target_id, 0) + (score >= flag_threshold)
    out = []
    for target_id in sorted(set(found) | set(closest)):
        target = store.get(target_id)
        if target is not None and target.kind != "keep":
            out.append(FootprintMatch(target_id, frozenset(found.get(target_id, ())), closest.get(target_id, 0.0),
                                      close.get(target_id, 0)))
    return out


def footprint_verdicts(store: Store, question: str, response: str, hits: list[list[SemanticHit]],
                       candidate_threshold: float, flag_threshold: float) -> tuple[list[FootprintMatch], list[str]]:
    """(the matches that identify their target, ids of the targets the turn only suggests)."""
    if declines(response) or not store.footprint_count():
        return [], []  # no footprint registered: no full-text round trip on every query
    # "Did Anna Holm grow up there? Yes, she ...": the pronoun is hers, whatever the place shares with a target
    person = speaks_of_an_unnamed_person(question, response)
    identified, suggested = [], []
    for m in footprint_matches(store, question, response, hits, flag_threshold):
        # a work, band or place the question asks about is that entity's, not a sign of the person
        points = len(m.keyphrases - asked_about(question, m.keyphrases)) + m.close
        if person and (points >= IDENTIFYING_POINTS or m.closest >= RESTATED):
            identified.append(m)
        elif points or m.closest >= candidate_threshold:
            suggested.append(m.target_id)
    return identified, suggested


def footprint_evidence(store: Store, question: str, response: str, hits: list[list[SemanticHit]],
                       candidate_threshold: float, flag_threshold: float,
                       version: int) -> tuple[list[Evidence], list[str]]:
    """(scope evidence for each target the footprint identifies, ids of the targets it only suggests)."""
    identified, suggested = footprint_verdicts(store, question, response, hits, candidate_threshold, flag_threshold)
    flagged = []
    for m in identified:
        target = store.get(m.target_id)
        flagged.append(Evidence(target_id=m.target_id, name=target.name if target else m.target_id, how="scope",
                                where="query", span=None, text="footprint: " + ", ".join(sorted(m.keyphrases)),
                                score=max(m.closest, 0.9), index_version=version))
    return flagged, suggested
