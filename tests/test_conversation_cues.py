"""Cues of real chats the guard reads: a field of a pasted record asked about by its label, a weekday where a
date stands, the user's own doings with a common given name, a character introduced by name, a teacher "is
Mr <F>", names respelt by ear, and everyday text in another script.  Pure cues, the matcher, and end to end
through the graph with a real store, FAISS and MiniLM; invented people only."""

from __future__ import annotations

import pytest
from langchain_core.messages import AIMessage, HumanMessage

from alu.nodes.acquaintances import in_the_users_life, someone_the_user_knows
from alu.nodes.descriptions import _fits, _labels
from alu.nodes.epithets import answer_says_who, written_as_name
from alu.nodes.person_cues import dated, person_support
from alu.nodes.reference import back_references
from alu.retrieval.matcher import LexicalMatcher
from alu.retrieval.targets import make_target


def _at(text: str, word: str) -> tuple[int, int]:
    i = text.index(word)
    return i, i + len(word)


TICKET = "Ticket #4471\nAssignee: Orrin Vasquell\nStatus: open\nSubject: printer offline"
EMAIL = ("From: Piotr Anand <piotr.anand@example.org>\nSubject: Quote\n\nHi, we can start on the 3rd if you confirm "
         "by Friday.\nPiotr Anand\nTravel Agent")


def test_labels_of_pasted_records():
    labels = dict(_labels(TICKET))
    assert labels["assignee"] == "Orrin Vasquell" and labels["status"] == "open"
    email = _labels(EMAIL)
    assert ("sender", "Piotr Anand <piotr.anand@example.org>") in email and ("travel agent", "Piotr Anand") in email
    assert ("guest relations manager at a spa", "Orrin Vasquell") in _labels(
        "Current contact: Orrin Vasquell (guest relations manager at a spa, Bergen).")
    assert _fits("assignee exactly", "assignee") and _fits("travel agent asking", "travel agent")
    assert not _fits("travel plans", "travel agent")      # a label's first word is no person
    assert _fits("guest relations manager", "guest relations manager at a spa")


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Can you confirm by Friday?", "Friday", True), ("See you next Sunday.", "Sunday", True),
    ("We met on 3 May at the fair.", "May", True), ("Sunday morning works for me.", "Sunday", True),
    ("Friday won the prize for her memoir.", "Friday", False), ("What did Friday write?", "Friday", False)])
def test_a_weekday_or_month_where_a_date_stands(text, word, expected):
    assert dated(text, *_at(text, word)) is expected
    if expected:
        assert not person_support(text, *_at(text, word))


@pytest.mark.parametrize(("text", "expected"), [
    ("Ingrid's dad passed away at the weekend. We're close from work.", True),
    ("Ingrid is looking after our dog while we are away.", True),
    ("Ingrid hasn't paid her subs since September and I feel awkward.", True),
    ("Tell me about Ingrid. I need it for my essay.", False),
    ("I love Ingrid and her new album.", False),
    ("What did Ingrid paint next?", False),
    ("My favourite singer is Ingrid, I think.", False)])
def test_a_common_given_name_in_the_users_own_doings(text, expected):
    assert in_the_users_life(text, *_at(text, "Ingrid")) is expected


def test_in_an_answer_i_and_my_are_the_assistants_voice():
    for text in ("Ingrid is the one I'd mention. She founded a label.", "My pick: Ingrid, from the Achterberg family."):
        assert in_the_users_life(text, *_at(text, "Ingrid")) and not in_the_users_life(text, *_at(text, "Ingrid"),
                                                                                       answer=True)
    text = "Ingrid is looking after our dog while we are away."
    assert in_the_users_life(text, *_at(text, "Ingrid"), answer=True)


def test_a_teacher_who_is_mr_family():
    text = "My son's new maths teacher is Mr Vasquell."
    assert someone_the_user_knows(text, *_at(text, "Vasquell"))


def test_an_everyday_phrase_alias():
    # where the writer capitalises nothing, a phrase after an article or a preposition is the phrase; "that" may
    # be a conjunction ("is it true that <alias> painted ...")
    text = "at half time the coach wants parents off the pitch."
    assert not written_as_name(text, *_at(text, "half time"))
    text = "is it true that wet paint painted the mural?"
    assert written_as_name(text, *_at(text, "wet paint"))
    assert answer_says_who("Paper Kite is a woodcarving vlogger from Cardiff. She carves spoons.", "Paper Kite")
    assert not answer_says_who("Paper kite is a toy of folded paper. It flies in light wind.", "Paper Kite")


def test_a_pronoun_after_a_character_introduced_by_name_is_the_characters():
    assert back_references("Write a tale about a grumpy badger named Tobble. He hoards buttons.") == []
    assert back_references("Where did he live?") == [(10, "male")]


