"""A turn that asks after a third person and nobody else: "what else did he do?", "where is she now?".  Used where
the only person a conversation named is a target whose given name the name lists guess as the other gender ("Rio",
"Sora", "Andrea"): the pronoun is still theirs when the turn is such a question.  Not where the user speaks of
their own life ("She says I never listen. How can I be a better listener?"): a pronoun there is someone the user
knows and did not name."""

from __future__ import annotations

import re

# the user's own words: "I", "my", "we" ("US", the country, is no such word)
_FIRST_PERSON = re.compile(r"(?<![\w'’])(?:[Ii](?:['’](?:m|ve|d|ll))?|im|me|my|mine|myself|we|our|ours|us)(?![\w'’])")
_QUESTION = re.compile(r"\b(?:what|where|when|who|whom|why|how|which|did|does|do|is|was|has|had|can|could|will|"
                       r"would)\b", re.IGNORECASE)
MAX_WORDS = 14   # a question after someone, not a story of the user's own


def asks_after_someone(turn: str) -> bool:
    """Is the turn a short question about a third person, with no word of the user's own life in it?"""
    words = re.findall(r"[\w'’]+", turn)
    return 0 < len(words) <= MAX_WORDS and not _FIRST_PERSON.search(turn) and bool(_QUESTION.search(turn))
