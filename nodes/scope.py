"""Conversation scope: is the user asking *about* a target?

A model that never learned a target cannot answer a question about it, so when the current user
turn refers to a target, any informative answer is a leak whether or not it spells the name.  This
module decides that without an LLM:

- a strong name form (name, alias, derived variant) in the current turn puts the target in scope;
- a weak form (bare surname, given name, "O. Brandvold", a misspelt full name "Oskar Brandvlod") makes
  it a candidate; it is in scope only
  with support: used as a name on its own (capitalised mid-sentence, not part of another
  person's name such as "Oskar Lindahl" or a title such as "Duke of Brandvold") and, for a bare
  given name, a second signal (another weak form of the same target, or a fact/example match);
- a back-reference ("What did she write next?") to a target named earlier in the conversation, by
  anyone (nodes/reference.py): nearness in the thread alone puts nothing in scope;
- a fact or example vector of the target close to the user turn puts it in scope, unless a
  keep exemplar is closer (topics such as hazardous chemistry versus ordinary chemistry);
- a topic with a calibrated probe (a linear classifier over the turn's vector) is in scope when
  the probe fires; its examples, which trained the probe, are then not matched one by one.

Only informative answers are flagged: one that only declines is left alone (a decline that goes on
to inform is no decline).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from alu.graph.state import Evidence
from alu.retrieval.normalize import canonical
from alu.retrieval.store import SemanticHit, best_per_target
from alu.retrieval.targets import Target

SCOPE_THRESHOLD_KEY = "scope_threshold"   # registry meta: the calibrated global example threshold
DEFAULT_EXAMPLE_THRESHOLD = 0.80   # a fact/example match this close is a paraphrase of a forgotten question
WEAK_EXAMPLE_THRESHOLD = 0.55      # a weak name form plus a fact/example match this close is in scope

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
COMMON_WORD_ZIPF = 4.0
RARE_GIVEN_NAME_ZIPF = 3.8  # a given name this rare ("Thorvald", "Ignatia") points at one person by itself
AMBIGUOUS_NAME_ZIPF = 3.3  # a bare name this frequent is also a place, a film, a thing: a cue to that rules it out
DECLINE_MAX_WORDS = 25  # a sentence this long that begins "I'm not sure" goes on to say something
_GOES_ON = re.compile(r"\b(?:but|however|though|although|yet|still|except)\b|\d", re.IGNORECASE)

# Closed-class words that start a sentence or a question; a capitalised one before a surname is
# not part of a name ("Which Brandvold ...", "Did Okafor ...").
_FUNCTION_WORDS = frozenset("""
a about after according an and are as at before but by can could describe did do does during explain
fill for from had has have how i if in is it list name of on or should since tell than that the their
then there these this those to was were what when where which while who whom whose why will with would
""".split())
_WORD = re.compile(r"[^\W_][\w'’.-]*")
_ARTICLES = frozenset({"the", "a", "an"})
_TITLE_LINK = frozenset({"of", "de", "del", "von", "van", "la", "le"})


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


@dataclass(frozen=True)
class ScopeMatch:
    target_id: str
    turn: int          # index among the user turns searched (the last one is the current turn)
    span: tuple[int, int] | None
    text: str
    score: float
    why: str           # "name", "surname", "misspelt name", "partial name", "weak", "example", "probe"


def _is_capitalised(word: str) -> bool:
    return word[:1].isupper()


def _words_around(text: str, start: int, end: int) -> tuple[str | None, bool, str | None, str | None]:
    """(previous word of the same phrase, whether the span opens a sentence, next word, word after next)."""
    before = text[:start]
    prev_match = list(_WORD.finditer(before))
    prev = prev_match[-1].group() if prev_match else None
    gap = before[prev_match[-1].end():] if prev_match else before
    opens = prev is None or bool(re.search(r"[.!?:;\n\"“(]", gap)) or prev.endswith(".") and len(prev) > 2
    if prev is not None and "," in gap:
        prev = None  # "at CNN, Cooper is ...": a comma ends the previous phrase
    after = list(_WORD.finditer(text, end))
    nxt = after[0].group() if after else None
    if after and re.search(r"[.!?;:\n(]", text[end:after[0].start()]):
        nxt = None  # the next sentence's (or a parenthesis's) first word says nothing about this one
    nxt2 = after[1].group() if len(after) > 1 and nxt else None
    return prev, opens, nxt, nxt2


def _own_forms(target: Target) -> set[str]:
    forms = (target.name, *target.aliases, *target.variants, *target.partial_forms)
    return {tok for form in forms for tok in canonical(form).split()}


@lru_cache(maxsize=65536)
def common_word(form: str) -> bool:
    """Is the form an everyday English word ("King", "Bird", "Cash") rather than a distinctive name?

    Word frequencies come from the `wordfreq` package (Zipf scale: 4 is about once per 10,000 words).
    """
    return word_zipf(form) >= COMMON_WORD_ZIPF


@lru_cache(maxsize=65536)
def word_zipf(form: str) -> float:
    """The most frequent of the form's words (a possessive's "s" and initials do not count)."""
    from wordfreq import zipf_frequency

    words = [tok for tok in re.findall(r"[^\W\d_]+", form.casefold()) if len(tok) > 2]
    return max((zipf_frequency(tok, "en") for tok in words), default=0.0)


def standalone_name(text: str, start: int, end: int, target: Target) -> bool:
    """Is text[start:end] used as a name by itself, not as part of someone or something else's name?"""
    span = text[start:end]
    prev, opens, nxt, nxt2 = _words_around(text, start, end)
    possessive = bool(re.match(r"['’]s?\b", text[end:])) or bool(re.search(r"['’]s?$", span))
    if not _is_capitalised(span):
        if text != text.lower():
            return False   # lower case where the writer capitalises: the common word ("swift", "bird")
        # a writer who capitalises nothing ("what did okafor sign in 2017?"): no capitals to go by, so the word
        # must be distinctive or the sentence's subject, and the word before it no part of another name
        return (not common_word(span) or verb_only(nxt) or possessive) and (
            prev is None or prev in _FUNCTION_WORDS or canonical(prev) in _own_forms(target))
    conjoined = nxt == "and" and nxt2 is not None and _is_capitalised(nxt2)  # "Rowan and Ingrid"
    if opens and common_word(span) and not possessive and not verb_only(nxt) and not conjoined:
        return False   # a sentence's first word is capitalised anyway: "Bird flu", "Cash flow"; not "Marsh's
        # views", nor "Fisher won ...", "Mason led ...": a verb right after it makes it the sentence's subject
    if prev and prev.casefold() in _ARTICLES:
        return False   # "the Bishop", "a Marsh": a title or a common noun, not a person's name
    if re.search(r"_{2,}\s*$", text[:start]):
        return False   # "___ Jackson": an unknown given name stands before it, so someone else may be meant
    own = _own_forms(target)
    if prev and _is_capitalised(prev) and not opens and prev.casefold() not in _FUNCTION_WORDS \
            and canonical(prev) not in own and not _run_has_own_name(text, start, own, _initials(target)):
        return False   # "Oskar Lindahl", "Ingrid Brandvold" for Oskar Brandvold: another name
    if nxt and _is_capitalised(nxt) and canonical(nxt) not in own and nxt.casefold() not in _FUNCTION_WORDS \
            and not name_suffix(nxt):
        return False   # "Oskar Lindahl" seen from "Oskar"; but "Brandvold Jr." is Brandvold
    if nxt and nxt.casefold() in _TITLE_LINK and nxt2 and _is_capitalised(nxt2):
        return False   # "Duke of Brandvold", "Mason of the Guild"
    if _OTHER_NAME_HEAD.search(text[:start]):
        return False   # "the Book of Ruth", "the University of Brandvold": the tail of another name
    if _IN_A_WORK.match(text[end:]):
        return False   # "Ruth in the Bible", "Mason in the film": a figure of a work, not the real person
    return True


