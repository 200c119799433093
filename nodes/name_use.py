"""Is a bare or partial name form used as the name of that target here?  The word-level judgements of
conversation scope: capitals, the words around the form, common English words, verbs and name suffixes."""

from __future__ import annotations

import re
from collections.abc import Set
from functools import lru_cache

from alu.retrieval.names import (
    PARTICLE_PATTERN,
    is_calendar_word,
    is_dictionary_word,
    is_given_name,
    is_honorific,
    is_title,
    post_title_after,
)
from alu.retrieval.normalize import canonical
from alu.retrieval.targets import Target

COMMON_WORD_ZIPF = 4.0
VERY_COMMON_ZIPF = 5.0   # "long", "park", "young": once in 100,000 words or more often

# Closed-class words that start a sentence or a question; a capitalised one before a surname is
# not part of a name ("Which Brandvold ...", "Did Okafor ...").
_FUNCTION_WORDS = frozenset("""
a about after according an and are as at before but by can could describe did do does during explain
fill for from had has have how i if in is it list name of on or should since tell than that the their
then there these this those to was were what when where which while who whom whose why will with would
""".split())
_INTERJECTIONS = frozenset("so ok okay hey hi hello um uh well also".split())   # "ok so okafor, what did she do"
_WORD = re.compile(r"[^\W_][\w'’.-]*")
_ARTICLES = frozenset({"the", "a", "an"})
_RUN_ON_AFTER = frozenset("that this it you u everyone everybody all we i".split())   # "Hope that helps", "Thank you"
_DATE_BEFORE = frozenset("on until till since next last this every before after in early late".split())
_TITLE_LINK = frozenset({"of", "de", "del", "do", "dos", "das", "da", "von", "van", "la", "le"})


def _is_capitalised(word: str) -> bool:
    return word[:1].isupper()


def _words_around(text: str, start: int, end: int) -> tuple[str | None, bool, str | None, str | None]:
    """(previous word of the same phrase, whether the span opens a sentence, next word, word after next)."""
    before = text[:start]
    prev_match = list(_WORD.finditer(before))
    prev = prev_match[-1].group() if prev_match else None
    gap = before[prev_match[-1].end():] if prev_match else before
    opens = prev is None or bool(re.search(r"[.!?:;\n\"“(]", gap)) or prev.endswith(".") and len(prev) > 2 \
        and not is_title(prev[:-1])   # "Dr. <Name>", "Mrs. <Name>": an abbreviated title ends no sentence
    if prev is not None and ("," in gap or re.search(r"\s[-–—]\s|[–—]", gap)):
        prev = None  # "at CNN, Cooper is ...", "Sure - Cooper was ...": a comma or a dash ends the previous phrase
    after = list(_WORD.finditer(text, end))
    nxt = after[0].group() if after else None
    if after and re.search(r"[.!?;:\n(]|\s[-–—]\s|[–—]", text[end:after[0].start()]):
        nxt = None  # the next sentence's (or a parenthesis's, or a dash's) first word says nothing about this one
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


_JOINERS = r"(?:de|la|le|les|du|des|del|upon|on|under|en|sur|am|im|an|der|by|the|in|sous|y)"
_HYPHENED_ON = re.compile(rf"[-‐‑](?:{_JOINERS}[-‐‑])*(?-i:[A-Z])")
_HYPHENED_TO = re.compile(rf"(?-i:[A-Z])[\w'’]*[-‐‑](?:{_JOINERS}[-‐‑])*$")


