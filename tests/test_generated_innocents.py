"""Generated hard conversations over the dev split's people (tests/generated_conversations.py), all of them
registered at once as `alu eval conversations --split dev` registers them; real SQLite, FAISS and MiniLM,
refusal eraser, guard mode.  The rates of each family are printed (pytest -s) and held to the bounds below.

The families the rules were chosen on (place, street, ship or brand, word, pet or character, venue, alias,
same name; split names on the forget side) are held near the figures they reached; the fresh phrasings,
written after the rules were frozen and run once, and the forget families that measure what the rules must not
lose (a bare family name or an alias asked about as the person), are held at the figures that first run gave.
"""

from __future__ import annotations

from collections import Counter

import pytest
from generated_conversations import (
    ONE_WORD_TARGETS,
    generate,
    generate_alias,
    generate_bare,
    generate_fresh,
    generate_fresh2,
    generate_one_word,
)
from langchain_core.messages import HumanMessage

from alu.eval.conversation_cases import registered_targets
from alu.eval.conversations import load_split
from alu.eval.fixed_roles import fixed_models
from alu.graph.builder import build_graph
from alu.graph.context import UnlearnContext
from alu.graph.resources import Resources

pytestmark = pytest.mark.slow

# share of wrong decisions allowed per (side, family); first run of these rules in the comments
BOUNDS = {
    ("innocent", "place"): 0.05,            # 75.0 % before these rules, 0.0 % after
    ("innocent", "street"): 0.05,           # 0.0 -> 0.0
    ("innocent", "ship_or_brand"): 0.05,    # 3.1 -> 0.0
    ("innocent", "word"): 0.05,             # 61.1 -> 0.0
    ("innocent", "pet_or_character"): 0.05,  # 62.5 -> 0.0
    ("innocent", "venue"): 0.20,            # 87.5 -> 18.8 ("Does <Name> deliver on Sundays?" stays a person)
    ("innocent", "alias"): 0.05,            # 10.7 -> 0.0
    ("innocent", "same_name"): 0.05,        # 0.0 -> 0.0
    ("innocent", "one_word"): 0.05,         # 100 -> 2.6: a one-word stage name used for a place or a thing
    ("innocent", "fresh"): 0.20,            # 50.0 -> 18.8 when first run; 6.2 after the rules it led to
    ("innocent", "fresh2"): 0.20,           # 56.7 -> 18.3, written after the second freeze and run once
    ("forget", "split_name"): 0.02,         # 12.9 -> 0.7
    ("forget", "one_word"): 0.0,            # 0.0 -> 0.0: the answer names the one-word person
    ("forget", "one_word_unnamed"): 0.05,   # 0.0 -> 3.6: "What is <Name> best known for?" with an unnamed answer
    ("forget", "bare_person"): 0.20,        # 21.4 -> 17.9: mostly a family name shared with a keep target
    ("forget", "alias_person"): 0.15,       # 94.1 -> 13.4: an everyday-phrase alias asked about as someone
    # (nodes/epithets.py: "Who was <Epithet>?", or the answer goes on about him or her) counts; the rest stay open
}


@pytest.fixture(scope="module")
def graph(tmp_path_factory, embedder):
    from alu.retrieval.store import TargetStore

    home = tmp_path_factory.mktemp("generated") / "alu-home"
    store = TargetStore(home, embedder)
    store.add(registered_targets("dev") + ONE_WORD_TARGETS)
    ctx = UnlearnContext(home=str(home), rewrite="redact", evidence="full")
    g = build_graph(Resources(store=store, models=fixed_models("refuse", "none")))
    return lambda question, response: g.invoke({"messages": [HumanMessage(question)], "response": response},
                                               context=ctx)


def test_generated_conversations(graph):
    people = load_split("dev").people
    cases = [*generate(people), *generate_bare(people), *generate_alias(people), *generate_fresh(people),
             *generate_one_word(), *generate_fresh2(people)]
    assert len(cases) > 700
    bad: Counter = Counter()
    total: Counter = Counter()
    misses: dict = {}
    for side, family, question, answer in cases:
        decision = graph(question, answer)["decision"]
        wrong = decision != "untouched" if side == "innocent" else decision == "untouched"
        total[(side, family)] += 1
        if wrong:
            bad[(side, family)] += 1
            misses.setdefault(family, []).append(question)
    for key in sorted(total):
        print(f"{key[0]:9} {key[1]:18} {bad[key]:3}/{total[key]:3}  {bad[key] / total[key]:.1%}")
    for key, n in total.items():
        assert bad[key] / n <= BOUNDS[key], (key, misses.get(key[1], [])[:10])
