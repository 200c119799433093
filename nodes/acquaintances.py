"""Someone from the user's own life: "our maths teacher Mr. <Family>", "Dr. <Family> is my new GP", "Coach
<Family> at my kid's swim club", "my grandmother's maiden name was <Family>", "my son's friend is called
<Given>".

A registered person is known to the world; the teacher, the GP or the grandmother the user speaks of is
known to the user.  A bare family or given name (with or without a title) that the turn ties to the user's
own circle is that acquaintance's name, not the registered person's: many people share any one name.  A fan's
ties ("my favourite singer", "my hero") point at the famous, so they are no such tie.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from alu.retrieval.normalize import canonical

if TYPE_CHECKING:
    from alu.nodes.evidence import Store

_RELATION = (r"(?:father|mother|brother|sister|son|daughter)-in-law|teacher|tutor|coach|trainer|instructor|doctor|gp|"
             r"dentist|vet|nurse|midwife|therapist|counsellor|"
             r"counselor|physio|neighbou?r|colleague|co-?worker|boss|manager|supervisor|landlord|landlady|tenant|"
             r"friend|classmate|flatmate|roommate|housemate|partner|husband|wife|boyfriend|girlfriend|fianc[eé]e?|"
             r"son|daughter|kid|child|baby|mum|mom|mother|dad|father|grandmother|grandfather|grandma|grandpa|gran|"
             r"granny|nan|aunt|auntie|uncle|cousin|niece|nephew|brother|sister|sibling|in-law|stepmother|stepfather|"
             r"stepson|stepdaughter|client|customer|student|pupil|employee|employer|plumber|builder|electrician|"
             r"mechanic|babysitter|nanny|childminder|headteacher|headmaster|headmistress|principal|professor|"
             r"lecturer|mentor|pastor|vicar|priest|rabbi|imam|accountant|lawyer|solicitor|optician|surgeon|"
             r"consultant|midwife|carer|caregiver|team-?mate|bandmate|penpal|pen\s+pal|patient|mentee|apprentice|"
             r"trainee|intern|assistant|secretary|receptionist|cleaner|driver|grandson|granddaughter|grandchild|"
             r"godson|goddaughter|godchild|godmother|godfather|godparent|stepbrother|stepsister|spouse|ex|buddy|pal|bestie|bff|gf|bf|hubby|wifey|bro|sis")
_TITLE = (r"(?:mr|mrs|ms|miss|mx|dr|prof|professor|coach|nurse|sister|father|rev|reverend|sir|madam|auntie|uncle|"
          r"sergeant|sgt|officer|constable|pc|detective|inspector|councillor|councilor|pastor|vicar|rabbi|imam|"
          r"captain|capt|judge|headteacher|principal|matron|teacher)\.?")
_MINE = r"(?:my|our|my\s+\w+['’]s|our\s+\w+['’]s)"
_FAN = re.compile(r"\b(?:favou?rite|hero|heroes|idol|idols|inspiration|role\s+model)\b", re.IGNORECASE)
# "our maths teacher Mr. ", "my new GP, Dr ", "my son's best friend "
# "my son's new maths teacher, Mr <F>", "... teacher is Mr <F>"
_BEFORE = re.compile(rf"\b{_MINE}\s+(?:[\w'’-]+\s+){{0,3}}?(?:{_RELATION})s?\s*,?\s+(?:(?:is|was)\s+)?"
                     rf"(?:{_TITLE}\s+)?$", re.IGNORECASE)
_PETS = (r"cat|kitten|dog|puppy|pup|horse|pony|rabbit|bunny|hamster|guinea\s+pig|parrot|budgie|tortoise|"
         r"turtle|goldfish|ferret|pet|mare|stallion|hen|goat")
_PET_BEFORE = re.compile(rf"\b(?:{_PETS})s?\s*,?\s+$", re.IGNORECASE)
# "<Name> is my new GP", "<Name>, my landlord,", "<Name> (my cousin)", "<Name> at my kid's swim club"
_AFTER = re.compile(rf"^(?:\s*,\s*|\s*\(\s*|\s+(?:(?:is|was|has\s+been)\s+)?)(?:{_MINE}|one\s+of\s+{_MINE})\s+"
                    rf"(?:[\w'’-]+\s+){{0,3}}?(?:{_RELATION})s?\b|^\s+(?:at|from|in)\s+{_MINE}\s+(?:[\w'’-]+\s+){{0,2}}?(?:club|school|class|"
                    rf"office|work|team|practice|surgery|church|gym|street|building|company|firm|group|choir|band|uni|"
                    rf"university|college|course|department|dept|faculty|lab|module|seminar)\b"
                    rf"|^\s+(?:next\s+door|down\s+the\s+(?:road|street|hall|corridor)|across\s+the\s+(?:road|street|hall)|"
                    rf"upstairs|downstairs)\b|^\s*[,(]\s*(?:{_MINE}\s+|the\s+)?(?:[\w'’-]+\s+)?(?:{_PETS})\b",
                    re.IGNORECASE)   # "for the sitter: <Given>, dog, food twice a day"
# "a friend called <Given>", "an imaginary friend named <Given>": someone described by a tie to the user
_ROLE_CALLED = re.compile(rf"\b(?:{_RELATION})s?\s+(?:called|named)\s+['\"“‘]?$", re.IGNORECASE)
_LOCAL_TITLE = re.compile(r"(?:sergeant|sgt|officer|constable|pc|detective|inspector|councillor|councilor|coach|"
                          r"nurse|matron|headteacher|principal)\b", re.IGNORECASE)
_CARE = re.compile(r"\b(?:surgeon|gp|appointment|prescription|clinic|surgery|operation|referral|dentist|practice|"
                   r"patients?|ward|treated|treating|fixed\s+my|operated)\b", re.IGNORECASE)
# "scared of the dentist", "book the vet": a service anyone goes to, spoken of in general
_SERVICE = re.compile(r"\b(?:of|to|at|from|see|seeing|saw|visit|visiting|call|book|hate|hates|fear|fears)\s+the\s+"
                      r"(?:dentist|doctor|vet|hairdresser|barber|optician|optometrist|pharmacist|chemist|therapist|"
                      r"physio(?:therapist)?|orthodontist|dermatologist|chiropractor|plumber|electrician|mechanic|"
                      r"midwife|paediatrician|pediatrician|gynae?cologist)s?\b", re.IGNORECASE)


def a_service(text: str, start: int, end: int) -> bool:
    """Is the description at text[start:end] a service spoken of in general ("scared of the dentist")?"""
    return any(m.start() <= start and end <= m.end() for m in _SERVICE.finditer(text, max(0, start - 12), end))


_FIRST_PERSON = re.compile(r"\b(?:my|our)\b", re.IGNORECASE)   # not "me": "Tell me about Dr. <Family>"
# "my grandmother's maiden name was ", "our family name is ", "my son's best friend is called "
_OWN_NAME = re.compile(rf"\b{_MINE}\s+(?:[\w'’-]+\s+){{0,2}}?(?:maiden\s+|family\s+|last\s+|first\s+|given\s+|sur)?"
                       rf"name\s+(?:is|was)\s+['\"“‘]?$|\b{_MINE}\s+(?:[\w'’-]+\s+){{0,3}}?(?:{_RELATION})s?\s+"
                       rf"(?:is|was|are|were)\s+(?:called|named)\s+['\"“‘]?$", re.IGNORECASE)


# "A customer, <Given>, disputes ...", "The engineer, <Given>, says ...": a given name set beside someone the user
# deals with (only a bare name reaches this: a registered full name is strong)
_APPOSED_TO = re.compile(rf"(?:^|[.!?:]\s+|\b(?:a|an|the|our|my)\s+)(?:[\w'’-]+\s+)?(?:{_RELATION}|engineer|technician|"
                         rf"agent|rep|courier|guest|caller|member|volunteer|player|parent|treasurer|chair)s?\s*,\s*$",
                         re.IGNORECASE)


def someone_the_user_knows(text: str, start: int, end: int) -> bool:
    """Does the turn tie the bare name at text[start:end] to the user's own circle?"""
    before, after = text[:start], text[end:]
    if _FIRST_PERSON.search(text):   # a tie is always "my ..." or "our ...": only then mend misspelt ties
        before, after = _mended(before), _mended(after)
    title = re.search(rf"\b{_TITLE}\s+$", before, re.IGNORECASE)
    head = before[:title.start()] if title else before
    sentence = re.split(r"[.!?]\s", before)[-1] + re.split(r"[.!?](?:\s|$)", after)[0]
    if _FAN.search(sentence):
        return False
    # a local official's title and a family name alone, in a sentence about the user's own dealings: "Sergeant
    # <Family> came to our door", "a note to Dr. <Family>, the surgeon who fixed my knee".  Not Mr, Mrs or a bare
    # Dr: "Did Mrs. <Family> ever visit our town?" asks about the famous one
    dealings = title is not None and bool(_FIRST_PERSON.search(sentence)) and (
        bool(_LOCAL_TITLE.match(title.group())) or bool(_CARE.search(sentence)))
    return bool(_BEFORE.search(before) or _OWN_NAME.search(head) or _OWN_NAME.search(before) or _AFTER.match(after)
                or _ROLE_CALLED.search(before) or dealings or _WHO_WORKS_FOR_ME.match(after)
                or (_INTRODUCED.search(before) or _INTRODUCED.search(head) or _ONE_OF.search(before))
                and _MY_OWN.search(sentence)
                or _IN_MY_WORK.search(before) or _PERSONA.search(before)
                or _APPOSED_TO.search(before) and re.match(r"\s*,", after) is not None)


