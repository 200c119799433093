"""What the lexical matcher reports: one hit per name found, and which hits flag an answer on their own."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from alu.retrieval.names import folded, is_rare_word


@dataclass(frozen=True)
class LexicalHit:
    target_id: str
    surface: str   # the name or alias that matched
    start: int     # span in the searched text
    end: int
    how: str       # "exact", "obfuscated", "reversed", "base64" or "encoded"
    weak: bool = False   # a partial or ambiguous form: a candidate, flagged only with support
    detail: str = ""     # the obfuscation family, e.g. "transliterated", "rot13", "morse"
    form: str = "name"   # "name", "alias", "variant" (derived, strong), "partial" or "misspelt" (weak)


def dedupe(hits: list[LexicalHit]) -> list[LexicalHit]:
    """One hit per target and stretch of text: overlapping hits of a target (the name and its
    possessive, a spelled run and its words, a weak surname inside the full name) collapse into
    the strongest, widest one, preferring the plainest reading and the registered name."""
    rank = {"exact": 0, "obfuscated": 1, "reversed": 2, "base64": 3, "encoded": 4}

    plain = {"": 0, "folded": 1, "spelled": 2, "transliterated": 3}

    def order(h: LexicalHit) -> tuple:
        return (h.weak, h.start - h.end, rank.get(h.how, 9), plain.get(h.detail, 4), h.form != "name",
                h.form != "alias", h.surface, h.start)

    kept: dict[str, list[LexicalHit]] = defaultdict(list)  # per target: a text names few targets often
    for h in sorted(set(hits), key=order):
        mine = kept[h.target_id]
        if not any(k.start < h.end and h.start < k.end for k in mine):
            mine.append(h)
    return sorted((h for mine in kept.values() for h in mine), key=lambda h: (h.start, -h.end, h.target_id, h.surface))


def confirmed_hits(hits: list[LexicalHit]) -> list[LexicalHit]:
    """Hits an answer may be flagged for on its own: strong hits, and weak hits of a target
    that has another, different form in the same text (a strong hit, or a second alias when one
    of the two is a rare word; two partial forms of one name, like 'King' and 'Stephen', do not
    confirm each other)."""
    by_target: dict[str, list[LexicalHit]] = defaultdict(list)
    for h in hits:
        by_target[h.target_id].append(h)
    out = []
    for h in hits:
        if not h.weak:
            out.append(h)
            continue
        for other in by_target[h.target_id]:
            if other.start < h.end and h.start < other.end:
                continue
            if folded(other.surface) == folded(h.surface):
                continue
            if not other.weak:
                out.append(h)
                break
            # two weak aliases ('tabun' and 'sarin'): enough if one of them is a rare word; two
            # common or tiny ones ('atlas' and 'PA') and two parts of one name are not
            if not {"partial", "misspelt"} & {h.form, other.form} and (
                    is_rare_word(h.surface) or is_rare_word(other.surface)):
                out.append(h)
                break
    return out


def covered_forms(hits: list[LexicalHit]) -> set[str]:
    """Target ids with at least one confirmed hit."""
    return {h.target_id for h in confirmed_hits(hits)}
