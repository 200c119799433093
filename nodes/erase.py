"""erase: write j sanitised variants of the answer in one structured call.

Variants that still contain a flagged name, or that talk about the task instead of answering
(a small model echoing its prompt: "rewrites", "JSON", "the data set"), are dropped here,
deterministically, so the critic only spends tokens on candidates that could pass verification.
"""

from __future__ import annotations

import re
from typing import Annotated

from langgraph.runtime import Runtime
from pydantic import BaseModel, Field, create_model

from alu.graph.context import UnlearnContext
from alu.graph.private import Private
from alu.graph.resources import Resources
from alu.graph.state import UnlearnState
from alu.nodes.llm import ask_structured
from alu.nodes.prompts import ERASER_SYSTEM, candidate_list, data_block
from alu.nodes.records import begin, record
from alu.retrieval.targets import Target

# words of the task itself, that a rewrite has no reason to use unless the answer already did
_TASK_TALK = re.compile(r"\b(rewrites|variants|json|schema|max_?items|data ?set|data structures?|"
                        r"targets?_to_forget|forget(?:ting)? the targets?|unlearn\w*|dictionar(?:y|ies))\b", re.I)


def variants_schema(j: int) -> type[BaseModel]:
    """Exactly j rewrites: the count is part of the schema, so grammars enforce it too."""
    return create_model("Variants", variants=(Annotated[list[str], Field(min_length=j, max_length=j)], ...))


def talks_about_the_task(text: str, original: str) -> bool:
    """A small model echoing its prompt ("Here are the rewrites", "the data set contains...")."""
    used = {m.group().casefold() for m in _TASK_TALK.finditer(original)}
    return any(m.group().casefold() not in used for m in _TASK_TALK.finditer(text))


def write_variants(res: Resources, ctx: UnlearnContext, private: Private, targets: list[Target],
                   feedback: dict) -> tuple[list[str], int, str]:
    """(non-empty variants, calls, error) from one eraser call."""
    result = ask_structured(
        res.model(ctx, "eraser"), variants_schema(ctx.n_variants), ERASER_SYSTEM.format(j=ctx.n_variants),
        data_block(question=private.question, answer=private.response, targets_to_forget=candidate_list(targets),
                   **feedback),
        ctx.structured_retries, private)
    written = [v.strip() for v in (result.value.model_dump()["variants"] if result.value else []) if v and v.strip()]
    return written[:ctx.n_variants], result.calls, f"; malformed output ({result.error})" if result.error else ""


def erase(state: UnlearnState, runtime: Runtime[UnlearnContext], *, res: Resources) -> dict:
    t0, ctx, private = begin(state, runtime)
    if private.late():
        return record("erase", t0, "late", "past the query's deadline; the deterministic repair settles it")
    store = res.snapshot(ctx, state)
    targets = store.targets([e["target_id"] for e in private.evidence])
    feedback = {}
    if state.get("attempts", 0):  # a retry must not send the same prompt: say what was rejected
        feedback = {"attempt": state["attempts"] + 1,
                    "rejected_rewrites": [private.draft] if private.draft else private.variants,
                    "why_rejected": "they still revealed a target, or none was good enough"}
    written, calls, error = write_variants(res, ctx, private, targets, feedback)
    ids = {t.id for t in targets}
    private.variants = [v for v in written
                        if not store.lexical(v, ids) and not talks_about_the_task(v, private.response)]
    private.scores = []
    why = f"{len(written)} variants written, {len(private.variants)} free of flagged names and task talk{error}"
    return {"attempts": state.get("attempts", 0) + 1} | record(
        "erase", t0, "written", why, calls, decision=f"{len(private.variants)} variants")
