"""audit: which forget targets does the answer leak?

Candidates come from retrieval only (names found lexically, across the thread's recent answers
too, and FAISS neighbours of each response sentence not yet checked while streaming and, by
their descriptions, of the user turn), so the prompt holds at most `max_candidates` targets
whatever the registry's size.
Name hits and strong semantic matches are flagged without an LLM; only the uncertain rest is
adjudicated, in one structured call.
"""

from __future__ import annotations

from langgraph.runtime import Runtime
from pydantic import BaseModel, Field

from alu.graph.context import UnlearnContext
from alu.graph.resources import Resources
from alu.graph.state import Evidence, UnlearnState
from alu.nodes.declines import declines
from alu.nodes.evidence import Store, across_turns, lexical_evidence, mention_evidence, one_per_target, sentences
from alu.nodes.footprint import footprint_evidence
from alu.nodes.llm import ask_structured
from alu.nodes.messages import conversation_texts, earlier_answers, user_turns
from alu.nodes.prompts import AUDITOR_SYSTEM, candidate_list, data_block
from alu.nodes.records import begin, record
from alu.nodes.scope import scope_evidence
from alu.nodes.scope_examples import has_examples
from alu.retrieval.store import SemanticHit, best_per_target

HISTORY_TURNS = 10   # earlier user turns searched for names (multi-turn decomposition)
THREAD_ANSWERS = 4   # earlier answers a name may be spelled across


def adjudicated(e: Evidence) -> Evidence:
    out = e.copy()
    out["how"] = "adjudicated"
    return out


def nearby(store: Store, sentence_hits: list[list[SemanticHit]], question_hits: list[SemanticHit],
           threshold: float) -> dict[str, float]:
    """Targets near the answer by meaning, with their best score: any vector of theirs near a sentence of the
    answer, or their description near the user turn.

    The turn against facts and examples is conversation scope's call (nodes/scope.py: a calibrated threshold
    and the keep-exemplar rule).  At the candidate threshold a question is close to any question of the same
    shape: "Who painted the harbour series?" scores about 0.5 with "Where did the painter <name> grow up?", so every
    registered novelist's example question would reach the auditor.  Keep targets are never forgotten.
    """
    pool = [h for hits in sentence_hits for h in hits] + [h for h in question_hits if h.slot == 0]
    return {h.target_id: h.score for h in best_per_target(pool)
            if h.score >= threshold and (t := store.get(h.target_id)) is not None and t.kind != "keep"}


class AuditVerdict(BaseModel):
    leaked: list[str] = Field(default_factory=list, description="ids of candidate targets the answer reveals")


def audit(state: UnlearnState, runtime: Runtime[UnlearnContext], *, res: Resources) -> dict:
    t0, ctx, private = begin(state, runtime)
    store = res.snapshot(ctx, state)  # one version for every lookup of this query
    version = store.version()
    question, response = private.question, private.response

    turns = user_turns(state["messages"], HISTORY_TURNS)
    spans = sentences(response)
    parts = [s for s, _, _ in spans]
    # while streaming, only the sentences not yet released: each released one was checked on its own
    said = [s for s, start, _ in spans if start >= private.checked] if private.checked else parts
    probes = said if private.checked else [question, *said]
    # one FAISS search for every probe and for the current turn that conversation scope matches: a search
    # costs the inverted lists it scans, so one call for all texts instead of one per text
    # with footprints, each sentence of the turn too: a description of someone is a sentence of its own beside
    # the question ("She founded a glass collective. Where was she born?"), diluted in the whole turn's vector
    asked = [s for s, _, _ in sentences(question)] if not private.checked and store.footprint_count() else []
    turn_probes = [] if private.checked else asked if len(asked) > 1 else [question]
    texts = list(dict.fromkeys([*probes, *turn_probes, *(turns[-1:] if has_examples(store) else [])]))
    hits = dict(zip(texts, store.search_each(texts, ctx.search_k)))

    found = lexical_evidence(store, response, "response", version, asked=question)
    found += across_turns(store, earlier_answers(state["messages"], THREAD_ANSWERS), response, 0, len(response),
                          version)
    # a turn about a target makes any informative answer a leak, spelled or not (nodes/scope.py); so does an
    # answer whose subject is one; a mention in passing is flagged with the sentences that continue about it
    conversation = private.context or conversation_texts(state["messages"], HISTORY_TURNS)
    found += scope_evidence(store, conversation, response, version, ctx.search_k,
                            hits.get(turns[-1]) if turns else None)
    about, passing = mention_evidence(store, response, version, tuple(conversation))
    found += passing + ([] if declines(response) else about)
    # a turn that reaches a target without its name: its footprint's keyphrases and vectors (nodes/footprint.py)
    identified, suggested = footprint_evidence(
        store, "" if private.checked else question, response,
        [hits[t] for t in dict.fromkeys([*turn_probes, *said])],
        ctx.candidate_threshold, ctx.flag_threshold, version)
    found += identified
    flagged = one_per_target(found)
    flagged_ids = {e["target_id"] for e in flagged}

    named = {e["target_id"] for text in turns for e in lexical_evidence(store, text, "query", version)}
    near = nearby(store, [hits[s] for s in said], [] if private.checked else hits[question], ctx.candidate_threshold)
    candidate_ids = sorted((named | set(near) | set(suggested)) - flagged_ids,
                           key=lambda t: -near.get(t, 1.0))[:ctx.max_candidates]

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
    # text already released to a stream, or an eraser that cannot rewrite: drop the leaking sentences; a turn
    # about a target gets the non-answer whatever a rewrite would keep, so verify settles it at once
    by_llm = res.rewrites_with_llm(ctx) and not private.checked and not any(e["how"] == "scope" for e in flagged)
    return {"index_version": version} | record("audit", t0, "leak" if by_llm else "redact", why, calls)
