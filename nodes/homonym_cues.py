"""Cues that a bare or titled name form names a work, a character of a work, or a venue rather than the
registered person.  They are grammar, not lists of works: what a turn does with the form.

- a character of a work: the form followed by "from"/"in" and the work's title, capitalised mid-sentence,
  whose words are dictionary words and no given name ("<Name> from Frozen", "<Name> in Toy Story"); a work's
  title is made of ordinary words far more often than a place's name is, and a lone noun may be a country
  or a town ("from China", "from Jersey"), so a one-word title must also be an adjective or a verb;
- a work's title made of two titled names ("Dr <Surname> and Mr <Other>"): joined by "and", the pair is
  one thing when the turn agrees with it in the singular ("Is <pair> scary?", "<pair> was published") or
  does to it what one does to a work ("Who wrote <pair>?", "Have you read <pair>?"); two people take the
  plural ("Are/Were ... and ..."), and nothing here accepts that;
- a work asked about by its content: "What is <title> about?" (a person is not *about* anything);
- a venue or a brand: the place of a meal or a booking ("a table at <Name>"), said to be worth a visit or open
  ("Is <Name> in <City> worth the queue?"); and, for a bare given name only, asked *what* it is where it stands
  ("What is <Name> in <City> known for?") or what it is and nothing more ("What is <Name>?").

None of them applies to a full name (scope takes a strong form whatever surrounds it), and the callers let
a person cue in the turn ("who", "he", "she", a possessive ...) win over the venue cues.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Set
from functools import lru_cache

from alu.retrieval.names import is_title

# words that head or end a place's name made of ordinary words ("New York", "Salt Lake City", "Long Island")
_PLACE_WORDS = frozenset("""
new north south east west upper lower saint st san santa fort mount mt port lake cape great little old
city town village county state island islands isle bay beach springs spring falls valley hill hills heights
park river harbor harbour point rock rapids creek ridge grove lakes coast district province republic kingdom
""".split())
_LINK = r"(?:of|the|and|&|a|an|in|on|at|to)"
_CAP_WORD = r"(?-i:[A-Z][a-z'’-]*)"
_TITLE_RUN = re.compile(rf"\s+(?:from|in)\s+[\"“‘']?(?:The\s+)?({_CAP_WORD}(?:\s+(?:{_LINK}\s+)*{_CAP_WORD})*)")


@lru_cache(maxsize=8192)
def _dictionary_word(word: str) -> set[str]:
    """The parts of speech the `lemminflect` tables give a word (empty for names and foreign words)."""
    from lemminflect import getAllLemmas

    return set(getAllLemmas(word.casefold()))


def _title_words_ok(words: list[str]) -> bool:
    caps = [w for w in words if w[:1].isupper()]
    if not caps or any(w.casefold() in _PLACE_WORDS for w in caps):
        return False
    if any(not _dictionary_word(w) for w in caps):
        return False   # a proper name ("from Paris", "from Norway") is a place more often than a work: no cue
    return len(caps) > 1 or bool(_dictionary_word(caps[0]) & {"ADJ", "VERB"})


def character_of_a_work(text: str, start: int, end: int, own: Set[str] = frozenset()) -> bool:
    """Is text[start:end] followed by "from"/"in" and a work's title made of ordinary words ("from Frozen",
    "in Toy Story"), none of them the person's own name words?"""
    m = _TITLE_RUN.match(text[end:])
    if m is None:
        return False
    words = m.group(1).split()
    if own and any(re.sub(r"['’]s?$", "", w).casefold() in own for w in words):
        return False
    return _title_words_ok(words)


