"""Reading a request body with a size cap, for every HTTP route that takes one."""

from __future__ import annotations

from starlette.requests import Request


class BodyTooLarge(ValueError):
    """The body is over the limit (as declared, or as streamed); the message says which."""


async def capped_body(request: Request, limit: int) -> bytes:
    """The raw body, refused as soon as it passes `limit` bytes (a declared length is checked first)."""
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise BodyTooLarge(f"request body is {declared} bytes; the limit is {limit}")
    raw = bytearray()
    async for chunk in request.stream():
        raw += chunk
        if len(raw) > limit:
            raise BodyTooLarge(f"request body exceeds the limit of {limit} bytes")
    return bytes(raw)