def standalone_name(text: str, start: int, end: int, target: Target) -> bool:
    """Is text[start:end] used as a name by itself, not as part of someone or something else's name?"""
    from alu.nodes.person_cues import apposed_person, person_or_agent_noun  # it builds on this module

    span = text[start:end]
    if _HYPHENED_ON.match(text, end) or _HYPHENED_TO.search(text[:start]):
        return False   # "<F>-de-la-Zouch", "Stratford-upon-<F>", "Lloyd-<F>": a word of a longer name
    syllable = re.match(r"[-‐‑]([^\W\d_]+)\b", text[end:])
    if syllable and syllable.group(1).islower() and post_title_after(text, end) == end \
            and not is_dictionary_word(syllable.group(1)):
        return False   # "<G>-eun", "<G>-ho": the first syllable of a longer given name; not "<F>-led", "<F>-san"
    prev, opens, nxt, nxt2 = _words_around(text, start, end)
    possessive = bool(re.match(r"['’]s?\b", text[end:])) or bool(re.search(r"['’]s?$", span))
    if prev and prev.casefold() in _DATE_BEFORE and is_calendar_word(span):
        return False   # "on Sunday", "since August": a date
    if _NAME_LABEL.search(text[:start]):
        return True   # "Surname: Fox.", "(First name: Grace.)", "friends called him Frank", "family name: fox"
    if not _is_capitalised(_LEADING_PARTICLES.sub("", span)):   # "van Dijk": a particle opens a capitalised name
        if text != text.lower():
            return False   # lower case where the writer capitalises: the common word ("swift", "bird")
        # a writer who capitalises nothing ("what did okafor sign in 2017?"): no capitals to go by, so the word
        # must be distinctive or the sentence's subject, and the word before it no part of another name
        # nor a distinctive word after it that is none of the target's ("kofi annan" is someone else's name)
        titled = prev is not None and _lower_title(prev.rstrip("."))   # "is ms. post, ...": a title makes it a name
        other_after = nxt is not None and (not common_word(nxt) or _family_name(nxt)) and nxt not in _FUNCTION_WORDS \
            and canonical(nxt) not in _own_forms(target) and not text[end:].lstrip().startswith(",")
        if prev is not None and prev.casefold() in _ARTICLES | {"which", "this", "that", "every", "each"}:
            return False   # "the aurora in norway", "which lane": the common word, as with capitals below
        if word_zipf(span) >= VERY_COMMON_ZIPF and not titled:
            return False   # "how long do i need": a word this frequent is the word where no capital tells
        return (not common_word(span) or verb_only(nxt) or possessive or titled) and not other_after and (
            prev is None or prev in _FUNCTION_WORDS | _INTERJECTIONS or canonical(prev) in _own_forms(target)
            or person_or_agent_noun(prev) or titled or canonical(prev) in called_names(text))
    if not opens and prev and prev.islower() and nxt in _RUN_ON_AFTER and common_word(span) and not possessive:
        return False   # "... in the dishwasher Hope that makes sense": a sentence run on, its first word
    conjoined = nxt == "and" and nxt2 is not None and _is_capitalised(nxt2)  # "Rowan and Ingrid"
    if opens and common_word(span) and not possessive and not verb_only(nxt) and not conjoined \
            and not apposed_person(text, end):
        return False   # a sentence's first word is capitalised anyway: "Bird flu", "Cash flow"; not "Marsh's
        # views", nor "Fisher won ...", "Mason led ...": a verb right after it makes it the sentence's subject
    if prev and prev.casefold() in _ARTICLES:
        return False   # "the Bishop", "a Marsh": a title or a common noun, not a person's name
    if re.search(r"_{2,}\s*$", text[:start]):
        return False   # "___ Jackson": an unknown given name stands before it, so someone else may be meant
    return post_title_after(text, end) > end or not part_of_another_name(text, start, end, target)


@lru_cache(maxsize=4096)
def _lower_title(word: str) -> bool:
    """A title in lower case: an abbreviation ("ms", "dr") or a noun for a person ("president").  The `nameparser`
    title list also holds words such as "his", "first" and "family", which say nothing in "first frost came"."""
    from lemminflect import getAllLemmas

    from alu.nodes.reference import is_person_noun

    return is_title(word) and (not getAllLemmas(word.casefold()) or is_person_noun(word, agents=True)
                               or word.casefold() in _ADDRESS)


_ADDRESS = frozenset("sir lord lady dame madam madame miss master uncle aunt auntie professor".split())


def _family_name(word: str) -> bool:
    """A frequent word that is a family name rather than an English word ("thompson", "johnson"): the
    `lemminflect` tables do not list it."""
    from alu.retrieval.names import is_dictionary_word

    return not is_dictionary_word(word) and not is_given_name(word)


def _opening_imperative(text: str, start: int, prev: str) -> bool:
    """Is the capitalised word before the name a sentence's first word and a verb no one is named ("Try <Name>
    from ...", "Meet <Name>", "Ask <Name>")?  It is capitalised because it opens the sentence."""
    from lemminflect import getAllLemmas

    from alu.retrieval.names import given_name_detector

    before = text[:start].rstrip()[: -len(prev)]
    if before.strip() and not re.search(r"[.!?:;\n\"“(]\s*$", before):
        return False
    return prev.casefold() in getAllLemmas(prev.casefold()).get("VERB", ()) \
        and given_name_detector().get_gender(prev) == "unknown"


