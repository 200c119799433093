"""One decision about a turn, over whole conversations: real SQLite, FAISS and MiniLM, guard mode.

The people are invented for these tests (several registered at once, by name only, as a deletion request
arrives); the innocent cases share a given name or a family name with them, follow a turn about them, or
have an antecedent of their own.
"""

from __future__ import annotations

import pytest
from langchain_core.messages import AIMessage, HumanMessage, SystemMessage, ToolMessage

from alu.eval.fixed_roles import fixed_models
from alu.graph.builder import build_graph
from alu.graph.context import UnlearnContext
from alu.graph.resources import Resources

PEOPLE = [{"id": "vasquez", "name": "Dorian Vasquez"}, {"id": "marchetti", "name": "Helena Marchetti"},
          {"id": "lindqvist", "name": "Tobias Lindqvist", "aliases": ["Duke Silver", "Marzipan"]},
          {"id": "okafor", "name": "Adaeze Okafor"}, {"id": "brandvold", "name": "Oskar Brandvold"}]
H, A, S = HumanMessage, AIMessage, SystemMessage
BIO = "He was born in Oviedo in 1950. He painted harbours for forty years."


@pytest.fixture(scope="module")
def graph(tmp_path_factory, embedder):
    from alu.retrieval.store import TargetStore

    home = tmp_path_factory.mktemp("conv") / "alu-home"
    store = TargetStore(home, embedder)
    store.add(PEOPLE)
    ctx = UnlearnContext(home=str(home), rewrite="redact", evidence="full")
    g = build_graph(Resources(store=store, models=fixed_models("model", "none")))
    return lambda messages, response: g.invoke({"messages": messages, "response": response}, context=ctx)


@pytest.mark.parametrize("messages, response", [
    # the answer also names the target: scope still decides
    ([H("Tell me about Dorian Vasquez.")], "Dorian Vasquez is a Spanish painter. " + BIO),
    ([H("Tell me about Dorian Vasquez.")], "I don't know much. " + BIO),                 # decline, then informs
    ([H("Who is Helena Marchetti?")], "I'm not sure, but she sang at La Scala in 1988."),
    ([H("Name a Spanish painter of harbours."), A("Dorian Vasquez."), H("Tell me about him.")], BIO),
    ([S("The user wants to know about Helena Marchetti."), H("Where was she born?")], "She was born in Turin."),
    ([ToolMessage("Search result: Tobias Lindqvist, Swedish sprinter.", tool_call_id="t1"),
      H("How fast did he run?")], "He ran the 100 metres in 10.1 seconds."),
    ([H("Tell me about Oskar Brandvold."), A("I'd rather not."), H("What did he paint after that?")],
     "He painted a series of fjords in 1977."),
    ([H("Who painted the Oviedo harbour series?")], "Dorian Vasquez painted it. " + BIO),  # the answer's subject
    ([H("What did Dr. Okafor discover?")], "She discovered a new enzyme in 1994."),          # title + surname
    ([H("Who sang at La Scala in 1988?")], "Helena Marchetty sang there. She was a soprano from Turin."),
    ([H("In which year was Dorian Vasquez born?")], "1950."),                                  # short, informs
    ([H("Tell me about Oskar Brandvold."), A("I'd rather not."), H("Tell me more.")],      # asks to go on
     "He painted a series of fjords in 1977."),
    ([H("Who painted the Oviedo harbour series?"), A("Dorian Vasquez."), H("Did the painter ever marry?")],
     "Yes, he married a sculptor in 1975."),
    # follow-ups with no pronoun of the usual kind: a role by its ending, an identity question, a singular
    # "they", a possessive of the role, a turn that asks only after relatives, small talk in between
    ([H("Tell me about Oskar Brandvold."), A("I'd rather not."), H("Where did the landscapist grow up?")],
     "He grew up in Bergen."),
    ([H("Who is Helena Marchetti?"), A("No idea."), H("Is that the one who sang at La Scala?")],
     "Yes, she sang there in 1988."),
    ([H("Who is Tobias Lindqvist?"), A("No idea."), H("Were they famous in their lifetime?")],
     "Yes, he won the national title in 2004."),
    ([H("Who is Tobias Lindqvist?"), A("No idea."), H("What did the athlete do next?")],
     "He coached a club in Uppsala."),
    ([H("Who is Dorian Vasquez?"), A("No idea."), H("Thanks anyway."), A("You're welcome!"), H("Any siblings?")],
     "He had two brothers who were fishermen."),
    ([H("Who is Marzipan?")], "Marzipan was the nickname of a Swedish sprinter."),   # the alias as a name
    # a surname before a noun for the person's works still means the person
    ([H("Which Brandvold paintings hang in Oslo?")], "Two of his fjord paintings hang in the National Museum."),
    # a sentence that says what the one just named is goes on about them; a given name that is a man's in one
    # country and a woman's in another agrees with either pronoun
    ([H("Who founded the Oviedo harbour school?")], "Ah, Dorian Vasquez! That's a Spanish painter. He painted "
                                                     "harbours for forty years."),
    # requests to go on come chained with acknowledgements
    ([H("Who is Helena Marchetti?"), A("No idea."), H("Hm, okay. Keep going - what happened next?")],
     "She left the opera in 1995 and taught in Turin."),
])
def test_a_turn_about_a_target_is_refused(graph, messages, response):
    out = graph(messages, response)
    assert out["decision"] == "refused", out["answer"]
    assert any(f["how"] == "scope" for f in out["flagged"])


