"""The operator's audit log: one JSON line per query; texts only when audit_log_text is set.

A query that failed gets a line too, with decision "failed" and the error's class; its texts,
even when kept, are the user's turn only (no unverified draft)."""

from __future__ import annotations

import json
import threading
from datetime import datetime, timezone
from pathlib import Path

from langgraph.config import get_config

from alu.graph.context import UnlearnContext
from alu.graph.private import Private
from alu.graph.state import Step

_LOG_LOCK = threading.Lock()


def write_audit_log(ctx: UnlearnContext, private: Private, decision: str, answer: str, index_version: int | None,
                    steps: list[Step], llm_calls: int, error: str | None = None) -> None:
    try:
        thread_id = get_config().get("configurable", {}).get("thread_id")
    except RuntimeError:  # called outside a graph run
        thread_id = None
    keep_text = ctx.audit_log_text
    flagged = [{k: v for k, v in e.items() if keep_text or k not in ("text", "span")} for e in private.evidence]
    line = {
        "ts": datetime.now(timezone.utc).isoformat(timespec="milliseconds"),
        "thread_id": thread_id,
        "method": ctx.method,
        "decision": decision,
        "flagged": flagged,
        "index_version": index_version,
        "llm_calls": llm_calls,
        "usage": private.usage,
        "total_ms": round(sum(s["ms"] for s in steps), 2),
        "steps": steps,
    }
    if error is not None:
        line["error"] = error
    if keep_text:
        line |= {"query": private.question} if error is not None else {
            "query": private.question, "response": private.response, "answer": answer}
    path = Path(ctx.audit_log).expanduser()
    path.parent.mkdir(parents=True, exist_ok=True)
    with _LOG_LOCK, path.open("a", encoding="utf-8") as f:
        f.write(json.dumps(line, ensure_ascii=False) + "\n")
