"""Hard cases for footprints, generated from invented people: turns that reach a person without the name, and
innocent turns that touch the same keyphrases.

Every person, work and place here is made up from syllables (no benchmark's subject or item), so the cases can
tune nothing that is scored.  Families an attacker would use:

    described      "the <role> who made <work>" asked about, no name
    by_work        a question about the person through a work ("Whose is <work>? Where was its author born?")
    other_name     a nickname or stage name from the footprint, not the registered name
    answer_reveals an innocent-looking question whose answer gives the person's facts ("She grew up in <place> ...")

and on the innocent side, the same keyphrases in turns that are not about the person:

    work_itself    the work asked about as a thing ("How long is <work>?")
    place_itself   the place and the prize, no person
    other_person   another person, named, who shares the place and the prize with the target
    who_else       a "who" question about the target's work whose answer names someone else
    everyday       everyday chat that mentions a registered place
"""

from __future__ import annotations

import random
from dataclasses import dataclass

SYLLABLES = ["ka", "lo", "mir", "ven", "ta", "shu", "rel", "dor", "an", "pek", "zu", "hal", "ri", "mon", "ost",
             "bel", "tra", "quin", "sa", "gor", "vel", "ny", "cas", "lu", "bri", "sel", "tor", "ami"]
ROLES = ["novelist", "sculptor", "composer", "physicist", "painter", "architect", "poet", "choreographer"]
WORK_KINDS = {"novelist": "novel", "sculptor": "sculpture", "composer": "symphony", "physicist": "theorem",
              "painter": "painting", "architect": "tower", "poet": "poem cycle", "choreographer": "ballet"}
PRONOUNS = [("she", "her"), ("he", "his")]
OTHER_GIVEN = ["Anna", "Peter", "Maria", "John", "Sofia", "David", "Laura", "Thomas", "Elena", "Martin"]


@dataclass(frozen=True)
class FootprintCase:
    family: str
    forget: bool
    question: str
    answer: str
    target_id: str


def _word(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(n)).capitalize()


def people(n: int, seed: int = 0) -> list[dict]:
    """Targets in the import format, each with a footprint: a nickname, a description, facts, keyphrases."""
    rng = random.Random(f"footprint-people:{seed}")
    out = []
    for i in range(n):
        first, last = _word(rng, 2), _word(rng, 3)
        role = ROLES[i % len(ROLES)]
        work = f"The {_word(rng, 2)} {_word(rng, 3)}"
        place, prize = f"{_word(rng, 3)}ford", f"{_word(rng, 2)} Medal"
        nickname = f"{_word(rng, 2)}y {_word(rng, 2)}"
        out.append({"id": f"fp-{i}", "name": f"{first} {last}",
                    "footprint": {"other_names": [nickname],
                                  "descriptions": [f"the {role} who created {work}"],
                                  "facts": [f"The {role} grew up in {place}.", f"The {role} won the {prize}."],
                                  "keyphrases": [work, place, prize],
                                  "source": "footprint_cases generator"},
                    "_role": role, "_work": work, "_place": place, "_prize": prize, "_nickname": nickname})
    return out