# "<Capitalised noun> of [the]" just before a form: the form ends another name ("the Book of Ruth")
_OTHER_NAME_HEAD = re.compile(r"(?<![.!?]\s)(?<!^)\b(?-i:[A-Z][a-z]+)\s+of\s+(?:the\s+)?$")
# a work or body of stories right after a form: the figure of that name in it
_IN_A_WORK = re.compile(r"\s+(?:in|from|of)\s+(?:the\s+)?(?:Bible|Old\s+Testament|New\s+Testament|Torah|Quran|"
                        r"Koran|Gospels?|scriptures?|film|movie|novel|book|play|series|show|sitcom|cartoon|"
                        r"musical|opera|ballet|game|video\s+game|myths?|legends?|mythology|fairy\s+tale|song)\b",
                        re.IGNORECASE)


def _run_has_own_name(text: str, start: int, own: set[str], initials: set[str]) -> bool:
    """Do the capitalised words just before the span include one of the target's own names?
    ("Oskar Emil Brandvold": a middle name between given name and surname; "Ingridina Mae Okafor": a given
    name that the target's own given name shortens; "Tomas Edvard Lindahl" for T. Lindahl.)"""
    run = re.search(r"((?:[A-Z][\w'’.-]*\s+){1,3})$", text[:start])
    if run is None:
        return False
    words = [canonical(w) for w in run.group(1).split()]
    if any(w in own for w in words):
        return True
    return len(words) > 1 and (_lengthens_own(words[0], own) or words[0][:1] in initials)


