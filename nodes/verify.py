"""verify: the deterministic final check, and the guarantee.

No name or alias of any target may reach the user (alone, or completed across the thread's
recent answers), and no sentence may stay semantically close to a flagged target.  A failing
draft goes back to erase while retries (and time) remain; then a deterministic repair drops
the offending sentences and checks again.  Nothing here asks an LLM.
"""

from __future__ import annotations

from langgraph.runtime import Runtime

from alu.graph.context import UnlearnContext
from alu.graph.resources import Resources
from alu.graph.state import Evidence, UnlearnState
from alu.nodes.audit import THREAD_ANSWERS
from alu.nodes.evidence import Store, across_turns, lexical_evidence, mention_evidence, semantic_evidence, sentences
from alu.nodes.messages import earlier_answers
from alu.nodes.records import begin, record

MIN_USEFUL_WORDS = 3
REPAIR_PASSES = 3


def leaks(store: Store, text: str, flagged_ids: list[str], threshold: float, version: int,
          earlier: list[str] | None = None) -> list[Evidence]:
    about, passing = mention_evidence(store, text, version)  # a name in any form, and what continues about it
    return (lexical_evidence(store, text, "response", version) + about + passing
            + across_turns(store, earlier or [], text, 0, len(text), version)
            + semantic_evidence(store, text, flagged_ids, threshold, version))


def repair(store: Store, text: str, flagged_ids: list[str], threshold: float, version: int,
           earlier: list[str] | None = None) -> str:
    """Drop every sentence that holds a leak, until nothing leaks (or nothing is left).
    What is kept keeps its original spacing, so text already released stays a prefix."""
    for _ in range(REPAIR_PASSES):
        found = leaks(store, text, flagged_ids, threshold, version, earlier)
        if not found:
            return text
        spans = [e["span"] for e in found if e["span"]]
        parts = sentences(text)
        ends = [start for _, start, _ in parts[1:]] + [len(text)]
        text = "".join(text[start:nxt] for (_, start, end), nxt in zip(parts, ends)
                       if not any(a < end and start < b for a, b in spans)).strip()
    return "" if leaks(store, text, flagged_ids, threshold, version, earlier) else text


def verify(state: UnlearnState, runtime: Runtime[UnlearnContext], *, res: Resources) -> dict:
    t0, ctx, private = begin(state, runtime)
    store = res.snapshot(ctx, state)
    version = store.version()
    earlier = earlier_answers(state["messages"], THREAD_ANSWERS)
    flagged_ids = [e["target_id"] for e in private.evidence]
    if any(e["how"] == "scope" for e in private.evidence):
        # the turn is about a forgotten target: a model that never learned it has nothing to say, whatever a
        # rewrite kept
        return record("verify", t0, "refuse", "the turn is about a forgotten target, nothing may stay")
    if private.draft:
        found = leaks(store, private.draft, flagged_ids, ctx.flag_threshold, version, earlier)
        if not found:
            private.final = private.draft
            return record("verify", t0, "passed", "no name, alias or close sentence of any target")
        what = "draft still leaks " + ", ".join(sorted({e["how"] for e in found}))
    else:
        what = "no acceptable rewrite" if state.get("attempts") else "redacting without an LLM"
    can_retry = state.get("attempts", 0) and state["attempts"] <= ctx.max_retries and not private.late()
    if can_retry and state.get("outcome") != "late":
        return record("verify", t0, "retry", f"{what}; erasing again")
    repaired = repair(store, private.draft or private.response, flagged_ids, ctx.candidate_threshold, version,
                      earlier)
    if len(repaired.split()) >= MIN_USEFUL_WORDS:
        private.final = repaired
        return record("verify", t0, "repaired", f"{what}; dropped the leaking sentences, the rest passed")
    return record("verify", t0, "refuse", f"{what}; nothing useful survives repair")
