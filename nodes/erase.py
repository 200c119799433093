"""erase: write j sanitised variants of the answer in one structured call.

Variants that still contain a flagged name are dropped here, deterministically, so the
critic only spends tokens on candidates that could pass verification.
"""

from __future__ import annotations

from langgraph.runtime import Runtime
from typing import Annotated

from pydantic import BaseModel, Field, create_model

from alu.graph.context import UnlearnContext
from alu.graph.resources import Resources
from alu.graph.state import UnlearnState
from alu.nodes.common import DATA_RULES, ask_structured, candidate_list, data_block, latest_user_turn, record, \
    settings, started

ERASER_SYSTEM = (
    "You rewrite answers for an unlearning system. The listed targets must be forgotten: the rewritten answer "
    "must not name them (or any alias) and must not reveal anything that identifies them, as if you had never "
    "learned about them. Keep everything else that is useful and true. If nothing useful remains, say briefly "
    "that you do not have information about that. Write {j} different rewrites.\n" + DATA_RULES)


def variants_schema(j: int) -> type[BaseModel]:
    """Exactly j rewrites: the count is part of the schema, so grammars enforce it too."""
    return create_model("Variants", variants=(Annotated[list[str], Field(min_length=j, max_length=j)], ...))


def flagged_targets(state: UnlearnState, store) -> list:
    return store.targets([e["target_id"] for e in state.get("flagged", [])])


def erase(state: UnlearnState, runtime: Runtime[UnlearnContext], *, res: Resources) -> dict:
    t0 = started()
    ctx = settings(runtime)
    store = res.target_store(ctx)
    paper = ctx.method == "alu-paper"
    targets = store.all_targets() if paper else flagged_targets(state, store)
    feedback = {}
    if state.get("attempts", 0):  # a retry must not send the same prompt: say what was rejected
        feedback = {"attempt": state["attempts"] + 1,
                    "rejected_rewrites": [state["draft"]] if state.get("draft") else state.get("variants", []),
                    "why_rejected": "they still revealed a target, or none was good enough"}
    result, calls, error = ask_structured(
        res.model(ctx, "eraser"), variants_schema(ctx.n_variants), ERASER_SYSTEM.format(j=ctx.n_variants),
        data_block(question=latest_user_turn(state), answer=state["response"],
                   targets_to_forget=candidate_list(targets), **feedback),
        ctx.structured_retries, "eraser", ctx.eraser_model)
    written = [v.strip() for v in (result.variants if result else []) if v and v.strip()][:ctx.n_variants]
    if paper:
        kept = written
    else:
        ids = {t.id for t in targets}
        kept = [v for v in written if not store.lexical(v, ids)]
    why = (f"{len(written)} variants written, {len(kept)} free of flagged names"
           + (f"; malformed output ({error})" if result is None else ""))
    return {"variants": kept, "scores": [], "attempts": state.get("attempts", 0) + 1} | record(
        state, "erase", t0, f"{len(kept)} variants", why, calls)
