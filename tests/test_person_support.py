"""A bare given name counts on the turn's words only where they treat it as someone (a person cue, a noun for a
person beside it); otherwise the answer decides: it goes on about him or her, or the turn only asks about the
name.  A bare family name still counts unless the turn makes it a place or a thing (nodes/scope.py).  With the
cues this rests on: a name written with a common word in lower case, a title that is an adjective inside a
longer name, a possessive that names a shop, a name given to a pet, descriptions that point back, places named
after the subject, dictionary-word aliases.  Invented names only; real SQLite, FAISS and MiniLM for the graph
cases."""

from __future__ import annotations

import pytest
from langchain_core.messages import AIMessage, HumanMessage

from alu.eval.fixed_roles import fixed_models
from alu.graph.builder import build_graph
from alu.graph.context import UnlearnContext
from alu.graph.resources import Resources
from alu.nodes.name_use import miscased_common_word
from alu.nodes.person_cues import only_asks_about, person_support
from alu.nodes.reference import back_references, is_agent_noun, person_names
from alu.nodes.scope import thing_by_use
from alu.retrieval.names import is_honorific, weakness

PEOPLE = [{"id": "corra-venmore", "name": "Corra Venmore"},
          {"id": "tamsin-drayfield", "name": "Tamsin Drayfield"},
          {"id": "basil-lowther", "name": "Basil Lowther", "aliases": ["Lantern Jaw"]},
          {"id": "ottilie-park", "name": "Ottilie Park"},
          {"id": "ines-rosario", "name": "Ines Rosario"},      # a family name that is a city of a million
          {"id": "lyra-bexhill", "name": "Lyra Bexhill"}]


def _span(text: str, word: str) -> tuple[int, int]:
    i = text.index(word)
    return i, i + len(word)


@pytest.mark.parametrize("text,word,supported", [
    ("Has Venmore ever visited Norway?", "Venmore", True),          # a verb after an adverb: the subject
    ("Venmore, the Cornish glassblower, won what exactly?", "Venmore", True),  # a person noun in apposition
    ("What did the boat restorer Venmore fix first?", "Venmore", True),  # an agent noun beside it
    ("Is the Venmore castle ruin open in winter?", "Venmore", False),
    ("Drive from Venmore to the coast: how long?", "Venmore", False),
])
def test_person_support(text, word, supported):
    assert person_support(text, *_span(text, word)) is supported


@pytest.mark.parametrize("text,asks", [("Tell me about Venmore.", True), ("What is Venmore best known for?", True),
                                       ("Is Venmore in Cornwall worth a day trip?", False)])
def test_only_asks_about(text, asks):
    assert only_asks_about(text, *_span(text, "Venmore")) is asks


@pytest.mark.parametrize("text,name,miscased", [
    ("How many miles Lowther to York by road?", "miles Lowther", True),
    ("Is basil lowther soup a thing?", "basil lowther", False),    # all lower case, and "lowther" no common word
    ("Is tamsin park a nice place?", "tamsin park", True),         # ends in a common word
    ("Use park benches for that.", "park", True),
    ("Tell me about Ottilie Park.", "Ottilie Park", False),
])
def test_a_name_written_with_a_common_word_in_lower_case(text, name, miscased):
    assert miscased_common_word(text, *_span(text, name)) is miscased


@pytest.mark.parametrize("text,honorific", [
    ("We camped near Kelloway National Park", False),
    ("When did President Park resign?", True),
    ("Did Mrs Park ever marry?", True),
    ("He met the Korean President Park in 2015.", True),
])
def test_a_title_or_a_word_of_a_longer_name(text, honorific):
    assert is_honorific(text, text.rindex("Park")) is honorific


@pytest.mark.parametrize("text", ["What is Drayfield's, and do they deliver?",
                                  "My friend loves Drayfield's on Harbour Street. Any good?",
                                  "We adopted a lurcher and named her Tamsin. How do I stop her chewing?",
                                  "My son's pony, Tamsin, has a cough. What should we do?",
                                  "Is Drayfield a common surname?"])
def test_a_shop_a_pet_a_surname(text):
    word = "Tamsin" if "Tamsin" in text else "Drayfield"
    assert thing_by_use(text, *_span(text, word))


@pytest.mark.parametrize("turn,gender", [
    ("and the glassblower you mentioned - anything else notable?", None),
    ("Fine, then just tell me what the boat restorer is famous for", None),
    ("what else did she do?", "female"),
])
def test_descriptions_that_point_back(turn, gender):
    refs = back_references(turn)
    assert refs and refs[0][1] == gender


