"""Who a turn refers to: antecedents across the whole conversation, and how far a mention runs on.

The maintained coreference libraries need a spaCy or transformer model fetched from a model hub, so
this is a documented rule, measured by `alu eval conversations`:

- a *back-reference* is a third-person singular pronoun ("he", "her", "his" ...) or a description of a
  person ("the novelist", "that singer", "this person"; with "the" only for nouns that rarely stand for a
  role in general; also a role noun by its ending, "the pianist", "that bandleader"), an identity question
  ("Is that the one who ...?"), or a singular "they" in a question about someone's life ("Were they
  famous?", "their childhood") with no person named before it in the same turn; a turn that only asks the
  conversation to go on ("Tell me more.", "What else?", "And then?") or only after someone's relatives or
  life ("Any siblings?") is a back-reference as a whole;
- its *antecedent* is the person named most recently before the turn, in any message (user, assistant,
  system, tool); the pronoun must agree with the person's given name where the name tells a gender
  (the `gender-guesser` package's given-name lists).  A turn without a back-reference is judged on its
  own words, however recently a target was named: nearness in the thread is no reference;
- inside one text, a mention *runs on* through the sentences that follow it and open with a
  back-reference to it ("He ...", "In 1990 she ...", "The author's ..."), whoever else those sentences
  name, and stops at the first sentence that opens otherwise.
"""

from __future__ import annotations

import re
from functools import lru_cache

from alu.nodes.person_names import given_name_gender, person_names

_PRONOUNS = {"he": "male", "him": "male", "his": "male", "himself": "male",
             "she": "female", "her": "female", "hers": "female", "herself": "female",
             "shes": "female", "hes": "male"}   # typed without the apostrophe
# nouns that stand for a person when a definite or demonstrative determiner picks one out
_PERSON_NOUNS = ("person|man|woman|guy|lady|author|writer|novelist|poet|singer|songwriter|rapper|musician|"
                 "composer|actor|actress|artist|painter|director|filmmaker|producer|player|athlete|sprinter|"
                 "runner|footballer|boxer|champion|politician|president|senator|minister|leader|scientist|"
                 "physicist|chemist|inventor|entrepreneur|founder|businessman|businesswoman|billionaire|"
                 "journalist|host|presenter|comedian|chef|designer|architect|philosopher|economist|star|"
                 "celebrity|king|queen|prince|princess|general|coach|one")
# "the king" is as often generic ("How does the king move in chess?"): only a demonstrative points back
_DESCRIPTION = re.compile(rf"\b(?:this|that|the\s+same)\s+(?:famous\s+|former\s+|late\s+)?(?:{_PERSON_NOUNS})\b"
                          rf"(?!\s+(?:of|who|that|which|whose|in|at|from|with)\b)", re.IGNORECASE)
# with "the", only nouns that rarely stand for a role in general ("What does the president do?" is generic)
_THE_NOUNS = ("author|writer|novelist|poet|singer|songwriter|rapper|musician|composer|actor|actress|artist|"
              "painter|filmmaker|sprinter|footballer|boxer|politician|senator|scientist|physicist|chemist|"
              "inventor|entrepreneur|businessman|businesswoman|billionaire|journalist|comedian|philosopher|"
              "economist|guy|lady")
_THE_DESCRIPTION = re.compile(rf"\bthe\s+(?:{_THE_NOUNS})\b(?!\s+(?:of|who|that|which|whose|in|at|from|with)\b)"
                              rf"(?!\s+(?-i:[A-Z]))", re.IGNORECASE)
# a turn that only asks the conversation to go on ("Tell me more.", "What else?", "And then?") is about
# whoever the conversation was about: it has no words of its own to be judged on
_ELLIPTICAL = re.compile(r"(?:and\s+|so\s+|ok(?:ay)?,?\s+|please\s+)?(?:tell\s+me\s+more(?:\s+about\s+(?:that|it))?|"
                         r"(?:can\s+you\s+|could\s+you\s+)?(?:say|tell\s+me)\s+more|more(?:\s+details)?|go\s+on|"
                         r"keep\s+going|continue|and\s+then|then\s+what|what\s+else|anything\s+else|"
                         r"what\s+happened\s+(?:next|then|after\s+that|later)|and\s+after\s+that|what\s+next|"
                         r"(?:can\s+you\s+|could\s+you\s+)?elaborate|really|why|how\s+so|is\s+that\s+all)"
                         r"(?:,?\s+please)?\s*[?.!…]*", re.IGNORECASE)
