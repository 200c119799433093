"""Footprint evidence: a turn that reaches a target without its name.

A target's footprint (retrieval/footprint.py) lists what identifies it: distinctive keyphrases in the
registry's full-text index, and descriptions, facts and typical questions as vectors beside its own.  A
question and its answer are looked up together, since either may carry the identifying part ("the frontman
of Queen" asked, "born in Zanzibar" answered):

- two independent keyphrases of one target, or one keyphrase and a sentence of the answer at the flag
  threshold of a footprint vector, identify it: the turn is about the target and gets the non-answer, as a
  turn naming it would (evidence how="scope");
- one keyphrase alone, or the question or a sentence at the candidate threshold of a footprint vector,
  makes the target a candidate for the auditor, whose prompt then carries the footprint.

A question close to a footprint vector is no second piece of evidence beside a keyphrase: its closeness is
mostly the keyphrase's own words ("What is the Tidewater Kiln?" and the typical question "Who founded the
Tidewater Kiln?"), and asking about a target's work is not asking about the target.  A sentence of the
answer that says one of the target's facts is.

A keyphrase shared by several targets, or contained in another keyphrase found, is not independent (the
full-text lookup drops both: retrieval/snapshot.py).  An answer that only declines reveals nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from alu.graph.state import Evidence
from alu.nodes.declines import declines
from alu.nodes.evidence import Store
from alu.retrieval.snapshot import SemanticHit

IDENTIFYING_KEYPHRASES = 2


@dataclass(frozen=True)
class FootprintMatch:
    target_id: str
    keyphrases: frozenset[str]
    said: float     # the best score of a footprint vector against a sentence of the answer
    asked: float    # ... against the question


def _closest(store: Store, hits: list[list[SemanticHit]]) -> dict[str, float]:
    best: dict[str, float] = {}
    for hit in (h for probe in hits for h in probe):
        target = store.get(hit.target_id)
        if target is not None and target.footprint is not None and hit.slot in target.footprint_slots():
            best[hit.target_id] = max(best.get(hit.target_id, 0.0), hit.score)
    return best


def footprint_matches(store: Store, question: str, response: str, question_hits: list[SemanticHit],
                      sentence_hits: list[list[SemanticHit]]) -> list[FootprintMatch]:
    """Targets whose footprint the turn and its answer touch: by a keyphrase, or by a footprint vector among
    the FAISS hits of the question and of the answer's sentences."""
    found = store.keyphrase_hits([question, response])
    said, asked = _closest(store, sentence_hits), _closest(store, [question_hits])
    out = []
    for target_id in sorted(set(found) | set(said) | set(asked)):
        target = store.get(target_id)
        if target is not None and target.kind != "keep":
            out.append(FootprintMatch(target_id, frozenset(found.get(target_id, ())), said.get(target_id, 0.0),
                                      asked.get(target_id, 0.0)))
    return out


def footprint_evidence(store: Store, question: str, response: str, question_hits: list[SemanticHit],
                       sentence_hits: list[list[SemanticHit]], candidate_threshold: float, flag_threshold: float,
                       version: int) -> tuple[list[Evidence], list[str]]:
    """(scope evidence for each target the footprint identifies, ids of the targets it only suggests)."""
    if declines(response):
        return [], []
    flagged, suggested = [], []
    for m in footprint_matches(store, question, response, question_hits, sentence_hits):
        identified = len(m.keyphrases) >= IDENTIFYING_KEYPHRASES or bool(m.keyphrases) and m.said >= flag_threshold
        if not identified:
            if m.keyphrases or max(m.said, m.asked) >= candidate_threshold:
                suggested.append(m.target_id)
            continue
        target = store.get(m.target_id)
        flagged.append(Evidence(target_id=m.target_id, name=target.name if target else m.target_id, how="scope",
                                where="query", span=None, text="footprint: " + ", ".join(sorted(m.keyphrases)),
                                score=max(m.said, 0.9), index_version=version))
    return flagged, suggested