def part_of_another_name(text: str, start: int, end: int, target: Target) -> bool:
    """Is text[start:end] part of someone or something else's name: a capitalised word joined to it, a title
    or body it ends, a work it is a figure of, an epithet after it?"""
    prev, opens, nxt, nxt2 = _words_around(text, start, end)
    own = _own_forms(target)
    if prev and _is_capitalised(prev) and not opens \
            and re.sub(r"['’](?:s|re|ll|d|ve)$", "", prev.casefold()) not in _FUNCTION_WORDS \
            and canonical(prev) not in own and not (is_title(prev) and is_honorific(text, start)) \
            and not _opening_imperative(text, start, prev) \
            and not _run_has_own_name(text, start, own, _initials(target)) \
            and canonical(prev) not in called_names(text):
        return True   # "Oskar Lindahl", "Ingrid Brandvold" for Oskar Brandvold: another name; not a name the
        # turn gives the person ("People call her Chels. Chels <Family>, ..."), nor "That's <Given>."
    romance = re.search(r"([^\W\d_][\w'’-]*)\s+(?:de|del|da|di|do|dos|das)\s+$", text[:start])
    if (re.search(r"(?-i:[A-Z])[\w'’-]*\s+(?:de|del|da|di|do|dos|das|van|von|der|la|le)\s+$", text[:start])
            or romance and romance.group(1).casefold() not in _FUNCTION_WORDS) \
            and not _run_has_own_name(text, start, own, _initials(target)):
        return True   # "Día de Reyes", "Puerto de la Cruz", "the rosca de Reyes": the tail of another name
    if nxt and _is_capitalised(nxt) and canonical(nxt) not in own and nxt.casefold() not in _FUNCTION_WORDS \
            and not name_suffix(nxt):
        return True   # "Oskar Lindahl" seen from "Oskar"; but "Brandvold Jr." is Brandvold
    if nxt and nxt.casefold() in _TITLE_LINK and nxt2 and _is_capitalised(nxt2):
        return True   # "Duke of Brandvold", "Mason of the Guild"
    if re.search(r"\b(?-i:St|Ste|Saint|San|Santa|Sainte)\.?\s+$", text[:start]):
        return True   # "St Clement's", "San <Name>": a saint, a church or a town
    if _OTHER_NAME_HEAD.search(text[:start]):
        return True   # "the Book of Ruth", "the University of Brandvold": the tail of another name
    if _IN_A_WORK.match(text[end:]) or _IN_A_TITLE.match(text[end:]):
        return True   # "Ruth in the Bible", "Mason in the film": a figure of a work, not the real person
    if (epithet := _EPITHET.match(text[end:])) and canonical(f"the {epithet.group(1)}") not in own \
            and not _described(text[end + epithet.end():]):
        return True   # "Alexander the Great", "Winnie the Pooh": someone or something else, unless it is the
        # target's own epithet
    return in_a_work(text, start, end, own)


def in_a_work(text: str, start: int, end: int, own: Set[str] = frozenset()) -> bool:
    """Is the form a character of a work named after it ("<Name> from Frozen"), or part of a work's title
    ("Who wrote Dr <Name> and Mr <Other>?", "What is <Name> and Mr <Other> about?")?  nodes/homonym_cues.py."""
    from alu.nodes.homonym_cues import asked_what_it_is_about, character_of_a_work, titled_pair_work

    return character_of_a_work(text, start, end, own) or titled_pair_work(text, start, end) \
        or asked_what_it_is_about(text, start, end)


# words that say the next one is a name: a label ("Surname: ", "given name - ", "his last name is spelled ") or
# a naming verb ("called him ", "known as ", "signed ... with just ")
_NAME_LABEL = re.compile(r"(?:\b(?:first|given|christian|last|family|middle|maiden|birth)\s+name|\bsurname|\bnickname)"
                         r"(?:,\s*for\s+the\s+record,)?(?:\s+(?:is|was|were))?(?:\s+spelled|\s+spelt)?"
                         r"\s*[:\-–—]?\s*[\"“‘']?$|"
                         r"\b(?:called|named|nicknamed)\s+(?:him|her|them)(?:\s+simply)?\s+[\"“‘']?$|"
                         r"\b(?:known|signed\s+(?:\w+\s+){0,3}?with(?:\s+just)?|simply\s+said)\s+(?:as\s+)?[\"“‘']?$",
                         re.IGNORECASE)
# "<Capitalised noun> of [the]" just before a form: the form ends another name ("the Book of Ruth")
_OTHER_NAME_HEAD = re.compile(r"(?<![.!?]\s)(?<!^)\b(?-i:[A-Z][a-z]+)\s+of\s+(?:the\s+)?$")
# a work or body of stories right after a form: the figure of that name in it
_IN_A_WORK = re.compile(r"\s+(?:in|from|of)\s+(?:the\s+)?(?:(?-i:[A-Z][\w-]+)\s+){0,2}"  # "in Norse mythology"
                        r"(?:Bible|Old\s+Testament|New\s+Testament|Torah|Quran|Koran|Gospels?|scriptures?|film|movie|novel|book|play|series|show|sitcom|cartoon|"
                        r"musical|opera|ballet|game|video\s+game|myths?|legends?|mythology|fairy\s+tale|song)\b",
                        re.IGNORECASE)