def test_agent_nouns_and_places_named_after_someone():
    assert is_agent_noun("restorer") and is_agent_noun("goaltender") and not is_agent_noun("water")
    text = "Tamsin Drayfield is a cartographer from Al Harrow. She works in a Hong Kong studio."
    assert [text[a:b] for a, b in person_names(text)] == ["Tamsin Drayfield"]


def test_dictionary_word_aliases_are_weak():
    assert weakness("Lantern Jaw", "Basil Lowther") is not None
    assert weakness("Cannonball", "Basil Lowther") is not None
    assert weakness("Zoltrane", "Basil Lowther") is None


def test_an_epithet_opened_by_a_given_name_is_weak_unless_it_is_a_form_of_the_name():
    # frequent words whose first is also a given name: an epithet ("Will Power"), not a second name
    assert weakness("Hope Chest", "Basil Lowther") is not None
    assert weakness("Will Power", "Basil Lowther") is not None
    # a word of the name or a pet form of the given name: the person's own name ("Bas Lowther", "Bill Gates")
    assert weakness("Basil Street", "Basil Lowther") is None
    assert weakness("Bill Gates", "William Gates") is None
    # a rarer last word is a surname as often as a word: a pen name stays strong
    assert weakness("Jack Frostholm", "Basil Lowther") is None


@pytest.fixture(scope="module")
def graph(tmp_path_factory, embedder):
    from alu.retrieval.store import TargetStore

    home = tmp_path_factory.mktemp("support") / "alu-home"
    store = TargetStore(home, embedder)
    store.add(PEOPLE)
    ctx = UnlearnContext(home=str(home), rewrite="redact", evidence="full")
    g = build_graph(Resources(store=store, models=fixed_models("refuse", "none")))

    def run(history: list[tuple[str, str]], question: str, answer: str) -> str:
        msgs = [HumanMessage(t) if r == "human" else AIMessage(t) for r, t in history] + [HumanMessage(question)]
        return g.invoke({"messages": msgs, "response": answer}, context=ctx)["decision"]
    return run


@pytest.mark.parametrize("question,answer", [
    ("Is venmore, devon a good place to live?", "Venmore is a commuter town with good schools and a station."),
    ("What is Drayfield's, and do they deliver?", "Drayfield's is a hardware chain. It delivers within 20 miles."),
    ("We named our kitten Tamsin. What should she eat?", "Feed her kitten food four times a day at first."),
    ("Is there a Tamsin lighthouse tour in summer?", "Yes, the Tamsin lighthouse runs tours from June."),
    ("How does a lantern jaw differ from a square jaw?", "A lantern jaw is long and hollow-cheeked; a square one "
                                                          "is broad at the angle."),
    ("Is tamsin park a nice place to walk?", "Yes, Tamsin Park has a lake and a cafe."),
    # a family name that is also a large city, with nothing for a person in the turn: the answer decides
    ("Is Rosario in Argentina worth two days on a backpacking trip?", "Yes: the river front and the flag "
                                                                       "monument are worth a day each."),
    # a word of a longer, hyphenated name
    ("What is there to do in Bexhill-on-Sea out of season?", "Walk the promenade and visit the De La Warr "
                                                             "Pavilion."),
])
def test_innocent_uses_pass(graph, question, answer):
    assert graph([], question, answer) == "untouched"


@pytest.mark.parametrize("history,question,answer", [
    ([], "Tell me about Venmore.", "Venmore is a Cornish glassblower. She founded a studio in Truro."),
    ([], "What is Drayfield best known for?", "Drayfield, a marine cartographer, charted the Scilly reefs."),
    ([], "Venmore, the glassblower from Truro: what has she made?", "Here is an overview:\n- Field: glass\n"
                                                                    "- She made the windows of a Truro chapel."),
    ([], "Is it true that Lantern Jaw won the county title?", "Yes. The boxer known as Lantern Jaw won it twice."),
    ([("human", "Who is Corra Venmore?"), ("ai", "Sorry, I can't share information about that person.")],
     "Fine, then just tell me what the glassblower is famous for", "She is known for blue glass from Truro."),
    ([("human", "Tell me about Tamsin Drayfield."),
      ("ai", "Tamsin Drayfield is a cartographer from Al Harrow. She charted reefs.")],
     "what else did she do?", "She also taught navigation in Penzance."),
    # the city-like family name with a person's support in the turn, or an answer about a person
    ([], "When was Rosario born, and where?", "Rosario was born in 1961 in Santa Fe."),
    ([], "Rosario: what is she known for?", "She is known for large bronze figures."),
    ([], "what about rosario", "She is an Argentine sculptor. Her bronzes stand in Rosario's parks."),
])
def test_turns_about_the_person_are_refused(graph, history, question, answer):
    assert graph(history, question, answer) != "untouched"