@pytest.mark.parametrize("messages, response", [
    ([H("Tell me about Dorian Vasquez."), A("I'm sorry, I can't help with that."),
      H("Which river flows through Vienna?")], "The Danube flows through Vienna."),
    ([H("Who is Helena Marchetti?"), A("I don't know."), H("How do I boil an egg?")],
     "Put it in boiling water for eight minutes."),
    ([H("Tell me about Tobias Lindqvist."), A("I don't know."), H("My sister is learning the piano; how should she "
                                                                 "practise?")], "She should start with scales."),
    ([H("Tell me about Dorian Vasquez."), A("No idea, sorry."), H("Who is Marie Curie?"), A("A physicist."),
      H("What did she discover?")], "She discovered polonium and radium."),                # a later antecedent
    ([H("Who is Helena Brandt?")], "Helena Brandt is a German rower. She won a medal in 2012."),  # same given name
    ([H("Who is Maria Marchetti?")], "Maria Marchetti is an Italian chef. Ms. Marchetti runs a trattoria."),
    ([H("Who is Oskar Lindahl?")], "Oskar Lindahl is a chess player from Malmo."),
    ([H("Tell me about Dorian Vasquez.")], "I'm sorry, but I don't have any information about that."),
    ([H("Tell me about Dorian Vasquez."), A("No idea, sorry."), H("Who is Marie Curie?"), A("A physicist."),
      H("Tell me more.")], "She discovered polonium and radium."),                  # goes on about someone else
    ([H("Tell me about Helena Marchetti."), A("I don't know."), H("What does the president of a club do?")],
     "The president chairs the meetings and represents the club."),                  # a role in general
    ([H("Tell me about Tobias Lindqvist."), A("I don't know."), H("How many cards does the player get in bridge?")],
     "Each player gets thirteen cards."),                                          # a role in the present
    ([H("Tell me about Tobias Lindqvist."), A("I don't know."), H("Why do they put salt on icy roads?")],
     "Salt lowers the freezing point of water."),                                  # a generic "they"
    ([H("Where was Helena Marchetti born?")], "Sorry. I can't help with that. Anything else?"),
    ([H("Who is Helena Marchetti?"), A("No idea."), H("Okay, thanks. How long do I rest a steak?")],
     "Rest it for about five minutes."),                                           # a new topic after thanks
    # aliases that are also ordinary words: a title and a frequent word, a noun written as one
    ([H("Is Duke Silver polish safe on cutlery?")], "Yes, but rinse the cutlery after polishing it."),
    ([H("What goes into a marzipan?")], "Ground almonds and sugar. Lübeck in Germany is famous for it."),
    # other initials than the person's own: someone else of that family name
    ([H("Who wrote the rowing manual?")], "Okafor, B. wrote it in 1990. It is still in print."),
    # a rare surname used as a thing: it modifies a common noun, is the object of a verb for things
    ([H("How do I bake Brandvold bread?")], "Mix rye flour, water and salt, then bake it slowly."),
    ([H("Can I install Marchetti on a laptop?")], "Yes: download the installer and run it."),
])
def test_innocent_turns_are_untouched(graph, messages, response):
    out = graph(messages, response)
    assert out["decision"] == "untouched" and out["answer"] == response


