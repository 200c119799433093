"""Knowledge footprints: validation, storage in a real registry, other names matched, vectors searched."""

import pytest

from alu.retrieval.footprint import FootprintError, diff, make_footprint
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
