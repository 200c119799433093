"""verify: the deterministic final check, and the guarantee.

No name or alias of any target may reach the user, and no sentence may stay semantically
close to a flagged target.  A failing draft goes back to erase while retries remain; then
a deterministic repair drops the offending sentences from the text and checks again.
Nothing here asks an LLM.
"""

from __future__ import annotations

from langgraph.runtime import Runtime

from alu.graph.context import UnlearnContext
from alu.graph.resources import Resources
from alu.graph.state import Evidence, UnlearnState
from alu.nodes.common import finish, record, settings, started
from alu.nodes.evidence import lexical_evidence, semantic_evidence, sentences
from alu.retrieval.store import TargetStore

MIN_USEFUL_WORDS = 3
REPAIR_PASSES = 3


def leaks(store: TargetStore, text: str, flagged_ids: list[str], threshold: float, version: int) -> list[Evidence]:
    return lexical_evidence(store, text, "response", version) + semantic_evidence(
        store, text, flagged_ids, threshold, version)


def repair(store: TargetStore, text: str, flagged_ids: list[str], threshold: float, version: int) -> str:
    """Drop every sentence that holds a leak, until nothing leaks (or nothing is left)."""
    for _ in range(REPAIR_PASSES):
        found = leaks(store, text, flagged_ids, threshold, version)
        if not found:
            return text
        spans = [e["span"] for e in found if e["span"]]
        keep = [s for s, start, end in sentences(text)
                if not any(a < end and start < b for a, b in spans)]
        text = " ".join(keep)
    return "" if leaks(store, text, flagged_ids, threshold, version) else text


def verify(state: UnlearnState, runtime: Runtime[UnlearnContext], *, res: Resources) -> dict:
    t0 = started()
    ctx = settings(runtime)
    store = res.target_store(ctx)
    version = store.refresh()
    flagged_ids = [e["target_id"] for e in state.get("flagged", [])]
    draft = state.get("draft", "")
    if draft:
        found = leaks(store, draft, flagged_ids, ctx.flag_threshold, version)
        if not found:
            return finish(state, ctx, draft, "rewritten", record(
                state, "verify", t0, "passed", "no name, alias or close sentence of any target"))
        what = "draft still leaks " + ", ".join(sorted({f"{e['name']} ({e['how']})" for e in found}))
    else:
        what = "no acceptable rewrite"
    if state.get("attempts", 0) <= ctx.max_retries:
        return record(state, "verify", t0, "retry", f"{what}; erasing again")
    source = draft or state["response"]
    repaired = repair(store, source, flagged_ids, ctx.candidate_threshold, version)
    if len(repaired.split()) >= MIN_USEFUL_WORDS:
        return finish(state, ctx, repaired, "repaired", record(
            state, "verify", t0, "repaired", f"{what}; dropped the leaking sentences, the rest passed"))
    return {"draft": ""} | record(state, "verify", t0, "refuse", f"{what}; nothing useful survives repair")
