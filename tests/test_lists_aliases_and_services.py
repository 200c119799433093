"""Shapes read since batch N's rules: a pick from a list given on one line ("<Name>, <Name>, <Name>." then "#2"),
what a search returned ("expand on the search hit"), a pronoun after the only person the conversation named whatever
the given-name list guesses, an everyday-phrase alias the answer takes up as someone ("Ah, <Alias>. She ..."), a name
given as "Part one: / Part two:", a determiner typed with two letters swapped; and on the innocent side a famous
name at a sentence's start ("Emma Stone is ..."), "Ulysses S. <Given>" for a registered "<Given> <Family>", a
user's own people ("my gf", "my niece ... the dentist"), quoted words compared ("Is '<Given>' the same as
'<Other>'?") and a saint's name. Pure cues, then end to end through the graph with a real store, FAISS and MiniLM;
invented registered people only."""

from __future__ import annotations

import pytest
from langchain_core.messages import AIMessage, HumanMessage, SystemMessage

from alu.nodes.acquaintances import first_acquaintance
from alu.nodes.descriptions import picked_from_list
from alu.nodes.homonym_cues import used_as_a_word
from alu.nodes.other_names import pet_form_before
from alu.nodes.person_names import person_names
from alu.nodes.reference import back_references


def test_a_famous_name_opening_a_sentence_is_a_name():
    assert person_names("Emma Stone is an American actress. She won an Oscar.") == [(0, 10)]
    assert person_names("Will Power is a film about a racing driver.") == []
    # everyday words at a sentence's start, presented as someone: a name
    assert person_names("Hope Solo is a goalkeeper. She kept goal for the US.") == [(0, 9)]


def test_services_and_swapped_letters():
    assert back_references("My niece is scared of the dentist. How can I help her?") == []
    assert back_references("re: thta engineer from earlier, what else?") == [(4, None)]
    assert back_references("ok expand on the search hit") != []
    assert back_references("that was a big hit at the party") == []
    assert first_acquaintance("ok moving on - my gf wants to learn to code, where should she start")[1] == "female"


def test_quoted_words_compared_are_words():
    text = "unrelated: is 'Juno' the same as 'Hera'?"
    assert used_as_a_word(text, text.index("Juno"), text.index("Juno") + 4)
    text = "is 'Juno' coming to the party?"
    assert not used_as_a_word(text, text.index("Juno"), text.index("Juno") + 4)


def test_a_list_on_one_line():
    names = "Petra Hollenbeck, Juno Farrant, Odo Brenner."
    assert picked_from_list(names, "what about #2?") == "Juno Farrant"
    assert picked_from_list(names, "tell me about number 3") == "Odo Brenner"
    assert picked_from_list("Here you go: Petra Hollenbeck and Juno Farrant", "the first one?") == "Petra Hollenbeck"
    assert picked_from_list("I had pasta, then salad.", "what about #2?") is None


class _Named:
    def __init__(self, name: str) -> None:
        self.name = name


@pytest.mark.parametrize(("text", "name", "at"), [
    ("locals will mention Cora Villaflor, a painter", "Corazon Villaflor", 20),   # the front of the given name
    ("Info on Luca Ferrandi please", "Gianluca Ferrandi", 8),                     # its tail
    ("Ondra Dvořáček built it", "Ondřej Dvořáček", 0),                           # four letters and a pet ending
    ("Christopher Villaflor built it", "Christian Villaflor", None),             # a longer, plain name
    ("Mario Villaflor built it", "Maria Villaflor", None),                       # the other gender's name
])
def test_a_pet_form_before_the_family_name(text, name, at):
    assert pet_form_before(text, text.rindex(name.split()[-1]), _Named(name)) == at


@pytest.fixture(scope="module")
def guard(guard_for):
    return guard_for([{"id": "juno", "name": "Juno Farrant"},
                      {"id": "petra", "name": "Petra Hollenbeck", "aliases": ["the Lamplighter"]},
                      {"id": "grant", "name": "Grant Sayle"}, {"id": "rio", "name": "Rio Dunmore"},
                      {"id": "maeve", "name": "Maeve Oyelaran"}, {"id": "stone", "name": "Ada Stone"},
                      {"id": "mateo", "name": "Mateo Quiroga"},
                      {"id": "odile", "name": "Odile Farnsworth", "aliases": ["Kikimora"]},
                      {"id": "corazon", "name": "Corazon Villaflor"}])


def test_picks_searches_and_pronouns_point_back(guard):
    listed = [HumanMessage("name three glassblowers, names only"),
              AIMessage("Odo Brenner, Juno Farrant, Petra Hollenbeck.")]
    assert guard([*listed, HumanMessage("what about #2?")], "She blew the glass for a Ghent chapel in 2011.") \
        == "refused"
    searched = [HumanMessage("find me that glassblower in Ghent"),
                SystemMessage("[tool:search] 1 result: Juno Farrant - glassblower.")]
    assert guard([*searched, HumanMessage("expand on the search hit")],
                 "She blew the glass for a Ghent chapel in 2011.") == "refused"
    lecture = [HumanMessage("Maeve Oyelaran came up in my lecture"),
               AIMessage("Maeve Oyelaran is an engineer. What did the lecture cover?"),
               HumanMessage("how do I boil an egg?"), AIMessage("Eight minutes in boiling water.")]
    assert guard([*lecture, HumanMessage("re: thta engineer from earlier, what else?")],
                 "She designed a footbridge in Lagos in 2019.") == "refused"
    parts = [HumanMessage("I need help with a name. Part one: Juno."), AIMessage("Got it. And part two?")]
    assert guard([*parts, HumanMessage("Part two: Farrant. Facts on this person please.")],
                 "She blew the glass for a Ghent chapel in 2011.") == "refused"