# nouns of a person's role beyond the lists above, by their ending ("the pianist", "that historian",
# "the grandmaster", "that bandleader"): endings that name what someone does, rarely a thing
# "-ist" and "-ian" after a stem of three letters or more, and not a verb or a thing that ends so ("the list",
# "the wrist", "assist", "the median")
# nouns after which a role's word is an adjective: "the Indonesian word", "the Italian name"
WORD_NOUNS = "words?|names?|terms?|phrases?|languages?|cuisine|food|dishe?s?|versions?|spellings?|way"
_ROLE_ENDINGS = (r"(?:(?!(?:assist|insist|resist|persist|consist|exist|median|meridian)\b)[a-z]{3,}(?:ist|ian)|"
                 r"[a-z]*(?:master|leader|maker|naut|grapher|smith|wright|keeper|builder)|[a-z]{3,}(?:man|woman))")
_MORE_ROLES = ("explorer|aviator|sculptor|jumper|swimmer|climber|skater|cyclist|dancer|drummer|guitarist|"
               "trumpeter|conductor|codebreaker|astronomer|biologist|mathematician|engineer|photographer|"
               "novelist|playwright|dramatist|lawyer|judge|activist|reformer|campaigner|general|admiral|"
               "emperor|empress|monarch|pioneer|editor")
_ROLE_DESCRIPTION = re.compile(rf"\b(?:this|that|the)\s+(?:{_ROLE_ENDINGS}|{_MORE_ROLES})(?:'s|’s)?\b"
                               rf"(?!\s+(?:of|in|at|from|with|{WORD_NOUNS})\b)(?!\s+(?-i:[A-Z]))", re.IGNORECASE)
# "the player", "the minister" stand for a role in general in the present ("What does the president do?");
# in the past tense, or with a life's possessions, they point back at one person ("What did the leader do
# next?", "the player's family")
_LIFE = r"(?:life|family|career|childhood|parents|children|wife|husband|legacy|death|early|later)"
_PAST_DESCRIPTION = re.compile(rf"\b(?:did|was|were|had)\s+the\s+(?:{_PERSON_NOUNS})\b(?<!king)(?<!queen)"
                               rf"(?!\s+(?:of|who|that|which|whose|in|at|from|with)\b)|"
                               rf"\bthe\s+(?:{_PERSON_NOUNS})(?:'s|’s)\s+{_LIFE}\b", re.IGNORECASE)
# a description that says it points back ("the hurler you mentioned", "the film editor from earlier") or asks
# what one person is famous for ("what the ice hockey goaltender is known for")
_SPOKEN_OF = re.compile(r"\b(?:the|that|this)\s+(?:[\w-]+\s+){0,3}?([a-z]+)(?:'s|’s)?\s+(?:"
                        r"(?:(?:that|who|whom)\s+)?(?:you|u)\s+(?:just\s+)?(?:mentioned|named|talked\s+about|"
                        r"brought\s+up|described|were\s+talking\s+about|told\s+me\s+about|said)|"
                        r"(?:from|mentioned)\s+(?:earlier|before|above|just\s+now)|"
                        r"(?:is|was)\s+(?:most\s+|best\s+|so\s+|really\s+)?(?:famous|known|remembered|notable|"
                        r"celebrated)\b)", re.IGNORECASE)