_RELATION_WORDS = tuple(w for w in _RELATION.split("|") if w.isalpha() and len(w) >= 5) + (
    "neighbour", "neighbor", "coworker", "teammate", "fiancee")


@lru_cache(maxsize=4096)
def _mended(text: str) -> str:
    """The text with a misspelt word for a tie ("my little sitser", "my nieghbour") written right: a rare word
    one edit (`rapidfuzz`'s optimal string alignment) from a relation word is taken for that word."""
    from rapidfuzz.distance import OSA
    from wordfreq import zipf_frequency

    def mend(m: re.Match) -> str:
        word = m.group().casefold()
        if len(word) < 5 or word in _RELATION_WORDS or zipf_frequency(word, "en") >= 2.5:
            return m.group()
        near = sorted({w for w in _RELATION_WORDS if OSA.distance(word, w, score_cutoff=1) <= 1})
        return near[0] if len(near) == 1 else m.group()
    return re.sub(r"[^\W\d_]+", mend, text)


# "writing a book about a ...", "There's a blacksmith called <Given>. Give her a backstory.": the user's own
# world or story
_MY_OWN = re.compile(r"\b(?:my|our|i|i'm|i’m|we|we're|writing|backstory|backstories|fictional)\b", re.IGNORECASE)
# "You are <Given>, a chatty helper": the assistant's own name, in a system prompt
_PERSONA = re.compile(r"\b(?:you\s+are|you're|you’re|your\s+name\s+is|call\s+yourself)\s+$", re.IGNORECASE)
# "except one girl, <Given>, cries when I ...": someone of the user's world, introduced by a bare name
_ONE_OF = re.compile(rf"\b(?:a|an|one)\s+(?:[\w'’-]+\s+)?(?:girl|boy|kid|lad|lass|man|woman|guy|lady|{_RELATION})"
                     rf"\s*,\s*$", re.IGNORECASE)
