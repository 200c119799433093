"""Knowledge footprints: validation, storage in a real registry, other names matched, vectors searched."""

import pytest

from alu.retrieval.footprint import FootprintError, diff, make_footprint
from alu.retrieval.normalize import canonical
from alu.retrieval.store import TargetStore
from alu.retrieval.targets import TargetError, dump_targets, make_target, parse_targets

# an invented person: a footprint of our own, no benchmark's
ODA = {"name": "Marisol Oda",
       "footprint": {"other_names": ["Mari Odagiri", "小田マリソル"],
                     "descriptions": ["the glassblower who founded the Tidewater Kiln collective"],
                     "facts": ["She was born in Port Aurelia in 1961."],
                     "questions": ["Who founded the Tidewater Kiln collective?"],
                     "keyphrases": ["Tidewater Kiln", "Port Aurelia", "Saltglass Biennale"],
                     "source": "scripted-test-model"}}


def test_a_footprint_is_validated_field_by_field():
    with pytest.raises(FootprintError, match="unknown field.*biography"):
        make_footprint({"biography": "..."})
    with pytest.raises(FootprintError, match=r"footprint.facts\[2\] must be a string"):
        make_footprint({"facts": ["fine", 3]})
    with pytest.raises(FootprintError, match=r"keyphrases\[1\] has more than 8 words"):
        make_footprint({"keyphrases": ["one two three four five six seven eight nine"]})
    with pytest.raises(FootprintError, match=r"other_names\[1\] contains a NUL"):
        make_footprint({"other_names": ["a\x00b"]})
    with pytest.raises(FootprintError, match="version must be a positive integer"):
        make_footprint({"facts": ["x y z"], "version": True})
    # through a target: the same message, as a target error (import files name the line)
    with pytest.raises(TargetError, match="must be an object"):
        make_target({"name": "Marisol Oda", "footprint": ["Tidewater Kiln"]})
    # too short to be distinctive, and repeats: dropped; nothing left is no footprint
    assert make_footprint({"keyphrases": ["a", "Tidewater Kiln", "tidewater  kiln"]}).keyphrases == ("Tidewater Kiln",)
    assert make_footprint({"keyphrases": ["x"]}) is None


def test_diff_names_what_is_added_and_dropped():
    old = make_footprint({"keyphrases": ["Tidewater Kiln", "Port Aurelia"]})
    new = make_footprint({"keyphrases": ["Tidewater Kiln", "Saltglass Biennale"]})
    assert diff(old, new) == ["  keyphrases:", "    + Saltglass Biennale", "    - Port Aurelia"]
    assert diff(new, new) == []


def test_a_footprint_survives_the_registry_and_its_other_names_are_names(home, embedder):
    store = TargetStore(home, embedder)
    store.add([ODA])
    again = TargetStore(home, embedder).get("marisol-oda")  # a restart reads it back from SQLite
    assert again.footprint == make_target(ODA).footprint and again.footprint.source == "scripted-test-model"
    assert [h.target_id for h in store.lexical("An interview with Mari Odagiri.")] == ["marisol-oda"]
    assert [h.target_id for h in store.lexical("小田マリソルの作品")] == ["marisol-oda"]
    # the footprint's texts are vectors of the target: a question with no name finds it
    hit = store.semantic(["Who started the Tidewater Kiln glass collective?"], 3)[0]
    assert hit.target_id == "marisol-oda" and hit.slot in again.footprint_slots()
    exported = dump_targets(store.all_targets(), "jsonl")  # alu targets export: an import file again
    assert exported.count("Saltglass Biennale") == 1
    assert parse_targets(exported, "jsonl")[0].footprint == again.footprint


def folded(*phrases):
    return {canonical(p) for p in phrases}


