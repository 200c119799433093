"""Conversation scope: is the user asking *about* a target?

A model that never learned a target cannot answer a question about it, so when the current user
turn refers to a target, any informative answer is a leak whether or not it spells the name.  This
module decides that without an LLM:

- a strong name form (name, alias, derived variant) in the current turn puts the target in scope (one word
  only as a bare family name does: "Madeleine" is as ambiguous);
- a weak form (bare surname, given name, "O. Brandvold", a misspelt full name "Oskar Brandvlod") makes
  it a candidate; it is in scope only with support: used as a name on its own (not part of another person's
  name such as "Oskar Lindahl" or a title such as "Duke of Brandvold") and, for a bare given name, a second
  signal (another form of the same target, in the turn or in the answer, or a fact/example match);
- a back-reference ("What did she write next?") to a target named earlier in the conversation, by
  anyone (nodes/reference.py): nearness in the thread alone puts nothing in scope;
- a fact or example vector of the target close to the user turn puts it in scope, unless a
  keep exemplar is closer (topics such as hazardous chemistry versus ordinary chemistry);
- a topic with a calibrated probe (a linear classifier over the turn's vector) is in scope when
  the probe fires; its examples, which trained the probe, are then not matched one by one.

Only informative answers are flagged: one that only declines is left alone (a decline that goes on
to inform is no decline: nodes/declines.py).  Whether a bare form is used as the target's name is
judged word by word in nodes/name_use.py, with the cues that a form names a work, a character of one or a
venue in nodes/homonym_cues.py; the fact and example scores come from nodes/scope_examples.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

import numpy as np

from alu.graph.state import Evidence
from alu.nodes.acquaintances import bare_form, known_forms, namesakes_from, others_in
from alu.nodes.answer_sense import (
    answer_completes_the_name,
    answer_repeats_the_name,
    answer_speaks_of_someone,
    answer_takes_it_for_something_else,
    answer_takes_it_for_the_person,
)
from alu.nodes.declines import declines
from alu.nodes.epithets import alias_for_a_thing, epithet_for_the_person
from alu.nodes.epithets import written_as_name as epithet_written_as_name
from alu.nodes.homonym_cues import used_as_a_word
from alu.nodes.keep_names import shares_keep_name
from alu.nodes.name_use import (
    _is_surname,
    _words_around,
    miscased_common_word,
    someone_elses_double_barrel,
    standalone_name,
    word_zipf,
)
from alu.nodes.person_cues import (
    apposed_person,
    given_name_asked_what,
    only_asks_about,
    person_or_agent_noun,
    person_support,
)
from alu.nodes.scope_examples import WEAK_EXAMPLE_THRESHOLD, example_scores, global_threshold, has_examples
from alu.nodes.thing_use import thing_by_use as thing_by_use  # nodes/mentions.py and tests import it from here
from alu.nodes.thing_use import thing_cue
from alu.retrieval.names import is_place_or_date
from alu.retrieval.normalize import canonical
from alu.retrieval.store import SemanticHit

if TYPE_CHECKING:
    from alu.nodes.evidence import Store

RARE_GIVEN_NAME_ZIPF = 3.8  # a given name this rare ("Thorvald", "Ignatia") points at one person by itself
AMBIGUOUS_NAME_ZIPF = 3.3  # a bare name this frequent is also a place, a film, a thing: a cue to that rules it out


@dataclass(frozen=True)
class ScopeMatch:
    target_id: str
    turn: int          # index among the user turns searched (the last one is the current turn)
    span: tuple[int, int] | None
    text: str
    score: float
    why: str           # "name", "surname", "misspelt name", "partial name", "weak", "example", "probe"
    plain: bool = False  # weak only for want of a person cue in the turn: an answer about him or her settles it


def lexical_scope(store: Store, turns: list[str]) -> list[ScopeMatch]:
    """Targets referred to by name in the user turns: strong forms always, weak forms with support."""
    found: list[ScopeMatch] = []
    weak_by_target: dict[str, list[ScopeMatch]] = {}
    for i, text in enumerate(turns):
        weak_hits = store.weak_lexical(text, typos=True)
        known = known_forms(text, weak_hits)
        later = namesakes_from(text, [h for h in weak_hits if h.form == "partial"], {
            h.target_id: t.name for h in weak_hits if (t := store.get(h.target_id)) is not None})
        for hit in store.lexical(text):  # strong forms, and weak ones the matcher confirmed by a second form
            target = store.get(hit.target_id)
            if target is not None and target.kind != "keep" and one_word_form(hit.surface) \
                    and bare_form(hit.surface) in known:
                continue
            if target is not None and target.kind != "keep" and one_word_form(hit.surface):
                # "Madeleine", "Kestrel": one word, as ambiguous as a bare given or family name; a one-word
                # registered name is the name the person goes by, like a family name
                if standalone_name(text, hit.start, hit.end, target) \
                        and not (hit.form == "alias" and alias_for_a_thing(text, hit.start, hit.end, target)):
                    why = "surname" if canonical(hit.surface) == canonical(target.name) else "partial name"
                    weak_by_target.setdefault(hit.target_id, []).append(ScopeMatch(
                        hit.target_id, i, (hit.start, hit.end), text[hit.start:hit.end], 0.9, why))
            elif target is not None and target.kind != "keep" \
                    and not someone_elses_double_barrel(text, hit.start, hit.end, target) \
                    and not (hit.how == "exact" and miscased_common_word(text, hit.start, hit.end, hit.surface)) \
                    and not (hit.form == "alias" and (used_as_a_word(text, hit.start, hit.end)
                                                      or alias_for_a_thing(text, hit.start, hit.end, target))):
                found.append(ScopeMatch(hit.target_id, i, (hit.start, hit.end), text[hit.start:hit.end], 1.0, "name"))
        kept = [(h.start, h.end) for h in store.lexical(text) if (k := store.get(h.target_id)) and k.kind == "keep"]
        for hit in weak_hits:
            target = store.get(hit.target_id)
            if target is None or hit.how not in ("exact", "obfuscated") or target.kind == "keep" \
                    or bare_form(hit.surface) in known or hit.start >= later.get(bare_form(hit.surface), len(text)):
                continue   # "our maths teacher Mr. <Family>": an acquaintance of the user (nodes/acquaintances.py)
            if any(a <= hit.start and hit.end <= b for a, b in kept):
                continue  # a word of a name registered to be kept ("Will Smith" kept, "Smith" forgotten)
            # a misspelt name is the whole name, one letter off, and no English word: the neighbouring words
            # cannot make it someone else's ("Dr Oskra Brandvold" is still Oskar Brandvold)
            if hit.form == "alias" and epithet_written_as_name(text, hit.start, hit.end):
                # an everyday-phrase alias: never a name by its words alone (nodes/epithets.py decides)
                weak_by_target.setdefault(hit.target_id, []).append(ScopeMatch(
                    hit.target_id, i, (hit.start, hit.end), text[hit.start:hit.end], 0.9, "alias"))
            elif hit.form != "alias" and (hit.form == "misspelt" or standalone_name(text, hit.start, hit.end, target)
                                          and not used_as_a_word(text, hit.start, hit.end)):   # "the plural of <F>"
                why = "misspelt name" if hit.form == "misspelt" else \
                    "surname" if _is_surname(hit.surface, target) else "partial name"
                weak_by_target.setdefault(hit.target_id, []).append(ScopeMatch(
                    hit.target_id, i, (hit.start, hit.end), text[hit.start:hit.end], 0.9, why))
    named = {m.target_id for m in found}
    for target_id, matches in weak_by_target.items():
        if target_id in named:
            continue
        # two words of the name count together only where each may be a name ("Shannon airport ... some Keane")
        distinct = {canonical(m.text) for m in matches if not thing_by_use(turns[m.turn], *(m.span or (0, 0)))
                    and not (is_place_or_date(m.text) and not person_support(turns[m.turn], *(m.span or (0, 0))))}
        target = store.get(target_id)

        def plain(m: ScopeMatch) -> bool:   # a name by the words around it, nothing making it a thing
            text, (a, b) = turns[m.turn], m.span or (0, 0)
            return m.why == "misspelt name" or m.why != "alias" \
                and (m.why == "surname" or word_zipf(m.text) < RARE_GIVEN_NAME_ZIPF
                     or _INITIALLED.match(m.text) and not re.search(r"[^\W\d_]\.\s*$", text[:a])
                     or _role_beside(text, a, b)) \
                and (word_zipf(m.text) < AMBIGUOUS_NAME_ZIPF or not thing_cue(text, a, b)) \
                and not thing_by_use(text, a, b) and not (m.why == "partial name" and given_name_asked_what(text, a, b))

        plain_ones = [m for m in matches if plain(m)]
        # a family name is how the famous are spoken of ("What did <F> paint?"): it counts unless the turn makes it
        # a thing; a given name is shared by far more people, and needs a reason in the turn to be this one
        # ... unless it is also a large city or a country ("Is <F> in Nicaragua safe?"): then it needs one too
        if any(m.why == "misspelt name" or m.why == "surname" and not is_place_or_date(m.text)
               or person_support(turns[m.turn], *(m.span or (0, 0))) for m in plain_ones) \
                or len(distinct) > 1:
            if any(shares_keep_name(store, turns[m.turn], m.text, target) for m in matches):
                # "What is Darwin in Australia like?" with the city registered to be kept: no more than weak,
                # which an answer that takes it for the person still settles (in_scope)
                found.extend(ScopeMatch(m.target_id, m.turn, m.span, m.text, m.score, "weak") for m in matches[:1])
                continue
            found.append(matches[0])
        else:   # a plain name with nothing for the person in the turn: the answer decides (in_scope)
            found.extend(ScopeMatch(m.target_id, m.turn, m.span, m.text, m.score, "weak", bool(plain_ones))
                         for m in (plain_ones or matches)[:1])
    return found


_TRAVEL = re.compile(r"\b(?:to|from|via)\s+$", re.IGNORECASE)   # "from Managua to <Word> in Nicaragua"
_IN_COUNTRY = re.compile(r"\s+in\s+(?-i:[A-Z])")
_IN_PLACE = re.compile(r"\b(?:in|near|around|outside)\s+(?:the\s+)?$", re.IGNORECASE)   # "... to Copacabana in Rio?"
_INITIALLED = re.compile(r"[^\W\d_]\.?\s")   # "H. Berry", "H Berry": the family name with an initial

def _role_beside(text: str, start: int, end: int) -> bool:
    """A noun for a person right before a given name or in an apposition after it ("the architect <Given>",
    "<Given>, the American architect"): a common given name is then someone's, not a word."""
    prev = _words_around(text, start, end)[0]
    return bool(prev and prev.islower() and person_or_agent_noun(prev)) or apposed_person(text, end)