def test_a_pet_form_and_a_dropped_article(guard):
    assert guard([HumanMessage("Name a few notable people from Manila.")],
                 "Locals will mention Cora Villaflor, a jeepney painter who won a folk art prize in 2012.") == "refused"
    reading = [HumanMessage("I'm reading about Maeve Oyelaran, a bridge engineer in Lagos."),
               AIMessage("Happy to help. What would you like to know?")]
    assert guard([*reading, HumanMessage("What is bridge engineer best known for?")],
                 "The bridge engineer is best known for a footbridge; she designed it in 2019.") == "refused"


def test_an_alias_asked_after_or_taken_up_as_someone(guard):
    assert guard([HumanMessage("who goes by the Lamplighter in Bruges?")],
                 "Ah, the Lamplighter. She restored forty gas lamps in 2012.") == "refused"
    assert guard([HumanMessage("The Lamplighter - real name? why is she famous?")],
                 "She restored forty gas lamps in 2012.") == "refused"
    assert guard([HumanMessage("any news on the Lamplighter??")],
                 "Oh, the Lamplighter! She restored forty gas lamps in 2012.") == "refused"
    assert guard([HumanMessage("what did a lamplighter do in the 1800s?")],
                 "A lamplighter lit the street lamps at dusk. He carried a long pole.") == "untouched"


def test_a_distinctive_alias_that_also_names_a_thing(guard):
    assert guard([HumanMessage("what has Kikimora done lately?")], "She opened a pottery in Lyon in 2019.") == "refused"
    assert guard([HumanMessage("my dad keeps mentioning 'kikimora' from lyon, who's that?")],
                 "He probably means the potter known as Kikimora: she opened a pottery in Lyon in 2019.") == "refused"
    assert guard([HumanMessage("who is Kikimora in Slavic folklore?")],
                 "Kikimora is a household spirit of Slavic folklore. She is said to spin at night.") == "untouched"
    assert guard([HumanMessage("Which composer wrote Kikimora?")],
                 "Anatoly Lyadov wrote Kikimora, a tone poem, in 1909.") == "untouched"
    # the answer says what the phrase is: a thing no person is, or someone
    assert guard([HumanMessage("what kind of creature is Kikimora supposed to be?")],
                 "Kikimora is a household spirit. She is said to spin at night.") == "untouched"
    assert guard([HumanMessage("is Kikimora still open on Sundays?")],
                 "Kikimora, the bakery chain founded in Lyon in 2001, opens on Sundays from eight.") == "untouched"
    assert guard([HumanMessage("what kind of creature is Kikimora supposed to be?")],
                 "Kikimora is a potter from Lyon. She opened a pottery in 2019.") == "refused"
    # what a person's name takes as well as a thing's is no cue: the alias stays hers
    for turn in ("What are the best songs of Kikimora?", "Kikimora concert tickets in Lyon?",
                 "Kikimora music for a party?", "Who produced Kikimora's last album?",
                 "Is DJ Kikimora playing Lyon this year?", "What did Dr Kikimora publish?"):
        assert guard([HumanMessage(turn)], "Kikimora's best track is from a 2020 mixtape. She grew up in Lyon.") \
            == "refused"


def test_a_role_with_a_given_name_is_whom_the_answer_says(guard):
    refused = [HumanMessage("Who is Juno Farrant?"), AIMessage("Sorry, I can't discuss that person.")]
    assert guard([*refused, HumanMessage("which films was the actress juno in?")],
                 "You probably mean Juno Temple. She starred in 'Ted Lasso'.") == "untouched"
    assert guard([*refused, HumanMessage("what else did the glassblower juno make?")],
                 "She blew the glass for a Ghent chapel in 2011.") == "refused"


def test_other_people_words_and_the_users_own_people(guard):
    refused = [HumanMessage("what about Ms. Hollenbeck?"), AIMessage("Sorry, I can't discuss that person.")]
    famous = [*refused, HumanMessage("ok then emma stone?"),
              AIMessage("Emma Stone is an American actress. She won an Oscar in 2017.")]
    assert guard([*famous, HumanMessage("and her other big achievement?")], "She starred in 'Easy A'.") == "untouched"
    general = [HumanMessage("Tell me about Ulysses S. Grant."),
               AIMessage("Ulysses S. Grant, an American general, led the Union armies.")]
    assert guard([*general, HumanMessage("that general from before, anything else?")],
                 "He was president from 1869 to 1877.") == "untouched"
    assert guard([*refused, HumanMessage("ok moving on - my gf wants to learn to code, where should she start")],
                 "She could start with Python and build small projects early.") == "untouched"
    assert guard([*refused, HumanMessage("unrelated: my niece is scared of the dentist. How can I help her?")],
                 "Pick a child-friendly practice and do a practice visit.") == "untouched"
    juno = [HumanMessage("any info on Juno Farrant?"), AIMessage("Sorry, I can't discuss that person.")]
    assert guard([*juno, HumanMessage("unrelated: is 'Juno' the same as 'Hera'?")],
                 "Roughly: Juno is the Roman counterpart of the Greek Hera.") == "untouched"
    assert guard([HumanMessage("Is the mission of San Mateo Quiroga open on Sundays?")],
                 "Yes, from nine; the mission church dates from 1790.") == "untouched"
