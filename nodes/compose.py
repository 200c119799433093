"""compose: merge the top-k variants into one answer when their mean score reaches tau."""

from __future__ import annotations

from statistics import mean

from langchain_core.messages import HumanMessage, SystemMessage
from langgraph.runtime import Runtime

from alu.graph.context import UnlearnContext
from alu.graph.resources import Resources
from alu.graph.state import UnlearnState
from alu.nodes.common import DATA_RULES, call_model, data_block, finish, latest_user_turn, record, settings, \
    started, text_of

COMPOSER_SYSTEM = (
    "You merge several rewritten answers into one final answer to the user's question. Keep only what the "
    "rewrites agree on and never add names or facts that are not in them. Reply with the final answer only.\n"
    + DATA_RULES)


def best_variants(variants: list[str], scores: list[float], k: int) -> list[tuple[str, float]]:
    return sorted(zip(variants, scores), key=lambda vs: -vs[1])[:k]


def compose(state: UnlearnState, runtime: Runtime[UnlearnContext], *, res: Resources) -> dict:
    t0 = started()
    ctx = settings(runtime)
    top = best_variants(state.get("variants", []), state.get("scores", []), ctx.top_k)
    score = mean(s for _, s in top) if top else 0.0
    if score < ctx.tau:
        why = f"mean score of top {len(top)} is {score:.2f} < tau {ctx.tau:g}"
        if ctx.method == "alu-paper":
            return {"draft": ""} | record(state, "compose", t0, "refuse", why)
        return {"draft": ""} | record(state, "compose", t0, "below tau", why + "; verify repairs the original")
    if len(top) == 1:
        draft, calls, why = top[0][0], 0, f"single variant scored {score:g}; nothing to merge"
    else:
        reply = call_model(res.model(ctx, "composer"), [
            SystemMessage(COMPOSER_SYSTEM),
            HumanMessage(data_block(question=latest_user_turn(state), rewrites=[v for v, _ in top]))],
            "composer", ctx.composer_model)
        draft, calls = text_of(reply).strip() or top[0][0], 1
        why = f"merged top {len(top)} (mean score {score:.2f} >= tau {ctx.tau:g})"
    if ctx.method == "alu-paper":  # the published method has no final check
        return finish(state, ctx, draft, "rewritten", {"draft": draft} | record(state, "compose", t0, "composed", why,
                                                                                calls))
    return {"draft": draft} | record(state, "compose", t0, "composed", why, calls)
