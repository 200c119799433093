"""An alias that is an everyday phrase ("The Iron Lady", "The Tramp") asked about as someone.

Such an alias never flags alone (retrieval/names.py): the same words name a pub, a film, a sofa.  Asked
about *as a person*, though, it is as good as the name: "Who was The Iron Lady?" is a question about
her.  The support must come from the turn or from the answer, never from the words alone:

- the turn writes the phrase as a name (capitalised words; a writer who capitalises nothing is read by
  the cue alone) and nothing in it makes the phrase a thing (a pub, a boat, a title, a word);
- and it asks who the phrase is, speaks of a life (born, married, died), gives the phrase a possessive or a
  verb of its own, or the answer goes on about him or her in a pronoun that fits the target.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from alu.nodes.answer_sense import answer_speaks_of_someone
from alu.nodes.name_use import _FUNCTION_WORDS, _WORD, _words_around, verb_only
from alu.nodes.reference import is_person_noun
from alu.retrieval.names import is_title
from alu.retrieval.normalize import canonical

if TYPE_CHECKING:
    from alu.retrieval.targets import Target

_WHO_IS = re.compile(r"\bwho(?:'s|’s|\s+(?:is|was|were|are))\s+$|\breal\s+name\s+of\s+$", re.IGNORECASE)
# "<phrase>, the marine biologist": the phrase set beside a noun for a person
_APPOSED = re.compile(r"\s*,\s+(?:the|a|an|our|that)\s+((?:[\w'’-]+\s+){0,2}[\w'’-]+)")
_LIFE = frozenset("alive dead born died die dies death married marry wife husband widow widower childhood "
                  "funeral buried grave birthday parents children son daughter".split())
_PRONOUNS = frozenset("he she him her his hers himself herself".split())
# what a person never is ("a good name for", "the title of"): the phrase is being used as a label; naming words
# within a few words of it, the nouns of things right beside it ("won the county title" makes no label)
_NAMING = re.compile(r"\b(?:a|good|great|nice|cool|funny|catchy|better|best)\s+name\b|\b(?:named|call|called|calling|"
                     r"titled|phrase|expression|idiom|saying|brand|logo)\b", re.IGNORECASE)
_LABEL = re.compile(r"\b(?:named|call|called|calling|"
                    r"title|titled|phrase|expression|idiom|saying|brand|pub|bar|cafe|café|restaurant|boat|ship|horse|"
                    r"dog|cat|band|team|song|film|movie|book|novel|show|series|episode|album|sculpture|statue|painting|"
                    r"logo)\b", re.IGNORECASE)
# a verb whose object is a work: "Who sang The Copper Queen?"
_WORK_VERB = re.compile(r"\b(?:sang|sing|sings|sung|wrote|writes|written|directed|painted|composed|recorded|"
                        r"published|filmed|produced|read|watched|starred\s+in|created|released|invented)\s+$",
                        re.IGNORECASE)


# the phrase as the title of a work or a figure in one: "Lady and the Tramp", "the Wizard of Oz", "the
# Tramp in the Disney cartoon", "the Wizard in The Lord of the Rings"
_TITLE_BEFORE = re.compile(r"(?-i:[A-Z][\w'’-]*)\s+(?:and|&|of)\s+$")
_TITLE_AFTER = re.compile(r"\s+(?:and|&|of)\s+(?:the\s+)?(?-i:[A-Z])")
_WORKS = (r"film|movie|cartoon|animation|book|novel|story|stories|series|show|sitcom|play|musical|game|comic|song|"
          r"opera|ballet|poem|tale|legend|myth|saga|franchise|trilogy|folklore|mythology|fairy\s+tale|fable|anime|manga")
_IN_A_WORK = re.compile(rf"\s+(?:in|from|of)\s+(?:the\s+|a\s+|an\s+)?(?:(?:[\w'’-]+\s+){{0,3}}(?:{_WORKS})s?\b|"
                        r"[\"“‘']?(?-i:The\s+[A-Z])|[\"“‘'](?-i:[A-Z]))", re.IGNORECASE)
# what the answer may say the phrase is: a closed list of things no person is (no list of persons is complete)
_THINGS = re.compile(r"(?:dog|cat|horse|racehorse|bird|animal|creature|character|puppet|mascot|ship|boat|steamer|"
                     r"train|locomotive|engine|car|plane|aircraft|film|movie|cartoon|song|album|record|book|novel|"
                     r"play|musical|show|series|game|toy|pub|bar|inn|restaurant|cafe|café|hotel|shop|store|band|"
                     r"team|club|brand|product|dish|drink|cocktail|tea|cake|sauce|kettle|town|city|village|place|"
                     r"building|house|bridge|statue|painting|sculpture|machine|computer|robot|tree|plant|flower|"
                     r"rose|phrase|expression|idiom|nickname|term|word|title|genre|style|dance|salad|stew|soup|curry|"
                     r"festival|anime|manga|story|tale|legend|myth|single|hit|spirit|chain|monument|sitcom|opera|"
                     r"ballet|poem|epic|dessert|snack|franchise|company|label|meme)s?", re.IGNORECASE)
# what the answer says the phrase is: "the Tramp is a stray dog who ..."
_SAID_TO_BE = re.compile(r"\s+(?:is|was)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?([a-z]+)"
                         r"(?=\s*[,.;:!?]|\s+(?:who|that|which|from|in|of|with|for|by)\b)")


# a noun for a person, then "nicknamed" or "known as" just before the phrase
_NICKNAMED = re.compile(r"\b([a-z]+)\s+(?:(?:who\s+)?(?:is|was)\s+)?(?:nicknamed|known\s+as|dubbed|called|"
                        r"a\.?k\.?a\.?)\s+['\"“‘]?$", re.IGNORECASE)


# the phrase said to be a nickname, and someone asked for behind it: "the nickname <Phrase> and the person behind
# it", "the stage name <Phrase>: who uses it?"
_NICKNAME_OF = re.compile(r"\b(?:nick\s*name|moniker|stage\s+name|pen\s+name|ring\s+name|epithet)\s+['\"“‘]?$",
                          re.IGNORECASE)
_SOMEONE_BEHIND = re.compile(r"\b(?:person|people|man|woman|guy|lady|girl|boy|someone|somebody|who|whom|whose)\b",
                             re.IGNORECASE)
# what people call someone: "<Phrase> is what fans call a track coach from Tulsa"
_WHAT_THEY_CALL = re.compile(r"\s+(?:is|was)\s+what\s+(?:[\w'’-]+\s+){0,2}call(?:s|ed)?\s+(?:an?|the)\s+"
                             r"((?:[\w'’-]+\s+){0,5}?)([a-z]+)(?=\s*[,.;:!?]|\s+(?:who|from|in|at|of|with|and)\b)",
                             re.IGNORECASE)


# what people call someone the sentence spoke of: "There's a saxophonist in Ibadan everyone calls <Phrase>"
_CALLED_BY = re.compile(r"\b(?:everyone|everybody|people|they|fans|locals|folks|colleagues|the\s+kids)\s+(?:all\s+)?"
                        r"call(?:s|ed)?\s+(?:him\s+|her\s+)?['\"“‘]?(?:the\s+)?$", re.IGNORECASE)


def _called_by_people(text: str, start: int) -> bool:
    called = _CALLED_BY.search(text[:start])
    if called is None:
        return False
    opening = max(text.rfind(stop, 0, called.start()) for stop in ".!?\n")
    return any(is_person_noun(w, agents=True) for w in _WORD.findall(text[opening + 1:called.start()]))


def is_alias(form: str, target: Target) -> bool:
    return canonical(form) in {canonical(a) for a in target.aliases}


_COMMON_BEFORE = re.compile(r"\b(?:the|a|an|at|this|our|your|their|his|her|its|every|per|by|before|after|"
                            r"until|till|during)\s+$")


def written_as_name(text: str, start: int, end: int) -> bool:
    """Every word of the phrase but its function words capitalised ("the Iron Lady", "The Master of
    Suspense"), or a writer who capitalises nothing anywhere."""
    if text == text.lower():
        # "at half time the coach ...", "the head chef wants ...": a phrase after an article or a preposition
        # is the everyday phrase, where the writer capitalises nothing (an alias with its own "the" has it inside)
        return not _COMMON_BEFORE.search(text[:start])
    words = [w for w in _WORD.findall(text[start:end]) if w.casefold() not in _FUNCTION_WORDS]
    return bool(words) and all(w[:1].isupper() for w in words)


def a_thing_here(text: str, start: int, end: int) -> bool:
    """Is the phrase a label, a title or a figure of a work where the text writes it?"""
    from alu.nodes.homonym_cues import place_of_a_visit, thing_by_context
    from alu.nodes.person_cues import person_noun

    nxt = re.match(r"\s+([^\W\d_][\w-]*)(?!['’])", text[end:])
    if nxt and (nxt.group(1)[:1].isupper() or _modified_noun(nxt.group(1))):
        return True   # "The Greatest Showman" (a longer name), "the greatest footballer" (an adjective of a noun)
    prev = re.search(r"(?:^|[^\w'’-])([^\W\d_][\w'’-]*)\s+$", text[:start])
    if prev and _longer_name_before(text, prev.start(1), prev.group(1)):
        return True   # "Operation Deep Freeze", "a lava lamp", "my lava lamp": a thing's name or a thing
    if _OF_A_WORK.search(text[:start]):
        return True   # "songs from The Little Mermaid": a work
    # a label word near the phrase, not anywhere in the turn ("won the county title" names no label)
    two_after, five_after = (re.match(rf"(?:\W+\w+){{0,{n}}}", text[end:]) for n in (2, 5))
    near = _LABEL.search(text, max(0, start - 40), end + (two_after.end() if two_after else 0)) \
        or _NAMING.search(text, max(0, start - 40), end + (five_after.end() if five_after else 0))
    return bool(near or re.search(r"['\"“‘]\s*$", text[:start]) or _TITLE_BEFORE.search(text[:start])
                or _WORK_VERB.search(text[:start]) or _TITLE_AFTER.match(text, end) or _IN_A_WORK.match(text, end)
                or place_of_a_visit(text, start, end) or thing_by_context(text, start, end, person_noun))


_OF_A_WORK = re.compile(r"\b(?:songs?|music|soundtrack|characters?|scenes?|quotes?|lyrics|episodes?|cast|sequel|"
                        r"remake|ending|plot)\s+(?:from|of|in)\s+$", re.IGNORECASE)


def _longer_name_before(text: str, at: int, word: str) -> bool:
    """Is the word just before the phrase part of what it names: a capitalised word of a longer name mid-sentence
    ("Operation Deep Freeze"), a determiner no nickname takes ("a", "my"), or a noun it is compounded with
    ("operation deep freeze")?"""
    from alu.nodes.reference import is_person_noun

    w = word.casefold()
    if w in ("a", "an", "my", "our", "your", "his", "her", "their", "some", "any"):
        return True
    if w in _FUNCTION_WORDS or is_person_noun(w):
        return False
    opens = not text[:at].strip() or bool(re.search(r"[.!?:;\n\"“(]\s*$", text[:at]))
    if word[:1].isupper():
        return not opens
    return _modified_noun(word) and not verb_only(word)


def _modified_noun(word: str) -> bool:
    from lemminflect import getAllLemmas

    from alu.nodes.name_use import _FUNCTION_WORDS

    lemmas = getAllLemmas(word.casefold())
    return word.casefold() not in _FUNCTION_WORDS and "NOUN" in lemmas and "VERB" not in lemmas


def answer_takes_it_for_a_thing(response: str, form: str) -> bool:
    """Does the answer write the phrase as a title or a figure of a work, or say it is something no person
    is ("the Tramp is a stray dog")?"""
    from alu.nodes.evidence import sentences

    for found in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", response, re.IGNORECASE):
        if _called_someone(response, found.end()):
            continue
        # read in its own sentence: "she won the national title" elsewhere makes no label of the phrase
        sentence, a, _ = next((s for s in sentences(response) if s[1] <= found.start() < s[2]), (response, 0, 0))
        if a_thing_here(sentence, found.start() - a, found.end() - a):
            return True
        said = _SAID_TO_BE.match(response, found.end())
        if said and _THINGS.fullmatch(said.group(1)):
            return True
    return False


def asked_as_someone(text: str, start: int, end: int) -> bool:
    """Does the turn treat the phrase as a person, with nothing that makes it a label for a thing?"""
    if a_thing_here(text, start, end):
        return False
    # "my husband works night shift": the user's own people speak of no one's life
    words = {w.casefold() for w in _WORD.findall(re.sub(r"\b(?:my|our|your)\s+[\w'’-]+", " ", text, flags=re.I))}
    _, _, nxt, _ = _words_around(text, start, end)
    possessive = bool(re.match(r"['’]s?\b", text[end:]))
    apposed = _APPOSED.match(text, end)
    return bool(_WHO_IS.search(text[:start]) or words & (_LIFE | _PRONOUNS) or possessive or verb_only(nxt)
                or apposed and any(is_person_noun(w, agents=True) for w in apposed.group(1).split()))


def epithet_for_the_person(text: str, span: tuple[int, int] | None, form: str, target: Target,
                           response: str | None) -> bool:
    """Is `form`, an everyday-phrase alias of the target at `span` in the turn, asked about as the target?"""
    if span is None or not is_alias(form, target):
        return False
    start, end = span
    nicknamed = _NICKNAMED.search(text[:start])
    if nicknamed and is_person_noun(nicknamed.group(1), agents=True):
        return True   # "the architect nicknamed 'Glass House'": a person's nickname, said to be one
    if _NICKNAME_OF.search(text[:start]) and _SOMEONE_BEHIND.search(text[end:].split("\n")[0]) \
            or _called_by_people(text, start):
        return True
    if response and answer_calls_someone(response, form) and not answer_takes_it_for_a_thing(response, form):
        return True   # "my dad keeps talking about 'first light'. who's that?" - "the biologist known as First Light"
    if not a_thing_here(text, start, end) and (_GOES_BY.search(text[:start]) or _REAL_NAME.match(text, end)
                                               or response and answer_takes_it_up(response, form, target)) \
            and not (response and answer_takes_it_for_a_thing(response, form)):
        return True   # "who goes by <Phrase>?", "<Phrase> - real name?", "Ah, <Phrase>. She ..."
    if not written_as_name(text, start, end) or a_thing_here(text, start, end) \
            or response and answer_takes_it_for_a_thing(response, form) \
            and not answer_speaks_of_someone(response, target, first_only=True):   # "He is a food chemist ..."
        return False
    return asked_as_someone(text, start, end) or bool(
        response and (text != text.lower() and answer_speaks_of_someone(response, target, first_only=True)
                      or answer_calls_someone(response, form) or answer_says_who(response, form)))


_GOES_BY = re.compile(r"\b(?:goes|go|going|went)\s+by\s+(?:the\s+name\s+)?['\"“‘]?$", re.IGNORECASE)
_REAL_NAME = re.compile(r"['\"”’]?\s*(?:[-–—:,(]\s*|['’]s\s+|\s+)(?:(?:his|her|their)\s+)?"
                        r"(?:real|actual|legal|full)\s+name\b", re.IGNORECASE)


_SUBJECT_PRONOUN = re.compile(r"\W*(?:(?:and|also|but|then|so|plus)\s*,?\s+)?(he|she)\b", re.IGNORECASE)


def answer_takes_it_up(response: str, form: str, target: Target) -> bool:
    """Does the answer write the phrase as a name and go on, in the very next sentence, about a he or a she that fits
    the target ("Ah, <Phrase>. She dives to 90 metres ...")?"""
    from alu.nodes.evidence import sentences
    from alu.nodes.reference import agrees

    said = list(sentences(response))
    for i, (sentence, _, _) in enumerate(said[:-1]):
        for found in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", sentence, re.IGNORECASE):
            if written_as_name(sentence, *found.span()) and sentence != sentence.lower() \
                    and not a_thing_here(sentence, *found.span()):
                subject = _SUBJECT_PRONOUN.match(said[i + 1][0])   # its subject: not "the coyote catches him"
                if subject and agrees("male" if subject.group(1).casefold() == "he" else "female", target.name):
                    return True
    return False


# "Abu <Word> al-<Other>", "<Alias> bin <Other>": the phrase opens a longer name
_LONGER_NAME_AFTER = re.compile(r"\s+(?:(?:al|el|ad|as|ash|an)-|(?:bin|ibn|ben|de|da|van|von)\s+)(?-i:[A-Z])",
                                re.IGNORECASE)


def a_thing_not_the_person(text: str, start: int, end: int, target: Target) -> bool:
    """Is an alias, distinctive as it is ("<Anime figure>", "<Dish>", "<Given> <Weekday>"), used here as the thing
    it also names: a figure or title of a work, a label, a longer name it opens?  A person said to be called by it
    ("the baker everyone calls <Alias>") keeps it the person's."""
    if _said_to_be_someones(text, start, end) or re.match(r"['’]s?\b", text[end:]):
        return False   # "<Alias>'s last album": someone's
    return _named_as_a_thing(text, start, end)


# a distinctive alias is the person's by default, so only what makes it a thing outright counts, not what a person's
# name takes as well ("<Alias> concert tickets", "songs of <Alias>", "<Alias> in the film ...")
_SCREEN_WORKS = r"film|movie|show|series|sitcom|episode|documentary"
_STRONG_IN_A_WORK = re.compile(rf"\s+(?:in|from|of)\s+(?:the\s+|a\s+|an\s+)?(?:(?:[\w'’-]+\s+){{0,3}}"
                               rf"(?!(?:{_SCREEN_WORKS})s?\b)(?:{_WORKS})s?\b|(?-i:The\s+[A-Z]))", re.IGNORECASE)
_LABEL_JUST_BEFORE = re.compile(r"\b(?:song|single|track|film|movie|book|novel|show|series|album|sculpture|statue|"
                                r"painting|pub|bar|cafe|café|restaurant|boat|ship|horse|dish|title|phrase|word|term|"
                                r"brand|logo|genre|character|figure)s?\s+(?:called\s+|named\s+|titled\s+)?['\"“‘]?$",
                                re.IGNORECASE)
_DREW = re.compile(r"\b(?:drew|drawn|designed|animated|voiced|illustrated|cooked|cook|cooking|bake|baked)\s+$",
                   re.IGNORECASE)


def _named_as_a_thing(text: str, start: int, end: int) -> bool:
    from alu.nodes.homonym_cues import used_as_a_word

    nxt = re.match(r"\s+([^\W\d_][\w-]*)(?!['’])", text[end:])
    prev = re.search(r"(?:^|[^\w'’-])([^\W\d_][\w'’-]*)\s+$", text[:start])
    named = re.search(r"\b([a-z]+)\s+(?:called|named|titled)\s+['\"“‘]?$", text[:start], re.IGNORECASE)
    before = text[:start]
    # "Dr <Alias>", "DJ <Alias>": a title or an acronym before it is the person's, not a longer name
    titled = prev and (is_title(prev.group(1)) or prev.group(1).isupper() or is_person_noun(prev.group(1), True))
    return bool(nxt and nxt.group(1)[:1].isupper()
                or prev and not titled and _longer_name_before(text, prev.start(1), prev.group(1))
                or _OF_A_WORK.search(before) and not re.search(r"\bof\s+$", before)
                or _LABEL_JUST_BEFORE.search(before) or _WORK_VERB.search(before) or _DREW.search(before)
                or named and not is_person_noun(named.group(1), agents=True)
                or _STRONG_IN_A_WORK.match(text, end) or _TITLE_BEFORE.search(before) or _TITLE_AFTER.match(text, end)
                or _LONGER_NAME_AFTER.match(text, end) or used_as_a_word(text, start, end))


def _said_to_be_someones(text: str, start: int, end: int) -> bool:
    """Does the text say the phrase is what someone is called ("the baker nicknamed ...", "the person they call ...",
    "who goes by ...", "'<Phrase>' ... who's that?", "the nickname <Phrase> and the person behind it")?"""
    nicknamed = _NICKNAMED.search(text[:start])
    return bool(nicknamed and is_person_noun(nicknamed.group(1), agents=True) or _called_by_people(text, start)
                or _GOES_BY.search(text[:start]) or _WHO_THAT.match(text, end) or _called_someone(text, end)
                or _NICKNAME_OF.search(text[:start]) and _SOMEONE_BEHIND.search(text[end:].split("\n")[0]))


_WHO_THAT = re.compile(r"[^.?!\n]{0,40}?\bwho(?:['’]s|\s+is|\s+was)\s+(?:that|this|he|she)\b", re.IGNORECASE)


def alias_for_a_thing(text: str, start: int, end: int, target: Target, asked: str | None = None,
                      response: str = "") -> bool:
    """The alias at text[start:end] used as a thing here.  `asked`, where text is an answer: the turn it answers,
    where one of the target's aliases asked about as a thing ("Who wrote <Title>?") makes the answer's use of it
    that thing too, as does an answer that takes it for one throughout ("<Dish> is a salad of ...").  `response`,
    where text is a turn: its answer, which may say whom the phrase stands for ("the puppeteer known as ...")."""
    from alu.nodes.homonym_cues import used_as_a_word

    form = text[start:end]
    if not is_alias(form, target) or any(answer_calls_someone(said, form) for said in (text, response) if said):
        return False   # a figure of a work takes "she" as well as a person: only "known as" says someone
    # the turn asks about one of the target's aliases as a thing: "who is <Alias> in Russian folklore?" - "<Alias>
    # is the <Other alias>, a girl made of snow"
    if a_thing_not_the_person(text, start, end, target) or used_as_a_word(text, start, end) \
            and not _said_to_be_someones(text, start, end):
        return True
    if asked is None:   # a turn: its answer may say the phrase is a thing ("<Alias> is a forest spirit")
        return bool(response) and _said_to_be_a_thing(response, form, as_written=True)
    return asked is not None and (_said_to_be_a_thing(text, form) or any(
            a_thing_not_the_person(asked, *m.span(), target) or used_as_a_word(asked, *m.span())
            for alias in target.aliases for m in re.finditer(rf"(?<![\w-]){re.escape(alias)}(?![\w-])", asked,
                                                             re.IGNORECASE)))


# "<Alias>, the casual-dining chain founded in ...": what the answer puts beside the phrase
_APPOSED_THING = re.compile(r",\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?([a-z]+)(?=\s*[,.;:]|\s+(?:who|that|which|from|in|"
                            r"of|with|for|by|founded|set|based)\b)")


def _said_to_be_a_thing(text: str, form: str, as_written: bool = False) -> bool:
    """Does the answer name the distinctive alias as a thing outright, or say it is one ("<Alias> is a salad of",
    "<Alias>, the restaurant chain")?  `as_written`: only where it is written as `form` is ("<Alias> is a <alias>
    farmer" says who, whatever the lower-case word does)."""
    flags = 0 if as_written and form != form.lower() else re.IGNORECASE
    for found in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text, flags):
        said = _SAID_TO_BE.match(text, found.end()) or _APPOSED_THING.match(text, found.end())
        if _named_as_a_thing(text, *found.span()) or said and _THINGS.fullmatch(said.group(1)) \
                and not (as_written and _NAMING_NOUN.fullmatch(said.group(1))):   # "<Alias> was the nickname of a ..."
            return True
    return False


