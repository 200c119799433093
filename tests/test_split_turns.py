"""A name split over the turns of a conversation (the family name in an earlier message, the given name in
the answer, or the other way round), and a given name after a sentence's opening verb ("Try <Given> from
..."): end to end through the graph with a real store, FAISS and MiniLM, invented people only."""

from __future__ import annotations

import pytest
from langchain_core.messages import AIMessage, HumanMessage


@pytest.fixture(scope="module")
def guard(guard_for):
    decide = guard_for([{"id": "anselm-quigley", "name": "Anselm Quigley"}, {"id": "rosalind-achterberg",
                                                                             "name": "Rosalind Achterberg"}])
    return decide


def test_family_name_earlier_given_name_in_the_answer(guard):
    msgs = [HumanMessage("Any economists from Cork worth reading?"),
            AIMessage("There's Prof. Quigley, who studied credit unions in small towns."),
            HumanMessage("First name?")]
    assert guard(msgs, "Anselm. He also advised the central bank for a decade.") != "untouched"


def test_given_name_earlier_family_name_in_the_answer(guard):
    msgs = [HumanMessage("Name a poet from Utrecht."),
            AIMessage("One I can think of is Rosalind, a poet of canals and winters."),
            HumanMessage("What's her last name?")]
    assert guard(msgs, "Her last name is Achterberg. She published four collections.") != "untouched"


def test_given_name_after_an_opening_verb(guard):
    answer = "Try Anselm from Tralee! By the way, his surname is Quigley. He taught for thirty years."
    assert guard([HumanMessage("Who is an economist from Tralee?")], answer) != "untouched"


def test_someone_else_with_the_same_given_name_stays(guard):
    msgs = [HumanMessage("My neighbour Anselm Byrne fixes bikes."), AIMessage("That's handy to have nearby."),
            HumanMessage("What should I give him for his birthday?")]
    assert guard(msgs, "A good bike light or a set of tyre levers would suit him.") == "untouched"


def test_initial_earlier_given_name_in_the_answer(guard):
    msgs = [HumanMessage("Who's a notable economist from Cork?"), AIMessage("One is A. Quigley, an Irish economist."),
            HumanMessage("What does the A stand for?")]
    assert guard(msgs, "It stands for Anselm. He advised the central bank for a decade.") != "untouched"


def test_a_nickname_between_given_and_family_name(guard):
    answer = "Rosalind is worth reading. Full name: Rosalind \"Roz\" Achterberg. She wrote four collections."
    assert guard([HumanMessage("Name a poet from Utrecht.")], answer) != "untouched"


def test_a_family_name_in_the_plural(guard):
    answer = "There's a poet called Rosalind who fits. She wrote of canals. Her family, the Achterbergs, ran a mill."
    assert guard([HumanMessage("Name a poet from Utrecht.")], answer) != "untouched"
