"""Deterministic leak detection shared by audit and verify: no LLM, same answer every time."""

from __future__ import annotations

import re
from typing import cast

from alu.graph.context import UnlearnContext
from alu.graph.state import Evidence, How, Where
from alu.nodes.name_use import miscased_common_word, someone_elses_double_barrel
from alu.retrieval.store import StoreSnapshot, TargetStore

# a query's view of the registry: the live store, or one version of it held for the whole query
Store = TargetStore | StoreSnapshot

_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|\n+")
# a full stop after a title or an initial ends no sentence: "Prof. Okafor", "A. Okafor"
ABBREVIATION = re.compile(r"(?:\b(?:Dr|Mr|Mrs|Ms|Mx|Prof|Sr|Jr|St|Gen|Gov|Sen|Rep|Rev|Capt|Col|Lt|Sgt|Hon)|\b[A-Z])\.$")


def sentences(text: str) -> list[tuple[str, int, int]]:
    """(sentence, start, end) for each non-empty sentence of text."""
    out: list[tuple[str, int, int]] = []
    pos = 0
    for m in list(_SENTENCE_END.finditer(text)) + [None]:
        if m is not None and "\n" not in m.group() and ABBREVIATION.search(text[pos:m.start()]):
            continue
        end = m.start() if m else len(text)
        chunk = text[pos:end]
        if chunk.strip():
            lead = len(chunk) - len(chunk.lstrip())
            out.append((chunk.strip(), pos + lead, pos + lead + len(chunk.strip())))
        pos = m.end() if m else len(text)
    return out


_INDEFINITE = re.compile(r"\b(?:a|an)\s+(?:[a-z-]+\s+)?$", re.IGNORECASE)


def lexical_evidence(store: Store, text: str, where: Where, version: int,
                     only: set[str] | None = None, asked: str | None = None) -> list[Evidence]:
    """Every name or alias of a target found in text, however obfuscated.  A keep target's name is no leak,
    nor a form of another target inside it ("Ada Lovelace Hall" kept), nor an alias the text or the turn it
    answers (`asked`) uses as the thing it also names ("Who wrote <Title>?", nodes/epithets.py)."""
    from alu.nodes.epithets import alias_for_a_thing

    out = []
    hits = store.lexical(text, only)
    kept = [(h.start, h.end) for h in hits if (k := store.get(h.target_id)) is not None and k.kind == "keep"]
    for hit in hits:
        target = store.get(hit.target_id)
        if (target is not None and target.kind == "keep") or any(a <= hit.start and hit.end <= b for a, b in kept):
            continue
        if target is not None and someone_elses_double_barrel(text, hit.start, hit.end, target):
            continue  # "Claude Lévi-Strauss" for Levi Strauss
        if hit.how == "exact" and miscased_common_word(text, hit.start, hit.end, hit.surface):
            continue  # "jasmine long-grain rice" for a Jasmine Long
        if hit.how == "exact" and " " not in hit.surface.strip() and text[hit.start:hit.start + 1].islower() \
                and hit.surface[:1].isupper() and _INDEFINITE.search(text[:hit.start]):
            continue  # "A young mudlark needs wellies": a one-word alias with "a" before it is the common noun
        if hit.form == "alias" and target is not None and asked is not None \
                and alias_for_a_thing(text, hit.start, hit.end, target, asked):
            continue
        out.append(Evidence(target_id=hit.target_id, name=target.name if target else hit.surface,
                            how=cast(How, hit.how),
                            where=where, span=[hit.start, hit.end], text=text[hit.start:hit.end], score=1.0,
                            index_version=version))
    return out


def semantic_evidence(store: Store, text: str, target_ids: list[str], threshold: float,
                      version: int) -> list[Evidence]:
    """Sentences of text whose meaning is close to one of the given targets' descriptions."""
    parts = sentences(text)
    if not parts or not target_ids:
        return []
    sims = store.similarity([p[0] for p in parts], target_ids)
    out = []
    for i, (sentence, start, end) in enumerate(parts):
        for j, target_id in enumerate(target_ids):
            if sims[i, j] >= threshold:
                target = store.get(target_id)
                out.append(Evidence(target_id=target_id, name=target.name if target else target_id, how="semantic",
                                    where="response", span=[start, end], text=sentence, score=float(sims[i, j]),
                                    index_version=version))
    return out


