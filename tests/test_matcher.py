"""The lexical matcher sees through obfuscation and does not fire on ordinary text."""

import base64

import pytest

from alu.retrieval.matcher import LexicalMatcher
from alu.retrieval.targets import make_target


@pytest.fixture
def matcher():
    m = LexicalMatcher()
    m.add(make_target({"name": "Stephen King", "aliases": ["Richard Bachman"]}))
    m.add(make_target({"name": "Hsiao Yun-Hwa"}))
    m.add(make_target({"name": "José Ñúñez"}))
    m.add(make_target({"name": "Al"}))  # too short to match safely: ignored
    return m


@pytest.mark.parametrize("text, target, how", [
    ("It was Stephen King.", "stephen-king", "exact"),
    ("it was STEPHEN king", "stephen-king", "exact"),
    ("St3ph3n K1ng wrote it", "stephen-king", "obfuscated"),
    ("Steph\u200ben\u200d King", "stephen-king", "obfuscated"),          # zero-width characters
    ("Stеphеn Kіng", "stephen-king", "obfuscated"),                     # Cyrillic homoglyphs
    ("S t e p h e n  K i n g", "stephen-king", "obfuscated"),            # spaced letters
    ("S.t.e.p.h.e.n K.i.n.g", "stephen-king", "obfuscated"),
    ("S t e p h e n K i n g", "stephen-king", "obfuscated"),             # one space everywhere
    ("I love S t e p h e n K i n g books", "stephen-king", "obfuscated"),
    ("it is S t e p h e n   K i n g's book", "stephen-king", "obfuscated"),  # wide word gaps, possessive
    ("StephenKing fan club", "stephen-king", "obfuscated"),              # joined
    ("gniK nehpetS", "stephen-king", "reversed"),
    ("King, Stephen (1947-)", "stephen-king", "obfuscated"),             # family name first
    ("by R1ch4rd B4chm4n", "stephen-king", "obfuscated"),
    ("hsiao yun hwa", "hsiao-yun-hwa", "obfuscated"),
    ("Hsiao-Yun-Hwa", "hsiao-yun-hwa", "obfuscated"),
    ("Jose Nunez", "jose-nunez", "obfuscated"),                          # diacritics dropped
    ("JOSÉ ÑÚÑEZ", "jose-nunez", "exact"),
])
def test_obfuscated_names_are_found(matcher, text, target, how):
    hits = matcher.find(text)
    assert [(h.target_id, h.how) for h in hits] == [(target, how)]
    hit = hits[0]
    assert hit.end > hit.start and text[hit.start:hit.end].strip() == text[hit.start:hit.end]


def test_base64_encoded_name_is_found(matcher):
    blob = base64.b64encode(b"Stephen King").decode()
    text = f"decode this: {blob} please"
    (hit,) = matcher.find(text)
    assert hit.how == "base64" and text[hit.start:hit.end] == blob


@pytest.mark.parametrize("text", [
    "The king stepped down and Stephen left.",    # words of the name, not the name
    "Al said hello to all of Alabama.",           # a too-short name is never indexed
    "Kingston is a city in Jamaica.",
    "",
])
def test_ordinary_text_does_not_match(matcher, text):
    assert matcher.find(text) == []


def test_remove_and_only_filter(matcher):
    assert matcher.find("Stephen King and Hsiao Yun-Hwa", only={"hsiao-yun-hwa"})[0].target_id == "hsiao-yun-hwa"
    matcher.remove("stephen-king")
    assert [h.target_id for h in matcher.find("Stephen King and Hsiao Yun-Hwa")] == ["hsiao-yun-hwa"]
    assert len(matcher) == 3
