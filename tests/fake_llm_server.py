"""A stand-in LLM provider on loopback: an OpenAI-compatible /v1/chat/completions for `alu serve`
processes started by tests (`--model openai:fake` with OPENAI_BASE_URL pointing here).

Structured requests (a response_format) get one JSON object that satisfies every role's schema
(auditor, eraser, critic); plain requests get a fixed sentence.  Every request is recorded, so a
test can read what a replica's respondent was shown.
"""

from __future__ import annotations

import json
import threading
import time

from fastapi import FastAPI, Request
from fastapi.responses import StreamingResponse

PLAIN_ANSWER = "That is all I can say about it."
STRUCTURED = {"leaked": [], "variants": ["A neutral answer.", "Nothing specific to say.", "It is not known here.",
                                         "No details are available.", "That cannot be answered."],
              "scores": [5, 4, 5, 4, 5]}


def create_fake_llm() -> tuple[FastAPI, list[dict]]:
    app = FastAPI()
    seen: list[dict] = []
    lock = threading.Lock()

    @app.post("/v1/chat/completions")
    async def completions(request: Request):
        body = await request.json()
        with lock:
            seen.append(body)
        content = json.dumps(STRUCTURED) if body.get("response_format") else PLAIN_ANSWER
        if body.get("stream"):
            return StreamingResponse(_stream(body.get("model", "fake"), content), media_type="text/event-stream")
        return {"id": f"fake-{len(seen)}", "object": "chat.completion", "created": int(time.time()),
                "model": body.get("model", "fake"),
                "choices": [{"index": 0, "finish_reason": "stop",
                             "message": {"role": "assistant", "content": content}}],
                "usage": {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15}}

    return app, seen


def _stream(model: str, content: str):
    base = {"id": "fake-stream", "object": "chat.completion.chunk", "created": int(time.time()), "model": model}
    for delta, finish in (({"role": "assistant", "content": ""}, None), ({"content": content}, None), ({}, "stop")):
        yield f"data: {json.dumps(base | {'choices': [{'index': 0, 'delta': delta, 'finish_reason': finish}]})}\n\n"
    yield "data: [DONE]\n\n"
