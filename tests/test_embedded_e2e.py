"""End to end on the real embedded models: SmolLM2 (llama.cpp) and MiniLM, a real registry and index.

The tiny model's text is poor, so these tests assert what must hold whatever it writes: the
call budget, the routing, and that no flagged name reaches the user.
"""

import pytest
from langchain_core.messages import HumanMessage

from alu.graph.builder import build_graph
from alu.graph.context import UnlearnContext
from alu.graph.resources import Resources

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def graph():
    return build_graph()


def ask(graph, store, home, question, response=None, **settings):
    payload = {"messages": [HumanMessage(question)]} | ({"response": response} if response else {})
    return graph.invoke(payload, context=UnlearnContext(home=str(home), evidence="full", **settings))


def test_clean_question_is_one_embedded_call_and_untouched(graph, store, home):
    from langchain_core.callbacks import BaseCallbackHandler

    class Replies(BaseCallbackHandler):
        texts: list[str] = []

        def on_llm_end(self, response, **kwargs):
            self.texts.append(response.generations[0][0].text)

    replies = Replies()
    payload = {"messages": [HumanMessage("What is the boiling point of water?")]}
    result = graph.invoke(payload, {"callbacks": [replies]}, context=UnlearnContext(home=str(home)))
    assert result["llm_calls"] == 1 and [s["node"] for s in result["steps"]] == ["respond", "audit", "deliver"]
    assert result["decision"] == "untouched"
    # callers' callbacks see the verified release of the vanilla answer, which is the answer as is
    assert "".join(replies.texts) == result["answer"]


def test_leaking_answer_never_reaches_the_user(graph, store, home):
    response = "Carrie was written by Stephen King in 1974. Stephen King also wrote The Shining."
    result = ask(graph, store, home, "Who wrote Carrie?", response)
    assert result["flagged"][0]["target_id"] == "stephen-king"
    assert result["decision"] in ("rewritten", "repaired", "refused")
    assert store.lexical(result["answer"]) == []
    # the embedded eraser cannot rewrite sensibly: the default redacts deterministically instead
    assert [s["node"] for s in result["steps"]][:3] == ["respond", "audit", "verify"]
    forced = ask(graph, store, home, "Who wrote Carrie?", response, rewrite="llm", n_variants=2, top_k=2,
                 max_retries=0)
    assert "erase" in [s["node"] for s in forced["steps"]] and store.lexical(forced["answer"]) == []


def test_real_store_injected_and_obfuscated_name(store, home):
    graph = build_graph(Resources(store=store))
    result = ask(graph, store, home, "Any horror author to read?", "Try St3ph3n K1ng or R i c h a r d Bachman.",
                 n_variants=2, top_k=2, max_retries=0)  # the defaults run in the test above
    assert result["flagged"][0]["how"] == "obfuscated"
    assert store.lexical(result["answer"]) == []