# a title mid-sentence after "in"/"from", its article capitalised ("in The Wind in the Willows")
_IN_A_TITLE = re.compile(r"\s+(?:in|from)\s+(?-i:The\s+[A-Z])")
# an epithet joined to a bare name with "the": the name and epithet together name someone else
_CALLED = re.compile(r"\b(?:calls?\s+(?:her|him|them)|called\s+(?:her|him|them)|goes\s+by|went\s+by|nicknamed)\s+"
                     r"['\"“‘]?([^\W\d_]+)", re.IGNORECASE)
def called_names(text: str) -> set[str]:
    """The names a text says someone goes by ("People call her Chels.", "he goes by Santi")."""
    return {canonical(m.group(1)) for m in _CALLED.finditer(text)}


_LEADING_PARTICLES = re.compile(rf"^(?:(?:{PARTICLE_PATTERN})\s+)+")
_EPITHET = re.compile(r"\s+the\s+((?-i:[A-Z][\w-]*))")


def _described(rest: str) -> bool:
    """Do the words after "<Name> the <Capitalised>" hold a noun for a person or open with a noun ("<F> the
    English glass artist", "<F> the Welsh potter"): an apposition that describes the person, not an epithet
    ("Alexander the Great", "Ivan the Terrible ruled ...")?"""
    from lemminflect import getAllLemmas

    from alu.nodes.person_cues import person_or_agent_noun

    words = re.match(r"(?:\s+(?-i:[a-z][\w'’-]*)){1,3}", rest)
    if not words:
        return False
    first = getAllLemmas(words.group().split()[0])
    word = words.group().split()[0]   # a noun, not a verb's past or present form ("ruled", "conquers")
    return any(map(person_or_agent_noun, words.group().split())) or "NOUN" in first and (
        "VERB" not in first or word in first["VERB"])


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


def someone_elses_double_barrel(text: str, start: int, end: int, target: Target) -> bool:
    """Is a name registered as two words written here as one hyphenated word right after another given name
    ("Claude Lévi-Strauss" for Levi Strauss)?  Then it is that other person's double-barrelled family name."""
    span = text[start:end]
    if " " in span or not re.search(r"[-‐‑]", span) or " " not in target.name.split(",")[0].strip():
        return False
    prev = re.search(r"([^\W\d_][\w'’]*)\s+$", text[:start])
    if prev is None or not _is_capitalised(prev.group(1)) or is_title(prev.group(1)) \
            or canonical(prev.group(1)) in _own_forms(target):
        return False
    from alu.retrieval.names import is_given_name

    return is_given_name(prev.group(1))


def miscased_common_word(text: str, start: int, end: int, surface: str | None = None) -> bool:
    """Is a name written here with a common or dictionary word in lower case, where the writer capitalises
    ("how many miles Lincoln to York", "Is jasmine long grain rice ...", "Use jasmine with Thai dishes"): the
    word, not the name?  A name of several words all in lower case is the name unless its last word is a common
    word ("about grace holloway").  `surface`: the registered form; a form registered in lower case (a topic's
    "sarin synthesis") is written as it was registered, and no word of it is miscased."""
    if text == text.lower() or surface is not None and surface == surface.lower():
        return False
    from alu.retrieval.names import _PARTICLES, is_dictionary_word

    words = [w for w in _WORD.findall(text[start:end]) if w.casefold() not in _PARTICLES]
    lower = [w for w in words if w[:1].islower()]
    if not lower:
        return False
    if len(lower) < len(words) or len(words) == 1:   # "miles Lincoln"; a confirmed "jasmine" alone
        return any(common_word(w) or is_dictionary_word(w) for w in lower)
    return common_word(words[-1]) and is_dictionary_word(words[-1])   # "fraser campbell": frequent, but a name


def given_initials(target: Target) -> set[str]:
    """The first letters of the words of a person's name before the family name ("Ludwig van Beethoven": l)."""
    import unicodedata

    words = [w for w in target.name.split(",")[0].split()[:-1] if w[:1].isupper()]
    return {unicodedata.normalize("NFKD", w[0])[0].casefold() for w in words}


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


_TITLE_BEFORE = re.compile(r"((?-i:[A-Z])[^\W\d_]{1,12})\.?\s+$")


def _titled(text: str, start: int) -> bool:
    """Is the word just before `start` a capitalised honorific or office ("Dr", "President", "Sir")?
    The list is the `nameparser` package's."""
    m = _TITLE_BEFORE.search(text[:start])
    return m is not None and m.group(1)[1:].islower() and is_title(m.group(1)) and is_honorific(text, start)


def _after_initial(text: str, start: int) -> bool:
    return re.search(r"[A-Z]\.\s*$", text[:start]) is not None  # "B. Okafor" inside "J.B. Okafor"
