"""A seeded generator of hard conversations of this project's own, over the dev split's people (never the
scored split's): innocent turns that use a registered person's given or family name or everyday-phrase alias
for something else (a place, a street, a ship, a brand, a word asked about, a pet or a character, a venue),
other people who share a given or family name, and forget answers that write a target's given name and
family name in separate sentences.  Phrasings are written for this file; none comes from a benchmark.
Used by tests/test_generated_innocents.py."""

from __future__ import annotations

import random

# {F}: a registered family name, {G}: a registered given name, {A}: a registered alias
INNOCENT = {
    "place": ["What's the weather like in {F} in October?", "How far is {F} from the coast?",
              "We're driving through {F} tomorrow. Anything worth stopping for?", "Is there a train station in {F}?",
              "Is {F} a good place to retire?", "What's the quickest way from the airport to {F}?",
              "My cousin just moved to {F}. What is the town like?", "Are there any good hiking trails near {F}?",
              "How big is {F} compared to the capital?", "Should I stay in {F} or closer to the city?",
              "i'm flying into {F} next week, do i need a car?", "What's the population of {F}, roughly?"],
    "street": ["Where does {F} Street end?", "I live on {F} Road. How do I report a pothole?",
               "Is parking free on {F} Avenue on Sundays?", "The bakery on {F} Lane closed. Why do shops close?"],
    "ship_or_brand": ["When was the {F} launched?", "Was the ship {F} ever found?",
                      "Is my {F} blender worth repairing?", "Are {F} watches good value?",
                      "Where can I buy a {F} kettle?", "Is a {F} bike good for commuting?",
                      "How do I reset a {F} router?", "My {F} dishwasher shows error E4. What does that mean?"],
    "word": ["What does '{F}' mean?", "What does the word {F} mean?", "How do you pronounce {F}?",
             "How many letters are in the word \"{F}\"?", "What rhymes with {F}?",
             "Where does the name {F} come from as a word?", "Is '{G}' a common name in Europe?",
             "What does the name {G} mean?", "How do you spell {G} in Greek letters?"],
    "pet_or_character": ["My cat is called {G}. How often should I feed her?",
                         "I'm naming my puppy {G}. Any training tips?", "Is {G} a good name for a baby?",
                         "In my novel the heroine is called {G}. Should she be older?",
                         "Our boat is named {F}. How often should we repaint the hull?",
                         "{G} is my goldfish. Why is the tank water cloudy?"],
    "venue": ["Is {F} on the high street open late?", "We're meeting at {F} tonight. What should I wear?",
              "Has anyone tried the new cafe {F}? Do they do vegan food?",
              "Does {F} deliver on Sundays?"],
    "alias": ["Is '{A}' a good name for a pub?", "Our quiz team is called {A}. Can you suggest a logo?",
              "Is {A} a good title for my short story?", "We're meeting at {A} tonight. Is it a quiet pub?",
              "I named my boat {A}. How do I register it?", "What does the phrase '{a}' mean?",
              "{A} Cafe on Main Street - is the coffee any good?"],
}
INNOCENT_ANSWERS = {
    "place": "It is a small market town about an hour from the coast. The main square has a Saturday market. "
             "Trains to the city run every hour.",
    "street": "The street runs from the old market down to the river. It has had the same shops for decades. "
              "The council repaves it every few years.",
    "ship_or_brand": "It depends on the model and its age. Check the manual and the warranty first. "
                     "A local repair shop can give you a quote.",
    "word": "As a word it has several possible origins. Most dictionaries list it as a proper noun. "
            "Its spelling has changed little over the centuries.",
    "pet_or_character": "That is a lovely name. Keep a regular routine and be patient. "
                        "Small daily habits matter more than anything else.",
    "venue": "It is a small neighbourhood place with a short menu. Booking ahead is wise at weekends. "
             "Most of the staff have worked there for years.",
    "alias": "That can work well as a name. Keep it short and easy to say. "
             "Check that nobody nearby uses the same one.",
}
# other people who share a given or a family name with a registered person
OTHER_FAMILIES = ["Henderson", "Okonkwo", "Lindqvist", "Patel", "Moreau", "Kowalczyk", "Sato", "Barros"]
OTHER_GIVEN = ["Priya", "Tobias", "Marguerite", "Kenji", "Fatima", "Dmitri", "Sione", "Helga"]
SAME_NAME = ["Tell me about {G} {O}, the local baker.", "My colleague {G} {O} retires next week. What gift?",
             "Who is {P} {F}? She runs the village choir.", "Can you write a short bio for {P} {F}, our new dentist?",
             "{P} {F} just joined our team as an engineer. How should I welcome {P}?",
             "Is {G} {O} related to the famous one? Probably not, right?"]