_TITLE = r"\b(?-i:[A-Z][a-z]{1,11})\.?"
_NAME = r"(?-i:[A-Z][\w-]+(?:['’][A-Z][\w-]*)?)"   # "O'Hara", but not a possessive's "'s"
# a singular verb or a verb for what one does to a work, just before the pair or the title
_ONE_THING_BEFORE = re.compile(r"\b(?:is|was|does|has|isn't|wasn't|doesn't|wrote|write|written|writes|read|reading|"
                               r"reread|watch|watched|watching|seen|see|saw|adapted|adapt|directed|published|"
                               r"recommend|enjoy|enjoyed|like|liked|review|summari[sz]e|plot\s+of|summary\s+of|"
                               r"themes?\s+of|happens\s+in|set\s+in|(?:film|movie|book|novel|story|play|musical|"
                               r"adaptation|version|sequel|edition|copy|ending|author)\s+of)\s+(?:the\s+)?[\"“‘']?$",
                               re.IGNORECASE)
_ONE_THING_AFTER = re.compile(r"[\"”’']?\s+(?:is|was|has|isn't|wasn't)\b|[\"”’']?\s+about\s*[?.!]", re.IGNORECASE)


def titled_pair_work(text: str, start: int, end: int) -> bool:
    """Is text[start:end] one of two titled names joined by "and" ("Dr <A> and Mr <B>", "Mr and Mrs <A>") that
    the turn treats as one thing: a singular verb or a verb for a work next to the pair?"""
    before, after = text[:start], text[end:]
    pair = None
    left = re.search(rf"{_TITLE}\s+$", before)
    right = re.match(rf"\s+(?:and|&)\s+{_TITLE}\s+{_NAME}", after)
    if left and right and is_title(left.group().strip().strip(".")) and is_title(right.group().split()[1]):
        pair = (left.start(), end + right.end())        # "Dr <form> and Mr <other>"
    prior = re.search(rf"{_TITLE}\s+(?:and|&)\s+{_TITLE}\s+$", before) \
        or re.search(rf"{_TITLE}\s+{_NAME}\s+(?:and|&)\s+{_TITLE}\s+$", before)
    if pair is None and prior and all(is_title(w.strip(".")) for w in (prior.group().split()[0],
                                                                       prior.group().split()[-1])):
        pair = (prior.start(), end)                       # "Mr and Mrs <form>", "Dr <other> and Mr <form>"
    if pair is None or re.match(r"['’]s?\b", text[pair[1]:]):
        return False   # "Was Dr <A> and Mr <B>'s research funded?": the verb agrees with what the two own
    return bool(_ONE_THING_BEFORE.search(text[:pair[0]]) or _ONE_THING_AFTER.match(text[pair[1]:]))


# "What is <title> about?": the run of capitalised words and title links around the form, then "about"
_ABOUT_BEFORE = re.compile(rf"\bwhat(?:'s|’s|\s+is|\s+was)\s+(?:the\s+)?(?:(?:{_CAP_WORD}\.?|of|the|and|&)\s+)*$",
                           re.IGNORECASE)
_ABOUT_AFTER = re.compile(rf"(?:\s+(?:{_CAP_WORD}\.?|of|the|and|&))*\s+about\s*(?:[?.!]|$)", re.IGNORECASE)


def asked_what_it_is_about(text: str, start: int, end: int) -> bool:
    """Does the turn ask what a title holding the form is about ("What is <A> and Mr <B> about?")?"""
    return bool(_ABOUT_BEFORE.search(text[:start]) and _ABOUT_AFTER.match(text[end:]))


_WHERE_IS = re.compile(r"(?:^|[.!?]\s+|,\s*|\band\s+|\bso\s+)(?:what|where)(?:'s|’s|\s+is|\s+was)\s+$", re.IGNORECASE)
_WHAT_IS = re.compile(r"(?:^|[.!?]\s+|,\s*|\band\s+|\bso\s+)what(?:'s|’s|\s+is|\s+was)\s+$", re.IGNORECASE)
_IN_A_PLACE = re.compile(r"\s+(?:in|at|on)\s+(?:the\s+)?(?-i:[A-Z])")
_NOTHING_MORE = re.compile(r"\s*[?.!]+\s*$|\s*[?.!]+\s+")
# the place of a meal, a drink or a booking: "a table at <Name>", "dinner at <Name>", "the menu at <Name>"
_VENUE_BEFORE = re.compile(r"\b(?:eat|eating|ate|dine|dining|dined|dinner|lunch|brunch|breakfast|supper|drinks?|"
                           r"coffee|table|reservations?|booking|menu|queue|shop|shopping|shopped)\s+"
                           r"(?:(?:a|an|the|some|for|two|four|tonight|today)\s+){0,3}at\s+$", re.IGNORECASE)


