"""Where a text names a target, with the coverage user turns get, and what a back-reference points at.

An answer names a target by any strong form (matcher), and also by:
- its full name misspelt (one letter off in a word, or two in a long word);
- a title or initial before its family name ("Dr Okafor", "A. Okafor");
- its given name and its family name, each standing as a name, anywhere in the same text;
- its bare family or given name once the text has named it in one of the ways above.
A name form inside a keep target's name ("Ada Okafor-Lindqvist" registered to be kept) names the keep
target, not the forget one.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import replace
from typing import TYPE_CHECKING

from alu.nodes.acquaintances import acquaintances, bare_form, first_acquaintance, known_forms, namesakes, others_of
from alu.nodes.asked_after import asks_after_someone
from alu.nodes.descriptions import described
from alu.nodes.epithets import alias_for_a_thing, epithet_for_the_person
from alu.nodes.homonym_cues import thing_by_context
from alu.nodes.name_use import (
    _after_initial,
    _is_surname,
    _own_forms,
    _titled,
    _words_around,
    given_initials,
    in_a_work,
    miscased_common_word,
    part_of_another_name,
    someone_elses_double_barrel,
    standalone_name,
    verb_only,
)
from alu.nodes.other_names import in_another_name, pet_form_before
from alu.nodes.person_cues import apposed_person, person_cue, person_noun
from alu.nodes.reference import (
    agrees,
    back_references,
    is_elliptical,
    opening_reference,
    person_names,
    returns_to,
    run_on,
    said_after,
    sentence_spans,
)
from alu.nodes.scope import ScopeMatch, lexical_scope, one_word_form, thing_by_use
from alu.retrieval.names import PARTICLE_PATTERN
from alu.retrieval.normalize import canonical

if TYPE_CHECKING:
    from alu.nodes.evidence import Store
    from alu.retrieval.lexical_hits import LexicalHit
    from alu.retrieval.targets import Target

def _with_own_initials(text: str, hit: LexicalHit, target: Target) -> bool:
    """A family name written with the person's own initials ("J. Cruyff", "Newton, I."): a name by itself."""
    if not text[hit.start:hit.start + 1].isupper():
        return False
    if "." not in hit.surface:
        return _is_surname(hit.surface, target) and _own_initials_around(
            text, hit.start, hit.end, given_initials(target), frozenset(_own_forms(target)))
    found = _initials_in(text[hit.start:hit.end])
    return bool(found) and not _after_initial(text, hit.start) and found <= given_initials(target)


def _initials_in(span: str) -> set[str]:
    return {c.casefold() for c in re.findall(r"\b([A-Z])\.", span)}


# an initial: one capital letter, any script's ("É."), with its full stop and maybe no space after it
_INITIAL = r"(?<![\w.])(?-i:[^\W\d_a-z])\.\s*"


def _own_initials_around(text: str, start: int, end: int, initials: set[str],
                         own: frozenset[str] = frozenset()) -> bool:
    """Initials of the person's given names written with the family name: before it ("L. Beethoven",
    "Mr. L. Beethoven", "M. B. Eddy", "É.Silhouette", "K. Spärck Jones" where the first word of a two-word
    family name stands between) or after it, as a citation writes them ("Newton, I.", "Reinhardt (D.)")."""
    before = re.search(rf"((?:{_INITIAL})+)((?:[^\W\d_][\w'’-]*\s+){{0,2}})$", text[:start])
    if before and any(canonical(w) not in own for w in before.group(2).split()):
        before = None  # the words between are someone else's: "J. Ingrid Beethoven"
    after = re.match(rf"(?:\s*,\s*|\s*\(\s*)((?:{_INITIAL})+)\)?", text[end:])
    found = (before or after)
    if not found or not initials:
        return False
    letters = {unicodedata.normalize("NFKD", c)[0].casefold() for c in re.findall(r"([^\W\d_])\.", found.group(1))}
    return bool(letters) and letters <= initials and all(c.isupper() for c in re.findall(r"([^\W\d_])\.",
                                                                                            found.group(1)))


# "von Bingen", "de la Fuente", "al-Najjar" too
_PARTICLED = re.compile(rf"(?:(?:{PARTICLE_PATTERN})[\s-]+){{0,2}}(?-i:[^\W\d_a-z])")


