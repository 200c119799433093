"""Text that must be refused at the edge: it cannot be stored, matched or shown faithfully.

Lone surrogates (invalid UTF-8 smuggled through JSON escapes or `surrogateescape` argv) cannot
be encoded, so they would fail deep inside SQLite or a JSON response instead of at the request.
NUL truncates strings in C libraries (llama.cpp, FAISS tooling).  Other C0/C1 control characters
and a byte-order mark inside a name make two names that look identical compare different, so a
name carrying one could never be matched; in names they are refused, in free text (messages)
they are kept, since tabs and newlines are ordinary there.
"""

from __future__ import annotations

import re
import sys
from typing import Any

BOM = "\ufeff"
MAX_CHECKED_DEPTH = 64  # a request nested deeper than this is refused before any field is read
_NEVER = re.compile("[\ud800-\udfff\x00]")
# Cc (C0, DEL, C1) except tab, newline and carriage return, which name cleaning turns into spaces
_NOT_IN_NAMES = re.compile("[\ud800-\udfff\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufeff]")


def text_problem(text: str, *, name_like: bool = False) -> str | None:
    """Why `text` cannot be accepted, or None.  `name_like`: also refuse control characters and BOMs."""
    found = (_NOT_IN_NAMES if name_like else _NEVER).search(text)
    if found is None:
        return None
    ch, where = found.group(), f"U+{ord(found.group()):04X} at character {found.start() + 1}"
    if "\ud800" <= ch <= "\udfff":
        return f"is not valid Unicode text (lone surrogate {where})"
    if ch == "\x00":
        return f"contains a NUL character ({where})"
    return f"contains {'a byte-order mark' if ch == BOM else 'a control character'} ({where})"


def number_problem(exc: ValueError) -> str:
    """What json.loads' ValueError that is not a JSONDecodeError says: an integer too long to convert."""
    digits = re.search(r"value has (\d+) digits", str(exc))
    return (f"an integer of {digits.group(1)} digits (the limit is {sys.get_int_max_str_digits():,})" if digits
            else str(exc))


def json_problem(value: Any, path: str = "", depth: int = 0) -> tuple[str, str] | None:
    """The first (path, reason) in a parsed JSON value whose strings or keys cannot be accepted."""
    if depth > MAX_CHECKED_DEPTH:
        return "body", f"is nested more than {MAX_CHECKED_DEPTH} levels deep"
    if isinstance(value, str):
        problem = text_problem(value)
        return (path or "body", problem) if problem else None
    if isinstance(value, list):
        items = ((f"{path}[{i}]", v) for i, v in enumerate(value))
    elif isinstance(value, dict):
        for key in value:
            problem = text_problem(key)
            if problem:
                return f"{path} key" if path else "key", problem
        items = ((f"{path}.{k}" if path else k, v) for k, v in value.items())
    else:
        return None
    for where, item in items:
        found = json_problem(item, where, depth + 1)
        if found:
            return found
    return None