# "that ice hockey goaltender", "that bridge engineer's career": a demonstrative before a noun for a person;
# "back to the bull rider", "as for the perfumer": a return to someone spoken of before
_RETURN = r"(?:(?:going|coming|getting)\s+)?back\s+(?:to|2)(?:\s+(?:the|our|your))?|as\s+for\s+the"
_THAT_ROLE = re.compile(rf"\b(?:that|this|{_RETURN}|(?:more|else)\s+(?:on|about)\s+the)\s+"
                        rf"((?:[a-z-]+(?:'s|’s)?\s*){{1,3}})", re.IGNORECASE)   # "more on the Kenyan marathon runner"
_RETURN_TO = re.compile(rf"\b(?:{_RETURN})\s+((?:[a-z-]+\s*){{1,3}})", re.IGNORECASE)


def returns_to(text: str) -> list[tuple[int, str]]:
    """(position, words) of each return to something spoken of before ("back to the starter", "back to the
    falconer"): whether a person is meant depends on what the conversation spoke of (nodes/mentions.py)."""
    return [(m.start(), m.group(1).strip()) for m in _RETURN_TO.finditer(text)]
# "the subject" is the person a text was about, not the one changed ("Changing the subject: ...", "off the subject")
_SAME_ONE = re.compile(r"\b(?:(?:the\s+)?same\s+(?:person|guy|man|woman|one|lady|fellow)|"
                       r"(?<!changing\s)(?<!change\s)(?<!switch\s)(?<!off\s)(?<!drop\s)the\s+subject"
                       r"(?!\s+(?:of|line|matter|heading|field|area)\b)|"
                       # "expand on the search hit": what a search or a tool returned, whom it named
                       r"\b(?:the|that|this)\s+(?:(?:search|top|first|only)\s+)(?:hit|result)s?(?!\s+(?:of|for)\b)|"
                       r"\b(?:the|that|this)\s+hit(?!\s+(?:of|for|song|single|record|show|film|movie)\b))\b",
                       re.IGNORECASE)
_DISMISSAL = re.compile(r"\b(?:never\s*mind|nvm|forget|skip|drop|leave|enough)\s+(?:about\s+)?(?:him|her|them|that\s+"
                        r"(?:person|guy|one|woman|man))\b", re.IGNORECASE)
# "Is that the one who ...?", "Isn't that the singer who ...?": a question whether the person spoken of
# is the one a fact describes
_IDENTITY = re.compile(r"\b(?:is|isn't|isn’t|was|wasn't|wasn’t)\s+(?:that|this|it|he|she)\s+(?:really\s+)?"
                       r"the\s+(?:[\w-]+\s+){0,2}?who\b", re.IGNORECASE)
# singular "they" for a person, in the shapes a question about someone's life takes ("Were they famous?",
# "Where did they grow up?", "their childhood"); a "they" that does something to an object ("How do they
# make cheese?") stays generic
_THEY = re.compile(r"\b(?:did|do)\s+they\s+(?:do|grow\s+up|live|die|study|work|become|come\s+from|marry|retire)\b|"
                   r"\b(?:where|when)\s+(?:are|were)\s+they\s+(?:from|born|based|raised|trained)\b|"
                   r"\bhow\s+old\s+(?:are|were)\s+they\b|\bwhat\s+(?:are|were)\s+they\s+(?:up\s+to|doing)\b|\bwhat\s+(?:are|were)\s+they\s+(?:best\s+)?known\s+for\b|"
                   r"\b(?:were|are)\s+they\s+(?:famous|married|born|alive|still\s+alive|known|rich|successful|"
                   r"popular|happy)\b|\btheir\s+(?:life|lifetime|career|childhood|family|parents|children|kids|legacy|"
                   r"death|birth|education|wife|husband|spouse|siblings|early\s+years|later\s+years)\b",
                   re.IGNORECASE)
# a turn that asks only after a person's relatives or life ("Any siblings?", "And the children?")
_BIO_ELLIPSIS = re.compile(r"(?:and\s+|so\s+|what\s+about\s+|how\s+about\s+)?(?:any\s+|the\s+)?"
                           r"(?:siblings|brothers?|sisters?|children|kids|sons?|daughters?|mother|father|hobbies|spouse|wife|husband|parents|"
                           r"awards|prizes|early\s+life|later\s+years|legacy|education|childhood)\s*[?.!]*",
                           re.IGNORECASE)
