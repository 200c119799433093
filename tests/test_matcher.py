"""The lexical matcher sees through obfuscation and does not fire on ordinary text."""

import base64

import pytest

from alu.retrieval.lexical_hits import LexicalHit, confirmed_hits
from alu.retrieval.matcher import LexicalMatcher
from alu.retrieval.names import alias_warnings, weakness
from alu.retrieval.targets import make_target


@pytest.fixture(scope="module")
def matcher():
    m = LexicalMatcher()
    m.add(make_target({"name": "Stephen King", "aliases": ["Richard Bachman"]}))
    m.add(make_target({"name": "Hsiao Yun-Hwa"}))
    m.add(make_target({"name": "José Ñúñez"}))
    m.add(make_target({"name": "Al"}))  # kept, but too short to flag alone
    m.add(make_target({"id": "nerve-agents", "name": "nerve agent synthesis",
                       "aliases": ["sarin", "VX", "tabun", "soman", "Novichok"]}))
    m.add(make_target({"name": "Zofia Wiśniewska"}))
    m.add(make_target({"name": "Harry Potter"}))
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
    assert not hit.weak
    assert hit.end > hit.start and text[hit.start:hit.end].strip() == text[hit.start:hit.end]


def test_family_name_first_needs_its_comma(matcher):
    (hit,) = matcher.find("King, Stephen (1947-)")
    assert hit.target_id == "stephen-king" and hit.how in ("exact", "obfuscated")  # exact once a variant lists it
    assert matcher.find("King Stephen reigned over England in the twelfth century.") == []
    assert [h.target_id for h in matcher.find("Yun-Hwa Hsiao wrote it")] == ["hsiao-yun-hwa"]  # plausible order


@pytest.mark.parametrize("text, detail", [
    ("Стивен Кинг", "transliterated"), ("斯蒂芬·金", "transliterated"), ("斯蒂芬金写了这本书", "transliterated"),
    ("スティーヴン・キング", "transliterated"), ("ستيفن كينغ", "transliterated"), ("Στίβεν Κινγκ", "transliterated"),
    ("ꓢtephen ꓗing", "folded"), ("Ꮪtephen King", "folded"), ("ꜱᴛᴇᴘʜᴇɴ ᴋɪɴɢ", "folded"), ("Stepһen King", "folded"),
    ("Ste\u3164phen King", "folded"), ("**Ste**phen King", "folded"), ("Ste-\nphen King", "folded"),
    ("Steph en Ki ng", "split"), ("stephen.king@example.com", "folded"), ("?q=Stephen+King", "folded"),
    ("&#83;tephen &#75;ing", "unescape"), ("Stephen%20King", "unescape"),
    ("%53%74%65%70%68%65%6E%20%4B%69%6E%67", "unescape"), ("\\u0053tephen King", "unescape"),
    ("<b>Ste</b>phen King", "unescape"), ("Fgrcura Xvat", "rot13"),
    ("53 74 65 70 68 65 6e 20 4b 69 6e 67", "hex"), ("19-20-5-16-8-5-14 11-9-14-7", "a1z26"),
    ("... - . .--. .... . -. / -.- .. -. --.", "morse"),
    ("Sierra Tango Echo Papa Hotel Echo November / Kilo India November Golf", "nato"),
    ("\U0001F1F8\U0001F1F9\U0001F1EA\U0001F1F5\U0001F1ED\U0001F1EA\U0001F1F3 \U0001F1F0\U0001F1EE\U0001F1F3\U0001F1EC",
     "transliterated"),
    ("ƃuıʞ uǝɥdǝʇS", "upside_down"),
    ("Гарри Поттер", "transliterated"), ("Стивен King", "transliterated"), ("Stephen 金", "transliterated"),
])
def test_other_scripts_markup_and_encodings(matcher, text, detail):
    hits = matcher.find(f"The answer: {text} wrote it")
    assert [h.target_id for h in hits] in (["stephen-king"], ["harry-potter"])
    assert hits[0].detail == detail and not hits[0].weak


@pytest.mark.parametrize("blob", [
    base64.b64encode(b"Stephen King").decode(),                    # padded
    base64.b64encode(b"Stephen King!").decode().rstrip("="),       # unpadded
    "U3RlcGhl biBLaW5n",                                           # split by a space
    "U3RlcGhlbiBL\naW5n",                                          # split across lines
    base64.urlsafe_b64encode("Stephen King’s".encode()).decode(),  # URL-safe alphabet
])
def test_base64_in_any_padding_or_split(matcher, blob):
    text = f"decode this: {blob} please"
    (hit,) = matcher.find(text)
    assert hit.how == "base64" and hit.target_id == "stephen-king"
    assert text[hit.start:hit.end].replace("\n", " ").split()[0] == blob.split()[0]