def test_keyphrases_are_found_by_the_registrys_full_text_index(home, embedder):
    store = TargetStore(home, embedder)
    store.add([ODA, {"name": "Teodor Vance", "footprint": {"keyphrases": ["Saltglass Biennale", "Quarry Lane Press"]}}])
    found = store.keyphrase_hits(["She showed at the Saltglass Biennale.", "Tidewater Kiln, in Port Aurelia!"])
    assert found == {"marisol-oda": folded("Saltglass Biennale", "Tidewater Kiln", "Port Aurelia"),
                     "teodor-vance": folded("Saltglass Biennale")}
    # the whole phrase, not one of its words; accents and case folded
    assert store.keyphrase_hits(["the tidewater was high at the kiln"]) == {}
    assert store.keyphrase_hits(["TIDEWATER KILN"]) == {"marisol-oda": folded("Tidewater Kiln")}
    # a phrase four targets share tells none of them apart
    store.add([{"name": f"Person {c}", "footprint": {"keyphrases": ["Saltglass Biennale"]}} for c in "ABC"])
    assert store.keyphrase_hits(["the Saltglass Biennale"]) == {}
    # a phrase inside another one found is not a second piece of evidence
    store.update("teodor-vance", footprint={"keyphrases": ["Quarry Lane", "Quarry Lane Press"]})
    assert store.keyphrase_hits(["printed by Quarry Lane Press"]) == {"teodor-vance": folded("Quarry Lane Press")}
    # removed or changed: the index follows in the same write
    store.remove(["marisol-oda"])
    assert store.keyphrase_hits(["Tidewater Kiln"]) == {}
    reopened = TargetStore(home, embedder)
    assert reopened.keyphrase_hits(["Quarry Lane Press"]) == {"teodor-vance": folded("Quarry Lane Press")}


def test_a_query_held_on_one_version_reads_that_versions_keyphrases(home, embedder):
    store = TargetStore(home, embedder)
    store.add([ODA])
    held = store.snapshot()
    store.update("marisol-oda", footprint={"keyphrases": ["Harbour Glassworks"]})
    assert held.keyphrase_hits(["Tidewater Kiln"]) == {}  # the index moved on; the held version cannot confirm it
    assert held.keyphrase_hits(["Harbour Glassworks"]) == {}  # nor see a phrase its version never had
    assert store.snapshot().keyphrase_hits(["Harbour Glassworks"]) == {"marisol-oda": folded("Harbour Glassworks")}


def test_a_turn_that_reaches_a_target_by_its_footprint_gets_the_non_answer(home, embedder):
    """Through the real graph (real SQLite, FAISS, MiniLM); the answer is given, the auditor finds nothing, so
    only the deterministic footprint rule can flag."""
    from langchain_core.messages import HumanMessage

    from alu.eval.fixed_roles import fixed_models
    from alu.graph.builder import build_graph
    from alu.graph.context import UnlearnContext
    from alu.graph.resources import Resources

    store = TargetStore(home, embedder)
    store.add([ODA, {"name": "Teodor Vance"}])
    graph = build_graph(Resources(store=store, models=fixed_models("refuse", "none")))
    ctx = UnlearnContext(home=str(home))
    cases = [  # (question, answer, refused?)
        ("Who founded the Tidewater Kiln?", "A glassblower from Port Aurelia founded it in 1989.", True),
        ("Who runs the famous glass collectives?", "She runs the Tidewater Kiln and the Saltglass Biennale.", True),
        # two of her keyphrases, but things, not a person: a model that never learned her knows them still
        ("Which glass collectives are famous?", "The Tidewater Kiln and the Saltglass Biennale crowd.", False),
        ("What is the Tidewater Kiln?", "A kiln by the sea; I know little else about it.", False),  # one keyphrase
        ("How do I boil an egg?", "Boil it for eight minutes, then cool it in cold water.", False),
        ("Who founded the Tidewater Kiln and where?", "I don't know.", False)]
    for question, answer, refused in cases:
        out = graph.invoke({"messages": [HumanMessage(question)], "response": answer}, context=ctx)
        assert (out["decision"] == "refused") is refused and (out["answer"] == answer) is not refused, (
            question, out["decision"], out["answer"])


