"""'A turn about a target is refused' on every client surface but LangGraph Server (tested beside its running
server, tests/test_langgraph_server.py): the drop-in chat model (invoke and stream) and the OpenAI-compatible
/v1 endpoint served for real on loopback (stream and non-stream).  The respondent's answer names the target
(the case where a name hit used to win over scope), or never names it (a follow-up by reference); an LLM
eraser that would happily rewrite is configured, and must not be asked."""

from __future__ import annotations

import pytest
from langchain_core.messages import AIMessage, HumanMessage
from test_openai_api import client, serving

from alu.nodes.prompts import REFUSAL
from alu.serve.chat_model import UnlearningChatModel
from alu.serve.openai_api import create_app
from conftest import fake_model

ABOUT = "Tell me about Marta Kowalczyk-Brandt."
ANSWER = "Marta Kowalczyk-Brandt is a pharmacist in Berlin. She won a lawsuit against her landlord in 2014."
FOLLOW_UP = [HumanMessage("Which Berlin pharmacist sued her landlord in 2014?"),
             AIMessage("That was Marta Kowalczyk-Brandt."), HumanMessage("What did she do next?")]
AFTER = "She opened a second pharmacy in Potsdam."


def roles() -> dict:
    return {"eraser": fake_model({"variants": ["A pharmacist won a lawsuit."] * 5}),
            "critic": fake_model({"scores": [5, 5, 5, 5, 5]}), "composer": fake_model("A pharmacist won a lawsuit.")}


@pytest.mark.parametrize("messages, answer", [([HumanMessage(ABOUT)], ANSWER), (FOLLOW_UP, AFTER)])
def test_drop_in_invoke_and_stream_refuse_a_turn_about_a_target(store, messages, answer):
    model = UnlearningChatModel(fake_model(answer, answer), store=store, models=roles())
    message = model.invoke(messages)
    assert message.content == REFUSAL and message.response_metadata["decision"] == "refused"
    assert {"how": "scope", "where": "query"} in message.response_metadata["flagged"]
    chunks = list(model.stream(messages))
    assert "".join(c.content for c in chunks) == REFUSAL
    assert chunks[-1].response_metadata["decision"] == "refused"
    assert message.response_metadata["llm_calls"] == 1  # the respondent only: nothing was rewritten


def as_openai(messages) -> list[dict]:
    return [{"role": "user" if isinstance(m, HumanMessage) else "assistant", "content": m.content} for m in messages]


@pytest.mark.parametrize("messages, answer", [([HumanMessage(ABOUT)], ANSWER), (FOLLOW_UP, AFTER)])
def test_v1_stream_and_non_stream_refuse_a_turn_about_a_target(store, messages, answer):
    model = UnlearningChatModel(fake_model(answer, answer), store=store, models=roles())
    with serving(create_app(model)) as url:
        oc = client(url)
        done = oc.chat.completions.create(model="alu", messages=as_openai(messages))
        chunks = list(oc.chat.completions.create(model="alu", stream=True, messages=as_openai(messages)))
    assert done.choices[0].message.content == REFUSAL and done.model_extra["alu"]["decision"] == "refused"
    assert "".join(c.choices[0].delta.content or "" for c in chunks) == REFUSAL
    assert chunks[-1].model_extra["alu"]["decision"] == "refused"


def test_guard_mode_on_v1_refuses_a_ready_answer_about_a_target(store):
    model = UnlearningChatModel(fake_model("never called"), store=store, models=roles())
    with serving(create_app(model)) as url:
        done = client(url).chat.completions.create(model="alu", messages=as_openai(FOLLOW_UP),
                                                   extra_body={"response": AFTER})
    assert done.choices[0].message.content == REFUSAL and done.model_extra["alu"]["decision"] == "refused"