# said of a place one goes to: "worth the queue", "worth a visit", "open on Sundays"
_VENUE_AFTER = re.compile(r"(?:\s+(?:in|at)\s+(?:the\s+)?(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*))*|"
                          r"\s+on\s+(?:the\s+)?(?:high|main)\s+street)?\s+"
                          r"(?:(?:still\s+)?worth\s+(?:a\s+visit|visiting|the\s+(?:queue|wait|trip|price|money|detour))|"
                          r"open\s+(?:on|at|late|today|tonight|now)\b|(?:still\s+)?open\s*\?|"
                          # what a shop or a restaurant does: "deliver on Sundays", "take cards", "do vegan food"
                          r"(?:deliver|ship)s?\s+(?:on\s+(?:\w+day|weekend|holiday)s?|at\s+night|late|today|tonight|"
                          r"abroad|overseas|for\s+free|to\s+(?:my|our|your|the)\b)|"
                          r"(?:take|takes|accept|accepts)\s+(?:credit\s+|debit\s+)?(?:cards?|cash|bookings?|"
                          r"reservations?|walk-ins|returns)\b|"
                          r"(?:do|does|serve|serves)\s+(?:vegan|vegetarian|gluten-free|halal|kosher|takeaway|takeout|"
                          r"delivery|brunch|breakfast)\b)", re.IGNORECASE)


# said of a place to live in or visit: "Is <Name> expensive to live in?", "... a safe place to raise kids?"
_PLACE_TO = re.compile(r"['\"”’]?\s+(?:(?:still|really|very|too)\s+)?(?:an?\s+)?(?:expensive|cheap|affordable|safe|"
                       r"dangerous|nice|pleasant|good|fun|easy|hard|walkable|quiet|noisy|boring)\s+(?:place\s+)?to\s+"
                       r"(?:live|visit|stay|retire|rent|raise|move|park|drive|cycle)\b", re.IGNORECASE)


def place_of_a_visit(text: str, start: int, end: int) -> bool:
    """Is a bare form the place of a meal or a booking ("a table at <Name>", "dinner at <Name>"), or said to be
    worth a visit or open ("Is <Name> in <City> worth the queue?")?  Said of a venue, not of a person."""
    return bool(_VENUE_BEFORE.search(text[:start]) or _VENUE_AFTER.match(text[end:]) or _PLACE_TO.match(text[end:]))


def asked_what_it_is(text: str, start: int, end: int) -> bool:
    """Is a bare form asked *what* it is where it stands ("What is <Name> in <City> known for?", "Where is
    <Name> in <City>?"), or asked what it is and nothing more ("What is <Name>?")?  A person is asked *who*.
    Scope reads this for a bare given name only: a family name is how a person is spoken of ("What is
    <Surname> known for?"), a bare given name seldom is; the caller lets any person cue win first."""
    if _WHERE_IS.search(text[:start]) and _IN_A_PLACE.match(text[end:]):
        return True
    return bool(_WHAT_IS.search(text[:start]) and _NOTHING_MORE.match(text[end:]))


# ---- what the turn does with a bare name, whatever its frequency: a place, a word, a name given to a thing ----