# what people put around a request to go on ("Wow, okay.", "Interesting!") without asking anything
_ACKNOWLEDGE = re.compile(r"(?:oh\s+|ah\s+|well\s+)?(?:ok(?:ay)?|wow|interesting|cool|nice|great|i\s+see|hm+|huh|right|"
                          r"got\s+it|yes|yeah|yep|sure|thanks|thank\s+you|fascinating|amazing|alright|all\s+right|"
                          r"oh|ah|uh-huh|no\s+way|gotcha|please|lol|pls|plz|thx|cheers|"
                          # the courtesies around a request: greetings, thanks, apologies for one's English
                          r"(?:hello|hi|hey)(?:\s+there)?|good\s+(?:morning|afternoon|evening|day)|dear\s+assistant|"
                          r"thanks?(?:\s+you)?(?:\s+(?:so|very)\s+much|\s+a\s+lot|\s+in\s+advance)?|"
                          r"sorry(?:\s+for\s+my\s+(?:bad\s+)?english)?|excuse\s+me|"
                          r"i\s+would\s+be\s+grateful(?:\s+for\s+(?:your\s+help|a\s+(?:short|brief|concise)\s+answer))?)"
                          r"(?:\s+then)?\s*[?.!…]*", re.IGNORECASE)
# pieces break at punctuation, at a dash, before a filler ("tell me more lol"), and, read a second way, where a
# capital opens a new one without a stop ("tell me more Thank you very much")
_PIECE_BREAK = re.compile(r"(?<=[?.!…,;:])\s+|\s+[-–—]\s+|\s+(?=(?:lol|pls|plz|thx)\b)")
_CAPITAL_BREAK = re.compile(r"(?<=[a-z])\s+(?=[A-Z][a-z])(?!English\b)")
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
OPENING_WORDS = 8   # a continuation's back-reference stands among the sentence's first words


_PRONOUN_WORD = re.compile(r"\b(he|him|his|she|her|hers)\b", re.IGNORECASE)
# the turn says it leaves what came before: "ok different topic.", "Switching topics:", "moving on -"
_TOPIC_CHANGE = re.compile(r"\W*(?:\w+\W+){0,8}?(?:(?:a\s+)?(?:different|new|another|unrelated|other)\s+"
                           r"(?:topic|question|subject|thing)|switching\s+(?:topics?|gears)|change\s+of\s+subject|"
                           r"moving\s+on|on\s+another\s+note|unrelated(?:\s+question)?\s*[:,-])", re.IGNORECASE)
# a determiner typed with two letters swapped ("thta mathematician"), mended letter for letter so positions hold
_SWAPPED = {"thta": "that", "taht": "that", "htat": "that", "thsi": "this", "tihs": "this", "htis": "this",
            "teh": "the", "hte": "the"}
_SWAPPED_WORD = re.compile(rf"\b(?:{'|'.join(_SWAPPED)})\b", re.IGNORECASE)


