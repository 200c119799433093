"""audit: which forget targets does the answer leak?

Candidates come from retrieval only (names found lexically, across the thread's recent answers
too, and FAISS neighbours of the user turn and of each response sentence not yet checked while
streaming), so the prompt holds at most `max_candidates` targets whatever the registry's size.
Name hits and strong semantic matches are flagged without an LLM; only the uncertain rest is
adjudicated, in one structured call.
"""

from __future__ import annotations

from langgraph.runtime import Runtime
from pydantic import BaseModel, Field

from alu.graph.context import UnlearnContext
from alu.graph.resources import Resources
from alu.graph.state import Evidence, UnlearnState
from alu.nodes.evidence import across_turns, lexical_evidence, one_per_target, sentences
from alu.nodes.llm import ask_structured
from alu.nodes.messages import earlier_answers, user_turns
from alu.nodes.prompts import AUDITOR_SYSTEM, candidate_list, data_block
from alu.nodes.records import begin, record
from alu.nodes.scope import scope_evidence

HISTORY_TURNS = 10   # earlier user turns searched for names (multi-turn decomposition)
THREAD_ANSWERS = 4   # earlier answers a name may be spelled across


def adjudicated(e: Evidence) -> Evidence:
    out = e.copy()
    out["how"] = "adjudicated"
    return out


class AuditVerdict(BaseModel):
    leaked: list[str] = Field(default_factory=list, description="ids of candidate targets the answer reveals")


def audit(state: UnlearnState, runtime: Runtime[UnlearnContext], *, res: Resources) -> dict:
    t0, ctx, private = begin(state, runtime)
    store = res.target_store(ctx).snapshot()  # one version for every lookup of this query
    version = store.refresh()
    question, response = private.question, private.response

    found = lexical_evidence(store, response, "response", version)
    found += across_turns(store, earlier_answers(state["messages"], THREAD_ANSWERS), response, 0, len(response),
                          version)
    # a turn about a target makes any informative answer a leak, spelled or not (nodes/scope.py)
    found += scope_evidence(store, user_turns(state["messages"], HISTORY_TURNS), response, version, ctx.search_k)
    flagged = one_per_target(found)
    flagged_ids = {e["target_id"] for e in flagged}

    named = {e["target_id"] for text in user_turns(state["messages"], HISTORY_TURNS)
             for e in lexical_evidence(store, text, "query", version)}
    parts = [s for s, _, _ in sentences(response)]
    unchecked = [s for s, start, _ in sentences(response) if start >= private.checked]
    probes = unchecked if private.checked else [question, *parts]
    near = {h.target_id: h.score for h in store.semantic(probes, ctx.search_k) if h.score >= ctx.candidate_threshold}
    candidate_ids = sorted((named | set(near)) - flagged_ids, key=lambda t: -near.get(t, 1.0))[:ctx.max_candidates]

    # how close the *response* is to each candidate decides between flagging and asking
    sims = store.similarity(parts, candidate_ids).max(axis=0) if parts and candidate_ids else []
    uncertain: list[Evidence] = []
    for target_id, sim in zip(candidate_ids, sims):
        target = store.get(target_id)
        e = Evidence(target_id=target_id, name=target.name if target else target_id, how="semantic",
                     where="response", span=None, text="", score=round(float(sim), 4), index_version=version)
        (flagged if sim >= ctx.flag_threshold else uncertain).append(e)

    calls, why_llm = 0, ""
    if uncertain:
        verdict = ask_structured(
            res.model(ctx, "auditor"), AuditVerdict, AUDITOR_SYSTEM,
            data_block(question=question, answer=response,
                       candidates=candidate_list(store.targets([e["target_id"] for e in uncertain]))),
            ctx.structured_retries, private)
        calls = verdict.calls
        leaked = set(verdict.value.leaked) if verdict.value else {e["target_id"] for e in uncertain}  # fail closed
        why_llm = f"; auditor judged {len(uncertain)} uncertain" + (
            f" (malformed output: {verdict.error}; all flagged)" if verdict.value is None else "")
        flagged += [adjudicated(e) for e in uncertain if e["target_id"] in leaked]

    private.evidence, private.uncertain = flagged, uncertain
    why = (f"{len(flagged)} flagged of {len(candidate_ids) + len(flagged_ids)} candidates "
           f"({len(flagged_ids)} by name){why_llm}; index v{version}, {store.count()} targets")
    if not flagged:
        private.final = response
        return {"index_version": version} | record("audit", t0, "clean", why, calls)
    # text already released to a stream, or an eraser that cannot rewrite: drop the leaking sentences
    by_llm = res.rewrites_with_llm(ctx) and not private.checked
    return {"index_version": version} | record("audit", t0, "leak" if by_llm else "redact", why, calls)