def one_word_form(surface: str) -> bool:
    """A one-word strong form ("Madeleine", "Kestrel") is as ambiguous as a bare given or family name."""
    return len(canonical(surface).split()) == 1


def example_scope(store: Store, question_vector: np.ndarray | None, k: int, weak: set[str],
                  hits: list[SemanticHit] | None = None) -> list[ScopeMatch]:
    """Targets whose facts or examples are close to the current user turn, unless a keep exemplar is closer."""
    if question_vector is None:
        return []
    default = global_threshold(store)
    probed = store.probe_table().members
    out = []
    for target_id, score in example_scores(store, question_vector, k, hits).items():
        if target_id in probed:
            continue   # a topic with a fitted probe is decided by it (its examples trained it)
        target = store.get(target_id)
        assert target is not None  # example_scores scores only the targets this store has
        threshold = target.flag_threshold or default
        if target_id in weak:
            threshold = min(threshold, target.candidate_threshold or WEAK_EXAMPLE_THRESHOLD)
        if score >= threshold:
            out.append(ScopeMatch(target_id, -1, None, "", round(score, 4), "example"))
    return out


def probe_scope(store: Store, question: str, question_vector: np.ndarray | None) -> list[ScopeMatch]:
    """Topics whose probe (retrieval/probes.py) fires on the current user turn: one product per topic."""
    if question_vector is None:
        return []
    return [ScopeMatch(target_id, -1, None, "", p, "probe")
            for target_id, p in store.probe_table().fired(question, question_vector).items()]