_Q = r"['\"“‘]?"
# the place of the clause: "in <Name>", "near <Name>", "driving through <Name>"; "to"/"from" only where the
# turn travels or measures ("flying into", "from the airport to"), "at" only where one meets or stays
_PLACE_PREP = re.compile(rf"(?<!interest\s)(?<!interested\s)(?<!believe\s)(?<!role\s)(?<!part\s)(?<!involved\s)"
                         rf"\b(?:in|near|around|outside|through|into|across|towards|via|nearby)\s+{_Q}$", re.IGNORECASE)
_TRAVEL = re.compile(r"\b(?:drive|driving|drove|fly|flying|flew|flight|flights|train|trains|bus|move|moving|moved|"
                     r"trip|travel|travelling|traveling|airport|far|distance|route|road|miles|km|ferry|commute|"
                     r"visit|visiting|get|getting)\b", re.IGNORECASE)
_TO_FROM = re.compile(rf"\b(?:to|from)\s+{_Q}$", re.IGNORECASE)
_VISIT = re.compile(rf"\b(?:visit|visiting|visited|visits|explore|exploring|tour|touring)\s+(?:the\s+)?{_Q}$",
                    re.IGNORECASE)
_MEET_AT = re.compile(rf"\b(?:meet|meeting|met|stay|staying|stayed|arrive|arriving|stop|stopping|party|wedding)\s+"
                      rf"at\s+{_Q}$", re.IGNORECASE)
_PLACE_OF = re.compile(rf"\b(?:population|weather|climate|map|mayor|outskirts|centre|center|suburbs|streets|"
                       rf"hotels?|restaurants?)\s+(?:of|in|near|around)\s+{_Q}$", re.IGNORECASE)
_HOW_PLACE = re.compile(r"\bhow\s+(?:far|big|large|safe|expensive|cheap|cold|hot|warm|busy|crowded|touristy)\s+"
                        r"(?:is|was)\s+$", re.IGNORECASE)
# the name as a word: asked what it means, how it is said or spelt, where it comes from
_WORD_BEFORE = re.compile(rf"(?:\bthe\s+(?:(?!(?:first|last|family|given|middle|maiden|full)\b)[a-z]+\s+)?"
                          rf"(?:word|term|phrase|name|plural|singular|genitive)(?:\s+of)?|"
                          rf"\bpronounce|\bpronounced|\bspell|\bspelt|\bspelled|"
                          rf"\brhymes?\s+(?:with|for)|\banagrams?\s+(?:of|for)|\bletters\s+(?:are\s+)?in(?:\s+the\s+(?:word|name))?|\bsyllables\s+in|"
                          rf"\btranslate|\bmeaning\s+of(?:\s+the\s+(?:word|name))?|"
                          rf"\bsentences?\s+(?:with|using|containing)(?:\s+the\s+words?)?|\bexplain|\bdefine)\s+{_Q}$",
                          re.IGNORECASE)
# the earlier items of a list the form ends ("explain 'luna de miel' and '<word>'"): what is said of the list
_LISTED = re.compile(rf"(?:['\"“‘][^'\"“”‘’]{{1,40}}['\"”’]|[^\s,.?!;:]+)\s*"
                     rf"(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or)\s+){_Q}$", re.IGNORECASE)
# a word quoted and glossed: "'<word>' means hope", "'<word>' is Spanish for moon"
_GLOSSED = re.compile(r"(?:\s+[^\s'\"”’]+){0,3}['\"”’]\s+(?:(?:literally\s+)?(?:means?|meant|stands\s+for)|"
                      r"(?:is|was)\s+(?:the\s+)?(?:[A-Z][a-z]+\s+)?(?:word\s+)?for)\b")
_MEAN_AFTER = re.compile(r"['\"”’]?\s+(?:(?:actually|really|exactly|literally)\s+)?(?:mean|means|stand\s+for)\b"
                         r"(?!\s+by)", re.IGNORECASE)