def split_name(text: str, hits: list, target: Target) -> bool:
    """Are the person's given name and family name both written in the text, each a word of no other name, and
    the text about someone this person can be (a pronoun that fits the given name)?  One of the two may stand
    where a capital proves nothing (a sentence's first word, a quoted word, "the <Family> family"): two words of
    one registered name in one text about a person are that person far more often than a coincidence."""
    surnames = {canonical(h.surface) for h in hits if _is_surname(h.surface, target)}
    given = {canonical(h.surface) for h in hits} - surnames
    if not surnames or not given:
        return False
    pronouns = {m.group().casefold() for m in re.finditer(r"\b(?:he|him|his|she|her|hers)\b", text, re.IGNORECASE)}
    return any(agrees("male" if p in ("he", "him", "his") else "female", target.name) for p in pronouns)


def name_parts(store: Store, texts: tuple[str, ...], only: set[str]) -> dict[str, list]:
    """target id -> the given or family names of these targets that the texts write as names (capitalised; an
    initial only with the family name, when it is the target's own): the other half of a name split over the
    turns ("Prof. Price ..." then "Kofi. He also ...", "One is D. Marsh" then "It stands for Delphine")."""
    if not only:
        return {}
    out: dict[str, list] = defaultdict(list)
    for text in texts:
        for h in store.weak_lexical(text, only):
            target = store.get(h.target_id)
            if target is None or h.form != "partial" or not text[h.start:h.start + 1].isupper() \
                    or part_of_another_name(text, h.start, h.end, target):
                continue
            if "." not in h.surface:
                out[h.target_id].append(h)
            elif _initials_in(text[h.start:h.end]) <= given_initials(target):
                family = target.name.split()[-1]
                out[h.target_id].append(replace(h, surface=family))   # "D. Marsh": the family name, D. his own
    return out


# a nickname between given and family name: 'Paris "P" Okafor', "Carmen (known as 'C') Azevedo"
_NICKNAMED = re.compile(r"\b((?-i:[A-Z])[\w'’-]+)\s+(?:[\"“][^\"”]{1,40}[\"”]|['‘][^'’]{1,40}['’]|\([^)]{1,40}\))\s+"
                        r"((?-i:[A-Z])[\w'’-]+)")
# a family name in the plural: "Her family, the Mwangis, ..."
_FAMILY_PLURAL = re.compile(r"\bthe\s+((?-i:[A-Z])[\w'’-]+?)(?:es|s)\b")


def nicknamed(store: Store, text: str) -> dict[str, list[tuple[int, int]]]:
    """target id -> spans where the text writes a target's given and family name with a nickname between."""
    found: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for m in _NICKNAMED.finditer(text):
        for h in store.lexical(f"{m.group(1)} {m.group(2)}"):
            if (t := store.get(h.target_id)) is not None and t.kind != "keep":
                found[h.target_id].append(m.span())
    return found


def plural_families(store: Store, text: str) -> list:
    """Weak hits for family names the text writes in the plural ("the Mwangis"), spanning the plural word."""
    out = []
    for m in _FAMILY_PLURAL.finditer(text):
        for h in store.weak_lexical(m.group(1)):
            if h.form == "partial" and (t := store.get(h.target_id)) is not None and _is_surname(h.surface, t):
                out.append(replace(h, start=m.start(1), end=m.end()))
    return out


def keep_spans(store: Store, text: str) -> list[tuple[int, int]]:
    """Stretches of text that name a keep target."""
    return [(h.start, h.end) for h in store.lexical(text)
            if (t := store.get(h.target_id)) is not None and t.kind == "keep"]