# "in my sci-fi short story Captain <Family> is ...": a character of the user's own work
_IN_MY_WORK = re.compile(rf"\bin\s+{_MINE}\s+(?:[\w'’-]+\s+){{0,3}}?(?:story|novel|book|script|screenplay|game|"
                         rf"comic|fic|fanfic|campaign|play|sitcom|series)\s*,?\s+(?:{_TITLE}\s+)?$", re.IGNORECASE)


# "a reference for <Given>, who has worked in my café": a relative clause that ties the name to the user
_WHO_WORKS_FOR_ME = re.compile(r"\s*,?\s+who\s+(?:has\s+|had\s+|is\s+|was\s+)?(?:[\w'’-]+\s+){0,4}?"
                               r"(?:my|our|me|us)\b", re.IGNORECASE)
# "an innkeeper NPC named <Given>", "a bush pilot called <Given>": someone the user introduces by a bare name
# "my main character is blacksmith called <Given>": a character of the user's own story, article or none
_INTRODUCED = re.compile(r"\b(?:(?:a|an)\s+|(?:character|protagonist|heroine|hero|villain|npc|persona|avatar)s?\s+"
                         r"(?:is\s+)?)(?:[\w'’-]+\s+){0,3}?(?:named|called)\s+['\"“‘]?$", re.IGNORECASE)