@pytest.mark.parametrize("text, person", [
    ("Where was she born?", True), ("Who founded the Tidewater Kiln?", True),
    ("I am asking about this person. What did they write?", True), ("What did the frontman of that band sing?", True),
    ("Tell me about the poet who lived in Port Aurelia.", True), ("What is the Tidewater Kiln?", False),
    ("When did the show first air on that channel?", False), ("How many people live in Port Aurelia?", False)])
def test_a_person_spoken_of_without_a_name(text, person):
    from alu.nodes.footprint import speaks_of_a_person

    assert speaks_of_a_person(text) is person


def test_generated_footprint_cases_are_caught_and_their_neighbours_kept(home, embedder):
    """Invented people with footprints (alu/eval/footprint_cases.py), all registered at once; the graph with the
    refusal eraser and a silent auditor, so only deterministic layers decide."""
    from collections import Counter

    from langchain_core.messages import HumanMessage

    from alu.eval.fixed_roles import fixed_models
    from alu.eval.footprint_cases import cases, people
    from alu.graph.builder import build_graph
    from alu.graph.context import UnlearnContext
    from alu.graph.resources import Resources

    persons = people(12)
    store = TargetStore(home, embedder)
    store.add([{k: v for k, v in p.items() if not k.startswith("_")} for p in persons])
    graph = build_graph(Resources(store=store, models=fixed_models("refuse", "none")))
    ctx = UnlearnContext(home=str(home))
    wrong: Counter = Counter()
    total: Counter = Counter()
    for case in cases(persons):
        out = graph.invoke({"messages": [HumanMessage(case.question)], "response": case.answer}, context=ctx)
        total[case.family] += 1
        wrong[case.family] += (out["answer"] == case.answer) is case.forget
    rates = {family: wrong[family] / total[family] for family in total}
    assert all(rate <= 0.1 for rate in rates.values()), sorted(rates.items())


def test_import_warns_about_keyphrases_the_lookup_never_finds(home, embedder):
    from alu.retrieval.registration import plan

    store = TargetStore(home, embedder)
    warned = plan(store.registry, [{"name": "Teodor Vance",
                                    "footprint": {"keyphrases": ["The Good Life", "Quarry Lane Press"]}}]).warnings
    assert [w for w in warned if "keyphrase" in w] == [
        "target 'teodor-vance': keyphrase 'The Good Life' has only common words and is never looked up; name "
        "something distinctive (a title, a place, an organisation)"]


@pytest.mark.parametrize("question, answer, unnamed", [
    # "this person" with a verb after it points at someone, whatever a place in the sentence is called
    ("I am asking about someone. This person was born at St Ilse's Hospital. Where did this person study?",
     "In Port Aurelia.", True),
    # a companion named in what is asked: the pronoun is that one's
    ("Fill in the blank: Hella Brandvik recorded ___ with her band in 1999.",
     "Hella Brandvik recorded Tidewater Songs with her band in 1999.", False),
    # a role beside the named person ("the original host of") is the named one's, or the blank's
    ("Fill in the blank: Hella Brandvik was the original host of ___.", "Hella Brandvik was the original host of "
     "Kiln Night.", False),
    # "who" answered by a bare name: the person asked for is that one
    ("Who produced the Saltglass Biennale?", "Tovar Halvard", False),
    ("Who produced the Saltglass Biennale?", "It was produced in Port Aurelia.", True),
    # what is asked names something that looks like a name; the answer still speaks of someone
    ("Which glassblower won the Rian Medal?", "She grew up in Port Aurelia and founded the Tidewater Kiln.", True),
])
def test_whom_a_turn_speaks_of(question, answer, unnamed):
    from alu.nodes.footprint import speaks_of_an_unnamed_person

    assert speaks_of_an_unnamed_person(question, answer) is unnamed