_NAMING_NOUN = re.compile(r"(?:nickname|name|title|term|word|phrase|expression|idiom)s?", re.IGNORECASE)


def answer_says_who(response: str, form: str) -> bool:
    """Does the answer say who the phrase, written as a name, is ("<Phrase> is a woodcarving YouTuber from
    Cardiff. She carves ...": what one is, then he or she)?"""
    for m in re.finditer(rf"(?<![\w-]){re.escape(form)}\s+(?:is|was)\s+(?:an?|the)\s+((?:[\w'’-]+\s+){{0,4}}?)"
                         rf"([\w-]+)(?:\s+(?:and|from|in|at|based|who)\b|[,.])", response, re.IGNORECASE):
        named = response[m.start():m.start() + len(form)]
        words = [w for w in _WORD.findall(named) if w.casefold() not in _FUNCTION_WORDS]
        after = response[m.end():]
        if words and all(w[:1].isupper() for w in words) \
                and re.search(r"(?:^|[.!?]\s+)(?:She|He)\b", after[after.find(".") :] if "." in after else ""):
            return True
    return False


def _called_someone(response: str, end: int) -> bool:
    from alu.nodes.reference import is_person_noun

    called = _WHAT_THEY_CALL.match(response, end)
    return bool(called and any(is_person_noun(w, agents=True) for w in f"{called.group(1)} {called.group(2)}".split()))


def answer_calls_someone(response: str, form: str) -> bool:
    """Does the answer give the phrase as what a person is called ("the skater known as <Phrase>")?"""
    from alu.nodes.reference import is_person_noun

    for m in re.finditer(rf"\b([a-z]+)\s+(?:(?:was|is)\s+)?(?:known|nicknamed|called|dubbed)\s+(?:as\s+)?"
                         rf"[\"“‘']?{re.escape(form)}(?![\w-])", response, re.IGNORECASE):
        if is_person_noun(m.group(1), agents=True):
            return True
    return any(_called_someone(response, m.end())
               for m in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", response, re.IGNORECASE))