def one_per_target(evidence: list[Evidence]) -> list[Evidence]:
    """The strongest piece of evidence for each target, strongest first.  Scope evidence (the turn is
    about the target) outranks any name hit: it decides that nothing of the answer may stay."""
    def rank(e: Evidence) -> tuple[bool, float]:
        return e["how"] == "scope", e["score"]

    best: dict[str, Evidence] = {}
    for e in evidence:
        if e["target_id"] not in best or rank(e) > rank(best[e["target_id"]]):
            best[e["target_id"]] = e
    return sorted(best.values(), key=lambda e: (not rank(e)[0], -e["score"]))


def mention_evidence(store: Store, text: str, version: int,
                     earlier: tuple[str, ...] = ()) -> tuple[list[Evidence], list[Evidence]]:
    """(scope evidence for each target the text is about, evidence for each sentence that names a target
    in passing or continues about it) -- nodes/mentions.py; `earlier`: the conversation before the text, where
    the other half of a name split over the turns may stand."""
    from alu.nodes.mentions import mention_blocks

    about, blocks = mention_blocks(store, text, earlier)
    names = {t: target.name if (target := store.get(t)) else t for t in blocks}
    scope = [Evidence(target_id=t, name=names[t], how="scope", where="response", span=None, text="", score=1.0,
                      index_version=version) for t in sorted(about)]
    passing = [Evidence(target_id=t, name=names[t], how="reference", where="response", span=[a, b],
                        text=text[a:b], score=1.0, index_version=version)
               for t, spans in blocks.items() for a, b in spans]
    return scope, passing


def leaking_texts(store: Store, texts: list[str], threshold: float) -> list[bool]:
    """For each text: does it name any target, or describe one closely?  One embedding batch for all."""
    leaks = [bool(store.lexical(t)) for t in texts]
    parts = {i: [s for s, _, _ in sentences(t)] for i, t in enumerate(texts) if not leaks[i]}
    flat = [s for i in parts for s in parts[i]]
    if not flat:
        return leaks
    vectors = store.embedder.embed(flat)
    start = 0
    for i, sents in parts.items():
        block = vectors[start:start + len(sents)] if sents else None
        start += len(sents)
        if sents and any(h.score >= threshold for h in store.semantic(sents, 1, vectors=block)):
            leaks[i] = True
    return leaks


def turn_has_candidates(store: Store, ctx: UnlearnContext, turns: list[str], version: int) -> bool:
    """Do the user's recent turns name any target (in any form, weak ones included), or does the
    current turn come near one by meaning?  Then nothing is released before audit has judged the
    whole answer: the conversation may be about a target."""
    if any(store.lexical(turn) or store.weak_lexical(turn, typos=True) for turn in turns):
        return True
    return bool(turns) and any(h.score >= ctx.candidate_threshold for h in store.semantic(turns[-1:], ctx.search_k))


def across_turns(store: Store, earlier: list[str], text: str, start: int, end: int,
                 version: int) -> list[Evidence]:
    """Names that begin before text[start:end] (in the thread's recent answers, or earlier in text)
    and end inside it: 'Stephen.' then 'King.', letters or pieces of a word spelled over turns."""
    if not earlier and not start:
        return []
    found = []
    for glue in ("\n", ""):  # turns read apart, and read as one run of text
        joined = glue.join([*earlier, text[:end]])
        offset = len(joined) - end
        for hit in store.lexical(joined):
            if hit.start < offset + start < hit.end:  # begins before this text, ends in it
                found.append(Evidence(target_id=hit.target_id, name=hit.surface, how="across_turns",
                                      where="thread", span=[max(hit.start - offset, start), hit.end - offset],
                                      text=joined[hit.start:hit.end], score=1.0, index_version=version))
    return found


def clean_sentence(store: Store, ctx: UnlearnContext, earlier: list[str], text: str, start: int, end: int,
                   version: int) -> bool:
    """The checks audit applies, to one sentence: no name form (alone or across turns), no target near."""
    sentence = text[start:end]
    if not sentence.strip():
        return True
    if store.lexical(sentence) or store.weak_lexical(sentence) or across_turns(store, earlier, text, start, end,
                                                                                  version):
        return False
    return not any(h.score >= ctx.candidate_threshold for h in store.semantic([sentence.strip()], ctx.search_k))


def public(evidence: list[Evidence]) -> list[dict]:
    """What a client may see of the evidence: how and where, never who."""
    return [{"how": e["how"], "where": e["where"]} for e in evidence]
