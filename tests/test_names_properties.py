"""Property-based: every obfuscation family hides no registered name from the lexical matcher,
and text built only from words that are not names stays untouched.

The obfuscations come from the same generators as `alu eval names`, driven here by hypothesis
(random names, random choices inside each family) instead of a fixed seed.
"""

from __future__ import annotations

import random
import string

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from alu.eval.names import TEMPLATES
from alu.eval.obfuscations import FAMILIES, PARTIAL_FAMILIES
from alu.retrieval.matcher import LexicalMatcher
from alu.retrieval.targets import make_target

SETTINGS = settings(max_examples=40, deadline=None, derandomize=True, database=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

# Invented names: syllables that spell no English word, so any hit is the generated name's.
SYLLABLES = ["ka", "lo", "mir", "ven", "ta", "shu", "rel", "dor", "pek", "zu", "hal", "ri", "mon", "ost", "bel",
             "tra", "quin", "gor", "vel", "cas", "dri", "nox", "fen", "jor", "wex", "yal", "brim", "sto"]


def word(n_syllables: int) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(SYLLABLES), min_size=n_syllables, max_size=n_syllables + 1) \
        .map(lambda parts: "".join(parts).capitalize())


NAMES = st.tuples(word(2), word(2)).map(" ".join)


def matcher_for(name: str) -> LexicalMatcher:
    matcher = LexicalMatcher()
    matcher.add(make_target({"id": "t", "name": name}))
    matcher.add(make_target({"id": "other", "name": "Quentin Abernathy"}))  # a bystander never to be hit
    return matcher


@pytest.mark.parametrize("family", sorted(FAMILIES))
@SETTINGS
@given(name=NAMES, rng=st.randoms(use_true_random=False), template=st.sampled_from(TEMPLATES))
def test_each_family_is_caught(family, name, rng, template):
    text = template.format(x=FAMILIES[family](name, rng))
    hits = matcher_for(name).find(text)
    assert [h.target_id for h in hits] == ["t"], (family, name, text)
    assert not hits[0].weak


@pytest.mark.parametrize("family", sorted(PARTIAL_FAMILIES))
@SETTINGS
@given(name=NAMES, rng=st.randoms(use_true_random=False))
def test_partial_forms_make_a_candidate_but_do_not_flag(family, name, rng):
    text = f"In the interview {PARTIAL_FAMILIES[family](name, rng)} said little."
    matcher = matcher_for(name)
    assert matcher.find(text) == []
    assert {h.target_id for h in matcher.find(text, include_weak=True, typos=True)} == {"t"}


ORDINARY = ["the", "king", "stepped", "down", "and", "left", "a", "cave", "on", "mount", "carmel", "was", "found",
            "email", "me", "at", "example", "com", "query", "flights", "cheap", "value", "of", "is", "in", "4", "41",
            "1337", "5", "mL", "solution", "repeat", "times", "novel", "author", "wrote", "about", "Stephen",
            "Paris", "hilton", "hotel", "grace", "field", "will", "bishop", "rose", "parker", "april", "stone"]
SEPARATORS = [" ", " ", " ", ", ", ". ", "@", "+", "/", "-", "_", "*", "\n", "?q=", "&", "%20", "&amp;"]


@SETTINGS
@given(words=st.lists(st.sampled_from(ORDINARY), min_size=1, max_size=40),
       seps=st.lists(st.sampled_from(SEPARATORS), min_size=40, max_size=40))
def test_ordinary_words_in_any_punctuation_flag_nothing(words, seps):
    matcher = LexicalMatcher()
    for target in ({"name": "Stephen King"}, {"name": "Grace Fieldhouse", "aliases": ["Willa Bishopsgate"]},
                   {"name": "nerve agent synthesis", "aliases": ["tabun", "VX", "sarin"]}):
        matcher.add(make_target(target))
    text = "".join(w + s for w, s in zip(words, seps))
    assert matcher.find(text) == [], text


@SETTINGS
@given(text=st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=200))
def test_any_unicode_text_is_handled_and_spans_stay_inside(text):
    matcher = matcher_for("Kalo Mirven")
    for hit in matcher.find(text, include_weak=True):
        assert 0 <= hit.start < hit.end <= len(text)


def test_generators_are_deterministic_for_a_seed():
    first = {f: make(" ".join(["Kalo", "Mirven"]), random.Random(7)) for f, make in FAMILIES.items()}
    again = {f: make(" ".join(["Kalo", "Mirven"]), random.Random(7)) for f, make in FAMILIES.items()}
    assert first == again
    assert all(first[f] != "Kalo Mirven" for f in first if f != "case_diacritics")
    assert not any(set(v) <= set(string.ascii_letters + " ") and "kalo mirven" in v.lower() for v in first.values())
