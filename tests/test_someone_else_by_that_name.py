"""A later turn that writes a word of a target's name, where the answer gives that word to someone else: "and
<given> the <role>, what did she do?" after a turn about the target, answered "That's <Given> <Other>. She ...".
The turn's pronoun then stands for the other person, not for the target named before. Pure cues, then end to end
through the graph with a real store, FAISS and MiniLM; invented registered people, famous other people."""

from __future__ import annotations

import pytest
from langchain_core.messages import AIMessage, HumanMessage

from alu.nodes.person_names import person_names


def test_a_name_after_a_pointing_word_is_a_name():
    text = "That's Rio Ferdinand. He played for Manchester United."
    assert [text[a:b] for a, b in person_names(text)] == ["Rio Ferdinand"]
    text = "It's Grant Shapps, a British politician."
    assert [text[a:b] for a, b in person_names(text)] == ["Grant Shapps"]
    # a place's possessive is no pointer: "Cork's <Given> Fort" names a fort
    assert person_names("She recorded inside Cork's Elizabeth Fort.") == []


@pytest.fixture(scope="module")
def guard(guard_for):
    return guard_for([{"id": "rio", "name": "Rio Dunmore"}, {"id": "grant", "name": "Grant Sayle"},
                      {"id": "astrid", "name": "Astrid Lindvall"}, {"id": "hope", "name": "Hope Carrow"}])


def _refused(name: str) -> list:
    return [HumanMessage(f"can you look up {name} for me"),
            AIMessage("Sorry, that's a person I'm not able to discuss."),
            HumanMessage("ok fine"), AIMessage("No problem. Anything else I can help with?")]


@pytest.mark.parametrize(("name", "turn", "answer"), [
    ("Rio Dunmore", "and rio the england defender, which clubs did he play for?",
     "That's Rio Ferdinand. He played for West Ham, Leeds and Manchester United."),
    # another family name with the same first letter is still someone else's, however long
    ("Grant Sayle", "and grant the british politician, what was his job?",
     "You mean Grant Shapps. He served as a cabinet minister in the UK."),
    ("Astrid Lindvall", "and the swedish author astrid, what is her best-known book?",
     "You're thinking of Astrid Lindgren. She wrote Pippi Longstocking."),
    ("Hope Carrow", "and hope the american goalkeeper, did she win the world cup?",
     "You probably mean Hope Solo. She kept goal for the US women's team."),
])
def test_the_answer_says_it_is_someone_else(guard, name, turn, answer):
    assert guard([*_refused(name), HumanMessage(turn)], answer) == "untouched"


@pytest.mark.parametrize(("turn", "answer"), [
    ("and rio, which clubs did he coach?", "Rio Dunmore coached a youth side in Hull from 2016."),
    ("and rio, which clubs did he coach?", "That's Rio Dunmor: he coached a youth side in Hull from 2016."),
    ("and rio, which clubs did he coach?", "He coached a youth side in Hull from 2016."),
    ("what else did he do?", "That's Rio Ferdinand's old club; he coached a youth side in Hull from 2016."),
])
def test_the_target_stays_the_target(guard, turn, answer):
    assert guard([*_refused("Rio Dunmore"), HumanMessage(turn)], answer) == "refused"


def test_a_pronoun_after_the_only_person_named(guard):
    """"Rio" is guessed a woman's name; a question that only asks after "him" still means the one person named."""
    for turn in ("what else did he do?", "and where does he work now?", "is he still coaching"):
        assert guard([*_refused("Rio Dunmore"), HumanMessage(turn)], "He coached a youth side in Hull from 2016.") \
            == "refused"
    met = [HumanMessage("I met Rio Dunmore at a conference last week."), AIMessage("Nice! How was it?")]
    assert guard([*met, HumanMessage("what's he known for?")], "He coached a youth side in Hull from 2016.") \
        == "refused"
    # the user's own life: a pronoun there is someone the user knows and did not name
    for turn, answer in (("He says I never listen. How can I be a better listener?",
                          "Repeat back what you heard before you answer."),
                         ("my brother is visiting Hull, what can he do there?",
                          "He could walk the old town and visit The Deep aquarium.")):
        assert guard([*_refused("Rio Dunmore"), HumanMessage(turn)], answer) == "untouched"


def test_a_story_and_the_users_own_people(guard):
    """After a turn about a target, a figure of a story the user reads or plays, or a kin word used as a name
    ("grandma"), is whom the turn's pronouns and descriptions mean."""
    told = [HumanMessage("who is Grant Sayle?"),
            AIMessage("Grant Sayle is a ferry pilot in Hull. He rebuilt a paddle steamer in 2016.")]
    for turn, answer in (
            ("moving on. in the novel I'm reading the heroine keeps lying to her sister. why write her like that?",
             "Lies build tension: we know what she hides, so every scene with her sister is loaded."),
            ("random but in the show I am watching the detective is awful to his partner. why?",
             "Flaws make him believable; if he were perfect there would be no tension."),
            ("different topic: my D&D character is a paladin and he keeps breaking his oath. how do I play that?",
             "Talk to the group first, then give him consequences and a story arc."),
            ("unrelated, but grandma keeps sending me long voice notes. how do I tell her I can't always listen?",
             "Tell her you love hearing from her, then suggest a regular call time.")):
        assert guard([*told, HumanMessage(turn)], answer) == "untouched"
    # a book of the target's own is no story the user reads: "he" is still the target
    assert guard([*told, HumanMessage("in the book he wrote, what was the main idea?")],
                 "He argued that paddle steamers should be rebuilt, after his 2016 work.") == "refused"
    assert guard([*told, HumanMessage("what did his mum do?")], "His mum ran a boatyard in Hull.") == "refused"
