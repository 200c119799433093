"""Names with one letter wrong, missing, extra or swapped in one word ('Oskra Brandvold', 'Scorates'; two in a
word of eight letters or more): the name's other words must match exactly, a one-word name must be six letters
or more, and the misspelt word must be no English word.  Such hits are weak."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any, NamedTuple

from rapidfuzz.distance import OSA

from alu.retrieval.lexical_hits import LexicalHit
from alu.retrieval.lexical_keys import deletions
from alu.retrieval.names import is_common_word
from alu.retrieval.normalize import Token, surface_tokens

MIN_TYPO_CHARS = 3      # a word of a name this long may carry one wrong, missing, extra or swapped letter
MIN_TYPO_ONE_WORD = 6   # a one-word name this long ('Socrates'); shorter ones are one letter from many words
MAX_TYPO_TOKENS = 4
MIN_TWO_TYPO_CHARS = 8  # a word of a name this long may carry two such edits (within a multi-word name)
# in a word this short a different first letter makes another name more often than a typo ("Minh" and "Vinh",
# "Ong" and "Long" are names of their own); typists rarely miss a word's first letter
SHORT_WORD_CHARS = 4
MISSING = "\0"          # stands for the misspelt word in a key of the typo table


class TypoEntry(NamedTuple):
    target_id: str
    surface: str
    word: str      # the name's word that the key leaves out


class TypoIndex:
    """The names and aliases a misspelling can be traced back to."""

    def __init__(self) -> None:
        # names of two words or more, each with one word left out: a text's words that match all the others
        # find the name whatever the misspelling of the one left out
        self.gaps: dict[tuple[str, ...], set[TypoEntry]] = defaultdict(set)
        self.words: dict[str, int] = defaultdict(int)  # words of those names -> how many keys hold them
        # one-word names and each of their one-letter deletions (symmetric deletion: 'scorates' and 'socrates'
        # share 'sorates')
        self.one_word: dict[str, set[TypoEntry]] = defaultdict(set)

    def add(self, target_id: str, surface: str) -> list[tuple[str, Any, Any]]:
        """Index one strong name or alias; returns its keys, "o" in `one_word` and "t" in `gaps`."""
        toks = tuple(t.text for t in surface_tokens(surface))
        keys: list[tuple[str, Any, Any]] = []
        if len(toks) == 1 and len(toks[0]) >= MIN_TYPO_ONE_WORD and toks[0].isalpha() and not is_common_word(toks[0]):
            entry = TypoEntry(target_id, surface, toks[0])
            for short in {toks[0], *deletions(toks[0])}:
                self.one_word[short].add(entry)
                keys.append(("o", short, entry))
        if not 2 <= len(toks) <= MAX_TYPO_TOKENS:
            return keys
        for i, word in enumerate(toks):
            if len(word) >= MIN_TYPO_CHARS and word.isalpha():
                gap = toks[:i] + (MISSING,) + toks[i + 1:]
                entry = TypoEntry(target_id, surface, word)
                self.gaps[gap].add(entry)
                keys.append(("t", gap, entry))
                for other in gap:
                    self.words[other] += 1
        return keys

    def release(self, gap: tuple[str, ...]) -> None:
        """The words of a removed key of `gaps` are held by one key fewer."""
        for word in gap:
            self.words[word] -= 1
            if self.words[word] <= 0:
                del self.words[word]

    def hits(self, toks: list[Token], only: set[str] | None) -> list[LexicalHit]:
        """Names with one word one edit away (a wrong, missing, extra or swapped letter), the others exact."""
        texts = [t.text for t in toks]
        known = [w in self.words for w in texts]
        hits = []
        for tok, word in zip(toks, texts):
            if self.one_word and len(word) >= MIN_TYPO_ONE_WORD - 1 and word.isalpha() and not is_common_word(word):
                near = set().union(*(self.one_word.get(k, ()) for k in {word, *deletions(word)}))
                # a one-word name with a plural ending is a noun's plural ("madeleines"), not a misspelling
                near = {e for e in near if word not in (e.word + "s", e.word + "es")}
                hits += _misspelt(near, word, tok.start, tok.end, only)
        for i in range(len(toks)):
            for n in range(2, min(MAX_TYPO_TOKENS, len(toks) - i) + 1):
                unknown = [p for p in range(n) if not known[i + p]]
                if len(unknown) > 1:
                    break  # a longer window has the same two unknown words
                for p in unknown or range(n):
                    word = texts[i + p]
                    if len(word) < MIN_TYPO_CHARS - 1 or not word.isalpha() or is_common_word(word):
                        continue
                    key = (*texts[i:i + p], MISSING, *texts[i + p + 1:i + n])
                    hits += _misspelt(self.gaps.get(key, ()), word, toks[i].start, toks[i + n - 1].end, only)
        return hits


def _misspelt(entries: Iterable[TypoEntry], word: str, start: int, end: int, only: set[str] | None) -> list[LexicalHit]:
    """Weak hits for the entries whose left-out word is one edit (optimal string alignment) from the text's,
    or two in a long word ('Kasparov' written 'Kasiaov')."""
    return [LexicalHit(e.target_id, e.surface, start, end, "obfuscated", True, "misspelt", "misspelt")
            for e in entries if (only is None or e.target_id in only)
            and 1 <= OSA.distance(word, e.word) <= (2 if len(e.word) >= MIN_TWO_TYPO_CHARS else 1)
            and (len(e.word) > SHORT_WORD_CHARS or word[:1] == e.word[:1])]
