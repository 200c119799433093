"""critique: the critic scores every variant 1-5 for how completely the targets are forgotten.

A critic that cannot judge (a tiny model answering "1, 2, 3, 4, 5" whatever it is shown) is
detected and not trusted: its scores count as 1, so the answer is repaired
deterministically instead of a rewrite passing on meaningless scores.
"""

from __future__ import annotations

from typing import Annotated

from langgraph.runtime import Runtime
from pydantic import BaseModel, Field, create_model

from alu.graph.context import UnlearnContext
from alu.graph.private import Private
from alu.graph.resources import Resources
from alu.graph.state import UnlearnState
from alu.nodes.llm import ask_structured
from alu.nodes.prompts import CRITIC_SYSTEM, candidate_list, data_block
from alu.nodes.records import begin, record
from alu.retrieval.targets import Target

MIN_VARIANTS_TO_JUDGE_DEGENERACY = 3


def scores_schema(n: int) -> type[BaseModel]:
    """One integer 1-5 per rewrite; the count is part of the schema, so grammars enforce it too."""
    score = Annotated[int, Field(ge=1, le=5)]
    return create_model("Scores", scores=(Annotated[list[score], Field(min_length=n, max_length=n)], ...))


def degenerate(scores: list[float]) -> bool:
    """Scores that carry no judgement: the critic counted instead of scoring (1, 2, 3, ... or back)."""
    if len(scores) < MIN_VARIANTS_TO_JUDGE_DEGENERACY:
        return False
    steps = {b - a for a, b in zip(scores, scores[1:])}
    return steps == {1.0} or steps == {-1.0}


def score_variants(res: Resources, ctx: UnlearnContext, private: Private, targets: list[Target]
                   ) -> tuple[list[float], int, str]:
    result = ask_structured(
        res.model(ctx, "critic"), scores_schema(len(private.variants)), CRITIC_SYSTEM,
        data_block(question=private.question, targets_to_forget=candidate_list(targets),
                   rewrites=[{"n": i + 1, "text": v} for i, v in enumerate(private.variants)]),
        ctx.structured_retries, private)
    if result.value is None:  # fail closed: unscored variants cannot clear tau
        return [1.0] * len(private.variants), result.calls, f"critic output unusable ({result.error}); all scored 1"
    return [float(s) for s in result.value.model_dump()["scores"]], result.calls, ""


def critique(state: UnlearnState, runtime: Runtime[UnlearnContext], *, res: Resources) -> dict:
    t0, ctx, private = begin(state, runtime)
    if not private.variants:
        private.scores = []
        return record("critique", t0, "scored", "no variant to score", decision="skipped")
    if private.late():
        return record("critique", t0, "late", "past the query's deadline; the deterministic repair settles it")
    targets = res.snapshot(ctx, state).targets([e["target_id"] for e in private.evidence])
    scores, calls, why = score_variants(res, ctx, private, targets)
    if not why and degenerate(scores):
        why = "degenerate scores " + ", ".join(f"{s:g}" for s in scores) + " (no judgement); all scored 1"
        scores = [1.0] * len(scores)
    private.scores = scores
    return record("critique", t0, "scored", why or "scores " + ", ".join(f"{s:g}" for s in scores), calls,
                  decision=f"{len(scores)} scored")