def test_a_base64_blob_inside_a_url_escape_is_decoded_twice(matcher):
    blob = base64.b64encode(b"Stephen%20King").decode()
    assert [h.target_id for h in matcher.find(f"token={blob}")] == ["stephen-king"]


@pytest.mark.parametrize("text", [
    "The king stepped down and Stephen left.",    # words of the name, not the name
    "Al said hello to all of Alabama.",           # a two-letter name does not flag alone
    "Kingston is a city in Jamaica.",
    "Tabun Cave on Mount Carmel holds Neanderthal remains.",
    "King Stephen reigned over England; Stephen's court moved often.",
    "Email me at hello@example.com or visit https://example.com/?q=cheap+flights",
    "The value was 41 and 1337 in the logs; 4 people came.",
    "τc = 4πηr3/3kBT for a spherical molecule",
    "Прогулянка взимку is a Ukrainian story.",
    "Mix 5 mL of solution A with 10 mL of B; repeat 3 times.",
    "",
])
def test_ordinary_text_does_not_match(matcher, text):
    assert matcher.find(text) == []


def test_short_and_common_aliases_are_weak_until_confirmed(matcher):
    vx = matcher.find("VX is mentioned here.", include_weak=True)
    assert [(h.surface, h.weak) for h in vx] == [("VX", True)]
    assert matcher.find("VX is mentioned here.") == []
    assert matcher.find("VXR and AVX are instruction sets.", include_weak=True) == []  # word boundaries
    both = matcher.find("Tabun and sarin are both listed.")
    assert {h.surface for h in both} == {"tabun", "sarin"}  # two aliases confirm each other
    assert [h.how for h in matcher.find("niraS", include_weak=True)] == ["reversed"]


def test_partial_forms_are_candidates_only(matcher):
    for text in ["S. King wrote a novel.", "King's first novel", "R. Bachman", "Z. Wiśniewska", "Wiśniewska said"]:
        hits = matcher.find(text, include_weak=True)
        assert hits and all(h.weak for h in hits), text
        assert matcher.find(text) == [], text
    # a partial form beside the full name is covered by the full name's hit
    (hit,) = matcher.find("Stephen King, or simply King, wrote it", include_weak=False)[:1]
    assert not hit.weak


def test_misspelt_names_are_weak_candidates_when_asked_for():
    m = LexicalMatcher()
    for name in ("Stephen King", "Taylor Swift", "Socrates", "Daniel Day-Lewis", "Eminem", "Prince"):
        m.add(make_target({"name": name}))

    def misspelt(text):
        hits = [h for h in m.find(text, include_weak=True, typos=True) if h.form == "misspelt"]
        assert all(h.weak and h.detail == "misspelt" for h in hits)
        return {h.target_id for h in hits}

    # swapped, dropped, doubled and replaced letters, a one-word name, a hyphenated name's short part
    assert misspelt("What did Setphen King write?") == {"stephen-king"}
    assert misspelt("stephen kng") == {"stephen-king"}
    assert misspelt("Taylor Swiftt toured") == {"taylor-swift"}
    assert misspelt("Tailor Swift toured") == {"taylor-swift"}
    assert misspelt("Scorates taught Plato") == {"socrates"}
    assert misspelt("Daniel Dya-Lewis starred") == {"daniel-day-lewis"}
    assert misspelt("Eminme's songs") == {"eminem"}
    # an English word is no misspelling ("kind"), two edits are too many, every other word must be exact,
    # and short or common one-word names ("Prince") have too many neighbours
    # two swaps over a long name, each word's consonants as they sound: respelt by ear (retrieval/transliterated.py)
    assert misspelt("Setphen Kign") == {"stephen-king"} and misspelt("Stephen Hawking") == set()
    for text in ("Stephen kind of liked it", "Stephen Kingly", "Jonathan Swfit wrote",
                 "Socratic method", "Prinse Albert"):
        assert misspelt(text) == set(), text
    # asked for only: an answer's lexical pass and confirmed hits never see them
    assert all(h.form != "misspelt" for h in m.find("What did Setphen King write? Scorates?", include_weak=True))
    assert m.find("Scorates and Setphen King", typos=True) == []
    m.remove("stephen-king")
    m.remove("socrates")
    assert misspelt("Setphen King and Scorates") == set()
    # the registered name is misspelt, not a form derived from it: "Alex" may stand for "Alexandra", and
    # "Aleksandra Morgan", two letters from that guess, is someone else
    m.add(make_target({"name": "Alex Morgan"}))
    assert "Alexandra Morgan" in make_target({"name": "Alex Morgan"}).variants
    assert misspelt("Who is Aleksandra Morgan?") == set()
    assert misspelt("Who is Alxe Morgan?") == {"alex-morgan"}


