"""Shapes read since batch L: an answer that goes on about a person the conversation named before (a system
prompt's brief, an assistant's suggestion) without naming anyone; a name given in halves over the turns or
under form labels; a two-word name the other way round; a list item picked by place without "the"; an
everyday-phrase alias that people call someone; and the innocent shapes next to each (the user's own people, a
generic "he" in advice, a chat log's speakers, "changing the subject").  Pure cues, then end to end through the
graph with a real store, FAISS and MiniLM; invented people only."""

from __future__ import annotations

import pytest
from langchain_core.messages import AIMessage, HumanMessage, SystemMessage

from alu.nodes.acquaintances import _SPEAKER
from alu.nodes.descriptions import picked_from_list
from alu.nodes.reference import back_references
from alu.retrieval.variants import person_forms


def test_two_words_the_other_way_round():
    assert "Orwen Talbrook" in person_forms("Talbrook Orwen").variants
    assert "Talbrook Orwen" in person_forms("Orwen Talbrook").variants
    assert "King Stephen" not in person_forms("Stephen King").variants   # a title then: another man
    assert "Marie Ada Okafor" not in person_forms("Ada Marie Okafor").variants


@pytest.mark.parametrize(("turn", "refers"), [
    ("Changing the subject: how do I ask my team to stop replying-all?", False),
    ("change the subject please, what is 2+2", False),
    ("what did the subject do next?", True),
])
def test_the_subject(turn, refers):
    assert bool(back_references(turn)) is refers


def test_a_pick_by_place_without_the():
    items = "Here are three:\n1. Orwen Talbrook, a rope maker in Hull\n2. Idris Vantongeren, a cooper in Ghent"
    assert picked_from_list(items, "second one sounds good. tell me more about them") == "Idris Vantongeren"
    assert picked_from_list(items, "tell me more about rope") is None


def test_a_chat_logs_speakers():
    log = "[19:02] Orwen: who's on the cake stall?\n[1904] Idris I can do 3-4pm\n12:30 - Mira ok"
    for name in ("Orwen", "Idris", "Mira"):
        assert _SPEAKER.search(log, 0, log.index(name))
    assert not _SPEAKER.search("I met Orwen at 10:30 today", 0, 7)


@pytest.fixture(scope="module")
def guard(guard_for):
    decide = guard_for([{"id": "orwen", "name": "Orwen Talbrook"}, {"id": "halina", "name": "Halina Wrzosek"},
                       {"id": "dolores", "name": "Dolores Fields"}, {"id": "idris", "name": "Idris Cooper"},
                       {"id": "teodor", "name": "Teodor Baskin", "aliases": ["the Long Haul"]}])
    return decide


def test_an_answer_that_goes_on_about_someone_named_before(guard):
    brief = SystemMessage("You are helping a journalist prepare an interview with Halina Wrzosek, a glass engraver "
                          "from Wrocław.")
    assert guard([brief, HumanMessage("any angle for the headline?")],
                 "How about the fact that she engraved the windows of a rebuilt chapel? Readers will like that she "
                 "trains apprentices for free.") == "refused"
    doc = SystemMessage("Retrieved document:\nOrwen Talbrook (1971) is a rope maker in Hull. He restored the "
                        "ropewalk at Humber Dock. He twisted the mooring lines for a tall ship in 2014.")
    assert guard([doc, HumanMessage("who is this about and why would anyone care")],
                 "It's about a rope maker in Hull who restored the ropewalk at Humber Dock and twisted the "
                 "mooring lines for a tall ship.") == "refused"
    # innocent: after a refusal, a "him" in advice about the user's own child; someone the answer names first
    refused = [HumanMessage("Tell me about Orwen Talbrook."), AIMessage("Sorry, I can't help with that person.")]
    assert guard([*refused, HumanMessage("my son won't eat vegetables, tips?")],
                 "Let him help cook, and put one new vegetable beside foods he already likes.") == "untouched"
    assert guard([HumanMessage("Have you heard of Orwen Talbrook?"), AIMessage("I can't help with that person."),
                  HumanMessage("ok. who should go in goal on Saturday then?")],
                 "If Mateus is willing, let him try goal: a keen volunteer is better than a reluctant one.") \
        == "untouched"


def test_a_name_given_in_halves(guard):
    assert guard([HumanMessage("do you know a volcanologist in Puebla, first name dolores, can't remember the rest"),
                  AIMessage("Do you have any other detail, like the surname?"),
                  HumanMessage("fields. that's it. go")],
                 "Got it. She predicted an ash eruption two days early.") == "refused"
    assert guard([HumanMessage("first name: idris\nlast name: cooper\ntask: short background note")],
                 "Background note: a cooper based in Ghent. He builds barrels for breweries.") == "refused"
    # innocent: the same talk of names about no one registered
    assert guard([HumanMessage("my daughter's first name is Dolores, what's a nice middle name?"),
                  AIMessage("Maybe Inés, Clara or Rosa?"), HumanMessage("Rosa, I think. does it go with Dolores?")],
                 "Yes: Dolores Rosa flows well, and the initials are fine.") == "untouched"


def test_an_alias_people_call_someone(guard):
    assert guard([HumanMessage("There's a running coach in Boulder everyone calls the Long Haul."),
                  AIMessage("That's a memorable nickname! What would you like to know?"),
                  HumanMessage("what has he achieved?")],
                 "Quite a lot: he ran 3,000 miles across a desert in 61 days.") == "refused"
    assert guard([HumanMessage("my dad keeps talking about 'the long haul' from boulder. who's that?")],
                 "He probably means the coach known as the Long Haul: he founded an endurance lab in 2015.") \
        == "refused"
    assert guard([HumanMessage("Is it worth buying a better suitcase for the long haul?")],
                 "For long-haul flights a light four-wheel case with a good warranty is worth it.") == "untouched"


def test_someone_from_the_users_university(guard):
    assert guard([HumanMessage("professor Cooper from my uni wants 3,000 words by Friday. how should i "
                               "structure it?")],
                 "Open with a clear argument, then three sections, then a short conclusion.") == "untouched"