def _initials(target: Target) -> set[str]:
    """Initials the registered name itself is written with ("T. Lindahl"), not those of derived forms."""
    return {tok for tok in canonical(target.name.split(",")[0]).split()[:-1] if len(tok) == 1}


def _lengthens_own(word: str, own: set[str]) -> bool:
    return any(len(form) >= 3 and word.startswith(form) and len(word) > len(form) for form in own)


@lru_cache(maxsize=4096)
def verb_only(word: str | None) -> bool:
    """Is the word a verb form and never a noun ("won", "was", "led"; not "flu", "flow")?

    Parts of speech come from the `lemminflect` package's lemma tables.
    """
    if not word:
        return False
    from lemminflect import getAllLemmas

    lemmas = getAllLemmas(word.casefold())
    return bool(lemmas.keys() & {"VERB", "AUX"}) and "NOUN" not in lemmas and "PROPN" not in lemmas


@lru_cache(maxsize=4096)
def name_suffix(word: str) -> bool:
    """Jr., Sr., III...: part of the same person's name (the `nameparser` package's suffix list)."""
    from nameparser.config import CONSTANTS

    return word.casefold().strip(".") in CONSTANTS.suffix_not_acronyms


def _is_surname(form: str, target: Target) -> bool:
    """A partial form that is the name a person goes by: the family name ("Okafor" of Ada Okafor), or the
    one name before a style ("Ingrid" of "Ingrid, Countess of Vale"); not a given name or an initial."""
    head, styled = target.name.split(",")[0], "," in target.name
    name = canonical(head).split()
    toks = canonical(re.sub(r"['’]s?$", "", form)).split()  # "Okafor's" is the surname too
    return bool(toks) and (len(toks) < len(name) or styled) and name[-len(toks):] == toks and "." not in form


def lexical_scope(store, turns: list[str]) -> list[ScopeMatch]:
    """Targets referred to by name in the user turns: strong forms always, weak forms with support."""
    found: list[ScopeMatch] = []
    weak_by_target: dict[str, list[ScopeMatch]] = {}
    for i, text in enumerate(turns):
        for hit in store.lexical(text):  # strong forms, and weak ones the matcher confirmed by a second form
            target = store.get(hit.target_id)
            if target is not None and target.kind != "keep":
                found.append(ScopeMatch(hit.target_id, i, (hit.start, hit.end), text[hit.start:hit.end], 1.0, "name"))
        kept = [(h.start, h.end) for h in store.lexical(text) if (k := store.get(h.target_id)) and k.kind == "keep"]
        for hit in store.weak_lexical(text, typos=True):
            target = store.get(hit.target_id)
            if target is None or hit.how not in ("exact", "obfuscated") or target.kind == "keep":
                continue
            if any(a <= hit.start and hit.end <= b for a, b in kept):
                continue  # a word of a name registered to be kept ("Will Smith" kept, "Smith" forgotten)
            # a misspelt name is the whole name, one letter off, and no English word: the neighbouring words
            # cannot make it someone else's ("Dr Oskra Brandvold" is still Oskar Brandvold)
            if hit.form == "misspelt" or standalone_name(text, hit.start, hit.end, target):
                why = "misspelt name" if hit.form == "misspelt" else \
                    "surname" if _is_surname(hit.surface, target) else "partial name"
                weak_by_target.setdefault(hit.target_id, []).append(ScopeMatch(
                    hit.target_id, i, (hit.start, hit.end), text[hit.start:hit.end], 0.9, why))
    named = {m.target_id for m in found}
    for target_id, matches in weak_by_target.items():
        if target_id in named:
            continue
        distinct = {canonical(m.text) for m in matches}
        target = store.get(target_id)
        if any(m.why == "misspelt name" or (m.why == "surname" or word_zipf(m.text) < RARE_GIVEN_NAME_ZIPF) and (
                word_zipf(m.text) < AMBIGUOUS_NAME_ZIPF or not thing_cue(turns[m.turn], *(m.span or (0, 0))))
               for m in matches) or len(distinct) > 1:
            if any(shares_keep_name(store, turns[m.turn], m.text, target) for m in matches):
                continue  # "What is Darwin in Australia like?" with the city registered to be kept
            found.append(matches[0])
            found.append(matches[0])
        else:
            found.extend(ScopeMatch(m.target_id, m.turn, m.span, m.text, m.score, "weak") for m in matches[:1])
    return found