def test_confirmed_hits_policy():
    def hit(surface, start, weak, form):
        return LexicalHit("t", surface, start, start + len(surface), "exact", weak, "", form)

    strong = hit("Stephen King", 0, False, "name")
    king, stephen = hit("King", 20, True, "partial"), hit("Stephen", 30, True, "partial")
    assert confirmed_hits([king, stephen]) == []                      # two parts of one name: not enough
    assert confirmed_hits([strong, king]) == [strong, king]
    sarin, tabun = hit("sarin", 0, True, "alias"), hit("tabun", 10, True, "alias")
    assert confirmed_hits([sarin, tabun]) == [sarin, tabun]
    assert confirmed_hits([sarin, hit("Sarin", 20, True, "alias")]) == []  # the same word twice


def test_remove_and_only_filter(matcher):
    m = LexicalMatcher()
    m.add(make_target({"name": "Stephen King"}))
    m.add(make_target({"name": "Hsiao Yun-Hwa"}))
    assert m.find("Stephen King and Hsiao Yun-Hwa", only={"hsiao-yun-hwa"})[0].target_id == "hsiao-yun-hwa"
    m.remove("stephen-king")
    assert [h.target_id for h in m.find("Stephen King and Hsiao Yun-Hwa")] == ["hsiao-yun-hwa"]
    assert m.find("Стивен Кинг") == [] and m.find("gniK nehpetS") == []
    assert len(m) == 1


def test_registration_warns_about_ambiguous_aliases():
    target = make_target({"id": "agents", "name": "nerve agent synthesis", "aliases": ["VX", "tabun", "Novichok"]})
    warnings = alias_warnings(target)
    assert len(warnings) == 2 and "'VX'" in warnings[0] and "'tabun'" in warnings[1]
    assert all("kept" in w for w in warnings)
    assert weakness("Novichok", "nerve agent synthesis") is None
    assert weakness("King", "Stephen King") is not None          # one word of the full name
    assert weakness("Stephen King") is None and weakness("Al") is not None
    (phrase,) = alias_warnings(make_target({"name": "Victor Newton", "aliases": ["The Professor", "Vic Newton"]}))
    assert "'The Professor' is kept but it is an everyday phrase" in phrase  # ambiguous: only with support


def test_a_crowded_registry_keeps_only_exact_long_sounds_strong(monkeypatch):
    import alu.retrieval.transliterated as transliterated

    m = LexicalMatcher()
    m.add(make_target({"name": "Stephen King"}))
    m.add(make_target({"name": "Keanu Reeves"}))
    monkeypatch.setattr(transliterated, "CROWDED_SOUNDS", 1)  # as with tens of thousands of names
    assert [h.target_id for h in m.find("Стивен Кинг")] == ["stephen-king"]         # exact, word by word
    assert m.find("斯蒂芬金写了这本书") == []                                        # a run without '·'
    assert [h.weak for h in m.find("斯蒂芬金写了这本书", include_weak=True)] == [True]
    assert m.find("基努·里维斯", include_weak=True) == []                             # near matches are off
    monkeypatch.setattr(transliterated, "CROWDED_SOUNDS", 10**9)
    assert [h.target_id for h in m.find("斯蒂芬·金")] == ["stephen-king"]
    # a text with no Latin word, in a script without capitals: a skeleton under eight classes is a candidate
    assert [h.weak for h in m.find("斯蒂芬金写了这本书", include_weak=True)] == [True]
    assert [h.weak for h in m.find("He wrote it: 斯蒂芬金写了这本书", include_weak=True)] == [False]


def test_a_name_in_unspaced_cjk_text_is_found_inside_the_words_around_it():
    m = LexicalMatcher()
    m.add(make_target({"name": "Marisol Oda", "aliases": ["小田マリソル", "周杰伦"]}))
    for text in ("小田マリソルの作品", "私は小田マリソルです", "我喜欢周杰伦的歌"):
        assert [h.target_id for h in m.find(text)] == ["marisol-oda"], text
    # two characters of a three-character name are part of too many other words
    assert m.find("我喜欢周杰的歌") == [] and m.find("田マリソ") == []