_MY_PERSON = re.compile(rf"\b(?:{_MINE}|your)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{_RELATION}|{_PETS})s?\b", re.IGNORECASE)


# "the guy who runs our corner shop", "a woman in my yoga class": someone of the user's world by a plain noun
_SOMEONE_OF_MINE = re.compile(r"\b(?:the|a|an|this|that|one)\s+(?:[\w'’-]+\s+)?(guy|man|woman|lady|girl|boy|bloke|chap|"
                              r"fella|person|kid|gentleman)\s+(?:(?:who|that)\s+(?:[\w'’-]+\s+){1,4}?|"
                              r"(?:in|at|from|on|of)\s+)(?:my|our)\b", re.IGNORECASE)
_MALE = re.compile(r"(?:son|brother|husband|boyfriend|dad|father|grandfather|grandpa|uncle|nephew|stepfather|stepson|"
                   r"headmaster|guy|man|boy|bloke|chap|fella|gentleman|bf|hubby|bro)s?(?:-in-law)?", re.IGNORECASE)
_FEMALE = re.compile(r"(?:daughter|sister|wife|girlfriend|mum|mom|mother|grandmother|grandma|gran|granny|nan|aunt|"
                     r"auntie|niece|stepmother|stepdaughter|landlady|headmistress|midwife|woman|lady|girl|gf|wifey|sis)s?(?:-in-law)?",
                     re.IGNORECASE)
# a question reported about someone: whom it is about is the conversation's, not the asker's
_REPORTED_QUESTION = re.compile(r"\b(?:asked|asks|ask|wonders?|wondered|wondering|wants?\s+to\s+know|wanted\s+to\s+"
                                r"know|curious)\s+(?:me\s+|us\s+)?(?:where|when|what|who|how|why|whether|if)\b",
                                re.IGNORECASE)


# "grandma keeps sending me voice notes": a kin word used as a name is the user's own, without "my"
_BARE_KIN = re.compile(r"(?<!\bthe\s)(?<!\ba\s)(?<!\bhis\s)(?<!\bher\s)(?<!\btheir\s)(?<!['’]s\s)"
                       r"\b(?:grandma|grandpa|granny|gran|nan|mum|mom|dad)\b(?!['’]s)", re.IGNORECASE)
# "in the novel I'm reading the main character ... her", "my D&D character ... he": a figure of a story the
# user is reading, watching, playing or writing
FICTION = re.compile(r"\bin\s+(?:(?:the|my|this|a|our)\s+)?(?:[\w&'’-]+\s+){0,2}?(?:novel|book|comic|show|series|film|"
                     r"movie|game|story|manga|anime|play|sitcom|drama|campaign)\b[^.?!]{0,40}?\b(?:i['’]?m|i\s+am|"
                     r"we['’]re|we\s+are)\s+(?:reading|watching|playing|writing|running)\b"
                     r"|\bin\s+(?:the|my|our)\s+(?:[\w&'’-]+\s+){0,2}?(?:novel|comic|manga)\b"
                     r"|\bmy\s+(?:[\w&'’-]+\s+){0,2}?(?:character|protagonist|villain|hero|heroine|npc|narrator)\b",
                     re.IGNORECASE)


