"""Does an answer only decline?  One that refuses or professes ignorance reveals nothing, so conversation
scope and the audit flag only informative answers (a decline that goes on to inform is no decline)."""

from __future__ import annotations

import re

# A declining answer is not informative: "I don't know", "I can't help with that", "no information".
_DECLINES = re.compile(
    r"\b(?:i\s+(?:do\s*n[o']?t|don't|dont)\s+(?:know|have\s+(?:any\s+)?(?:information|knowledge|details|data))"
    r"|i\s*(?:'m|\s+am)\s+(?:not\s+(?:able|sure|aware|familiar)|unable|sorry)"
    r"|i\s+(?:can\s*not|can't|cannot|won't|will\s+not)\s+(?:help|answer|provide|share|assist|discuss|say)"
    r"|(?:no|not\s+have)\s+(?:information|knowledge|details)\s+(?:about|on|regarding)"
    r"|i\s+have\s+no\s+(?:information|knowledge|idea)"
    r"|not\s+(?:something\s+)?i\s+(?:know|can\s+help)"
    r"|unable\s+to\s+(?:help|answer|provide))",
    re.IGNORECASE)
DECLINE_MAX_WORDS = 25  # a sentence this long that begins "I'm not sure" goes on to say something
_GOES_ON = re.compile(r"\b(?:but|however|though|although|yet|still|except)\b|\d", re.IGNORECASE)


def declines(answer: str) -> bool:
    """Does the answer only refuse or profess ignorance (so it reveals nothing)?  Every sentence must
    decline, ask back ("Anything else?") or be a filler ("Sorry."): "I don't know much. She was
    born in a fishing town ..." informs."""
    parts = [p for p in re.split(r"(?<=[.!?])\s+|\n+", " ".join(answer.split())) if p.strip()]
    return all(_declining(p) for p in parts)


_FILLER = frozenset("sorry hmm hm well okay ok oh unfortunately apologies alas".split())


def _declining(sentence: str) -> bool:
    words = re.findall(r"[^\W\d_]+|\d+", sentence.casefold())
    if sentence.rstrip().endswith("?") or (words and all(w in _FILLER for w in words)):
        return True  # "Anything else?", "Sorry." -- but a short answer ("1947.", "Carrie.") informs
    found = list(_DECLINES.finditer(sentence))
    if not found or len(sentence.split()) > DECLINE_MAX_WORDS:
        return False
    return not _GOES_ON.search(sentence[found[-1].end():])  # "I'm not sure, but she ..." goes on