_NAME_WORD = re.compile(rf"\bthe\s+name\s+{_Q}$", re.IGNORECASE)
_ABOUT_THE_NAME = re.compile(r"['\"”’]?\s+(?:come\s+from|mean|originate|derive)|['\"”’]?\s+(?:is\s+|a\s+)?"
                             r"(?:a\s+)?(?:common|popular|rare|unusual|good|nice)\b", re.IGNORECASE)
_QUOTED_NAME = re.compile(r"^\s*(?:is|was)\s+['\"“‘]$", re.IGNORECASE)
# a name given to a pet, a boat, a character, a team: "my cat is called <Name>", "naming my puppy <Name>"
_OWNER = r"(?:my|our|your|the|a|an|his|her|their)"
_NAMED_THING = re.compile(rf"(?:(?:\b(?:is|are|was|were)|['’]s)\s+(?:called|named)|"
                          rf"\bnam(?:e|ed|ing)\s+{_OWNER}\s+[a-z]+|\bcall(?:ed|ing)?\s+(?:my|our)\s+[a-z]+)\s+{_Q}$",
                          re.IGNORECASE)
_IS_MY = re.compile(r"['\"”’]?\s+(?:is|was)\s+(?:my|our|your)\s+(?:[a-z-]+\s+){0,2}?([a-z]+)(?=\s*[?.!,;]|\s*$)")


_TOWN_OF = re.compile(rf"\b(?:town|city|village|borough|county|state|province|island|port|region|district|suburb)"
                      rf"\s+of\s+{_Q}$", re.IGNORECASE)
_HOW_SAY = re.compile(rf"\bhow\s+(?:do|would|should|can)\s+(?:you|i|we)\s+(?:say|write)\s+{_Q}$", re.IGNORECASE)
# "Is <Name> a good place to retire?", "Is <Name> a good name for a baby?": said to be what no person is
_A_PLACE_OR_NAME = re.compile(r"['\"”’]?(?:\s+(?:in|near)\s+[\w'’-]+(?:\s+[\w'’-]+)?)?\s+(?:a|an|the)\s+"
                              r"(?:[\w-]+\s+){0,2}?(?:place|name|spot|town|city|village|"
                              r"part|area|neighbou?rhood|district|suburb|borough|"
                              r"destination|title|brand|word|surname|last\s+name|first\s+name|given\s+name|family\s+name|"
                              r"nickname)\b", re.IGNORECASE)


def thing_by_context(text: str, start: int, end: int, person_noun: Callable[[str], bool]) -> bool:
    """Does the turn use a bare name as a place (the place of its clause, "driving through <Name>", "the
    weather in <Name>"), as a word (what it means, how it is spelt, "the word <Name>"), or as the name given
    to a pet, a boat or a team ("my cat is called <Name>", "<Name> is my goldfish")?  The caller lets a person
    cue in the turn win; `person_noun`: does a noun stand for a person ("<Name> is my hero")."""
    before, after = text[:start], text[end:]
    if re.search(r"['\"“‘](?:[^\s'\"“‘]+\s+){0,3}$", before) and _GLOSSED.match(after):
        return True
    head = before   # what a list's first item stands after ("a sentence with <word> and <word>")
    while (listed := _LISTED.search(head)) is not None and listed.start() < len(head):
        head = head[:listed.start()]
    if _PLACE_PREP.search(before) or _MEET_AT.search(before) or _PLACE_OF.search(before) or _VISIT.search(before) \
            or _HOW_PLACE.search(before) or (_TO_FROM.search(before) and _TRAVEL.search(text)):
        return True
    if _WORD_BEFORE.search(head) or (re.search(r"\bwhat\s+(?:does|did|do)\s+" + _Q + "$", before, re.IGNORECASE)
                                       and _MEAN_AFTER.match(after)):
        return True
    if (_NAME_WORD.search(before) or _QUOTED_NAME.search(before[-6:])) and _ABOUT_THE_NAME.match(after) \
            or _NAME_WORD.search(before) and not re.match(r"['’]s\b", after):
        return True   # "the name <Name> for our baby": the name itself, not someone who bears it
    if _NAMED_THING.search(before) or _TOWN_OF.search(before) or _HOW_SAY.search(before) \
            or _SAID_OF_A_WORD.match(after):
        return True
    if re.search(r"\b(?:is|was)\s+$", before, re.IGNORECASE) and _A_PLACE_OR_NAME.match(after):
        return True
    mine = _IS_MY.match(after)
    return bool(mine and not person_noun(mine.group(1)))


