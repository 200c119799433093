"""Someone of the user's own circle who shares a registered person's bare name (nodes/acquaintances.py):
pure cues, and end to end through the graph with a real store, FAISS and MiniLM; invented people only."""

from __future__ import annotations

import pytest
from langchain_core.messages import AIMessage, HumanMessage

from alu.nodes.acquaintances import first_acquaintance, someone_the_user_knows


def _at(text: str, word: str) -> tuple[int, int]:
    i = text.rindex(word)
    return i, i + len(word)


@pytest.mark.parametrize("text", ["Our chemistry teacher Mrs Quenby sets far too much homework.",
                                  "Dr Quenby is my new dentist. Should I ask about whitening?",
                                  "Coach Quenby at my daughter's rowing club is very strict.",
                                  "My great-aunt's maiden name was Quenby. Where do I start?",
                                  "My son's best friend is called Quenby.",
                                  "Quenby, my landlord, won't fix the boiler.",
                                  "Mrs. Quenby next door is 92. How can I check on her?",
                                  "Sergeant Quenby came to our door about a break-in.",
                                  "My nephew has an imaginary friend called Quenby."])
def test_tied_to_the_users_circle(text):
    assert someone_the_user_knows(text, *_at(text, "Quenby"))


@pytest.mark.parametrize("text", ["Who was Quenby?", "My favourite novelist is Quenby. What should I read next?",
                                  "Did Mrs. Quenby ever visit our town?", "What did Dr. Quenby say about our economy?",
                                  "Quenby is my hero. Where was she born?", "What did Professor Quenby discover?"])
def test_not_tied(text):
    assert not someone_the_user_knows(text, *_at(text, "Quenby"))


@pytest.mark.parametrize("text", ["Gift ideas for my little sitser Quenby, who turns nine?",
                                  "My nieghbour Quenby keeps parking across our drive.",
                                  "Is it rude to remind my collegue Quenby about the money?"])
def test_a_misspelt_tie_is_still_a_tie(text):
    assert someone_the_user_knows(text, *_at(text, "Quenby"))


def test_a_common_word_near_a_tie_is_no_tie():
    # "sitter" is a word of its own, one edit from "sister": no misspelling, and a fan's sitter is no tie
    text = "My favourite portrait sitter is Quenby."
    assert not someone_the_user_knows(text, *_at(text, "Quenby"))


def test_a_pronoun_after_my_brother_is_his():
    assert first_acquaintance("My brother says he sleeps badly.") == (0, "male")
    assert first_acquaintance("Our flatmate says they never sleep.") == (0, None)
    assert first_acquaintance("Where was she born?") == (None, None)
    assert first_acquaintance("My daughter asked where she was born.") == (None, None)


@pytest.fixture(scope="module")
def guard(guard_for):
    decide = guard_for([{"id": "maren-quenby", "name": "Maren Quenby"}])
    return decide


def test_through_the_graph(guard):
    assert guard([HumanMessage("Dr. Quenby is my new GP. How do I get my records sent to her?")],
                 "Register with Dr. Quenby's practice and the records follow.") == "untouched"
    assert guard([HumanMessage("Who is Maren Quenby?"), AIMessage("I can't help with that person."),
                  HumanMessage("Fine. My brother says he can't sleep after coffee. Is that normal?")],
                 "Yes, caffeine lasts for hours. Try stopping by noon.") == "untouched"
    assert guard([HumanMessage("Who is Maren Quenby?"), AIMessage("I can't help with that person."),
                  HumanMessage("Where was she born?")], "She was born in a small port town.") == "refused"
    for turn in ("My daughter asked where she was born.", "My son wants to read what she wrote."):
        assert guard([HumanMessage("Who is Maren Quenby?"), AIMessage("I can't help with that person."),
                      HumanMessage(turn)], "She was born in a small port town.") == "refused", turn
    assert guard([HumanMessage("My favourite poet is Quenby. Where was she born?")],
                 "She was born in a small port town.") != "untouched"