def first_acquaintance(text: str) -> tuple[int | None, str | None]:
    """(where the text first speaks of someone of the user's circle ("my brother", "our landlord", "my cat"),
    whom a pronoun of the same gender after it may stand for; that person's gender, "any" for an animal, or
    None).  Nowhere when the text reports a question ("my daughter asked where she was born": the pronoun is
    whom the conversation is about)."""
    found = _MY_PERSON.search(text) or _SOMEONE_OF_MINE.search(text) or _BARE_KIN.search(text)
    if found is None and _FIRST_PERSON.search(text):
        found = _MY_PERSON.search(_mended(text))   # "Our plmber said he ...": a misspelt tie, one edit away
    if found is None or _REPORTED_QUESTION.search(text):
        return None, None
    noun = found.group(1) if found.re is _SOMEONE_OF_MINE else found.group().split()[-1]
    if re.fullmatch(rf"(?:{_PETS})s?", noun, re.IGNORECASE) or found.group().casefold().endswith("guinea pig"):
        return found.start(), "any"   # "my cat is 14 and she's ...": an animal takes he or she, in any sentence
    gender = "male" if _MALE.fullmatch(noun) else "female" if _FEMALE.fullmatch(noun) else None
    named = re.match(r"\s*,?\s*((?-i:[A-Z])[a-z]+|[a-z]+(?=\s))\b", text[found.end():])   # "my neighbour ahmed plays"
    if gender is None and named:   # "my colleague Farid is retiring ... He loves cycling"
        from alu.nodes.reference import given_name_gender

        gender = {"male": "male", "female": "female"}.get(given_name_gender(named.group(1).capitalize()) or "")
    if gender is None:   # "my partner says I ramble ... My brother wants to start running. How should he begin?"
        later, later_gender = first_acquaintance(text[found.end():])
        if later is not None and later_gender is not None \
                and re.search(r"(?:^|[.!?]\s+)$", text[:found.end() + later]):   # opening its sentence: its subject
            return found.end() + later, later_gender
    return found.start(), gender


def acquaintances(store: Store, texts: tuple[str, ...] | list[str]) -> set[str]:
    """The bare name forms the texts tie to the user's own circle: every use of such a form in the conversation
    is that acquaintance's ("My son's friend is called <Given>. Can <Given> stay over?")."""
    return {form for text in texts for form in known_forms(text, store.weak_lexical(text))}


def others_in(store: Store, texts: tuple[str, ...] | list[str]) -> set[str]:
    """The bare name forms earlier messages give to someone else: the user's acquaintance ("My colleague
    Dr. <Family> ...") or a namesake named in full ("a review for <Given> Brooks"); a later turn's bare form
    is that person's."""
    return set().union(*(others_of(store, text) for text in texts))


def others_of(store: Store, text: str) -> set[str]:
    """others_in for one message: one pass of the matcher over it."""
    hits = store.weak_lexical(text)
    partial = [h for h in hits if h.form == "partial"]
    out = known_forms(text, hits)
    if partial:
        out |= namesakes([text], partial, {h.target_id: t.name for h in partial if (t := store.get(h.target_id))})
    return out


_WHO_THAT_IS = re.compile(r"\b(?:any\s+idea|do\s+you\s+know|can\s+you\s+tell\s+me|guess)\s+who\s+"
                          r"(?:that|this|it|she|he|they)\s+(?:is|was|might\s+be|could\s+be)\b|\bwho\s+(?:that|this)\s+(?:might|could)\s+be\b",
                          re.IGNORECASE)

# a speaker in a chat log the user pasted ("[19:04] <G>: I can do 3-4pm"): one of the group the user is in
_SPEAKER = re.compile(r"(?m)^[ \t]*\[?\d{1,2}:?\d{2}(?:\s*[ap]\.?m\.?)?\]?[ \t]*(?:-[ \t]*)?\Z", re.IGNORECASE)


def known_forms(text: str, hits: list, answer: bool = False) -> set[str]:
    """Of one text's weak hits (misspelt ones aside), the forms it ties to the user's own circle, a pet too ("Our
    rescue cat <Family> keeps scratching. <Family> is about two."); for callers that have the hits already."""
    from alu.nodes.homonym_cues import named_thing
    from alu.nodes.person_cues import person_noun

    if _WHO_THAT_IS.search(text):
        return set()   # "I met an engineer whose last name is <F>. Any idea who that is?": asked who, not known
    return {bare_form(h.surface) for h in hits if h.form != "misspelt" and (
        someone_the_user_knows(text, h.start, h.end) or _SPEAKER.search(text, 0, h.start)
        or _PET_BEFORE.search(text[:h.start])
        and named_thing(text, h.start, person_noun)
        or h.form == "partial" and in_the_users_life(text, h.start, h.end, answer))}