_NAMED_NOUN = re.compile(rf"\b{_OWNER}\s+(?:[a-z-]+\s+){{0,2}}?([a-z]+)\s+(?:is|was|are|were)\s+(?:called|named)\s+"
                         rf"{_Q}$|"
                         rf"\bnam(?:e|ed|ing)\s+{_OWNER}\s+(?:[a-z-]+\s+){{0,2}}?([a-z]+)\s+{_Q}$", re.IGNORECASE)


# a vessel is "she" too: "When was the ferry <Name> built and does she still sail?"
_VESSEL = re.compile(r"\b(?:the|a|an|my|our|this|that)\s+(?:[a-z-]+\s+)?(?:ferry|ship|boat|yacht|liner|steamer|"
                     r"vessel|schooner|tanker|trawler|tug|barge|submarine|frigate|destroyer|cruiser|lifeboat)\s+$",
                     re.IGNORECASE)
# a pet of ours ("our parrot <Name>"; "my <Name> recordings" may be the person's works, so an owner alone is no
# cue); a bet is placed on a horse or a team
_OWNED = re.compile(r"\b(?:my|our|your|[^\W\d_]+['’]s)\s+(?:(?:[a-z-]+\s+)?(?:dog|cat|puppy|kitten|parrot|budgie|"
                    r"rabbit|hamster|horse|pony|goldfish|fish|tortoise|turtle|snake|lizard|hen|chicken|goat|pig|ferret|rat|mouse|"
                    r"canary|cockatiel|parakeet|gerbil|cow|donkey|alpaca|bird)(?:\s+|\s*,\s*))$", re.IGNORECASE)
# a dish named after someone: "chicken <Name>", "beef <Name>"
_DISH = re.compile(r"\b(?:chicken|beef|lamb|pork|veal|duck|fish|salmon|prawns?|shrimps?|eggs?|tofu|potatoes|"
                   r"peach|pear|apple|steak|sole|lobster|crab|pasta|spaghetti|risotto|pizza|salad|soup|pie|tart|cake)"
                   r"\s+$", re.IGNORECASE)
# what is said of a word: "Is '<Name>' pronounced like ...", "<Name> is spelt with one l"
_SAID_OF_A_WORD = re.compile(r"['\"”’]?\s+(?:(?:is|was)\s+)?(?:pronounced|spelt|spelled|written)\b", re.IGNORECASE)
# a name given, not a name used: "adopted a greyhound and named her <Name>", "the hero of my novel is called <Name>"
_NAMING = re.compile(rf"\b(?:(?:re)?nam(?:e|ed|ing)|christen(?:ed|ing)?)\s+(?:him|her|it|them)\s+{_Q}$|"
                     rf"\b(?:storm|hurricane|typhoon|cyclone)\s+{_Q}$|"
                     rf"\b(?:character|hero|heroine|protagonist|villain|narrator|sidekick)\b[^.?!]*\b(?:is|was|'s)\s+"
                     rf"(?:called|named)\s+{_Q}$", re.IGNORECASE)
_OWNED_AFTER = re.compile(r"[\w'’-]+\s*[(,]\s*(?:our|my|the|a|an)\s+(?:[a-z-]+\s+)?(?:dog|cat|puppy|kitten|parrot|"
                          r"rabbit|hamster|horse|pony|goldfish|tortoise|snake|budgie|hen|goat|boat|car|van|campervan)\b",
                          re.IGNORECASE)