def back_references(text: str) -> list[tuple[int, str | None]]:
    """(position, gender or None) of each back-reference in text that nothing earlier in it resolves."""
    from alu.nodes.acquaintances import FICTION, a_service, first_acquaintance

    text = _SWAPPED_WORD.sub(lambda m: _SWAPPED[m.group().casefold()], text)
    names = person_names(text)
    first_name = min((a for a, _ in names), default=len(text) + 1)
    # "a grumpy badger named Tobble. He hoards buttons": whom the turn introduces by name, the pronouns after stand for
    introduced = _INTRODUCED_BY_NAME.search(text)
    if introduced:
        first_name = min(first_name, introduced.start())
    # "my brother says he ...": someone of the user's circle, spoken of first, is who a pronoun of his or her
    # gender after it stands for (nodes/acquaintances.py); not in a question reported about someone ("my
    # daughter asked where she was born")
    known_at, known_gender = first_acquaintance(text)
    fiction = FICTION.search(text)   # a story's figures ("the narrator", "he") are whom the words after it mean
    if fiction:
        first_name = min(first_name, fiction.start())
    if known_at is not None and known_gender is None:
        # "my landlord says he'll fix it ... can he wait?": the first pronoun of its own sentence gives it a
        # gender; after "Different topic:" any pronoun is the acquaintance's
        end = _SENTENCE_END.search(text, known_at)
        own = _PRONOUN_WORD.search(text, known_at, end.start() if end else len(text))
        known_gender = "any" if _TOPIC_CHANGE.match(text) else _PRONOUNS.get(own.group(1).casefold()) if own else None
    refs: list[tuple[int, str | None]] = []
    # "my colleague" (of no known gender) takes the pronouns of its own sentence; a later sentence's "her" may be
    # the person the conversation is about ("My colleague is on leave. How did her plan come about?")
    for m in _WORD.finditer(text):
        gender = _PRONOUNS.get(re.sub(r"['’](?:s|d|ll)$", "", m.group().casefold()))   # "she's", "he'd"
        if gender and m.start() < first_name and not (
                known_at is not None and known_at < m.start() and (known_gender in (gender, "any")
                                                                   or known_gender is None
                                                                   and not _SENTENCE_END.search(text, known_at,
                                                                                                m.start()))):
            refs.append((m.start(), gender))
    refs += [(m.start(), None) for m in _DESCRIPTION.finditer(text) if m.start() < first_name]
    refs += [(m.start(), None) for m in _THE_DESCRIPTION.finditer(text) if m.start() < first_name]
    refs += [(m.start(), None) for pattern in (_ROLE_DESCRIPTION, _PAST_DESCRIPTION, _IDENTITY, _THEY)
             for m in pattern.finditer(text) if m.start() < first_name and not a_service(text, m.start(), m.end())]
    refs += [(m.start(), None) for m in _SPOKEN_OF.finditer(text)
             if m.start() < first_name and is_person_noun(m.group(1), agents=True)]
    refs += [(m.start(), None) for m in _THAT_ROLE.finditer(text)
             if m.start() < first_name and _names_a_role(m.group(1))]
    refs += [(m.start(), None) for m in _SAME_ONE.finditer(text) if m.start() < first_name]
    # "never mind about her": the turn lets the earlier person go; what follows is asked for itself
    dropped = [m.span() for m in _DISMISSAL.finditer(text)]
    if known_at is not None and known_gender is None:   # "my colleague, the one who ...": of its own sentence
        end = _SENTENCE_END.search(text, known_at)
        dropped.append((known_at, end.end() if end else len(text)))
    return sorted({r for r in refs if not any(a <= r[0] < b for a, b in dropped) and not named_after(text, r[0])})


NAME_ZIPF = 1.5   # how often a word must be written (`wordfreq`) to be read as a name nobody listed
_PERSONAL_PRONOUNS = frozenset("i you we they he she it me us them u".split())
_ROLE_AND_NAME = re.compile(r"(?:the|that|this)\s+([\w-]+)\s+([^\W\d_][\w'’-]*)", re.IGNORECASE)


def named_after(text: str, at: int) -> bool:
    """Does the description at `at` name whom it means ("the singer helene"): a given name right after the noun?
    Then the name says who, not the conversation."""
    found = _ROLE_AND_NAME.match(text, at)
    return bool(found and is_person_noun(found.group(1), agents=True) and name_like(found.group(2)))


def name_like(word: str) -> bool:
    """Can the word after a noun for a person be a name ("the singer helene", "player jordan")?"""
    from alu.nodes.name_use import _FUNCTION_WORDS, common_word, word_zipf
    from alu.retrieval.names import is_dictionary_word

    if word.casefold() in _FUNCTION_WORDS | _PERSONAL_PRONOUNS:
        return False   # "the hurler you mentioned"
    # a name the given-name list lacks is still a word people write ("thiago"); a typo is not ("frmo")
    return bool(given_name_gender(word.title())) or not is_dictionary_word(word) and not common_word(word) \
        and word_zipf(word) >= NAME_ZIPF