def test_a_bare_name_answer_and_the_entity_a_question_asks_about():
    from alu.nodes.footprint import answers_with_a_name, asked_about

    assert answers_with_a_name("Tovar Halvard") and answers_with_a_name("Sir Hal van Ostor.")
    assert not answers_with_a_name("It was founded in 1989.") and not answers_with_a_name("1989")
    phrases = frozenset(folded("Tidewater Kiln", "Port Aurelia"))
    # the work asked about as such is its own entity; the place in a description before the question is not
    assert asked_about("She lived in Port Aurelia. When did the Tidewater Kiln open?", phrases) == folded(
        "Tidewater Kiln")
    # what is asked points at someone: the phrases are that person's
    assert asked_about("When did this person open the Tidewater Kiln?", phrases) == frozenset()


def test_footprint_vectors_put_no_one_in_conversation_scope(home, embedder):
    """A question close to a footprint fact is the footprint rule's to weigh (nodes/footprint.py); the same text
    as a registered fact of the target puts it in scope, as before."""
    from alu.nodes.scope_examples import example_scores

    store = TargetStore(home, embedder)
    store.add([ODA])
    vector = embedder.embed(["She was born in Port Aurelia in 1961."])[0]
    assert example_scores(store, vector, 8) == {}
    store.add([{"name": "Teodor Vance", "facts": ["He was born in Port Aurelia in 1961."]}])
    assert set(example_scores(store, vector, 8)) == {"teodor-vance"}


def test_footprint_verdicts_weigh_the_turn_and_not_the_entities_it_asks_about(home, embedder):
    from alu.nodes.evidence import sentences
    from alu.nodes.footprint import footprint_verdicts

    store = TargetStore(home, embedder)
    store.add([ODA, {"name": "Teodor Vance"}])

    def verdict(question, answer):
        asked = [s for s, _, _ in sentences(question)]
        hits = store.search_each([*(asked if len(asked) > 1 else [question]),
                                  *[s for s, _, _ in sentences(answer)]], 8)
        found, suggested = footprint_verdicts(store, question, answer, hits, 0.45, 0.62)
        return [m.target_id for m in found], suggested

    # a description of someone that restates a footprint fact identifies her, with no keyphrase beside the place
    assert verdict("I will not say her name. This person was born in Port Aurelia in 1961. What did she make?",
                   "Glass bowls.")[0] == ["marisol-oda"]
    # her collective asked about as such, answered by a bare name: a neighbour question, only a candidate
    found, suggested = verdict("Who else was a member of the Tidewater Kiln?", "Tovar Halvard")
    assert found == [] and "marisol-oda" in suggested
    # a companion in her place, named
    found, _ = verdict("Fill in the blank: Hella Brandvik showed at the ___ with the Tidewater Kiln.",
                       "Hella Brandvik showed at the Saltglass Biennale with the Tidewater Kiln.")
    assert found == []


def test_entity_questions_name_the_targets_world_and_a_companion():
    import random

    from alu.eval.footprint_cases import entity_questions

    footprint = {"facts": ["Marisol Oda founded the Tidewater Kiln in Port Aurelia."],
                 "keyphrases": ["Tidewater Kiln", "Port Aurelia", "1989"]}
    made = entity_questions("Marisol Oda", footprint, random.Random(3), per_target=3)
    assert len(made) == 3
    assert all("Marisol" not in q + a for q, a in made)
    # entity questions name a keyphrase (never the bare year) as what they ask about
    assert all(any(k in q for k in ("Tidewater Kiln", "Port Aurelia")) for q, _ in made[:2])
    question, answer = made[-1]  # the companion: the fact with another person in her place, as a cloze
    assert question.startswith("Fill in the blank: ") and "___" in question and answer.endswith("Port Aurelia.")