def text_mentions(store: Store, text: str, earlier: tuple[str, ...] = ()) -> dict[str, list[tuple[int, int]]]:
    """target id -> spans where text names that (forget) target; with `earlier` (the conversation before the
    text), a given or family name in the text whose other half an earlier message wrote counts too."""
    kept = keep_spans(store, text)

    def free(a: int, b: int) -> bool:
        return not any(x <= a and b <= y for x, y in kept)

    found: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for h in store.lexical(text):
        target = store.get(h.target_id)
        if target is not None and target.kind != "keep" and free(h.start, h.end) \
                and not someone_elses_double_barrel(text, h.start, h.end, target) \
                and not (h.how == "exact" and miscased_common_word(text, h.start, h.end, h.surface)) \
                and not (one_word_form(h.surface) and (not standalone_name(text, h.start, h.end, target)
                                                                 or thing_by_use(text, h.start, h.end))) \
                and not (h.form == "alias" and alias_for_a_thing(text, h.start, h.end, target, earlier[-1] if earlier
                                                                 else "")):
            found[h.target_id].append((h.start, h.end))
    weak: dict[str, list] = defaultdict(list)
    loose: dict[str, list] = defaultdict(list)
    anchored_by_initials: set = set()
    hits = store.weak_lexical(text, typos=True)
    known = acquaintances(store, earlier) | known_forms(text, hits, answer=True) | namesakes(
        earlier, [h for h in hits if h.form == "partial" and "." not in h.surface],
        {h.target_id: t.name for h in hits if (t := store.get(h.target_id)) is not None}) if hits else set()
    for h in hits:
        target = store.get(h.target_id)
        if target is None or target.kind == "keep" or not free(h.start, h.end):
            continue
        if h.form == "partial" and _is_surname(h.surface, target) and (at := pet_form_before(text, h.start, target)) \
                is not None:
            found[h.target_id].append((at, h.end))   # "Cora <Family>" for Corazon <Family>, however known the family
            continue
        if bare_form(h.surface) in known:
            continue  # the user's teacher "Mr. <Family>", however often the answer names him
        if h.form == "misspelt":
            found[h.target_id].append((h.start, h.end))
        elif h.form == "partial" and _with_own_initials(text, h, target):
            anchored_by_initials.add(h)  # the family name with the person's own initials, before or after it
            weak[h.target_id].append(h)
        elif h.form == "partial" and "." not in h.surface and not person_cue(text, h.start, h.end, verb=False) \
                and thing_by_context(text, h.start, h.end, person_noun):
            continue  # "a toy shop in <Family>": a place, no half of a name
        elif h.form == "partial" and text[h.start:h.start + 1].isupper() and (
                "." in text[h.start:h.end] or "." not in h.surface) and not _after_initial(text, h.start) and (
                (_titled(text, h.start) and not in_a_work(text, h.start, h.end))
                or standalone_name(text, h.start, h.end, target)):
            # written as a name: capitalised, an initial with its full stop ("A smith" is a trade); a title
            # inside a work's title ("Dr <Name> and Mr <Other> is a novella") is the work's, not the person's
            weak[h.target_id].append(h)
        elif h.form == "partial" and _PARTICLED.match(text[h.start:h.end]) and "." not in h.surface \
                and not _after_initial(text, h.start) and not part_of_another_name(text, h.start, h.end, target):
            loose[h.target_id].append(h)  # a name's word where a capital proves nothing ("Fox was ...")
    for target_id, spans in nicknamed(store, text).items():
        found[target_id] += spans
    for h in plural_families(store, text):
        loose[h.target_id].append(h)   # "the Mwangis": where a capital proves nothing, like a sentence's first word
    people = person_names(text)
    for target_id, parts in name_parts(store, earlier, {*weak, *loose}).items():
        target = store.get(target_id)
        assert target is not None
        if target_id not in found and split_name(text, [*weak.get(target_id, []), *loose.get(target_id, []),
                                                         *parts], target):
            found[target_id] += [(h.start, h.end) for h in [*weak.get(target_id, []), *loose.get(target_id, [])]]
    for target_id, hits in loose.items():
        target = store.get(target_id)
        assert target is not None
        if split_name(text, [*weak.get(target_id, []), *hits], target):
            weak[target_id] += hits
    for target_id, hits in weak.items():
        target = store.get(target_id)
        assert target is not None  # a weak hit is kept above only when its target is this store's
        surnames = [h for h in hits if _is_surname(h.surface, target)]
        # "Ms Brandvold" after "Ingrid Brandvold" stands for Ingrid: a title or initial anchors a family name
        # only when no one else in the text bears it
        own = found.get(target_id, [])
        shared = any(h.surface.casefold() in text[a:b].casefold() and not any(x <= a < y for x, y in own)
                     for h in surnames for a, b in people)
        anchored = [h for h in hits if h in anchored_by_initials or not shared and (
            "." in h.surface or (h in surnames and _titled(text, h.start)))]
        given = [h for h in hits if h not in surnames and "." not in h.surface]
        if target_id in found or anchored or (surnames and given) or any(
                subject_continued(text, h, target) for h in surnames):
            found[target_id] += [(h.start, h.end) for h in hits]
    for target_id, hits in loose.items():   # "Señora de la Fuente recorded ... She also ...": continued about
        target = store.get(target_id)
        if target_id not in found and target is not None and any(
                _is_surname(h.surface, target) and subject_continued(text, h, target)
                for h in hits if not text[h.start:h.start + 1].isupper()):
            found[target_id] += [(h.start, h.end) for h in hits]
    return {t: sorted(set(spans)) for t, spans in found.items()}