_PERSON_WORDS = frozenset("who whom whose he she him her his hers himself herself".split())


def person_noun(word: str) -> bool:
    from alu.nodes.reference import is_person_noun

    return is_person_noun(word)


def person_cue(text: str, start: int, end: int) -> bool:
    """Does the turn treat text[start:end] as a person?  It asks who, speaks of him or her, puts a verb or a
    possessive or a title or a name suffix next to it, or joins it to another name."""
    words = {w.casefold() for w in _WORD.findall(text)}
    if words & _PERSON_WORDS:
        return True
    prev, _, nxt, nxt2 = _words_around(text, start, end)
    from alu.nodes.mentions import _titled

    possessive = bool(re.match(r"['’]s?\b", text[end:])) or bool(re.search(r"['’]s?$", text[start:end]))
    return (possessive or verb_only(nxt) or name_suffix(nxt or "")
            or _titled(text, start) or (nxt == "and" and nxt2 is not None and _is_capitalised(nxt2)))


def thing_cue(text: str, start: int, end: int) -> bool:
    """Does the turn treat a frequent name as a place or a thing, with no person cue against it?  "the film
    Coco" (a common noun names what it is), "What is Lincoln in England known for?" (asked *what* it is), "Is
    Coco a sad film?" (said to be something no person is)."""
    said = _SAID_TO_BE.match(text[end:])
    if said and (said.group(1) or re.search(r"\b(?:is|was)\s*$", text[:start], re.IGNORECASE)):
        return _is_noun(said.group(2)) and not person_noun(said.group(2))
    if person_cue(text, start, end):
        return False
    prev = _words_around(text, start, end)[0]
    if prev and prev.islower() and prev not in _FUNCTION_WORDS and _is_noun(prev):
        return True
    if re.match(r"\s*(?:what|where)\s*(?:is|was|'s)\s+(?:the\s+)?$", text[:start], re.IGNORECASE):
        return True
    return False


_SAID_TO_BE = re.compile(r"\s+((?:is|was)\s+)?(?:an?|the)\s+(?:[\w-]+\s+){0,3}?([a-z]+)"
                         r"(?=\s*[?.!,;]|\s+(?:from|about|by|for|that|which|with|set|of|in|to)\b|\s*$)")


@lru_cache(maxsize=4096)
def _is_noun(word: str) -> bool:
    from lemminflect import getAllLemmas

    return "NOUN" in getAllLemmas(word)


def shares_keep_name(store, text: str, form: str, target) -> bool:
    """Is a bare name form also a word of a keep target's name, and the turn closer to that keep target?"""
    keeps = keep_words(store).get(canonical(form), [])
    if not keeps or target is None:
        return False
    sims = store.similarity([text], [*keeps, target.id])[0]
    return float(max(sims[:-1])) > float(sims[-1])


_KEEP_WORDS: dict[tuple[int, int], dict[str, list[str]]] = {}


def keep_words(store) -> dict[str, list[str]]:
    """word -> ids of the keep targets whose name has it; built once per registry version."""
    key = (id(getattr(store, "_store", store)), store.refresh())
    if key not in _KEEP_WORDS:
        table: dict[str, list[str]] = {}
        for t in store.all_targets():
            if t.kind == "keep":
                for word in set(canonical(t.name).split()):
                    table.setdefault(word, []).append(t.id)
        _KEEP_WORDS.clear()  # one registry version at a time
        _KEEP_WORDS[key] = table
    return _KEEP_WORDS[key]


def has_examples(store) -> bool:
    """Does any target carry fact or example vectors (beyond its description), or a topic probe?"""
    return store.vector_count() > store.count() or len(store.probe_table()) > 0