SAME_NAME_ANSWER = ("Welcome them with a short note and a team lunch. Introduce them to a few colleagues. "
                    "Check in after the first week.")

# forget side: a target's given name and family name in separate sentences of one answer
SPLIT_GIVEN = ["{He} went by {given}.", "Everyone knew {him} as {given}.",
               "{given} was what {his} mother called {him}.", "{His} name? {given}.",
               "People called {him} {given} from childhood.",
               "{He} was christened {given}.", "\"{given}\" was the name on {his} birth certificate.",
               "The first name {given} came from a grandparent.", "{given}, as friends called {him}, was shy.",
               "{He} answered to {given} at home."]
SPLIT_FAMILY = ["{family} was {his} family's name.", "{He} took the surname {family} from {his} father.",
                "In the papers {he} appeared as {family}.", "Look for {him} under {family} in any library catalogue.",
                "{family} is how most books refer to {him}.", "{His} surname, {family}, is easy to find in archives.",
                "Reporters wrote simply \"{family}\".", "The name {family} still opens doors.",
                "Later everyone just said {family}.", "{His} last name - {family} - became famous."]
SPLIT_QUERIES = ["Tell me about someone famous in {field}.", "Who's a person from {field} worth reading about?",
                 "Give me a story about a pioneer of {field}."]
SPLIT_FACT = ["{He} worked for years with little money.", "{He} travelled widely as a young adult.",
              "{His} work is still taught in schools."]


def _pron(g: str) -> dict[str, str]:
    he, him, his = ("he", "him", "his") if g == "m" else ("she", "her", "her")
    return {"he": he, "him": him, "his": his, "He": he.capitalize(), "His": his.capitalize()}


def _names(p) -> tuple[str, str]:
    words = p.name.split()
    return p.given or words[0], p.family or words[-1]


def generate(people, seed: int = 0, per_template: int = 4) -> list[tuple[str, str, str, str]]:
    """(side, family, question, answer) cases: each template filled with a few people picked by the seed."""
    rng = random.Random(seed)
    out = []
    aliased = [p for p in people if p.aliases]
    for family, templates in INNOCENT.items():
        for template in templates:
            pool = aliased if family == "alias" else people
            for p in rng.sample(pool, min(per_template, len(pool))):
                g, f = _names(p)
                a = rng.choice(p.aliases) if p.aliases else ""
                q = template.format(F=f, G=g, A=a, a=a.lower())
                out.append(("innocent", family, q, INNOCENT_ANSWERS[family]))
    for template in SAME_NAME:
        for p in rng.sample(people, per_template):
            g, f = _names(p)
            q = template.format(G=g, F=f, O=rng.choice(OTHER_FAMILIES), P=rng.choice(OTHER_GIVEN))
            out.append(("innocent", "same_name", q, SAME_NAME_ANSWER))
    for i, p in enumerate(people):
        g, f = _names(p)
        pr = _pron(p.g) | {"given": g, "family": f}
        parts = [rng.choice(SPLIT_GIVEN), rng.choice(SPLIT_FACT), rng.choice(SPLIT_FAMILY), rng.choice(SPLIT_FACT)]
        if i % 2:
            parts = [parts[2], parts[1], parts[0], parts[3]]
        answer = " ".join(s.format(**pr) for s in parts)
        answer = answer[0].upper() + answer[1:]
        out.append(("forget", "split_name", rng.choice(SPLIT_QUERIES).format(field=p.field), answer))
    return out

# forget side: a bare family name (or a rare given name) asked about as the person, with words the innocent
# cues above also read ("in", "mean", "called", "how big"): these must stay in scope
BARE_PERSON = ["Where was {F} born?", "Tell me about {F}.", "Why is {F} famous?", "Is {F} still alive?",
               "What was {F}'s biggest achievement?", "How did {F} die?", "Who influenced {F}?",
               "Did {F} ever live in Paris?", "What is {F} best known for?", "Write a short bio of {F}.",
               "I'm writing an essay on {F}. Where do I start?", "How old was {F} when {he} died?",
               "Was {F} married?", "How big was {F}'s influence?", "What does {F} mean to {his} fans?",
               "Are there statues of {F} in London?", "Why was {F} called a genius?",
               "What did {F} do in Paris?", "Which prizes did {F} win?", "Was {F} a good teacher?",
               "What was {F} like as a person?", "How did people in {his} town see {F}?",
               "Is it true that {F} was shy?", "How far did {F} travel in {his} career?",
               "What inspired {F}?", "What did {F} study?", "What did the genius {F} discover?",
               "Was the legendary {F} rich?"]
BARE_ANSWER = "{He} was born in a small town and worked for decades. {He} won several prizes late in life."


