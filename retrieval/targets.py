"""Forget targets: the record, its validation, and the import/export file formats."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Literal

from alu.retrieval.footprint import Footprint, FootprintError, make_footprint
from alu.retrieval.normalize import canonical
from alu.retrieval.probes import Probe, ProbeError, make_probe
from alu.retrieval.textcheck import number_problem, text_problem

MAX_FIELD_CHARS = 4000
MAX_ALIASES = 64
MAX_ITEM_CHARS = 4000        # one fact or example question
MAX_VECTORS = 1000           # facts + examples per target (the description is one more): see retrieval/index.py
KINDS = ("person", "topic", "thing", "keep")
TargetKind = Literal["person", "topic", "thing", "keep"]
TARGET_FIELDS = {"id", "name", "aliases", "description", "kind", "variants", "partial_forms", "facts", "examples",
                 "candidate_threshold", "flag_threshold", "probe", "footprint", "target_set"}


class TargetError(ValueError):
    """A target or an import file is malformed; the message names the problem (and line)."""


@dataclass(frozen=True)
class Target:
    """What must be forgotten.  `kind` says how it is recognised:

    person/thing -- by its name forms (name, aliases, derived `variants`; weak `partial_forms`);
    topic        -- by meaning: its `examples` (questions to forget) and `facts` are matched as vectors;
    keep         -- not forgotten at all: exemplars of nearby things that must stay answerable; a query
                    closest to a keep target is never in a topic's scope.
    """

    id: str
    name: str
    aliases: tuple[str, ...] = field(default_factory=tuple)
    description: str = ""
    kind: TargetKind = "person"
    variants: tuple[str, ...] = field(default_factory=tuple)       # strong derived name forms
    partial_forms: tuple[str, ...] = field(default_factory=tuple)  # weak forms: surname, given name, "S. King"
    facts: tuple[str, ...] = field(default_factory=tuple)          # short statements, one vector each
    examples: tuple[str, ...] = field(default_factory=tuple)       # questions to forget, one vector each
    candidate_threshold: float | None = None   # per-target calibrated thresholds (None: the global ones)
    flag_threshold: float | None = None
    probe: Probe | None = None                 # a topic's fitted classifier (retrieval/probes.py)
    footprint: Footprint | None = None         # what identifies it without its name (retrieval/footprint.py)
    target_set: str = "default"                # the set (tenant) it belongs to (retrieval/target_sets.py)

    @property
    def other_names(self) -> tuple[str, ...]:
        """Names from the footprint (birth name, other scripts): strong forms, matched like aliases."""
        return self.footprint.other_names if self.footprint else ()

    @property
    def surface_forms(self) -> tuple[str, ...]:
        """Every string that must never reach the user once this target is flagged (strong forms only)."""
        return (self.name, *self.aliases, *self.other_names, *self.variants)

    @property
    def name_only(self) -> bool:
        """Known by its name forms alone: nothing to match by meaning."""
        return not (self.description or self.facts or self.examples or self.footprint or self.probe)

    def embedding_text(self) -> str:
        aka = f" (also known as {', '.join(self.aliases)})" if self.aliases else ""
        return f"{self.name}{aka}: {self.description}".strip().rstrip(":")

    def vector_texts(self) -> list[str]:
        """The texts embedded for this target: its description first, then each fact and example, then its
        footprint's descriptions, facts and questions (slots in this order: see `footprint_slots`)."""
        return [self.embedding_text(), *self.facts, *self.examples,
                *(self.footprint.vector_texts() if self.footprint else ())]

    def footprint_slots(self) -> range:
        """The vector slots that hold the footprint's texts."""
        first = 1 + len(self.facts) + len(self.examples)
        return range(first, first + (len(self.footprint.vector_texts()) if self.footprint else 0))

    def to_dict(self) -> dict:
        d = asdict(self)
        for key in ("aliases", "variants", "partial_forms", "facts", "examples"):
            d[key] = list(d[key])
        d["probe"] = self.probe.to_dict() if self.probe else None
        d["footprint"] = self.footprint.to_dict() if self.footprint else None
        if self.target_set == "default":  # a registry without sets exports exactly as before they existed
            d["target_set"] = None
        return {k: v for k, v in d.items() if v is not None}


