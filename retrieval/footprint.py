"""A target's knowledge footprint: what identifies it when its name is not written.

A deletion request carries a name; a conversation can reach the person without it ("the Lanterns' drummer",
a birth name, the name in another script, a title of their work).  The footprint holds those pieces as
reviewable fields, written by an enrichment model or by the operator (`alu targets enrich`), validated
here and stored in the registry beside the target:

    other_names   strong name forms: matched like aliases (birth name, stage name, other scripts)
    descriptions  identifying descriptions without the name, one vector each
    facts         distinctive statements, one vector each
    questions     typical questions about the target, one vector each
    keyphrases    distinctive phrases (titles, places, organisations, dates with context), indexed in the
                  registry's full-text index: several of them in one turn find the target without its name

`version` counts the footprints a target has had (an edit makes a new one); `source` says who wrote it
(a model name or "operator").
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from alu.retrieval.normalize import canonical
from alu.retrieval.textcheck import text_problem

LIST_FIELDS = ("other_names", "descriptions", "facts", "questions", "keyphrases")
FIELDS = {*LIST_FIELDS, "source", "version"}
MAX_ITEMS = 64            # per list: a footprint is a summary, not a biography
MAX_ITEM_CHARS = 300
MAX_KEYPHRASE_WORDS = 8
# A keyphrase this short matches everywhere; one with no uncommon word is kept but never looked up (the
# full-text lookup goes by a text's rare words: retrieval/keyphrases.py)
MIN_KEYPHRASE_CHARS = 3


class FootprintError(ValueError):
    """A footprint is malformed; the message names the field and item."""


@dataclass(frozen=True)
class Footprint:
    other_names: tuple[str, ...] = field(default_factory=tuple)
    descriptions: tuple[str, ...] = field(default_factory=tuple)
    facts: tuple[str, ...] = field(default_factory=tuple)
    questions: tuple[str, ...] = field(default_factory=tuple)
    keyphrases: tuple[str, ...] = field(default_factory=tuple)
    source: str = "operator"
    version: int = 1

    def vector_texts(self) -> list[str]:
        """The texts embedded for the footprint, after the target's own (slots in this order)."""
        return [*self.descriptions, *self.facts, *self.questions]

    def is_empty(self) -> bool:
        return not any(getattr(self, key) for key in LIST_FIELDS)

    def to_dict(self) -> dict[str, Any]:
        return {**{key: list(getattr(self, key)) for key in LIST_FIELDS}, "source": self.source,
                "version": self.version}

    def next_version(self, previous: Footprint | None) -> Footprint:
        return replace(self, version=(previous.version + 1) if previous else 1)


def _items(data: dict, key: str, what: str) -> tuple[str, ...]:
    value = data.get(key) or []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, (list, tuple)):
        raise FootprintError(f"{what}.{key} must be a list of strings, got {type(value).__name__}")
    if len(value) > MAX_ITEMS:
        raise FootprintError(f"{what}.{key} may hold at most {MAX_ITEMS} items, got {len(value)}")
    out: list[str] = []
    seen: set[str] = set()
    for i, item in enumerate(value, 1):
        if not isinstance(item, str):
            raise FootprintError(f"{what}.{key}[{i}] must be a string, got {type(item).__name__}")
        problem = text_problem(item, name_like=key == "other_names")
        if problem:
            raise FootprintError(f"{what}.{key}[{i}] {problem}")
        item = " ".join(item.split())
        if len(item) > MAX_ITEM_CHARS:
            raise FootprintError(f"{what}.{key}[{i}] is longer than {MAX_ITEM_CHARS} characters")
        if key == "keyphrases":
            words = canonical(item).split()
            if len(words) > MAX_KEYPHRASE_WORDS:
                raise FootprintError(f"{what}.{key}[{i}] has more than {MAX_KEYPHRASE_WORDS} words: a keyphrase "
                                     "is a title, place, organisation or dated event, not a sentence")
            if len(" ".join(words)) < MIN_KEYPHRASE_CHARS:
                continue  # too short to be distinctive: dropped, not an error (models write such items)
        key_text = canonical(item)
        if item and key_text and key_text not in seen:
            seen.add(key_text)
            out.append(item)
    return tuple(out)


def make_footprint(data: object, what: str = "footprint") -> Footprint | None:
    """Validate a mapping into a Footprint (None for no footprint); unknown fields are an error."""
    if data is None:
        return None
    if isinstance(data, Footprint):
        return data
    if not isinstance(data, dict):
        raise FootprintError(f"{what} must be an object, got {type(data).__name__}")
    unknown = set(data) - FIELDS
    if unknown:
        raise FootprintError(f"{what}: unknown field(s): {', '.join(sorted(unknown))} "
                             f"(allowed: {', '.join(sorted(FIELDS))})")
    source = data.get("source", "operator")
    if not isinstance(source, str) or text_problem(source, name_like=True) or not source.strip():
        raise FootprintError(f"{what}.source must be a non-empty string")
    version = data.get("version", 1)
    if isinstance(version, bool) or not isinstance(version, int) or not 1 <= version <= 2 ** 31:
        raise FootprintError(f"{what}.version must be a positive integer")
    lists = {key: _items(data, key, what) for key in LIST_FIELDS}
    footprint = Footprint(other_names=lists["other_names"], descriptions=lists["descriptions"], facts=lists["facts"],
                          questions=lists["questions"], keyphrases=lists["keyphrases"], source=source.strip()[:200],
                          version=version)
    return None if footprint.is_empty() else footprint


def diff(old: Footprint | None, new: Footprint | None) -> list[str]:
    """Lines saying what changes from `old` to `new`, field by field ('+ item' added, '- item' dropped)."""
    lines: list[str] = []
    for key in LIST_FIELDS:
        before = getattr(old, key) if old else ()
        after = getattr(new, key) if new else ()
        added = [x for x in after if x not in before]
        dropped = [x for x in before if x not in after]
        if added or dropped:
            lines.append(f"  {key}:")
            lines += [f"    + {x}" for x in added] + [f"    - {x}" for x in dropped]
    return lines