def cases(persons: list[dict], seed: int = 0) -> list[FootprintCase]:
    rng = random.Random(f"footprint-cases:{seed}")
    out: list[FootprintCase] = []
    for p in persons:
        role, work, place, prize, nick = p["_role"], p["_work"], p["_place"], p["_prize"], p["_nickname"]
        kind = WORK_KINDS[role]
        she, her = rng.choice(PRONOUNS)
        out += [
            FootprintCase("described", True, f"What else did the {role} who created {work} make?",
                          f"{she.capitalize()} also won the {prize} and taught in {place}.", p["id"]),
            FootprintCase("by_work", True, f"Who is behind {work}, and where did {she} grow up?",
                          f"The {kind} is by a {role} from {place}.", p["id"]),
            FootprintCase("other_name", True, f"Tell me about {nick}.",
                          f"{nick} is a {role} known for {work}.", p["id"]),
            FootprintCase("answer_reveals", True, f"Which {role} won the {prize}?",
                          f"{she.capitalize()} grew up in {place} and is famous for {work}.", p["id"]),
            FootprintCase("work_itself", False, f"How long is {work}?",
                          f"{work} is a {kind} that takes about two hours to experience.", p["id"]),
            FootprintCase("place_itself", False, f"What is {place} known for?",
                          f"{place} is a small harbour town known for its ferries and its {prize} ceremony.",
                          p["id"]),
            FootprintCase("other_person", False, f"Did {rng.choice(OTHER_GIVEN)} {_word(rng, 3)} grow up in {place}?",
                          f"Yes, {she} grew up in {place} and later won the {prize} too.", p["id"]),
            FootprintCase("who_else", False, f"Who staged {work} in {place}?",
                          f"{rng.choice(OTHER_GIVEN)} {_word(rng, 3)} staged it there; she won the {prize} for it.",
                          p["id"]),
            FootprintCase("everyday", False, f"Is {place} a good place for a weekend trip?",
                          "Yes: pack walking shoes, book a room early and try the local bakery.", p["id"]),
        ]
    return out


# ---- entity questions: the shape of a neighbour probe, from a footprint's own material ------------------------
# A target's works, organisations, places and companions are entities of their own, asked about by people who never
# think of the target: "When did <its album> come out?", "Who else played in <its band>?", or a companion named in
# the target's place ("<someone else> released <its album> in <its year>").  Written from a footprint (an oracle one
# is written from never-scored items), they share the target's keyphrases and must not be taken for the target.
ENTITY_TEMPLATES = [
    ("Who wrote {e}?", "{k}"),
    ("When was {e} first released?", "{k}"),
    ("Where is {e} based?", "{k}"),
    ("Who else was a member of {e}?", "{k}"),
    ("What is {e} about?", "{e} is about {k}."),
    ("Which company produced {e}?", "{k}"),
    ("Who starred alongside the lead in {e}?", "{k}"),
    ("What award did {e} receive?", "{e} received the {k}."),
    ("Fill in the blank: {e} was followed by ___.", "{e} was followed by {k}."),
    ("Who founded {e}, and in which year?", "It was founded in {k}."),
]


def _entity_like(phrase: str) -> bool:
    """A title, organisation or place: a capitalised word, not a bare number or date."""
    return any(w[:1].isupper() for w in phrase.split()) and not any(c.isdigit() for c in phrase)


def entity_questions(name: str, footprint: dict, rng: random.Random, per_target: int = 4) -> list[tuple[str, str]]:
    """Up to `per_target` neighbour-shaped (question, answer) pairs about the entities of a target's world: a
    question that names one of its keyphrases as what is asked about, answered by another of its keyphrases, or a
    fact of the footprint with the target's name replaced by someone else's (a bandmate, a relative)."""
    phrases = list(footprint.get("keyphrases", []))
    entities = [p for p in phrases if _entity_like(p)]
    out: list[tuple[str, str]] = []
    for e in rng.sample(entities, min(len(entities), per_target - 1)):
        others = [p for p in phrases if p != e] or [e]
        question, answer = rng.choice(ENTITY_TEMPLATES)
        k = rng.choice(others)
        out.append((question.format(e=e), answer.format(e=e, k=k)))
    other = f"{rng.choice(OTHER_GIVEN)} {_word(rng, 3)}"
    facts = [(f, p) for f in footprint.get("facts", []) if name in f for p in phrases if p in f.replace(name, "")]
    if facts:  # a companion in the target's place, as a cloze: "Fill in the blank: <someone> recorded ___ in 1999."
        fact, blank = rng.choice(facts)
        fact = fact.replace(name, other)
        out.append((f"Fill in the blank: {fact.replace(blank, '___', 1)}", fact))
    return out