_THING_CALLED = re.compile(r"\b(?:a|an|the|my|our)\s+(?:[\w'’-]+\s+){0,2}?([a-z]+)\s+(?:(?:is|was|'s)\s+)?"
                           r"(?:called|calld|caled|named)\s+['\"“‘]?$", re.IGNORECASE)
_BET_ON = re.compile(r"\b(?:bet|betting|wager|punt|odds)\s+on\s+$", re.IGNORECASE)


def named_thing(text: str, start: int, person_noun: Callable[[str], bool]) -> bool:
    """Is the name given here to something no person is ("my cat is called <Name>", "naming our boat <Name>",
    "the ferry <Name>", "our parrot <Name>", "bet on <Name>")?  What the turn then says in a pronoun is said of
    that thing, so this wins over any person cue."""
    before = text[:start]
    if _VESSEL.search(before) or _OWNED.search(before) or _BET_ON.search(before) or _DISH.search(before) \
            or _NAMING.search(before):
        return True
    owned_after = _OWNED_AFTER.match(text, start)
    if owned_after:
        return True   # "<Name> (our cat, 3) keeps ...": an apposition says what the name is given to
    thing_called = _THING_CALLED.search(before)
    if thing_called and not person_noun(thing_called.group(1)):
        return True   # "a horse called <Name>", "our campervan is called <Name>"
    m = _NAMED_NOUN.search(before)
    return bool(m and not person_noun(m.group(1) or m.group(2)))


def person_noun_beside(text: str, start: int, end: int, person_noun: Callable[[str], bool]) -> bool:
    """Does a noun for a person stand beside the name: among the three words before it in its clause ("the
    genius <Name>", "my friend, <Name>") or in an apposition after it ("<Name>, the painter", "<Name> a good
    teacher")?  A person noun elsewhere in the turn ("... with the kids") says nothing of this name."""
    clause_before = re.split(r"[.!?;:]\s", text[:start])[-1]
    before = re.findall(r"[^\W\d_][\w'’-]*", clause_before)[-3:]
    after = re.match(r"\s*(,\s*|\s+(?=(?:the|a|an)\b))((?:[^\W\d_][\w'’-]*\s*){1,3})", text[end:])
    return any(map(person_noun, before)) or bool(after and any(map(person_noun, after.group(2).split())))


_CALL_IT = re.compile(r"\bcall(?:s|ed|ing)?\s+(?:the|a|an|my|our|their|his|her|your)\s+[a-z]+\s+['\"“‘]$",
                      re.IGNORECASE)


# two quoted words set side by side: "Is '<word>' the same as '<other>'?", "'<word>' or '<other>'?"
_COMPARED_WORDS = re.compile(r"['\"“‘]$")
_COMPARED_WORDS_AFTER = re.compile(r"['\"”’]\s*(?:(?:is|was)\s+)?(?:the\s+same\s+(?:as|word\s+as)|similar\s+to|"
                                   r"different\s+from|related\s+to|or|vs\.?|versus|and)\s+['\"“‘][^\W\d_]",
                                   re.IGNORECASE)


def used_as_a_word(text: str, start: int, end: int) -> bool:
    """Is the phrase at text[start:end] asked about as a phrase: what it means, how it is said in another
    language, what people call something by it ("What does '<phrase>' mean?", "How do you say '<phrase>' in
    French?", "Why do they call the postman '<phrase>'?")?  Then an alias equal to it names no one."""
    before, after = text[:start], text[end:]
    if re.match(r"['’]s\b", after):
        return False   # "the name of <Name>'s first novel": whose it is, a person's
    return bool(_WORD_BEFORE.search(before) or _HOW_SAY.search(before) or _CALL_IT.search(before)
                or _COMPARED_WORDS.search(before) and _COMPARED_WORDS_AFTER.match(after)
                or re.search(rf"\bwhat\s+(?:does|did|do)\s+{_Q}$", before, re.IGNORECASE) and _MEAN_AFTER.match(after))