# the user speaks of their own doings ("... passed away. We're close-ish from work.", "... is looking after our
# dog", "... hasn't paid subs and I feel awkward"); in an answer only "we" and "our": "<G> is the one I'd mention"
# and "My pick: <G>" are the assistant's voice.  Not "me": "tell me about <G>" asks about the famous
_WE = re.compile(r"\b(?:we(?:['’](?:re|ve|d|ll))?|our|ours)\b", re.IGNORECASE)
_I_OR_WE = re.compile(r"\b(?:(?-i:I)(?:['’](?:m|ve|d|ll))?|we(?:['’](?:re|ve|d|ll))?|my|our|ours|mine)\b",
                      re.IGNORECASE)
# or of their own day, in their own turn ("<G> is practising spelling for tomorrow's test", "<G> scored twice in
# his match today!"): the famous are spoken of by family or full name, a given name alone is someone near
_OWN_DAY = re.compile(r"\b(?:today|tonight|tomorrow|yesterday|this\s+(?:morning|afternoon|evening|weekend)|"
                      r"last\s+night|at\s+the\s+weekend)\b", re.IGNORECASE)
# what points at someone known to the world, not to the user
_PUBLIC = re.compile(r"\b(?:tell\s+me|who(?:['’]s|\s+is|\s+was)|heard\s+(?:of|about)|"
                     r"know\s+(?:anything\s+)?(?:of|about)|"
                     r"famous|celebrity|celebrities|fans?\b|biography|wiki\w*|interview|album|novel|film|movie|"
                     r"documentary|podcast|channel|career|born|background|known\s+for|profile|info|information|"
                     r"project|essay|report|presentation)\b",
                     re.IGNORECASE)


def in_the_users_life(text: str, start: int, end: int, answer: bool = False) -> bool:
    """A common given name, bare, in the user's account of their own doings ("<Given>'s dad passed away at the
    weekend. We're close-ish from work.", "<Given> is looking after our dog"): someone the user knows, since a
    given name alone names no one in particular.  Not where the sentence points at someone public ("I love
    <Given>'s new album", "tell me about <Given>") or a fan's ties."""
    from alu.nodes.reference import given_name_gender

    word = re.match(r"[^\W\d_]+", text[start:end])
    if word is None or not (word.group()[:1].isupper() or text == text.lower()) \
            or given_name_gender(word.group().capitalize()) is None:
        return False
    own = re.split(r"(?<=[.!?])\s+", text[:start])[-1] + re.split(r"(?<=[.!?])\s+", text[start:], maxsplit=1)[0]
    window = " ".join([own, *re.split(r"(?<=[.!?])\s+", text[start:], maxsplit=2)[1:2]])
    from alu.retrieval.names import is_title

    titled = re.search(r"([^\W\d_]+)\.?\s+$", text[:start])
    if "?" in own or re.search(rf"\b{_TITLE}\.?\s+$", text[:start], re.IGNORECASE) \
            or titled and titled.group(1)[:1].isupper() and is_title(titled.group(1)):
        return False   # "Dr. <F> from Toruń: achievements?": asked about, or a family name with its title
    mine = _WE.search(window) if answer else _I_OR_WE.search(window) or _OWN_DAY.search(own) \
        or text == text.lower() and re.search(r"\b(?:i|im|i['’]m|i['’]ve|ive)\b", window)   # "im mentoring ..."
    return bool(mine) and not _PUBLIC.search(window) \
        and not _FAN.search(window)


def namesakes(texts: tuple[str, ...] | list[str], hits: list, own_name: dict[str, str]) -> set[str]:
    """A target's family or given name that the texts give to someone else in full ("The new vicar, Reverend
    Pete <Family>, ...", "a peer review for <Given> Brooks"): a later bare "Reverend <Family>" or "<Given>" is
    that person.  `own_name`: target id -> the registered person's name.  A writer who capitalises nothing
    ("<given> pham said ...") writes the other name in lower case."""
    return {form for text in texts for form in namesakes_from(text, hits, own_name)}


