"""Run configuration: typed, documented, editable from LangGraph Studio.

Defaults follow the paper (j=5 variants, top k=3, threshold tau=4.0).  Every field can also
be set through an environment variable ALU_<FIELD> (e.g. ALU_RESPONDENT_MODEL).
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, fields
from typing import Any, Literal, TypeVar, cast, get_args

import alu
from alu.models import DEFAULT_CHAT_MODEL

Method = Literal["alu", "alu-paper"]
EvidenceLevel = Literal["public", "full"]
Rewrite = Literal["auto", "llm", "redact"]
METHODS: tuple[str, ...] = alu.METHODS
assert get_args(Method) == METHODS


def _flag(name: str) -> bool:
    return os.environ.get(name, "").lower() in ("1", "true", "yes")


Setting = TypeVar("Setting", str, int, float)


def _setting(name: str, default: Setting, description: str) -> Setting:
    """A field whose default can be overridden by the environment variable ALU_<NAME>."""
    def from_env() -> Setting:
        raw = os.environ.get(f"ALU_{name.upper()}")
        return default if raw is None else type(default)(raw)
    return field(default_factory=from_env, metadata={"description": description, "env": f"ALU_{name.upper()}"})


@dataclass(kw_only=True)
class UnlearnContext:
    method: Method = field(
        default_factory=lambda: cast(Method, os.environ.get("ALU_METHOD", "alu")),
        metadata={"description": "'alu': retrieval, skip on clean answers, deterministic verify. "
                                 "'alu-paper': the published algorithm (all targets in every prompt, 5 calls)."})
    home: str = _setting("home", os.path.expanduser("~/.alu"),
                     "Folder holding the target registry (targets.sqlite) and its FAISS index.")
    embeddings: str = _setting("embeddings", "minilm", "'minilm' (bundled, offline) or 'provider:model'.")
    respondent_model: str = _setting("respondent_model", DEFAULT_CHAT_MODEL,
                                 "Model that answers ('embedded' or a 'provider:model' string).")
    auditor_model: str = _setting("auditor_model", DEFAULT_CHAT_MODEL, "Model that adjudicates semantic candidates.")
    eraser_model: str = _setting("eraser_model", DEFAULT_CHAT_MODEL, "Model that writes sanitised variants.")
    critic_model: str = _setting("critic_model", DEFAULT_CHAT_MODEL, "Model that scores variants 1-5.")
    composer_model: str = _setting("composer_model", DEFAULT_CHAT_MODEL, "Model that merges the best variants.")
    n_variants: int = _setting("n_variants", 5, "j: sanitised variants written per erase round.")
    top_k: int = _setting("top_k", 3, "k: best-scored variants merged by the composer.")
    tau: float = _setting("tau", 4.0, "τ: minimum mean critic score of the top k; below it the answer is refused.")
    max_retries: int = _setting("max_retries", 1, "Extra erase rounds when verify still finds a leak.")
    search_k: int = _setting("search_k", 8, "FAISS neighbours fetched per probe sentence.")
    max_candidates: int = _setting("max_candidates", 6,
                                   "Most targets that may enter one prompt (constant prompt size).")
    candidate_threshold: float = _setting("candidate_threshold", 0.45,
                                      "Cosine similarity above which a target becomes a semantic candidate.")
    flag_threshold: float = _setting("flag_threshold", 0.62,
                                 "Cosine similarity above which a candidate is flagged without asking the auditor "
                                 "and a sentence is treated as leaking by verify.")
    max_query_chars: int = _setting("max_query_chars", 32000, "Longest accepted user turn (and guard-mode response).")
    structured_retries: int = _setting("structured_retries", 2,
                                       "Retries when a model's structured output is malformed.")
    audit_log: str = _setting("audit_log", "", "JSONL file getting one line per query (flags, scores, decisions, "
                                                "calls, timings); empty: off.")
    audit_log_text: bool = field(
        default_factory=lambda: _flag("ALU_AUDIT_LOG_TEXT"),
        metadata={"description": "Also log the query, the answers and the leaked text (off: privacy by default)."})
    evidence: EvidenceLevel = field(
        default_factory=lambda: cast(EvidenceLevel, os.environ.get("ALU_EVIDENCE", "public")),
        metadata={"description": "'public': the output says how an answer was changed, not which target; "
                                 "'full': names, ids, spans and matched text (operators only)."})
    rewrite: Rewrite = field(
        default_factory=lambda: cast(Rewrite, os.environ.get("ALU_REWRITE", "auto")),
        metadata={"description": "How a leaking answer is fixed: 'llm' (eraser, critic, composer), 'redact' "
                                 "(drop the leaking sentences, else a short non-answer; no LLM), 'auto' (redact "
                                 "when the eraser is the embedded model, which cannot rewrite sensibly)."})
    target_set: str = _setting("target_set", "default",
                               "The target set (tenant) whose targets this run protects and whose refusal message "
                               "it sends.  The operator's: bound by the server (ALU_TARGET_SET), an assistant the "
                               "operator made, or the client's API key; never a run's own choice.")
    deadline_s: float = _setting("deadline_s", 60.0, "Seconds a query may take; past it the answer is settled by "
                                                     "the deterministic repair or a refusal, never unverified text.")

    def __post_init__(self) -> None:
        pinned = _flag("ALU_PIN_HOME")
        if pinned and os.path.abspath(os.path.expanduser(self.home)) != os.path.abspath(
                os.path.expanduser(os.environ.get("ALU_HOME", "~/.alu"))):
            raise ValueError("home is pinned by this server (ALU_PIN_HOME); a run may not choose another folder")
        if self.method not in METHODS:
            raise ValueError(f"method must be one of {', '.join(METHODS)}, got {self.method!r}")
        if self.evidence not in ("public", "full"):
            raise ValueError(f"evidence must be 'public' or 'full', got {self.evidence!r}")
        if self.rewrite not in ("auto", "llm", "redact"):
            raise ValueError(f"rewrite must be 'auto', 'llm' or 'redact', got {self.rewrite!r}")
        if not self.deadline_s > 0:
            raise ValueError("deadline_s must be positive")
        for name in ("n_variants", "top_k", "search_k", "max_candidates", "max_query_chars"):
            if getattr(self, name) < 1:
                raise ValueError(f"{name} must be at least 1")
        if self.max_retries < 0 or self.structured_retries < 0:
            raise ValueError("max_retries and structured_retries must be 0 or more")
        if not 1.0 <= self.tau <= 5.0:
            raise ValueError(f"tau must lie in [1, 5], got {self.tau}")
        if not 0.0 < self.candidate_threshold <= self.flag_threshold <= 1.0:
            raise ValueError("need 0 < candidate_threshold <= flag_threshold <= 1")
        from alu.retrieval.target_sets import check_set_name

        check_set_name(self.target_set)

    @property
    def models(self) -> dict[str, str]:
        return {f.name.removesuffix("_model"): getattr(self, f.name) for f in fields(self) if f.name.endswith("_model")}


# ---- what a run may set -----------------------------------------------------------------------
# Fields a client of a server may choose per run: quality knobs that cannot weaken detection,
# touch files, pick models or providers, or cost more than a bounded amount.
CLIENT_SETTABLE = frozenset({"n_variants", "top_k", "tau"})
CLIENT_LIMITS = {"n_variants": 8, "top_k": 8}
# Fields the operator binds (an assistant the operator made, the server's environment): a client never sets
# them (the LangGraph auth handler refuses them from anyone but the operator), and the graph checks the set
# against what the caller's key may use (`bound_context`), so no edit of a run or an assistant leaves its set.
OPERATOR_BOUND = frozenset({"target_set"})
SET_PERMISSION = "target_set:"  # an API key's permission to use one set (alu/serve/langgraph_auth.py)


class RunSettingsError(ValueError):
    """A run tried to set something the server does not let clients choose."""


def servers_restrict_settings() -> bool:
    """True in a server process (ALU_RUN_SETTINGS=allowlist, set by every server entry point)."""
    return os.environ.get("ALU_RUN_SETTINGS", "any") == "allowlist"


def client_settings_problem(requested: Mapping[str, Any] | None) -> str | None:
    """Why a client's per-run settings are refused, or None when they are all allowed."""
    if not requested:
        return None
    if not isinstance(requested, Mapping):
        return "run context must be an object"
    refused = sorted(set(requested) - CLIENT_SETTABLE)
    if refused:
        return (f"a run may not set {', '.join(refused)}; clients may set only "
                f"{', '.join(sorted(CLIENT_SETTABLE))} (the server operator configures the rest)")
    for name, limit in CLIENT_LIMITS.items():
        value = requested.get(name)
        if value is not None and (not isinstance(value, int) or value > limit):
            return f"{name} may be at most {limit} in a client's run"
    return None


