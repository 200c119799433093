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