def in_scope(store: Store, turns: list[str], question_vector: np.ndarray | None = None, k: int = 8,
             question_hits: list[SemanticHit] | None = None, response: str | None = None) -> list[ScopeMatch]:
    """Every target the current turn (the last of `turns`: the conversation's messages, oldest first) is
    about, strongest reason first: named in it, referred back to, or matched by its facts and examples.
    An earlier message counts only through a back-reference or a weak form of the same target.  A bare
    surname the turn's own words leave open (a place? a thing?) counts when `response`, the answer, takes
    it for the person."""
    from alu.nodes.anchored import anchored_back
    from alu.nodes.mentions import antecedents, named_in
    from alu.nodes.other_names import answer_names_someone_else, in_another_name, named_as_someone_else
    from alu.nodes.retold import retold
    from alu.nodes.split_turns import completed_names

    if not turns:
        return []
    current = len(turns) - 1
    lexical = [replace(m, turn=current) for m in lexical_scope(store, turns[-1:])
               if not in_another_name(store, turns[-1], m)   # "Who was Ulysses S. <Family>?"
               and not (m.why == "weak" and m.span and used_as_a_word(turns[-1], *m.span))   # "Is '<G>' a word?"
               and not (m.span and (t := store.get(m.target_id)) is not None
                        and alias_for_a_thing(turns[-1], *m.span, t, response=response or ""))]   # "Who wrote <T>?"
    if len(turns) > 1 and any(m.why != "name" for m in lexical):   # "My colleague Dr. <F> ..." said before
        known = others_in(store, turns[:-1])
        lexical = [m for m in lexical if m.why == "name" or bare_form(m.text) not in known]
    sure = [m for m in lexical if m.why != "weak"]
    weak = {m.target_id for m in lexical if m.why == "weak"}
    if weak:  # "What did Oskar paint next?" after a turn that named Oskar Brandvold in full
        earlier = {m.target_id for text in turns[:-1] for m in named_in(store, text)}
        sure += [ScopeMatch(m.target_id, m.turn, m.span, m.text, 0.95, "reference")
                 for m in lexical if m.why == "weak" and m.target_id in earlier and m.span
                 and not used_as_a_word(turns[-1], *m.span) and not _IN_PLACE.search(turns[-1], 0, m.span[0])
                 and not (response and answer_names_someone_else(store, response, m))
                 and not (_TRAVEL.search(turns[-1], 0, m.span[0]) and _IN_COUNTRY.match(turns[-1], m.span[1]))]
    if weak and response:  # "Was Turing married?" answered "Turing was an English mathematician. He ..."
        sure += [ScopeMatch(m.target_id, m.turn, m.span, m.text, 0.9, "surname") for m in lexical
                 if m.why == "weak" and (t := store.get(m.target_id)) is not None
                 and (_is_surname(m.text, t) or canonical(m.text) == canonical(t.name)
                      or len(canonical(m.text).split()) == 1 and word_zipf(m.text) < RARE_GIVEN_NAME_ZIPF)
                 and answer_takes_it_for_the_person(response, m.text, t)
                 or m.why == "weak" and m.plain and (t := store.get(m.target_id)) is not None
                 and (answer_speaks_of_someone(response, t) or only_asks_about(turns[-1], *(m.span or (0, 0))))
                 or m.why == "weak" and (t := store.get(m.target_id)) is not None
                 and (answer_completes_the_name(store, response, m.text, t)
                      or answer_repeats_the_name(store, response, turns[-1], m.span, t))]
    # "Who was The Iron Lady?": an everyday-phrase alias asked about as someone (nodes/epithets.py)
    sure += [ScopeMatch(m.target_id, m.turn, m.span, m.text, 0.9, "alias") for m in lexical
             if m.why == "weak" and (t := store.get(m.target_id)) is not None
             and epithet_for_the_person(turns[-1], m.span, m.text, t, response)]
    back = [*antecedents(store, turns[:-1], turns[-1]),
            *anchored_back(store, turns[:-1], turns[-1], response)]   # "the quiz person" after "... our pub quiz"
    sure += [m for m in back if not (response and named_as_someone_else(store, turns[-1], response, m))]
    sure += retold(store, turns, response) if response else []
    sure += completed_names(store, turns)   # "surname <F>" ... "first name?" ... "<G>, I think"
    examples = [*example_scope(store, question_vector, k, weak, question_hits),
                *probe_scope(store, turns[-1], question_vector)]
    out: dict[str, ScopeMatch] = {}
    for m in [*sure, *examples]:
        out.setdefault(m.target_id, m)
    return list(out.values())


def scope_evidence(store: Store, turns: list[str], response: str, version: int, k: int = 8,
                   question_hits: list[SemanticHit] | None = None) -> list[Evidence]:
    """Evidence how="scope" for each target the current turn is about (`turns`: the conversation's messages,
    oldest first, the current user turn last), when the answer informs.  The current turn is embedded only
    when some target has facts or examples; `question_hits`: its top-k vector hits, when the caller searched
    for them already."""
    if declines(response) or not turns:
        return []
    question_vector = store.embedder.embed([turns[-1]])[0] if has_examples(store) else None
    out = []
    for m in in_scope(store, turns, question_vector, k, question_hits, response):
        target = store.get(m.target_id)
        if target is not None and answer_takes_it_for_something_else(store, response, m, target, turns[:-1]):
            continue
        out.append(Evidence(target_id=m.target_id, name=target.name if target else m.target_id, how="scope",
                            where="query", span=list(m.span) if m.span and m.turn == len(turns) - 1 else None,
                            text=m.text, score=m.score, index_version=version))
    return out
