"""audit: which forget targets does the answer leak?

Candidates come from retrieval only (names found lexically, FAISS neighbours of the user
turn and of each response sentence), so the prompt holds at most `max_candidates` targets
whatever the registry's size.  Name hits and strong semantic matches are flagged without an
LLM; only the uncertain rest is adjudicated, in one structured call.
"""

from __future__ import annotations

from langchain_core.messages import HumanMessage
from langgraph.runtime import Runtime
from pydantic import BaseModel, Field

from alu.graph.context import UnlearnContext
from alu.graph.resources import Resources
from alu.graph.state import Evidence, UnlearnState
from alu.nodes.common import DATA_RULES, ask_structured, candidate_list, data_block, finish, latest_user_turn, \
    record, settings, started, text_of
from alu.nodes.evidence import lexical_evidence, one_per_target, sentences

HISTORY_TURNS = 10  # earlier user turns searched for names (multi-turn decomposition)

AUDITOR_SYSTEM = (
    "You audit answers for an unlearning system that must behave as if it had never learned certain targets. "
    "Given the candidate targets, decide which of them the answer reveals anything about: the name, an alias, "
    "or indirect information that identifies the target (works, relatives, places, dates, distinctive facts). "
    "Only ids from the candidate list are valid. If the answer reveals nothing about a candidate, leave it out.\n"
    + DATA_RULES)


class AuditVerdict(BaseModel):
    leaked: list[str] = Field(default_factory=list, description="ids of candidate targets the answer reveals")


def audit(state: UnlearnState, runtime: Runtime[UnlearnContext], *, res: Resources) -> dict:
    t0 = started()
    ctx = settings(runtime)
    store = res.target_store(ctx)
    version = store.refresh()
    question, response = latest_user_turn(state), state["response"]
    if ctx.method == "alu-paper":
        return audit_all_targets(state, ctx, res, version, question, response, t0)

    flagged = one_per_target(lexical_evidence(store, response, "response", version))
    flagged_ids = {e["target_id"] for e in flagged}

    earlier = [text_of(m) for m in state["messages"] if isinstance(m, HumanMessage)][-HISTORY_TURNS:]
    named = {e["target_id"] for text in earlier for e in lexical_evidence(store, text, "query", version)}
    parts = [s for s, _, _ in sentences(response)]
    near = {h.target_id: h.score for h in store.semantic([question, *parts], ctx.search_k)
            if h.score >= ctx.candidate_threshold}
    candidate_ids = sorted((named | set(near)) - flagged_ids, key=lambda t: -near.get(t, 1.0))
    candidate_ids = candidate_ids[:ctx.max_candidates]

    # how close the *response* is to each candidate decides between flagging and asking
    sims = store.similarity(parts, candidate_ids).max(axis=0) if parts and candidate_ids else []
    uncertain = []
    for target_id, sim in zip(candidate_ids, sims):
        target = store.get(target_id)
        e = Evidence(target_id=target_id, name=target.name, how="semantic", where="response", span=None,
                     text="", score=round(float(sim), 4), index_version=version)
        (flagged if sim >= ctx.flag_threshold else uncertain).append(e)

    calls, why_llm = 0, ""
    if uncertain:
        verdict, calls, error = ask_structured(
            res.model(ctx, "auditor"), AuditVerdict, AUDITOR_SYSTEM,
            data_block(question=question, answer=response, candidates=candidate_list(store.targets(
                [e["target_id"] for e in uncertain]))),
            ctx.structured_retries, "auditor", ctx.auditor_model)
        leaked = set(verdict.leaked) if verdict else {e["target_id"] for e in uncertain}  # fail closed
        why_llm = f"; auditor judged {len(uncertain)} uncertain" + (f" (malformed output: {error}; all flagged)"
                                                                   if verdict is None else "")
        flagged += [{**e, "how": "adjudicated"} for e in uncertain if e["target_id"] in leaked]

    why = (f"{len(flagged)} flagged of {len(candidate_ids) + len(flagged_ids)} candidates "
           f"({len(flagged_ids)} by name){why_llm}; index v{version}, {store.count()} targets")
    update = {"flagged": flagged, "candidates": uncertain, "index_version": version}
    if not flagged:
        return finish(state, ctx, response, "untouched", update | record(state, "audit", t0, "clean", why, calls))
    return update | record(state, "audit", t0, "leak", why, calls)


def audit_all_targets(state, ctx, res, version, question, response, t0) -> dict:
    """The published method: every target in the prompt, always one LLM call, never a skip."""
    store = res.target_store(ctx)
    targets = store.all_targets()
    verdict, calls, _ = ask_structured(
        res.model(ctx, "auditor"), AuditVerdict, AUDITOR_SYSTEM,
        data_block(question=question, answer=response, candidates=candidate_list(targets)),
        ctx.structured_retries, "auditor", ctx.auditor_model)
    leaked = set(verdict.leaked) if verdict else set()
    flagged = [Evidence(target_id=t.id, name=t.name, how="adjudicated", where="response", span=None, text="",
                        score=1.0, index_version=version) for t in targets if t.id in leaked]
    return {"flagged": flagged, "candidates": [], "index_version": version} | record(
        state, "audit", t0, "leak" if flagged else "clean",
        f"paper method: all {len(targets)} targets in the prompt; {len(flagged)} flagged; erase runs regardless",
        calls)