def subject_continued(text: str, hit: LexicalHit, target: Target) -> bool:
    """Is the family name the subject of its sentence (a verb after it) or given a noun for a person ("<Family>-san,
    a manga artist."), and does the next sentence go on in a pronoun that fits the target?  Then it is about them."""
    from alu.nodes.evidence import sentences
    from alu.retrieval.names import post_title_after

    end = post_title_after(text, hit.end)   # past an honorific after it: "<Family>-san", "<Family> tanárnő"
    nxt = _words_around(text, end, end)[2]
    if not (verb_only(nxt) or apposed_person(text, end)) or any(not a <= hit.start < b for a, b in person_names(text)):
        return False
    following = [s for s, a, _ in sentences(text) if a > hit.end]
    if not following:
        return False
    refers, gender = opening_reference(following[0])
    return refers and gender is not None and agrees(gender, target.name)


def named_in(store: Store, text: str) -> list[ScopeMatch]:
    """Targets a message names: the strong and supported weak forms scope reads in a user turn, and the
    forms an answer is checked for."""
    out = {m.target_id: m for m in lexical_scope(store, [text]) if m.why != "weak" or m.span and (
        t := store.get(m.target_id)) is not None and epithet_for_the_person(text, m.span, m.text, t, None)}
    for target_id, spans in text_mentions(store, text).items():
        out.setdefault(target_id, ScopeMatch(target_id, 0, spans[0], text[spans[0][0]:spans[0][1]], 1.0, "name"))
    return [m for m in out.values() if not in_another_name(store, text, m)]


def antecedents(store: Store, earlier: list[str], turn: str) -> list[ScopeMatch]:
    """Targets the turn refers back to: its back-reference's antecedent is the person named most recently
    in the earlier messages (nodes/reference.py), and that person is a target the reference agrees with."""
    found, resolved = described(store, earlier, turn)   # "who is the assignee?" after "Assignee: <Name>"
    if resolved:
        return found
    refs = back_references(turn) or ([(0, None)] if is_elliptical(turn) else [])
    for at, words in returns_to(turn):
        # "back to the starter" after a message about a sourdough starter: the thing spoken of, no person
        head = words.split()[-1]
        if any(re.search(rf"\b{re.escape(head)}s?\b", text, re.IGNORECASE) for text in earlier):
            refs = [r for r in refs if r[0] != at]
    if not refs:
        return []
    gender = next((g for _, g in refs if g), None)
    alone: list[ScopeMatch] = []
    lonely: list[ScopeMatch] | None = []   # the only person named, where the pronoun's gender was guessed wrong
    given: dict[int, set[str]] = {}   # message index -> the bare forms it gives the user's own people
    for i in range(len(earlier) - 1, -1, -1):
        text = earlier[i]
        targets = named_in(store, text)
        if targets and i:   # "My best friend <Given> turns 30" said before: "Happy birthday to <Given>!" is hers
            known = set().union(*(given.setdefault(j, others_of(store, earlier[j])) for j in range(i)))
            targets = [m for m in targets if not _name_word(store, m) or m.why == "name"
                       or bare_form(m.text) not in known and not _lower_before(m.text, earlier[:i])]
        others = person_names(text, [m.span for m in targets if m.span])
        acquainted, acquainted_gender = first_acquaintance(text)   # "My running buddy <Given> has ..."
        if acquainted is not None and acquainted_gender is not None and acquainted_gender == gender:
            others.append((acquainted, acquainted))   # not "my cat just jumped on the keyboard"
        if not targets and not others:
            continue
        fits = [m for m in targets if (t := store.get(m.target_id)) is not None
                and agrees(gender, t.name, said_after(text, m.span))]
        people = [a for a, b in others if a == b or agrees(gender, text[a:b], said_after(text, (a, b)))
                  and not re.search(r"\b(?:in|on|near)\s+$", text[:a])]   # "teaches harp on Inis Mór": a place
        if not fits and not people:
            if not alone and not others and shared_words(turn, text):
                alone = [ScopeMatch(m.target_id, i, None, m.text, 0.9, "reference") for m in targets]
            ids = {m.target_id for m in targets} | {m.target_id for m in lonely or []}
            full = [m for m in targets if m.why == "name" or len(m.text.split()) > 1]   # not "from galway"
            lonely = None if lonely is None or others or len(ids) != 1 or not full else lonely or [
                ScopeMatch(full[0].target_id, i, None, full[0].text, 0.9, "reference")]
            continue  # nobody here the reference can stand for: look further back
        last = max((m.span[0] for m in fits if m.span), default=-1)
        if fits and not any(a > last for a in people):
            return [ScopeMatch(m.target_id, i, None, m.text, 0.95, "reference") for m in fits]
        return []  # someone else, named later, is who the reference stands for
    # nobody named fits the pronoun: the name's gender was guessed wrong ("Sora" is a man's name in Japan), and
    # the person named last, alone, is whom it stands for where the turn takes up what that message said, or where
    # the conversation named no one else and the turn only asks after a third person (nodes/asked_after.py)
    return alone or (lonely if lonely and asks_after_someone(turn) else [])