def context_for_run(raw: UnlearnContext | Mapping[str, Any] | None,
                    permissions: Sequence[str] | None = None) -> UnlearnContext:
    """The run's settings; in a server, only CLIENT_SETTABLE fields may differ from the server's own, and the
    target set is one the caller's key may use (`permissions`: the run's, read from its config by default)."""
    if raw is None:
        ctx, chosen = UnlearnContext(), None
    elif isinstance(raw, UnlearnContext):
        base = UnlearnContext()
        changed = {f.name: getattr(raw, f.name) for f in fields(raw) if getattr(raw, f.name) != getattr(base, f.name)}
        ctx, chosen = raw, changed.get("target_set")
        _check_client_settings(changed)
    else:
        _check_client_settings(raw)
        ctx, chosen = UnlearnContext(**dict(raw)), raw.get("target_set")
    if not servers_restrict_settings():
        return ctx
    return bound_context(ctx, chosen, run_permissions() if permissions is None else permissions)


def _check_client_settings(requested: Mapping[str, Any]) -> None:
    if servers_restrict_settings():
        problem = client_settings_problem({k: v for k, v in requested.items() if k not in OPERATOR_BOUND})
        if problem:
            raise RunSettingsError(problem)


def run_permissions() -> list[str]:
    """The permissions LangGraph Server gave this run's caller (its auth handler's), [] outside a served run."""
    try:
        from langgraph.config import get_config

        granted = get_config().get("configurable", {}).get("langgraph_auth_permissions")
    except RuntimeError:  # outside a runnable: no caller to bind
        return []
    return [p for p in granted or () if isinstance(p, str)]


def bound_context(ctx: UnlearnContext, chosen: str | None, permissions: Sequence[str]) -> UnlearnContext:
    """The context with the target set the caller may use.  A key limited to sets (permissions
    `target_set:NAME`) runs in the set its assistant names, if it is one of them; an assistant that names
    none runs in the key's only set (or the server's, if the key has it).  Anything else is refused: a run
    outside its sets would be protected by another tenant's targets, or by none of its own."""
    allowed = [p.removeprefix(SET_PERMISSION) for p in permissions if p.startswith(SET_PERMISSION)]
    if not allowed:
        return ctx  # a key with no set limit (the operator's, or one shared key): the assistant's or server's set
    if chosen is not None:
        if chosen not in allowed:
            raise RunSettingsError(f"this API key may not use target set {chosen!r} (it may use "
                                   f"{', '.join(sorted(allowed))})")
        return ctx
    if ctx.target_set in allowed:
        return ctx
    if len(allowed) == 1:
        return dataclasses.replace(ctx, target_set=allowed[0])
    raise RunSettingsError(f"this API key may use target sets {', '.join(sorted(allowed))}: run an assistant "
                           "the operator bound to one of them")
