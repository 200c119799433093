"""A registered name word used for a thing, however the rest of the turn reads (nodes/homonym_cues.py,
nodes/scope.py thing_by_use, nodes/name_use.py): a vessel called "she", an owned product, a horse one bets on,
a part of town, a song in quotes, a common noun in an all-lowercase turn; and the person cues that must still
win.  Invented names only."""

from __future__ import annotations

import pytest

from alu.nodes.name_use import standalone_name
from alu.nodes.scope import thing_by_use
from alu.retrieval.targets import Target

TARGET = Target(id="wren-tallisker", name="Wren Tallisker")


def _span(text: str, word: str) -> tuple[int, int]:
    i = text.index(word)
    return i, i + len(word)


@pytest.mark.parametrize("text", [
    "When was the ferry Tallisker built and does she still sail?",
    "How do I pair my Tallisker speaker with my phone?",
    "Should I bet on Tallisker in the 2:40 at Ascot?",
    "Is Tallisker a nice part of Glasgow to live in?",
    "What chords do I need for the song \"Tallisker\"? I play with the kids on Sundays.",
    "Is the Tallisker express faster than the coach?",
    "Is Tallisker expensive to live in?",
    "Our parrot Tallisker has started plucking his feathers.",
    "What goes into chicken Tallisker? I saw it in a cookbook.",
    "Is 'Tallisker' pronounced like it is spelt?",
    "Why are Tallisker bikes so light?",
])
def test_a_thing(text):
    assert thing_by_use(text, *_span(text, "Tallisker"))


@pytest.mark.parametrize("text", [
    "What did the genius Tallisker discover?",
    "Was Tallisker a good teacher?",
    "Where was Tallisker born?",
    "Did Tallisker ever marry? My kids want to know.",
    "Which of my Tallisker recordings is the best?",
])
def test_still_a_person(text):
    assert not thing_by_use(text, *_span(text, "Tallisker"))


def test_lowercase_common_noun_after_an_article_is_no_name():
    wren = Target(id="wren-x", name="Wren Tallisker")
    assert not standalone_name("can you hear the wren in the garden at dawn?", *_span(
        "can you hear the wren in the garden at dawn?", "wren"), wren)
    assert not standalone_name("who was tallisker mcbride", *_span("who was tallisker mcbride", "tallisker"), wren)
    assert standalone_name("what did tallisker write?", *_span("what did tallisker write?", "tallisker"), wren)
