"""A name given in halves over the turns: "a coach in Recife, surname <F>" ... "Do you know the first name?" ...
"<G>, I think."  Each half alone is a bare given or family name, which counts only with support; a
conversation that speaks of names by their parts ("first name", "surname") and writes both halves of one
target's name, the last of them in the current turn, names that target; so does a turn that gives both halves
under such labels ("First name: <G>" and "Last name: <F>" in a pasted form)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from alu.nodes.name_use import _is_surname
from alu.nodes.scope import ScopeMatch

if TYPE_CHECKING:
    from alu.nodes.evidence import Store

# the messages before the turn in which the other half may stand: the exchange that asked for it
LOOK_BACK = 4
# "first name", a form's "first_name" or "lastName", "the name split into two boxes", "Part two: <Family>"
_NAME_PART = re.compile(r"\b(?:(?:first|given|last|family|full|christian|middle|maiden)[\s_-]*name|surname|"
                        r"the\s+rest\s+(?:of\s+(?:the|his|her|their)\s+name)?|split\s+(?:the|his|her|their|a|my)\s+name|name\s+"
                        r"(?:in|into)\s+(?:two|2|separate)\s+(?:boxes|fields|parts|halves|columns|cells|lines)|"
                        r"(?:part|half)\s+(?:one|two|1|2)(?=\s*[:=-])|(?:first|second|other)\s+(?:part|half)(?=\s*[:=-]))\b",
                        re.IGNORECASE)


def _halves(store: Store, text: str) -> dict[str, tuple[set[str], set[str]]]:
    """target id -> (given names, family names) the text writes, in any case."""
    out: dict[str, tuple[set[str], set[str]]] = {}
    for h in store.weak_lexical(text):
        target = store.get(h.target_id)
        word = h.surface.rsplit(".", 1)[-1].strip()   # "it's joyce" is read as "S. Joyce" too
        if target is None or target.kind == "keep" or h.form != "partial" or not word:
            continue
        given, family = out.setdefault(h.target_id, (set(), set()))
        (family if _is_surname(word, target) else given).add(word.casefold())
    return out


def completed_names(store: Store, turns: list[str]) -> list[ScopeMatch]:
    """Targets whose name the current turn completes: one half in it, the other in the messages just before,
    in a conversation that speaks of the parts of a name."""
    before = turns[-1 - LOOK_BACK:-1]
    if not any(_NAME_PART.search(text) for text in [*before, turns[-1]]):
        return []
    now = _halves(store, turns[-1])
    if not now:
        return []
    earlier: dict[str, tuple[set[str], set[str]]] = {}
    for text in before:
        for target_id, (given, family) in _halves(store, text).items():
            g, f = earlier.setdefault(target_id, (set(), set()))
            g |= given
            f |= family
    labelled = _NAME_PART.search(turns[-1]) is not None   # "First name: <G>\nLast name: <F>" in the turn itself
    out = []
    for target_id, (given, family) in now.items():
        g, f = earlier.get(target_id, (set(), set()))
        if given and f and not family or family and g and not given or labelled and given and family:
            target = store.get(target_id)
            out.append(ScopeMatch(target_id, len(turns) - 1, None, target.name if target else "", 0.9, "reference"))
    return out