def namesakes_from(text: str, hits: list, own_name: dict[str, str]) -> dict[str, int]:
    """namesakes() of one text: each form, and where its first mention as someone else's name ends; a bare form
    before it ("<F>'s father, Cecil <F>, ...") is still the person's."""
    from wordfreq import zipf_frequency

    from alu.nodes.name_use import called_names, name_suffix
    from alu.nodes.reference import given_name_gender
    from alu.retrieval.names import is_title

    def rare(w: str) -> bool:
        return zipf_frequency(w.casefold(), "en") < NAMESAKE_ZIPF

    out: dict[str, int] = {}
    flags = re.IGNORECASE if text == text.lower() else 0
    cap = r"[^\W\d_][\w'’-]+" if flags else r"(?-i:[A-Z])[a-z][\w'’-]*"
    called = called_names(text)   # "People call her Chels. Chels <Family> ...": her own short name
    for h in hits:
        word = re.sub(r"['’]s?$", "", h.surface)
        if " " in word.strip():
            continue
        name = own_name.get(h.target_id, "").split(",")[0].split()
        own = {canonical(w) for w in name}
        given = bool(name) and canonical(word) == canonical(name[0]) and len(name) > 1
        # "<Other> <Family>": a given name, or a rare word that is no title ("Reverend Olufemi <F>": names the
        # lists lack), before the family name, and no middle name of the person's own ("<Given> <Middle> <F>")
        ends = [m.end() for m in re.finditer(rf"\b({cap})\s+{re.escape(word)}\b", text, flags)
                if not _own_run(text[:m.start()], name) and canonical(w := m.group(1)) not in own | called
                and (given_name_gender(w) is not None or not is_title(w) and zipf_frequency(w.casefold(), "en")
                     < RARE_NAME_ZIPF) and (not flags or rare(w))]
        # "<Given> <Other>": another family name after the given name
        ends += [m.end() for m in re.finditer(rf"\b{re.escape(word)}\s+({cap})\b", text, flags)
                 if given and not own & {canonical(x) for x in text[m.end():m.end() + 40].split()[:1]}
                 and canonical(w := m.group(1)) not in own and w.casefold() not in _NOT_A_NAME and not name_suffix(w)
                 and (not flags or rare(w))]
        if ends:
            form = bare_form(h.surface)
            out[form] = min(out.get(form, len(text)), *ends)
    return out


# "born Destiny Hope <F>", "née ...", "birth name": the person's own former name, no one else's
_OWN_FORMER = re.compile(r"\b(?:born(?:\s+as|\s+under\s+the\s+name)?|n[ée]e|birth\s+name(?:\s+(?:is|was))?|"
                         r"real\s+name(?:\s+(?:is|was))?|formerly(?:\s+known\s+as)?|christened|bapti[sz]ed)\s*:?\s*$",
                         re.IGNORECASE)


def _own_run(before: str, name: list[str]) -> bool:
    """Do the capitalised words just before a middle name hold the person's own given name ("Daniel Michael
    Blake <F>"), or follow a word that gives the person's own former name ("born Destiny Hope <F>")?"""
    run = re.search(r"(?:(?-i:[A-Z])[\w'’.-]*\s+){0,3}$", before)
    words = run.group().split() if run else []
    return any(_own_first([w], name) for w in words) or bool(_OWN_FORMER.search(before[:run.start()] if run else
                                                                                 before))


def _own_first(words: list[str], name: list[str]) -> bool:
    """Is the word before a middle name the person's own given name, a pet or formal form of it ("Kimberly" for
    Kim), or one its initial stands for ("Robert" for "R. Kelly")?"""
    from alu.retrieval.variants import given_name_forms

    if not words or not name:
        return False
    first, word = name[0].rstrip("."), canonical(words[0])
    if len(first) == 1:
        return word[:1] == first.casefold()
    return word in {canonical(f) for f in (first, *given_name_forms(first))}


RARE_NAME_ZIPF = 3.0  # a capitalised word this rare before a family name is another given name
NAMESAKE_ZIPF = 4.0   # in lower case, a word after a given name this rare is a family name ("pham"), not "and"
# capitalised after a given name, a word is a family name ("<Given> Brooks") unless a heading capitalises a verb
_NOT_A_NAME = frozenset("and or of the a an is was are were has had have said says told asked wrote will would can "
                        "could should did does do".split())


def bare_form(surface: str) -> str:
    """A name form without its possessive ("Fisher's" is Fisher)."""
    return canonical(re.sub(r"['’]s?$", "", surface))