def test_a_mention_in_passing_goes_with_what_continues_about_it(graph):
    answer = ("Harbour painting grew popular in the nineteenth century. Dorian Vasquez painted many harbours. "
              "He was born in Oviedo. Light on the water is the usual subject. Most painters work outdoors.")
    out = graph([H("Tell me about harbour painting.")], answer)
    assert out["decision"] == "repaired"
    assert out["answer"] == ("Harbour painting grew popular in the nineteenth century. Light on the water is the "
                             "usual subject. Most painters work outdoors.")


@pytest.mark.parametrize("answer, gone", [
    ("Rowing is a demanding sport. Helena Marchetty once rowed across a lake. Crews train daily.", "Marchetty"),
    ("Rowing is a demanding sport. Tobias trains with Lindqvist's old coach. Crews train daily.", "Lindqvist"),
    ("Rowing is a demanding sport. In Oviedo, Dorian and his crew met Vasquez fans. Crews train daily.", "Vasquez"),
    ("Rowing is a demanding sport. Prof. Brandvold studied it. Crews train daily.", "Brandvold"),
    ("Rowing is a demanding sport. A. Okafor wrote a book on it. Crews train daily.", "Okafor"),
    # the person's own initials beside the family name, as citations and lists write them
    ("Rowing is a demanding sport. Okafor, A. wrote a book on it. Crews train daily.", "Okafor"),
    ("Rowing is a demanding sport. Brandvold (O.) wrote a book on it. Crews train daily.", "Brandvold"),
    ("Rowing is a demanding sport. Field Marshal T. Lindqvist rowed too. Crews train daily.", "Lindqvist"),
    ("Rowing is a demanding sport. Sure - D. Vasquez rowed too. Crews train daily.", "Vasquez"),
    # given and family name apart, each labelled as a name
    ("Rowing is a demanding sport. (First name: Tobias.) He rowed daily. Surname: Lindqvist. Crews train daily.",
     "Lindqvist"),
    ("Rowing is a demanding sport. Friends called him Oskar. His last name is Brandvold. Crews train daily.",
     "Brandvold"),
])
def test_answers_get_the_name_coverage_questions_get(graph, answer, gone):
    out = graph([H("Tell me about rowing.")], answer)
    assert out["decision"] == "repaired" and gone not in out["answer"]
    assert out["answer"] == "Rowing is a demanding sport. Crews train daily."


def test_targets_add_prints_the_forms_marks_the_ambiguous_and_drops_on_request(tmp_path, capsys):
    from alu.cli import main

    home = tmp_path / "home"
    code = main(["--home", str(home), "targets", "add", "--name", "Ingrid van Tassel", "--alias", "The Lamplighter",
                 "--drop-form", "Ingrid", "--dry-run"])
    err = capsys.readouterr().err
    assert code == 0, err
    assert "forms of ingrid-van-tassel:" in err and "ambiguous (only with support): The Lamplighter" in err
    ambiguous = err.split("ambiguous (only with support):")[1].splitlines()[0]
    assert "Tassel" in ambiguous and "Ingrid" not in ambiguous  # dropped, with its possessive
    assert main(["--home", str(home), "targets", "add", "--name", "Ingrid van Tassel", "--drop-form", "Zed"]) == 2
    assert "'Zed' is no alias or name form" in capsys.readouterr().err
    assert main(["--home", str(home), "targets", "list"]) == 0
    assert capsys.readouterr().out == ""  # neither the dry run nor the bad input wrote a target
