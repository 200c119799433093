"""The RWKU/TOFU protocols: all subjects registered at once, the names-subject split by reason, name-free
variants, names in other scripts.  Helpers are tested on this file's own made-up people; the plans are
checked on the real data files by properties, never by quoting an item."""

from __future__ import annotations

import random
import re
import unicodedata

import pytest

from alu.eval import data as D
from alu.eval.name_free import (
    NAME_WORD,
    REASONS,
    description,
    distinctive_phrases,
    name_free,
    names_subject_reason,
    spells,
    subject_name,
    tofu_description,
    tofu_name_free,
    without_name,
)
from alu.eval.scripts import CURATED, transliterated

needs_data = pytest.mark.skipif(not (D.REPO.parent / "shared" / "data").is_dir() and not D.os.environ.get(
    "ALU_DATA_DIR"), reason="benchmark data folder not present")


def scripts_of(text: str) -> set[str]:
    return {unicodedata.name(c).split()[0] for c in text if c.isalpha()}


def test_names_subject_reasons_on_own_examples():
    others = ["Marta Quill", "Oskar Brandt"]
    assert names_subject_reason("Marta Quill", "Who trained Marta Quill?", "Ida Moss", "Ida Moss") == \
        "own_name_asked"
    # the answer completes the subject's own name: a model that forgot her cannot give it
    assert names_subject_reason("Marta Quill", "Fill in: ___ Quill sang the theme.", "Marta Quill sang the theme.",
                                "Marta") == "own_name_answered"
    # another registered person's name is out of reach too, once everyone is registered ...
    assert names_subject_reason("Marta Quill", "Who coached Oskar Brandt?", "Lena Hart", "Lena Hart",
                                others) == "other_subject"
    # ... but not with one subject registered at a time
    assert names_subject_reason("Marta Quill", "Who coached Oskar Brandt?", "Lena Hart", "Lena Hart") == ""
    # a namesake is someone else: kept, in a split of its own
    assert names_subject_reason("Marta Quill", "Who is her cousin?", "Rob Quill", "Rob Quill", others) == NAME_WORD
    assert names_subject_reason("Marta Quill", "Where is the lake?", "Lena Hart", "Lena Hart", others) == ""
    assert NAME_WORD not in REASONS
    assert subject_name("Oskar Brandt, Count of Elm") == "Oskar Brandt"


def test_description_names_nobody_and_never_gives_the_answer():
    statements = ["Marta Quill was born in Lisbon.", "Marta Quill's first album was Glass Rain.",
                  "Marta Quill (born 1970) is a singer from Quillsby.", "She married a Quill cousin.",
                  "Marta Quill won the Elm Prize."]
    for seed in range(10):
        text = description(statements, "Marta Quill", ["Glass Rain"], random.Random(seed))
        assert text and not re.search(r"\bQuill\b", text) and "Glass Rain" not in text
        assert text.count("This person") == 2
    assert description(statements, "Marta Quill", ["Lisbon", "Glass Rain", "Elm Prize", "1970"], random.Random(0)) == ""
    asked = name_free("What label released Marta Quill's second album?", "Marta Quill",
                      "This person was born in Lisbon.")
    assert asked.endswith("What label released this person's second album?") and "Quill" not in asked
    # a question that keeps a word of the name after the rewrite is not name-free: no item
    assert name_free("Did Marta Quill tour with Rob Quill?", "Marta Quill", "This person was born in Lisbon.") == ""
    assert without_name("Fill in the blank: marta quill sang.", "Marta Quill", "this person") == \
        "Fill in the blank: This person sang."


def test_tofu_description_from_the_first_question():
    assert tofu_description("What is the full name of the author born in Stavanger on 1 May 1950?", "It is Ada Vik.",
                            ["Ada Vik", "Vik"]) == "the author born in Stavanger on 1 May 1950"
    # no describing phrase in the question: its answer, with the names taken out
    fallback = tofu_description("Where was Ada Vik born?", "Ada Vik was born in Stavanger.", ["Ada Vik", "Vik"])
    assert "Stavanger" in fallback and "Vik" not in fallback
    asked = tofu_name_free("What did Vik's mother do?", ["Ada Vik", "Vik"], "the author born in Stavanger")
    assert asked == "I am asking about the author born in Stavanger. What did this author's mother do?"


def test_names_in_other_scripts():
    cyr = transliterated("Marta Quill Fox", "cyrillic")
    assert scripts_of(cyr) == {"CYRILLIC"}
    kata = transliterated("Marta Quill", "katakana")
    assert scripts_of(kata) == {"KATAKANA"} and kata.count("・") == 1
    with pytest.raises(ValueError, match="unknown script"):
        transliterated("Marta Quill", "runic")
    for name, forms in CURATED.items():
        for lang, written in forms.items():
            assert not scripts_of(written) & {"LATIN"} and written != name, (name, lang)


