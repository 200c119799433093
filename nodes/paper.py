"""The published algorithm (method 'alu-paper'), kept apart as the baseline it is.

Every target in every prompt, no skip on clean answers (audit, erase, critique, compose always
run: 5 LLM calls), no filtering of variants and no final check: the composed answer, or a
refusal when the top-k mean score is below tau.  It reuses the prompts and model calls of
the other nodes but none of their safeguards.
"""

from __future__ import annotations

from langgraph.runtime import Runtime

from alu.graph.context import UnlearnContext
from alu.graph.limits import CallLimitReached
from alu.graph.resources import Resources
from alu.graph.state import Evidence, UnlearnState
from alu.nodes.audit import AuditVerdict
from alu.nodes.compose import best_variants, merge
from alu.nodes.critique import score_variants
from alu.nodes.erase import write_variants
from alu.nodes.llm import ask_structured
from alu.nodes.prompts import AUDITOR_SYSTEM, candidate_list, data_block
from alu.nodes.records import begin, record


def paper_audit(state: UnlearnState, runtime: Runtime[UnlearnContext], *, res: Resources) -> dict:
    t0, ctx, private = begin(state, runtime)
    store = res.snapshot(ctx, state)
    version = store.version()
    targets = store.all_targets()
    verdict = ask_structured(res.model(ctx, "auditor"), AuditVerdict, AUDITOR_SYSTEM,
                             data_block(question=private.question, answer=private.response,
                                        candidates=candidate_list(targets)),
                             ctx.structured_retries, private)
    leaked = set(verdict.value.leaked) if verdict.value else set()
    private.evidence = [Evidence(target_id=t.id, name=t.name, how="adjudicated", where="response", span=None,
                                 text="", score=1.0, index_version=version) for t in targets if t.id in leaked]
    why = f"all {len(targets)} targets in the prompt; {len(private.evidence)} flagged; erase runs regardless"
    return {"index_version": version} | record("paper_audit", t0, "leak" if leaked else "clean", why, verdict.calls)


def paper_erase(state: UnlearnState, runtime: Runtime[UnlearnContext], *, res: Resources) -> dict:
    t0, ctx, private = begin(state, runtime)
    targets = res.snapshot(ctx, state).all_targets()
    private.variants, calls, error = write_variants(res, ctx, private, targets, {})
    return record("paper_erase", t0, "written", f"{len(private.variants)} variants written{error}", calls)


def paper_critique(state: UnlearnState, runtime: Runtime[UnlearnContext], *, res: Resources) -> dict:
    t0, ctx, private = begin(state, runtime)
    if not private.variants:
        private.scores = []
        return record("paper_critique", t0, "scored", "no variant to score", decision="skipped")
    targets = res.snapshot(ctx, state).all_targets()
    private.scores, calls, why = score_variants(res, ctx, private, targets)
    return record("paper_critique", t0, "scored", why or f"{len(private.scores)} scored", calls)


def paper_compose(state: UnlearnState, runtime: Runtime[UnlearnContext], *, res: Resources) -> dict:
    t0, ctx, private = begin(state, runtime)
    top, score = best_variants(private, ctx.top_k)
    if score < ctx.tau:
        return record("paper_compose", t0, "refuse", f"mean score of top {len(top)} is {score:.2f} < tau {ctx.tau:g}")
    try:
        private.final, calls = merge(res, ctx, private, top)
    except CallLimitReached as e:
        return record("paper_compose", t0, "refuse", f"composer stopped: {e}", 1)
    return record("paper_compose", t0, "composed", f"merged top {len(top)} (mean score {score:.2f}); no final check",
                  calls)