def _name_word(store: Store, m: ScopeMatch) -> bool:
    """Is the match a word of the target's name (not a phrase of its facts)?"""
    target = store.get(m.target_id)
    return target is not None and set(bare_form(m.text).split()) <= set(canonical(target.name).split())


def _lower_before(form: str, texts: list[str]) -> bool:
    """Did an earlier message, one that capitalises, write the one-word form in lower case ("has had shin
    splints" before "Shin splints usually settle")?  Then it is that common word, not a name."""
    word = form.casefold()
    return " " not in form.strip() and any(text != text.lower() and re.search(rf"\b{re.escape(word)}\b", text)
                                           for text in texts)


FACT_WORD_ZIPF = 4.5   # rarer than "work", "town", "years": a word that carries a fact ("ramen", "asteroid")


def shared_words(a: str, b: str) -> set[str]:
    """The fact-carrying words two texts share: four letters or more, rarer than everyday words (`wordfreq`)."""
    from wordfreq import zipf_frequency

    def words(text: str) -> set[str]:
        return {w for w in re.findall(r"[^\W\d_]{4,}", text.casefold()) if zipf_frequency(w, "en") < FACT_WORD_ZIPF}
    return words(a) & words(b)


SUBJECT_WORDS = 6   # a name among the first sentence's first words is its subject ("In 1990 Ada Okafor ...")


def mention_blocks(store: Store, text: str,
                   earlier: tuple[str, ...] = ()) -> tuple[set[str], dict[str, list[tuple[int, int]]]]:
    """(targets the text is about, target id -> spans of the sentences that name it or continue about it).

    The text is about a target when it is named and then continued about (a sentence that refers back to
    it without naming it), and either its name opens the text or its sentences are more than half of the
    text; otherwise the target is mentioned in passing."""
    mentions = text_mentions(store, text, earlier)
    if not mentions:
        return set(), {}
    names = {t: target.name for t in mentions if (target := store.get(t)) is not None}
    spans = sentence_spans(text)
    blocks = run_on(text, mentions, names)
    about = set()
    for target_id, found in mentions.items():
        named = {i for i, (s, e) in enumerate(spans) if any(s <= a < e for a, _ in found)}
        continued = set(blocks[target_id]) - named
        opening = any(spans[0][0] <= a < spans[0][1] and len(text[spans[0][0]:a].split()) < SUBJECT_WORDS
                      for a, _ in found)
        if continued and (opening or 2 * len(blocks[target_id]) > len(spans)):
            about.add(target_id)
    return about, {t: [spans[i] for i in idx] for t, idx in blocks.items()}