@needs_data
def test_rwku_registers_every_subject_and_splits_by_name():
    from alu.eval.rwku_bench import NAME_FREE, SINGLE_TARGET, rwku

    plan = rwku(D.data_dir(), None, 40, 0)
    assert plan.groups is None and len(plan.targets) == 200 and plan.protocol == "all targets at once"
    names = {t["id"]: subject_name(t["name"]) for t in plan.targets}
    for it in plan.items:
        if it.split.startswith("forget_level") and it.split != NAME_FREE:
            assert it.split.endswith("_full_name") == spells(names[it.targets[0]], it.query), it.id
        if it.split == NAME_FREE:   # name-free: no word of the subject's name, the answer not given away
            name = names[it.targets[0]]
            assert not any(w in it.query.lower().split() for w in name.lower().split() if len(w) > 2), it.id
            assert it.answers[0].lower() not in it.query.lower().split("this person")[0], it.id
        if "_names_subject_" in it.split:
            assert it.split.rsplit("_names_subject_", 1)[1] in REASONS
    splits = {it.split for it in plan.items}
    assert NAME_FREE in splits and {"neighbor_level1", "neighbor_level2"} <= splits
    pooled = set().union(*plan.pools.values())
    assert pooled == splits - {NAME_FREE}
    assert sorted(plan.pools["forget L1+L2"]) == sorted(s for s in splits if s.startswith("forget_level")
                                                        and s != NAME_FREE)
    single = rwku(D.data_dir(), [SINGLE_TARGET, "neighbor_level1"], 5, 0)
    assert single.protocol == "single-target" and all(len(g.target_ids) == 1 for g in single.groups)
    with pytest.raises(D.DataError, match="unknown RWKU split"):
        rwku(D.data_dir(), ["forget_level9"], 1, 0)


@needs_data
def test_tofu_name_free_asks_the_scored_questions_without_the_name():
    from alu.eval.benches import tofu

    plan = tofu(D.data_dir(), ["forget10", "name_free"], None, 0)
    plain = {it.id.split(":")[1]: it for it in plan.items if it.split == "forget10"}
    free = [it for it in plan.items if it.split == "forget10_name_free"]
    assert len(free) == len(plain) == 360
    by_id = {t["id"]: t for t in plan.targets}
    for it in free:
        t = by_id[it.targets[0]]
        assert not any(n.lower() in it.query.lower() for n in [t["name"], *t.get("aliases", [])]), it.id
        assert it.query.startswith("I am asking about the ") and it.fact and it.gold == plain[it.id.split(":")[1]].gold


def test_distinctive_phrases_are_titles_places_and_answers_without_the_name():
    statements = ["Ada Vik wrote 'The Salt Ledger' in Stavanger.", "Her novel Harbour of the North won a prize.",
                  "Vik often says that English is hard."]
    phrases = distinctive_phrases(["Ada Vik", "Stavanger", "1961", "a prize"], statements, ["Ada Vik"])
    assert phrases == ["Stavanger", "The Salt Ledger", "Harbour of the North"]  # no name, number or common words


@needs_data
def test_oracle_footprints_come_from_what_is_never_scored():
    from alu.eval.benches import tofu
    from alu.eval.rwku_bench import FOOTPRINTS, HALVES, NAME_FREE, level1_halves, rwku
    from alu.retrieval.targets import make_target

    plan = rwku(D.data_dir(), [NAME_FREE, "forget_level1", "neighbor_level1", FOOTPRINTS], 40, 0)
    assert all(make_target(t).footprint is not None for t in plan.targets)  # each one valid as an import line
    assert not any(it.split.startswith("forget_level1") for it in plan.items)  # footprint material, not scored
    footprint_half, description_half = level1_halves(D.data_dir())
    for subject, rows in footprint_half.items():  # the halves share no item
        assert not {r["row"] for r in rows} & {r["row"] for r in description_half.get(subject, [])}
    baseline = rwku(D.data_dir(), [NAME_FREE, HALVES], 40, 0)
    assert [it.query for it in baseline.items] == [it.query for it in plan.items if it.split == NAME_FREE]
    assert not any("footprint" in t for t in baseline.targets)

    tofu_plan = tofu(D.data_dir(), ["forget10", "name_free", "oracle_footprints"], None, 0)
    scored = {it.query for it in tofu_plan.items}
    for t in tofu_plan.targets:
        footprint = make_target(t).footprint
        assert footprint is not None and not any(fact in q for fact in footprint.facts for q in scored)