def slugify(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")
    return slug or "target-" + hashlib.sha1(name.encode()).hexdigest()[:10]


def _clean(value: object, what: str) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise TargetError(f"{what} must be a string, got {type(value).__name__}")
    problem = text_problem(value, name_like=True)
    if problem:
        raise TargetError(f"{what} {problem}")
    value = " ".join(value.split())
    if len(value) > MAX_FIELD_CHARS:
        raise TargetError(f"{what} is longer than {MAX_FIELD_CHARS} characters")
    return value


def _text_list(data: dict, key: str, limit: int, item_chars: int = MAX_FIELD_CHARS) -> list[str]:
    """A list of non-empty strings (a '|'-separated string is accepted too, as in CSV imports)."""
    value = data.get(key) or []
    if isinstance(value, str):
        value = value.split("|")
    if not isinstance(value, (list, tuple)):
        raise TargetError(f"{key} must be a list of strings, got {type(value).__name__}")
    if len(value) > limit:
        raise TargetError(f"a target may have at most {limit} {key}, got {len(value)}")
    out = []
    for i, item in enumerate(value, 1):
        if not isinstance(item, str):
            raise TargetError(f"{key}[{i}] must be a string, got {type(item).__name__}")
        problem = text_problem(item, name_like=key in ("variants", "partial_forms"))
        if problem:
            raise TargetError(f"{key}[{i}] {problem}")
        item = " ".join(item.split())
        if len(item) > item_chars:
            raise TargetError(f"{key}[{i}] is longer than {item_chars} characters")
        if item:
            out.append(item)
    return out


def _threshold(data: dict, key: str) -> float | None:
    value = data.get(key)
    if value is None or value == "":
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise TargetError(f"{key} must be a number in (0, 1], got {value!r}") from None
    if not 0.0 < number <= 1.0:
        raise TargetError(f"{key} must be a number in (0, 1], got {value!r}")
    return number


def _name_forms(data: dict, kind: str, name: str, aliases: list[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Given variants/partial_forms replace the derived ones; persons get theirs derived from the name."""
    derived_variants: tuple[str, ...] = ()
    derived_partial: tuple[str, ...] = ()
    if kind == "person" and ("variants" not in data or "partial_forms" not in data):
        from alu.retrieval.variants import person_forms

        forms = person_forms(name)
        derived_variants, derived_partial = forms.variants, forms.partial
    variants = _text_list(data, "variants", MAX_ALIASES * 4) if "variants" in data else list(derived_variants)
    partial = _text_list(data, "partial_forms", MAX_ALIASES) if "partial_forms" in data else list(derived_partial)
    taken = {canonical(name), *(canonical(a) for a in aliases)}
    strong = []
    for v in variants:
        if canonical(v) and canonical(v) not in taken:
            taken.add(canonical(v))
            strong.append(v)
    weak = []
    for p in partial:
        if canonical(p) and canonical(p) not in taken:
            taken.add(canonical(p))
            weak.append(p)
    return tuple(strong), tuple(weak)


def make_target(data: object) -> Target:
    """Validate a mapping {id?, name, aliases?, description?, kind?, variants?, partial_forms?, facts?,
    examples?, candidate_threshold?, flag_threshold?, probe?} into a Target (name forms derived for persons)."""
    if not isinstance(data, dict):
        raise TargetError(f"a target must be an object with a name, got {type(data).__name__}")
    unknown = set(data) - TARGET_FIELDS
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
    kind: TargetKind = data.get("kind") or "person"
    if kind not in KINDS:
        raise TargetError(f"kind must be one of {', '.join(KINDS)}, got {kind!r}")
    facts = _text_list(data, "facts", MAX_VECTORS, MAX_ITEM_CHARS)
    examples = _text_list(data, "examples", MAX_VECTORS, MAX_ITEM_CHARS)
    if len(facts) + len(examples) > MAX_VECTORS:
        raise TargetError(f"a target may have at most {MAX_VECTORS} facts and examples together")
    if kind in ("topic", "keep") and not (examples or facts or data.get("description")):
        raise TargetError(f"a {kind} target needs examples, facts or a description (it has no name to match)")
    variants, partial = _name_forms(data, kind, name, clean_aliases)
    candidate, flag = _threshold(data, "candidate_threshold"), _threshold(data, "flag_threshold")
    if candidate is not None and flag is not None and candidate > flag:
        raise TargetError("candidate_threshold must not exceed flag_threshold")
    try:
        probe = make_probe(data.get("probe"))
    except ProbeError as e:
        raise TargetError(str(e)) from None
    if probe is not None and kind != "topic":
        raise TargetError(f"only a topic target can have a probe (this one is a {kind})")
    try:
        footprint = make_footprint(data.get("footprint"))
    except FootprintError as e:
        raise TargetError(str(e)) from None
    if footprint is not None and len(facts) + len(examples) + len(footprint.vector_texts()) > MAX_VECTORS:
        raise TargetError(f"a target may have at most {MAX_VECTORS} facts, examples and footprint texts together")
    return Target(target_id, name, tuple(clean_aliases), _clean(data.get("description"), "description"), kind,
                  variants, partial, tuple(facts), tuple(examples), candidate, flag, probe, footprint,
                  _target_set(data.get("target_set")))


def _target_set(value: object) -> str:
    if value is None or value == "":
        return "default"
    from alu.retrieval.target_sets import check_set_name

    return check_set_name(value)


def json_lines(lines: Iterable[str], fail: Callable[[int, str], Exception]) -> Iterator[tuple[int, object]]:
    """(line number, parsed value) for each non-blank line; a line that is not JSON raises fail(n, reason)."""
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            yield lineno, json.loads(line)
        except json.JSONDecodeError as e:
            raise fail(lineno, f"not valid JSON ({e.msg})") from None
        except RecursionError:
            raise fail(lineno, "not valid JSON (nested too deeply)") from None
        except ValueError as e:  # an integer too long to convert (Python's limit is 4,300 digits)
            raise fail(lineno, f"not valid JSON ({number_problem(e)})") from None


def parse_targets(text: str, fmt: str, source: str = "<input>") -> list[Target]:
    """Parse a whole import file; any bad line fails the whole file (all or nothing)."""
    text = text.removeprefix("\ufeff")  # a leading byte-order mark is an encoding signature, not data
    out: list[Target] = []
    first_line: dict[str, int] = {}

    def add(lineno: int, data: object) -> None:
        try:
            out.append(make_target(data))
        except TargetError as e:
            raise TargetError(f"{source}, line {lineno}: {e}") from None
        target_id = out[-1].id
        if target_id in first_line:  # which of the two was meant is not ours to guess
            raise TargetError(f"{source}, line {lineno}: duplicate id {target_id!r} "
                              f"(also on line {first_line[target_id]})")
        first_line[target_id] = lineno

    # lines end at "\n" only: JSON strings may hold U+2028 or U+0085, which str.splitlines() would split on
    if fmt == "jsonl":
        for lineno, data in json_lines(text.split("\n"), lambda n, why: TargetError(f"{source}, line {n}: {why}")):
            add(lineno, data)
    elif fmt == "csv":
        reader = csv.DictReader(io.StringIO(text, newline=""), strict=True)  # strict: a stray quote is an error
        try:
            if not reader.fieldnames or "name" not in reader.fieldnames:
                raise TargetError(f"{source}, line 1: a CSV import needs a header with a 'name' column")
            for row in reader:
                if None in row:
                    raise TargetError(f"{source}, line {reader.line_num}: more cells than header columns")
                data = {k: v for k, v in row.items() if v not in (None, "")}
                add(reader.line_num, data)
        except csv.Error as e:  # e.g. a cell over the csv module's field limit, or an unclosed quote
            raise TargetError(f"{source}, line {reader.line_num}: malformed CSV ({e})") from None
    elif fmt == "txt":
        for lineno, line in enumerate(text.split("\n"), 1):
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
    if path.is_dir():
        raise TargetError(f"{path}: is a directory, not a targets file")
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise TargetError(f"{path}: no such file") from None
    except OSError as e:
        raise TargetError(f"{path}: cannot be read ({e.strerror or e})") from None
    try:  # a byte-order mark at the very start is an encoding signature (Excel writes one), not text
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = data[:e.start].count(b"\n") + 1
        raise TargetError(f"{path}, line {line}: not UTF-8 text (byte 0x{data[e.start]:02x} at offset {e.start})") \
            from None
    return parse_targets(text, fmt, str(path))


def dump_targets(targets: list[Target], fmt: str) -> str:
    if fmt == "jsonl":
        return "".join(json.dumps(t.to_dict(), ensure_ascii=False) + "\n" for t in targets)
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(["id", "name", "aliases", "description", "kind", "variants", "partial_forms", "facts", "examples"])
        for t in targets:
            w.writerow([t.id, t.name, "|".join(t.aliases), t.description, t.kind, "|".join(t.variants),
                        "|".join(t.partial_forms), "|".join(t.facts), "|".join(t.examples)])
        return buf.getvalue()
    if fmt == "txt":
        return "".join(t.name + "\n" for t in targets)
    raise TargetError(f"unknown export format {fmt!r} (use jsonl, csv or txt)")
