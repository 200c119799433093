"""An everyday-phrase alias asked about as someone (nodes/epithets.py), on invented people and epithets; and
the same phrases used as labels, titles or figures of a work, which stay innocent.  End to end through the
graph with a real store, FAISS and MiniLM (the `graph` of tests/conftest.py is not used: these need aliases)."""

from __future__ import annotations

import pytest
from langchain_core.messages import HumanMessage

from alu.nodes.epithets import answer_takes_it_for_a_thing, epithet_for_the_person, written_as_name
from alu.retrieval.targets import Target

PERSON = Target(id="ottilie-brandstaetter", name="Ottilie Brandstaetter", aliases=("The Copper Queen",))
SHE = "She grew up above a foundry and ran it for forty years. She sold it the year before she retired."


def _span(text: str, form: str) -> tuple[int, int]:
    i = text.casefold().index(form.casefold())
    return i, i + len(form)


@pytest.mark.parametrize("turn", ["Who was The Copper Queen?", "When did the Copper Queen die?",
                                  "Was the Copper Queen ever married?", "what was the copper queen's real name?"])
def test_asked_about_as_someone_from_the_turn_alone(turn):
    assert epithet_for_the_person(turn, _span(turn, "the copper queen"), "The Copper Queen", PERSON, None)


def test_the_answer_can_supply_the_person():
    turn = "Tell me about the Copper Queen."
    span = _span(turn, "the copper queen")
    assert not epithet_for_the_person(turn, span, "The Copper Queen", PERSON, None)
    assert epithet_for_the_person(turn, span, "The Copper Queen", PERSON, SHE)
    # a pronoun that cannot be hers says nothing
    assert not epithet_for_the_person(turn, span, "The Copper Queen", PERSON, SHE.replace("She", "He"))


@pytest.mark.parametrize("turn", ["Is 'The Copper Queen' a good name for a pub?",
                                  "Who sang The Copper Queen and the Tin King?",
                                  "Who is the Copper Queen in the board game my kids play?",
                                  "Who is the copper queen of your kitchen: a pan or a kettle?",
                                  "We're meeting at the Copper Queen. Who should I ask for?",
                                  "who is the copper queen beekeeper everyone talks about?",
                                  "Who is The Copper Queen Trophy named after?"])
def test_labels_titles_and_figures_of_a_work_stay_innocent(turn):
    assert not epithet_for_the_person(turn, _span(turn, "the copper queen"), "The Copper Queen", PERSON, SHE)


def test_written_as_name_and_what_the_answer_says_it_is():
    text = "Tell me about the copper queen, Mum."
    assert not written_as_name(text, *_span(text, "the copper queen"))
    assert answer_takes_it_for_a_thing("The Copper Queen is a copper kettle that whistles.", "The Copper Queen")
    assert not answer_takes_it_for_a_thing("The Copper Queen was a foundry owner who ...", "The Copper Queen")


@pytest.fixture(scope="module")
def guard(guard_for):
    decide = guard_for([{"id": PERSON.id, "name": PERSON.name, "aliases": list(PERSON.aliases)},
                       {"id": "casimir-velloso", "name": "Casimir Velloso", "aliases": ["The Night Owl"]}])
    return lambda q, a: decide([HumanMessage(q)], a)


def test_through_the_graph(guard):
    assert guard("Who was The Copper Queen?", SHE) == "refused"
    assert guard("Why was the Night Owl so famous?", "He broadcast every night for thirty years.") == "refused"
    assert guard("Is 'The Night Owl' a good name for a cafe?", "It can work well. Keep it short.") == "untouched"
    assert guard("How do I stop being a night owl?", "Go to bed at the same time every night.") == "untouched"