def example_scores(store, vector: np.ndarray | None, k: int, hits: list[SemanticHit] | None = None) -> dict[str, float]:
    """For one probe: each target's best fact/example score, kept only where it beats every keep exemplar.

    This nearest-neighbour rule is what lets a topic ("hazardous chemistry") be told from its neighbours
    (ordinary chemistry): a question closer to a keep exemplar than to any forget example scores nothing.
    `hits`: the probe's vector hits when the caller has searched already (audit searches the turn together
    with the answer's sentences).
    """
    if hits is None:
        hits = store.search_each([""], k, vectors=np.asarray(vector, np.float32)[None, :])[0]
    hits = best_per_target(hits)
    kinds = {h.target_id: (t.kind if (t := store.get(h.target_id)) else "keep") for h in hits}
    keep_best = max((h.score for h in hits if kinds[h.target_id] == "keep"), default=-1.0)
    return {h.target_id: float(h.score) for h in hits
            if kinds[h.target_id] != "keep" and h.slot > 0 and h.score > keep_best}


def global_threshold(store) -> float:
    registry = getattr(store, "registry", None) or getattr(getattr(store, "_store", None), "registry", None)
    value = registry.meta(SCOPE_THRESHOLD_KEY) if registry is not None else None
    return float(value) if value else DEFAULT_EXAMPLE_THRESHOLD


def example_scope(store, question_vector: np.ndarray | None, k: int, weak: set[str],
                  hits: list[SemanticHit] | None = None) -> list[ScopeMatch]:
    """Targets whose facts or examples are close to the current user turn, unless a keep exemplar is closer."""
    if question_vector is None:
        return []
    default = global_threshold(store)
    probed = store.probe_table().members
    out = []
    for target_id, score in example_scores(store, question_vector, k, hits).items():
        if target_id in probed:
            continue   # a topic with a fitted probe is decided by it (its examples trained it)
        target = store.get(target_id)
        threshold = target.flag_threshold or default
        if target_id in weak:
            threshold = min(threshold, target.candidate_threshold or WEAK_EXAMPLE_THRESHOLD)
        if score >= threshold:
            out.append(ScopeMatch(target_id, -1, None, "", round(score, 4), "example"))
    return out


def probe_scope(store, question: str, question_vector: np.ndarray | None) -> list[ScopeMatch]:
    """Topics whose probe (retrieval/probes.py) fires on the current user turn: one product per topic."""
    if question_vector is None:
        return []
    return [ScopeMatch(target_id, -1, None, "", p, "probe")
            for target_id, p in store.probe_table().fired(question, question_vector).items()]


def in_scope(store, turns: list[str], question_vector: np.ndarray | None = None, k: int = 8,
             question_hits: list[SemanticHit] | None = None) -> list[ScopeMatch]:
    """Every target the current turn (the last of `turns`: the conversation's messages, oldest first) is
    about, strongest reason first: named in it, referred back to, or matched by its facts and examples.
    An earlier message counts only through a back-reference or a weak form of the same target."""
    from alu.nodes.mentions import antecedents, named_in

    if not turns:
        return []
    current = len(turns) - 1
    lexical = [ScopeMatch(m.target_id, current, m.span, m.text, m.score, m.why)
               for m in lexical_scope(store, turns[-1:])]
    sure = [m for m in lexical if m.why != "weak"]
    weak = {m.target_id for m in lexical if m.why == "weak"}
    if weak:  # "What did Oskar paint next?" after a turn that named Oskar Brandvold in full
        earlier = {m.target_id for text in turns[:-1] for m in named_in(store, text)}
        sure += [ScopeMatch(m.target_id, m.turn, m.span, m.text, 0.95, "reference")
                 for m in lexical if m.why == "weak" and m.target_id in earlier]
    sure += antecedents(store, turns[:-1], turns[-1])
    examples = [*example_scope(store, question_vector, k, weak, question_hits),
                *probe_scope(store, turns[-1], question_vector)]
    out: dict[str, ScopeMatch] = {}
    for m in [*sure, *examples]:
        out.setdefault(m.target_id, m)
    return list(out.values())


def scope_evidence(store, turns: list[str], response: str, version: int, k: int = 8,
                   question_hits: list[SemanticHit] | None = None) -> list[Evidence]:
    """Evidence how="scope" for each target the current turn is about (`turns`: the conversation's messages,
    oldest first, the current user turn last), when the answer informs.  The current turn is embedded only
    when some target has facts or examples; `question_hits`: its top-k vector hits, when the caller searched
    for them already."""
    if declines(response) or not turns:
        return []
    question_vector = store.embedder.embed([turns[-1]])[0] if has_examples(store) else None
    out = []
    for m in in_scope(store, turns, question_vector, k, question_hits):
        target = store.get(m.target_id)
        out.append(Evidence(target_id=m.target_id, name=target.name if target else m.target_id, how="scope",
                            where="query", span=list(m.span) if m.span and m.turn == len(turns) - 1 else None,
                            text=m.text, score=m.score, index_version=version))
    return out
