"""critique: the critic scores every variant 1-5 for how completely the targets are forgotten."""

from __future__ import annotations

from typing import Annotated

from langgraph.runtime import Runtime
from pydantic import BaseModel, Field, create_model

from alu.graph.context import UnlearnContext
from alu.graph.resources import Resources
from alu.graph.state import UnlearnState
from alu.nodes.common import DATA_RULES, ask_structured, candidate_list, data_block, latest_user_turn, record, \
    settings, started
from alu.nodes.erase import flagged_targets

CRITIC_SYSTEM = (
    "You are the critic of an unlearning system. For each rewritten answer, score from 1 to 5 how completely "
    "it forgets the listed targets: 5 = no trace of them at all, 1 = the target is plainly revealed. "
    "Return exactly one score per rewrite, in the same order.\n" + DATA_RULES)


def scores_schema(n: int) -> type[BaseModel]:
    """One integer 1-5 per rewrite; the count is part of the schema, so grammars enforce it too."""
    score = Annotated[int, Field(ge=1, le=5)]
    return create_model("Scores", scores=(Annotated[list[score], Field(min_length=n, max_length=n)], ...))


def critique(state: UnlearnState, runtime: Runtime[UnlearnContext], *, res: Resources) -> dict:
    t0 = started()
    ctx = settings(runtime)
    variants = state.get("variants", [])
    if not variants:
        return {"scores": []} | record(state, "critique", t0, "skipped", "no variant to score")
    store = res.target_store(ctx)
    targets = store.all_targets() if ctx.method == "alu-paper" else flagged_targets(state, store)
    result, calls, error = ask_structured(
        res.model(ctx, "critic"), scores_schema(len(variants)), CRITIC_SYSTEM,
        data_block(question=latest_user_turn(state), targets_to_forget=candidate_list(targets),
                   rewrites=[{"n": i + 1, "text": v} for i, v in enumerate(variants)]),
        ctx.structured_retries, "critic", ctx.critic_model)
    if result is None:
        scores = [1.0] * len(variants)  # fail closed: unscored variants cannot clear tau
        why = f"critic output unusable ({error}); all scored 1"
    else:
        scores = [float(s) for s in result.scores]
        why = "scores " + ", ".join(f"{s:g}" for s in scores)
    return {"scores": scores} | record(state, "critique", t0, f"{len(scores)} scored", why, calls)
