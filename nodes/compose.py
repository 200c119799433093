"""compose: merge the top-k variants into one answer when their mean score reaches tau."""

from __future__ import annotations

from statistics import mean

from langchain_core.messages import HumanMessage, SystemMessage
from langgraph.runtime import Runtime

from alu.graph.context import UnlearnContext
from alu.graph.limits import CallLimitReached
from alu.graph.private import Private
from alu.graph.resources import Resources
from alu.graph.state import UnlearnState
from alu.nodes.llm import call_model
from alu.nodes.messages import text_of
from alu.nodes.prompts import COMPOSER_SYSTEM, data_block
from alu.nodes.records import begin, record


def best_variants(private: Private, k: int) -> tuple[list[tuple[str, float]], float]:
    """(the k best-scored variants, their mean score; 0 when there are none)."""
    top = sorted(zip(private.variants, private.scores), key=lambda vs: -vs[1])[:k]
    return top, mean(s for _, s in top) if top else 0.0


def merge(res: Resources, ctx: UnlearnContext, private: Private, top: list[tuple[str, float]]) -> tuple[str, int]:
    """(one answer from the best variants, LLM calls)."""
    if len(top) == 1:
        return top[0][0], 0
    reply = call_model(res.model(ctx, "composer"), [
        SystemMessage(COMPOSER_SYSTEM),
        HumanMessage(data_block(question=private.question, rewrites=[v for v, _ in top]))], private)
    return text_of(reply).strip() or top[0][0], 1


def compose(state: UnlearnState, runtime: Runtime[UnlearnContext], *, res: Resources) -> dict:
    t0, ctx, private = begin(state, runtime)
    top, score = best_variants(private, ctx.top_k)
    private.draft = ""
    if score < ctx.tau:
        return record("compose", t0, "below_tau",
                      f"mean score of top {len(top)} is {score:.2f} < tau {ctx.tau:g}; verify repairs the original")
    if private.late():
        return record("compose", t0, "late", "past the query's deadline; the deterministic repair settles it")
    try:
        private.draft, calls = merge(res, ctx, private, top)
    except CallLimitReached as e:
        private.late()  # a cancelled query stops here
        return record("compose", t0, "late", f"composer stopped: {e}; the deterministic repair settles it", 1)
    return record("compose", t0, "composed", f"merged top {len(top)} (mean score {score:.2f} >= tau {ctx.tau:g})",
                  calls)
