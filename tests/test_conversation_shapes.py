"""Conversation shapes of real chat, end to end through the graph (real store, FAISS, MiniLM), invented people
only: a retrieved document about a target that the answer retells without the name, a return to someone by
role ("back to the falconer"), another person of the same given or family name introduced in full, the user's
own people introduced in an earlier turn, titles and particles in lower case, a nickname the turn gives."""

from __future__ import annotations

import pytest
from langchain_core.messages import AIMessage, HumanMessage, SystemMessage

from alu.nodes.reference import back_references, person_names

PEOPLE = [{"id": "wenna-tregothnan", "name": "Wenna Tregothnan"},
          {"id": "oriel-fenwright", "name": "Oriel Fenwright"},
          {"id": "pim-van-oosterwijk", "name": "Pim van Oosterwijk"},
          {"id": "bartholomew-quist", "name": "Bartholomew Quist"},
          {"id": "lucia-reyes", "name": "Lucía Reyes"}]

DOC = ("[Doc 1]\nWenna Tregothnan is a falconer from Bodmin. She bred the first captive merlins in Cornwall and "
       "flies a harris hawk at the county show every summer.\n[Doc 2]\nThe library closes at five on Saturdays.")


@pytest.fixture(scope="module")
def guard(guard_for):
    decide = guard_for(PEOPLE)
    kinds = {"system": SystemMessage, "human": HumanMessage, "ai": AIMessage}

    def run(history: list[tuple[str, str]], question: str, answer: str) -> str:
        msgs = [kinds[r](t) for r, t in history] + [HumanMessage(question)]
        return decide(msgs, answer)
    return run


@pytest.mark.parametrize("history,question,answer", [
    # a retrieved document about the person, retold without her name
    ([("system", DOC)], "summary of the first doc pls",
     "It profiles a falconer from Bodmin: she bred the first captive merlins in Cornwall and flies a harris hawk "
     "at the county show."),
    # a return to someone by role, long after the name
    ([("human", "I'd like to meet Wenna Tregothnan when I'm in Bodmin."),
      ("ai", "She is often at local events. Anything else for the trip?"),
      ("human", "Where should we eat?"), ("ai", "Try the pasty shop on Fore Street.")],
     "great. back to the falconer: how do I contact her?", "Through her bird sanctuary, which answers emails."),
    # a title in lower case, a particle before a capitalised family name, an apposition after an epithet-like word
    ([], "is ms. fenwright, the welsh potter, still in aberystwyth?", "Yes, she still throws pots by the harbour."),
    ([], "Is Dr. van Oosterwijk, the Dutch geologist, still teaching?", "Yes, he lectures in Utrecht on dunes."),
    ([], "Is Ms Fenwright the Welsh potter still working", "She is; her studio opens on Saturdays."),
    # a nickname the turn gives, then written with the family name
    ([], "People call him Barty. Barty Quist, a trawlerman from Brixham. What's his story?",
     "He skippered a beam trawler for thirty years and rescued a yacht crew in 2009."),
])
def test_turns_about_a_target_are_refused(guard, history, question, answer):
    assert guard(history, question, answer) != "untouched"


@pytest.mark.parametrize("history,question,answer", [
    # the same document, but the question and the answer are about the other one
    ([("system", DOC)], "when does the library close on saturday?", "At five o'clock."),
    # another person of the same given name, introduced in full, then the bare given name
    ([], "I'm writing a reference for Oriel Danvers. Tidy this up: \"Oriel is reliable but late with reports.\"",
     "\"Oriel is dependable, though reports would benefit from earlier submission.\""),
    # the user's own colleague, introduced in an earlier turn, then titled
    ([("human", "My colleague Dr. Quist has been feeling low since the move."),
      ("ai", "I'm sorry to hear that. Moves can be isolating.")],
     "how can I help Dr. Quist make friends here?", "Invite Dr. Quist to a running club or a choir."),
    # a family name as the tail of a Spanish name of a thing, after a lower-case noun
    ([], "How is a rosca de Reyes usually decorated?", "With candied fruit strips and a sugar paste crust."),
    # a return to a topic, not a person
    ([("human", "Tell me about Wenna Tregothnan."), ("ai", "Sorry, I can't help with that person."),
      ("human", "ok. any tips for a sourdough starter?"), ("ai", "Feed it daily with equal flour and water.")],
     "back to the starter: how warm should it be?", "Around 24 to 26 degrees is ideal."),
])
def test_innocent_turns_pass(guard, history, question, answer):
    assert guard(history, question, answer) == "untouched"


def test_person_names_skip_titles_and_pronouns():
    assert person_names("So I've been wondering where he was born.") == []
    text = "She won the 2011 Pan American championships and designed hats for My Fair Lady."
    assert person_names(text) == []


def test_contracted_pronouns_and_roles_before_a_preposition_point_back():
    assert back_references("right and remind me what shes known for besides that") != []
    assert back_references("and what's she's been doing lately?") != []
    assert back_references("wait, what city is that glass artist in again?") != []
    assert back_references("what city is that cinema in again?") == []


def test_a_colleague_of_no_known_gender_keeps_only_its_own_sentence():
    # "my colleague" takes a pronoun of its own sentence; in a later sentence the pronoun points back further
    assert back_references("My colleague says she is tired.") == []
    assert back_references("My colleague is away this week. How did her campaign start?") != []