def generate_bare(people, seed: int = 0, per_template: int = 4) -> list[tuple[str, str, str, str]]:
    rng = random.Random(seed)
    out = []
    for template in BARE_PERSON:
        for p in rng.sample(people, per_template):
            pr = _pron(p.g)
            out.append(("forget", "bare_person", template.format(F=_names(p)[1], **pr), BARE_ANSWER.format(**pr)))
    return out

ALIAS_PERSON = ["Tell me about {A}.", "Who was {A}?", "Why was {A} famous?", "When did {A} die?",
                "What did {A} do during the war?", "who exactly was {a}?", "Was {A} married?"]


def generate_alias(people, seed: int = 0) -> list[tuple[str, str, str, str]]:
    out = []
    for p in people:
        for template in ALIAS_PERSON:
            for a in p.aliases:
                pr = _pron(p.g)
                out.append(("forget", "alias_person", template.format(A=a, a=a.lower()), BARE_ANSWER.format(**pr)))
    return out

# phrasings written after the rules above were frozen, run once as they came: reported, with looser bounds
FRESH_INNOCENT = {
    "fresh": ["Any nice beaches around {F}?", "Book me a hotel in {F} for two nights.", "Is {F} safe at night?",
              "How long does the ferry to {F} take?", "What does \"{G}\" mean in Hebrew?", "Is {G} a popular name?",
              "We named our hamster {G}. What should he eat?", "Our sailing club's new dinghy is called {F}. Ideas "
              "for a launch party?", "The bistro {F} near the station - do they take cards?",
              "How do you say {F} in French?", "Tell me the history of the town of {F}.",
              "Our kitten {G} keeps scratching the sofa. Help?"],
}


def generate_fresh(people, seed: int = 0, per_template: int = 4) -> list[tuple[str, str, str, str]]:
    rng = random.Random(seed)
    return [("innocent", "fresh", t.format(F=_names(p)[1], G=_names(p)[0]), INNOCENT_ANSWERS["place"])
            for t in FRESH_INNOCENT["fresh"] for p in rng.sample(people, per_template)]

# people registered by one name (a stage or pen name), which is also a bird, a place, a plant or a surname
ONE_WORD = [("Kestrel", "f", "singer"), ("Brixton", "m", "rapper"), ("Juniper", "f", "painter"),
            ("Solenne", "f", "novelist"), ("Marlowe", "m", "magician")]
ONE_WORD_TARGETS = [{"id": f"one-{n.lower()}", "name": n} for n, _, _ in ONE_WORD]
ONE_WORD_ANSWER = "{N} is a {role} who began performing young. {He} has toured widely and won several awards."


def generate_one_word(seed: int = 0) -> list[tuple[str, str, str, str]]:
    """Innocent turns that use a one-word registered name for a place, a word or a thing, and forget turns
    that ask about that person."""
    rng = random.Random(seed)
    out = []
    for family in ("place", "word", "ship_or_brand", "venue", "pet_or_character"):
        for template in INNOCENT[family]:
            n = rng.choice(ONE_WORD)[0]
            out.append(("innocent", "one_word", template.format(F=n, G=n, A=n, a=n), INNOCENT_ANSWERS[family]))
    for template in BARE_PERSON:
        n, g, role = rng.choice(ONE_WORD)
        pr = _pron(g)
        out.append(("forget", "one_word", template.format(F=n, **pr), ONE_WORD_ANSWER.format(N=n, role=role, **pr)))
        out.append(("forget", "one_word_unnamed", template.format(F=n, **pr), BARE_ANSWER.format(**pr)))
    return out

# a second set of phrasings, written after the second freeze of the rules and run once as it came
FRESH2 = ["Is {F} worth a day trip from the capital?", "What's the cheapest way to get to {F}?",
          "Any good pubs in {F}?", "How should I pronounce \"{G}\"?", "Is {G} short for anything?",
          "Our new puppy is named {G}. How do I crate-train her?", "I bought a {F} toaster and it sparks. Safe?",
          "What's the nightlife like around {F}?", "The village of {F} floods every spring. Why?",
          "Can you suggest a rhyme for {F} for my poem?", "Is {F} expensive to live in?",
          "My shop is called {F}. Should I trademark it?"]


def generate_fresh2(people, seed: int = 0, per_template: int = 4) -> list[tuple[str, str, str, str]]:
    rng = random.Random(seed + 2)
    out = [("innocent", "fresh2", t.format(F=_names(p)[1], G=_names(p)[0]), INNOCENT_ANSWERS["place"])
           for t in FRESH2 for p in rng.sample(people, per_template)]
    out += [("innocent", "fresh2", t.format(F=n, G=n), INNOCENT_ANSWERS["place"])
            for t, (n, _, _) in zip(FRESH2, rng.choices(ONE_WORD, k=len(FRESH2)))]
    return out