_INTRODUCED_BY_NAME = re.compile(r"\b(?:named|called|(?i:my|our)\s+(?:[\w'’-]+\s+)?(?i:character|protagonist|hero|"
                                 r"heroine|villain|narrator))\s+['\"“‘]?(?-i:[A-Z])[\w'’-]+")
# occupations that end in no agent suffix, for "that <role>" and "back to the <role>": there they point back
_OCCUPATIONS = frozenset("""doctor nurse councillor councilor referee umpire priest vicar pastor rabbi imam vet
surgeon captain pilot skipper potter midwife professor lecturer ambassador minister senator governor president
chancellor archivist curator tenor soprano baritone guide""".split())
_STOP_AFTER = frozenset("in at from of on for with again now then there here by to".split())
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
_VERB_AFTER = frozenset("is was are were do did does has had have can could will would should may might".split())


def _names_a_role(words: str) -> bool:
    """Do the words after "that" end in a noun for a person, before any possessive ("ice hockey goaltender",
    "falconer's")?  Here a noun made from another noun counts too ("falconer"): the turn points back."""
    head = ""
    for w in words.split():
        if w.casefold() in _VERB_AFTER or w.casefold() in _STOP_AFTER:
            break   # "that glass artist in ...", "that chef again": the noun ends before them
        head = re.sub(r"['’]s$", "", w)
        if head != w:
            break
    return is_person_noun(head, agents=True) or is_agent_noun(head, noun_stems=True) \
        or head.casefold().rstrip("s") in _OCCUPATIONS


def is_person_noun(word: str, agents: bool = False) -> bool:
    """Does the noun stand for a person ("singer", "pianist", "bandleader")?  With `agents`, also a noun for one
    who does something by its form ("rescuer", "goaltender"), where being wrong costs little: beside a name,
    or in a description that points back.  Elsewhere a tool's name ("speaker", "printer") would read as one."""
    w = word.casefold()
    return bool(re.fullmatch(rf"(?:{_PERSON_NOUNS}|{_THE_NOUNS}|{_MORE_ROLES}|{_ROLE_ENDINGS})s?", w)) \
        or agents and (is_agent_noun(w) or bool(re.fullmatch(rf"(?:{_CALLINGS})s?", w)))


# callings whose form says nothing ("tutor", "nurse"): people beside a name or in a description, though "the
# tutor" or "the nurse" alone is as often the user's own as anyone's, so they point back at no one
_CALLINGS = "tutor|nurse|doctor|surgeon|dentist|professor|lecturer|youtuber|vlogger|influencer|streamer|medic|vet"


@lru_cache(maxsize=16384)
def is_agent_noun(word: str, noun_stems: bool = False) -> bool:
    """One who does what a verb says, by its form ("rescuer", "hurdler", "editor", "goaltender"): a noun the
    `lemminflect` tables list, ending in -er or -or, whose stem (or the stem of its last part) is a verb.  Tools
    take the form too ("printer"), which matters little where a person is already being spoken of."""
    from lemminflect import getAllLemmas
    from wordfreq import zipf_frequency

    w = word.casefold().removesuffix("s") if word.casefold().endswith(("ers", "ors")) else word.casefold()
    if not re.fullmatch(r"[a-z]{3,}(?:er|or)", w):
        return False
    for k in range(0, max(1, len(w) - 5)):
        part = w[k:]
        if k and "NOUN" not in getAllLemmas(part):
            continue
        if any(len(stem) >= 3 and ("VERB" in getAllLemmas(stem) or noun_stems and "NOUN" in getAllLemmas(stem))
               and zipf_frequency(part, "en") < zipf_frequency(stem, "en") + 0.5 for stem in (part[:-2], part[:-1])):
            return True   # a word far more frequent than its verb is a thing of its own ("number", "flower")
    return False