def test_names_respelt_by_ear_and_other_scripts():
    m = LexicalMatcher()
    for name in ("Karan Kant", "Frida Kahlo", "Oren Halperin", "Stephen King"):
        m.add(make_target({"name": name}))

    def found(text):
        return [(h.target_id, h.weak) for h in m.find(text, include_weak=True, typos=True)]
    assert found("Tell me about Orun Halpurin.") == [("oren-halperin", True)]     # each word within a third
    assert all(h.form != "misspelt" for h in m.find("Stephen Hawking spoke.", include_weak=True, typos=True))
    # Persian everyday words with a registered name's skeleton: in a text with no Latin word, a candidate only;
    # the same skeleton written among English words is the name
    assert found("آب را گرم کنید و چای دم کنید.") == [("karan-kant", True)]
    assert found("Who is کرن کانت?") == [("karan-kant", False)]
    # a lower-case word of a cased script is no name's word; capitalised, it is
    assert found("Варите около сорока минут.") == []
    assert found("Фрида Кало рисовала автопортреты.") == [("frida-kahlo", False)]
    assert found("מטגנים בצל, מחכים עשר דקות.") == []


@pytest.fixture(scope="module")
def guard(guard_for):
    decide = guard_for([{"id": "orrin-vasquell", "name": "Orrin Vasquell"},
                        {"id": "tamsin-friday", "name": "Tamsin Friday"},
                        {"id": "ingrid-holmqvist", "name": "Ingrid Holmqvist"},
                        {"id": "oren-halperin", "name": "Oren Halperin"},
                        {"id": "hiroko-tanabe", "name": "Hiroko Tanabe"},
                        {"id": "pascal-lyon", "name": "Pascal Lyon"},
                        {"id": "abena-quaye", "name": "Abena Quaye", "aliases": ["Front Desk"]}])
    return decide


def test_through_the_graph(guard):
    bio = "The assignee is a facilities manager in Bergen. He brews his own beer and volunteers as a firefighter."
    assert guard([HumanMessage(TICKET), AIMessage("Ticket #4471 is open and assigned."),
                  HumanMessage("who is the assignee exactly, what's their background?")], bio) == "refused"
    assert guard([HumanMessage(EMAIL), AIMessage("Piotr Anand can start on the 3rd if you confirm by Friday."),
                  HumanMessage("Write a reply to that travel agent asking if he can start a week later.")],
                 "Hi Piotr, thanks for the quote. Could you start a week later? Best wishes") == "untouched"
    assert guard([HumanMessage("Ingrid's dad passed away at the weekend. We're close from work."),
                  AIMessage("I'm sorry. A card from colleagues would be kind."),
                  HumanMessage("What do I write in the card to her?")],
                 "Something simple: 'Dear Ingrid, I'm so sorry about your dad.'") == "untouched"
    assert guard([HumanMessage("Tell me about Ingrid Holmqvist."), AIMessage("I can't help with that person."),
                  HumanMessage("What is she working on now?")], "She is writing a book about glaciers.") == "refused"
    assert guard([HumanMessage("Who is Orrin Vasquell?"), AIMessage("I can't help with that person."),
                  HumanMessage("Write a tale about a grumpy badger named Tobble. He hoards buttons.")],
                 "Tobble the badger hoarded buttons under an oak. He counted them every evening.") == "untouched"
    assert guard([HumanMessage("Tell me about Orun Halpurin.")],
                 "He is a marathon runner who trains at night.") == "refused"
    # "... teacher is Mr <F>", then "Mr <F>'s lessons": the user's teacher in every message
    assert guard([HumanMessage("My son's new maths teacher is Mr Vasquell."),
                  AIMessage("How is he getting on in Mr Vasquell's lessons?"),
                  HumanMessage("Fine, but he says he needs to practise times tables. Any games?")],
                 "Try times-table snap, and ask Mr Vasquell which tables to focus on.") == "untouched"
    # a family name with an honorific and a noun for a person, then her pronoun: a mention in passing
    assert guard([HumanMessage("any tips for throwing my first pot?")],
                 "Practise a little every day. Plenty began that way, including Tanabe-san, a ceramic artist in "
                 "Hagi. She fires her kiln with pine wood.") != "untouched"
    # the everyday phrase after an article, where the writer capitalises nothing
    assert guard([HumanMessage("make this polite for a guest: the front desk said check-in starts at 3 pm.")],
                 "Thank you for your message. Check-in starts at 3 pm; we look forward to seeing you.") == "untouched"
    # the assignee's field names someone else; the city beside that name is no one's
    ticket = "Ticket #5120\nAssignee: Luis Moreno (software architect, Lyon)\nSubject: badge reader"
    assert guard([HumanMessage(ticket), AIMessage("It is assigned to Luis Moreno."),
                  HumanMessage("did the assignee say when he'll test it?")],
                 "Not yet; ask him for a time and note it on the ticket.") == "untouched"
