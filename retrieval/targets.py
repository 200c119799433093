"""Forget targets: the record, its validation, and the import/export file formats."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import unicodedata
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from alu.retrieval.normalize import canonical

MAX_FIELD_CHARS = 4000
MAX_ALIASES = 64


class TargetError(ValueError):
    """A target or an import file is malformed; the message names the problem (and line)."""


@dataclass(frozen=True)
class Target:
    id: str
    name: str
    aliases: tuple[str, ...] = field(default_factory=tuple)
    description: str = ""

    @property
    def surface_forms(self) -> tuple[str, ...]:
        """Every string that must never reach the user once this target is flagged."""
        return (self.name, *self.aliases)

    def embedding_text(self) -> str:
        aka = f" (also known as {', '.join(self.aliases)})" if self.aliases else ""
        return f"{self.name}{aka}: {self.description}".strip().rstrip(":")

    def to_dict(self) -> dict:
        d = asdict(self)
        d["aliases"] = list(self.aliases)
        return d


def slugify(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")
    return slug or "target-" + hashlib.sha1(name.encode()).hexdigest()[:10]


def _clean(value, what: str) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise TargetError(f"{what} must be a string, got {type(value).__name__}")
    value = " ".join(value.split())
    if len(value) > MAX_FIELD_CHARS:
        raise TargetError(f"{what} is longer than {MAX_FIELD_CHARS} characters")
    return value


def make_target(data: dict) -> Target:
    """Validate a mapping {id?, name, aliases?, description?} into a Target."""
    if not isinstance(data, dict):
        raise TargetError(f"a target must be an object with a name, got {type(data).__name__}")
    unknown = set(data) - {"id", "name", "aliases", "description"}
    if unknown:
        raise TargetError(f"unknown target field(s): {', '.join(sorted(unknown))}")
    name = _clean(data.get("name"), "name")
    if not any(ch.isalnum() for ch in name):
        raise TargetError("target has no name (a non-empty 'name' with letters or digits is required)")
    aliases = data.get("aliases") or []
    if isinstance(aliases, str):
        aliases = [a for a in aliases.split("|")]
    if not isinstance(aliases, (list, tuple)):
        raise TargetError("aliases must be a list of strings")
    if len(aliases) > MAX_ALIASES:
        raise TargetError(f"a target may have at most {MAX_ALIASES} aliases")
    seen = {canonical(name)}
    clean_aliases = []
    for a in aliases:
        a = _clean(a, "alias")
        key = canonical(a)
        if key and key not in seen:
            seen.add(key)
            clean_aliases.append(a)
    target_id = _clean(data.get("id"), "id") or slugify(name)
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,127}", target_id):
        raise TargetError(f"id {target_id!r} must be 1-128 characters of letters, digits, '.', '_', ':' or '-'")
    return Target(target_id, name, tuple(clean_aliases), _clean(data.get("description"), "description"))


def json_lines(lines: Iterable[str], fail: Callable[[int, str], Exception]) -> Iterator[tuple[int, object]]:
    """(line number, parsed value) for each non-blank line; a line that is not JSON raises fail(n, reason)."""
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            yield lineno, json.loads(line)
        except json.JSONDecodeError as e:
            raise fail(lineno, f"not valid JSON ({e.msg})") from None


def parse_targets(text: str, fmt: str, source: str = "<input>") -> list[Target]:
    """Parse a whole import file; any bad line fails the whole file (all or nothing)."""
    out: list[Target] = []

    def add(lineno: int, data) -> None:
        try:
            out.append(make_target(data))
        except TargetError as e:
            raise TargetError(f"{source}, line {lineno}: {e}") from None

    if fmt == "jsonl":
        for lineno, data in json_lines(text.splitlines(), lambda n, why: TargetError(f"{source}, line {n}: {why}")):
            add(lineno, data)
    elif fmt == "csv":
        reader = csv.DictReader(io.StringIO(text))
        if not reader.fieldnames or "name" not in reader.fieldnames:
            raise TargetError(f"{source}, line 1: a CSV import needs a header with a 'name' column")
        for row in reader:
            if None in row:
                raise TargetError(f"{source}, line {reader.line_num}: more cells than header columns")
            data = {k: v for k, v in row.items() if v not in (None, "")}
            add(reader.line_num, data)
    elif fmt == "txt":
        for lineno, line in enumerate(text.splitlines(), 1):
            if line.strip() and not line.lstrip().startswith("#"):
                add(lineno, {"name": line.strip()})
    else:
        raise TargetError(f"unknown import format {fmt!r} (use jsonl, csv or txt)")
    if not out:
        raise TargetError(f"{source}: no targets found")
    return out


def read_targets_file(path: str | Path, fmt: str | None = None) -> list[Target]:
    path = Path(path)
    fmt = fmt or {".jsonl": "jsonl", ".json": "jsonl", ".csv": "csv", ".txt": "txt"}.get(path.suffix.lower())
    if fmt is None:
        raise TargetError(f"{path}: cannot tell the format from the extension; pass jsonl, csv or txt")
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise TargetError(f"{path}: no such file") from None
    except UnicodeDecodeError as e:
        raise TargetError(f"{path}: not UTF-8 text (byte {e.start})") from None
    return parse_targets(text, fmt, str(path))


def dump_targets(targets: list[Target], fmt: str) -> str:
    if fmt == "jsonl":
        return "".join(json.dumps(t.to_dict(), ensure_ascii=False) + "\n" for t in targets)
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(["id", "name", "aliases", "description"])
        for t in targets:
            w.writerow([t.id, t.name, "|".join(t.aliases), t.description])
        return buf.getvalue()
    if fmt == "txt":
        return "".join(t.name + "\n" for t in targets)
    raise TargetError(f"unknown export format {fmt!r} (use jsonl, csv or txt)")