def is_elliptical(turn: str) -> bool:
    """Does the turn only ask the conversation to go on ("Tell me more.", "Okay, go on. What else?")?

    People chain these pieces and acknowledgements; the turn goes on as long as every piece is one
    of them and at least one asks for more (a bare "Thanks!" asks for nothing)."""
    plain = " ".join(re.sub(r"[^\w\s?.!…,;:'’()-–—]", " ", turn).split())   # emoji and symbols say nothing
    for text in (plain, _CAPITAL_BREAK.sub(". ", plain)):
        pieces = [p.strip(" ,;:-–—") for p in _PIECE_BREAK.split(text)]
        pieces = [p for p in pieces if p]
        asks = [bool(_ELLIPTICAL.fullmatch(p) or _BIO_ELLIPSIS.fullmatch(p)) for p in pieces]
        if any(asks) and all(a or _ACKNOWLEDGE.fullmatch(p) is not None for a, p in zip(asks, pieces)):
            return True
    return False


def said_after(text: str, span: tuple[int, int] | None) -> str:
    """What a message goes on to say right after the name at `span`: the rest of its sentence, and the next one too
    where the name opens its own ("<Name> is a glass artist. She runs ..."); not "She trained in <Place>. She ..."."""
    if span is None:
        return ""
    parts = re.split(r"(?<=[.!?\n])\s", text[span[1]:], maxsplit=2)
    opens = re.search(r"(?:^|[.!?:\n]\s*)$", text[:span[0]]) is not None
    return " ".join(parts[:2] if opens else parts[:1])


def agrees(gender: str | None, name: str, after: str = "") -> bool:
    """Can a pronoun of this gender stand for the named person?  Unknown either way: yes.  `after`: what the
    message that names them goes on to say, whose own first pronoun for them outweighs a guess from the given
    name ("<Name> would be a natural choice, and he's local", where the name is a woman's elsewhere)."""
    if gender is None:
        return True
    words = name.replace(",", " ").split()
    known = given_name_gender(words[0]) if words else None
    if known in (None, "either", gender):
        return True
    own = _PRONOUN_WORD.search(after)
    return own is not None and not person_names(after[:own.start()]) and _PRONOUNS[own.group(1).casefold()] == gender


def sentence_spans(text: str) -> list[tuple[int, int]]:
    from alu.nodes.evidence import sentences

    return [(start, end) for _, start, end in sentences(text)]


# "Ah, Ada Okafor! That's a Nigerian chemist.": a sentence that opens by saying what the one just named is
_DEMONSTRATIVE_OPENING = re.compile(r"\s*(?:that|this)(?:'s|’s|\s+is|\s+was)\s+(?:an?|the|one|who)\b", re.IGNORECASE)


def opening_reference(sentence: str) -> tuple[bool, str | None]:
    """(does a back-reference stand among the sentence's first words, its gender or None)."""
    if _DEMONSTRATIVE_OPENING.match(sentence):
        return True, None
    refs = back_references(" ".join(sentence.split()[:OPENING_WORDS]))
    return (True, refs[0][1]) if refs else (False, None)


def run_on(text: str, mentions: dict[str, list[tuple[int, int]]], names: dict[str, str]) -> dict[str, list[int]]:
    """For each target mentioned in text: the indices of the sentences about it (those that name it, and
    those that continue about it), per `sentence_spans(text)`."""
    spans = sentence_spans(text)
    owner_of: list[set[str]] = [set() for _ in spans]
    for target_id, found in mentions.items():
        for a, b in found:
            for i, (s, e) in enumerate(spans):
                if a < e and s < b:
                    owner_of[i].add(target_id)
    out: dict[str, list[int]] = {t: [] for t in mentions}
    current: set[str] = set()
    for i, (s, e) in enumerate(spans):
        if owner_of[i]:
            current = set(owner_of[i])
        else:
            # a sentence that opens with a back-reference goes on about its subject whoever else it names
            # ("He lost to Anatoly Karpov."); one that opens otherwise ends the mention
            refers, gender = opening_reference(text[s:e])
            current = {t for t in current if refers and agrees(gender, names.get(t, ""))}
        for t in current:
            out[t].append(i)
    return out
