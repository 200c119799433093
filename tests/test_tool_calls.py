"""Tools and structured output through the drop-in (`bind_tools`, `with_structured_output`) and `/v1`.

The respondent is scripted (it emits the calls and JSON a capable model would); the audit is the real
one (MiniLM, FAISS, SQLite) and `/v1` is a real server on loopback driven by the openai client and by
`ChatOpenAI(base_url=...)`.  Each leak test reads everything the client receives.
"""

from __future__ import annotations

import json

import httpx
import pytest
from langchain.agents import create_agent
from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage
from langchain_core.tools import tool
from langchain_openai import ChatOpenAI
from langchain_openai.chat_models.base import OpenAIRefusalError
from test_agent_middleware import Book, call, shows_no_target
from test_openai_api import client, serving

from alu.nodes.prompts import REFUSAL
from alu.serve.chat_model import UnlearningChatModel
from alu.serve.openai_api import create_app
from alu.serve.verified import WITHHELD, Withheld


class Scripted(GenericFakeChatModel):
    """A respondent that can be bound to tools and records the options each call was given."""

    options: list = []

    def bind_tools(self, tools, **kwargs):
        return self.bind(tools=tools, **kwargs)

    def _generate(self, messages, stop=None, run_manager=None, **kwargs):
        self.options.append(kwargs)
        return super()._generate(messages, stop, run_manager, **kwargs)


def scripted(*replies) -> Scripted:
    out = [r if isinstance(r, AIMessage) else AIMessage(r if isinstance(r, str) else json.dumps(r)) for r in replies]
    return Scripted(messages=iter(out), options=[])


@tool
def search(query: str) -> str:
    """Search the library catalogue."""
    return "Nothing found."


# ---- the drop-in ----------------------------------------------------------------------------------
def test_bind_tools_passes_innocent_calls_and_withholds_named_targets(store):
    model = UnlearningChatModel(scripted(call("search", query="bread recipes"),
                                         call("search", query="novels by Stephen King"),
                                         call("search", query="novels by Stephen King")), store=store)
    bound = model.bind_tools([search], tool_choice="search")
    ok = bound.invoke("Find me some bread recipes")
    assert ok.tool_calls[0]["args"] == {"query": "bread recipes"} and ok.response_metadata["decision"] == "untouched"
    assert model.respondent.options[0]["tools"][0]["function"]["name"] == "search"  # the respondent saw the tools
    assert model.respondent.options[0]["tool_choice"] == "search"
    refused = bound.invoke("Find me some horror novels")
    assert refused.tool_calls == [] and refused.text == REFUSAL
    assert refused.response_metadata["withheld_tool_calls"] == [
        {"id": "call_search", "name": "search", "reason": WITHHELD}]
    chunks = list(bound.stream("Find me some horror novels"))  # streamed: verified whole first
    shows_no_target(refused, chunks)
    merged = chunks[0]
    for c in chunks[1:]:
        merged += c
    assert merged.text == REFUSAL and merged.tool_calls == []


@pytest.mark.parametrize("stream", [False, True])
def test_text_beside_tool_calls_is_verified(store, stream):
    said = AIMessage("Stephen King wrote Carrie. I will look up some bread recipes for you.",
                     tool_calls=[{"name": "search", "args": {"query": "bread recipes"}, "id": "c1"}])
    bound = UnlearningChatModel(scripted(said), store=store).bind_tools([search])
    if stream:
        chunks = list(bound.stream("Any bread recipes?"))
        shows_no_target(chunks)
        out = chunks[0]
        for c in chunks[1:]:
            out += c
    else:
        out = bound.invoke("Any bread recipes?")
    assert out.text == "I will look up some bread recipes for you." and out.response_metadata["decision"] == "repaired"
    assert [c["args"] for c in out.tool_calls] == [{"query": "bread recipes"}]


def test_with_structured_output_audits_string_fields(store):
    model = UnlearningChatModel(scripted(call("Book", title="Dune", author="Frank Herbert"),
                                         call("Book", title="Carrie", author="Stephen King"),
                                         call("Book", title="Leadership notes", author="Yun-Hwa Hsiao")), store=store)
    structured = model.with_structured_output(Book)
    assert structured.invoke("Name a science fiction novel") == Book(title="Dune", author="Frank Herbert")
    with pytest.raises(Withheld, match="withheld: its arguments name or concern a forgotten target"):
        structured.invoke("Name a horror novel")
    model.respondent.messages = iter([call("Book", title="Carrie", author="Stephen King")])
    with pytest.raises(Withheld, match="withheld"):
        list(structured.stream("Name a horror novel"))
    model.respondent.messages = iter([call("Book", title="Leadership notes", author="Yun-Hwa Hsiao")])
    raw = model.with_structured_output(Book, include_raw=True).invoke("Name a book on leadership")
    assert raw["parsed"] is None and isinstance(raw["parsing_error"], Withheld)
    shows_no_target(raw)
    with pytest.raises(ValueError, match="not supported"):
        model.with_structured_output(Book, method="json_mode")


def test_tools_refuse_what_they_cannot_honour(store):
    model = UnlearningChatModel(scripted("unused"), store=store)
    with pytest.raises(ValueError, match="statelessly"):
        model.bind_tools([search]).invoke("Find bread recipes", thread_id="t1")
    with pytest.raises(ValueError, match="unsupported bind_tools options"):
        model.bind_tools([search], temperature=0)


# ---- /v1 --------------------------------------------------------------------------------------------
def test_with_structured_output_through_v1_end_to_end(store):
    respondent = scripted({"title": "Dune", "author": "Frank Herbert"}, {"title": "Carrie", "author": "Stephen King"},
                          call("Book", title="Dune", author="Frank Herbert"), "Richard Bachman wrote it, not JSON",
                          {"title": "Misery", "author": "Richard Bachman"})
    with serving(create_app(UnlearningChatModel(respondent, store=store))) as url:
        llm = ChatOpenAI(base_url=f"{url}/v1", api_key="unused", model="alu", max_retries=0)
        assert llm.with_structured_output(Book).invoke("Name a science fiction novel") == Book(
            title="Dune", author="Frank Herbert")
        assert respondent.options[0]["response_format"]["type"] == "json_schema"  # the schema reached the model
        with pytest.raises(OpenAIRefusalError, match="sorry"):  # OpenAI's refusal, as the client knows it
            llm.with_structured_output(Book).invoke("Name a horror novel")
        by_tool = llm.with_structured_output(Book, method="function_calling").invoke("Name a novel")
        assert by_tool == Book(title="Dune", author="Frank Herbert")
        not_json = client(url).chat.completions.create(
            model="alu", messages=[{"role": "user", "content": "Name a novel"}],
            response_format={"type": "json_object"})
        assert not_json.choices[0].message.content is None and not_json.choices[0].message.refusal == REFUSAL
        assert not_json.model_extra["alu"]["refused"].startswith("refused: the output is not JSON")
        shows_no_target(not_json.model_dump())
        schema = {"type": "json_schema", "json_schema": {"name": "Book", "schema": Book.model_json_schema()}}
        chunks = list(client(url).chat.completions.create(  # streamed: the refusal, and nothing before it
            model="alu", messages=[{"role": "user", "content": "Name a thriller"}], stream=True,
            response_format=schema))
        assert "".join(c.choices[0].delta.content or "" for c in chunks) == ""
        assert [c.choices[0].delta.refusal for c in chunks if c.choices[0].delta.refusal] == [REFUSAL]
        shows_no_target([c.model_dump() for c in chunks])


@pytest.mark.parametrize("stream", [False, True])
def test_tools_through_v1_pass_or_are_withheld(store, stream):
    respondent = scripted(call("search", query="bread recipes"), call("search", query="Stephen King novels"))
    tools = [{"type": "function", "function": {"name": "search", "parameters": {
        "type": "object", "properties": {"query": {"type": "string"}}}}}]
    with serving(create_app(UnlearningChatModel(respondent, store=store))) as url:
        oc = client(url)

        def ask(question: str):
            kwargs = {"model": "alu", "messages": [{"role": "user", "content": question}], "tools": tools}
            if not stream:
                return oc.chat.completions.create(**kwargs)
            return list(oc.chat.completions.create(stream=True, stream_options={"include_usage": True}, **kwargs))

        ok, withheld = ask("Find bread recipes"), ask("Find some horror novels")
    if stream:
        calls = [tc for c in ok if c.choices for tc in c.choices[0].delta.tool_calls or []]
        assert [(tc.function.name, json.loads(tc.function.arguments)) for tc in calls] == [
            ("search", {"query": "bread recipes"})]
        assert ok[-1].choices == [] and ok[-1].usage is not None  # include_usage: a last chunk with usage
        assert "".join(c.choices[0].delta.content or "" for c in withheld if c.choices) == REFUSAL
        assert not any(c.choices[0].delta.tool_calls for c in withheld if c.choices)
        alu = next(c.model_extra["alu"] for c in withheld if c.model_extra.get("alu"))
    else:
        assert ok.choices[0].finish_reason == "tool_calls"
        assert json.loads(ok.choices[0].message.tool_calls[0].function.arguments) == {"query": "bread recipes"}
        assert withheld.choices[0].message.tool_calls is None and withheld.choices[0].message.content == REFUSAL
        alu = withheld.model_extra["alu"]
    assert alu["decision"] == "refused" and alu["withheld_tool_calls"][0]["reason"] == WITHHELD
    shows_no_target(withheld if stream else withheld.model_dump())


def test_an_agent_over_v1_runs_its_tool_loop_through_alu(store):
    respondent = scripted(call("search", query="bread recipes"), "Soda bread needs buttermilk and baking soda.")
    ran = []

    @tool
    def recipes(query: str) -> str:
        """Search recipes."""
        ran.append(query)
        return "Soda bread: flour, buttermilk, baking soda, salt."

    respondent.messages = iter([AIMessage("", tool_calls=[{"name": "recipes", "args": {"query": "bread recipes"},
                                                           "id": "c1"}]),
                                AIMessage("Soda bread needs buttermilk and baking soda.")])
    with serving(create_app(UnlearningChatModel(respondent, store=store))) as url:
        agent = create_agent(ChatOpenAI(base_url=f"{url}/v1", api_key="unused", model="alu", max_retries=0),
                             tools=[recipes])
        out = agent.invoke({"messages": [("user", "How do I bake soda bread?")]})
    assert ran == ["bread recipes"]
    assert out["messages"][-1].text == "Soda bread needs buttermilk and baking soda."
    tool_turn = respondent.options[1]  # the second call carried the tool loop back to the respondent
    assert tool_turn["tools"][0]["function"]["name"] == "recipes"


def test_include_usage_is_followed_on_plain_streams(store):
    model = UnlearningChatModel(scripted("Hello there.", "Hello again."), store=store)
    with serving(create_app(model)) as url:
        oc = client(url)
        plain = list(oc.chat.completions.create(model="alu", stream=True,
                                                messages=[{"role": "user", "content": "Hi"}]))
        counted = list(oc.chat.completions.create(model="alu", stream=True, stream_options={"include_usage": True},
                                                  messages=[{"role": "user", "content": "Hi"}]))
    assert all(c.usage is None for c in plain)
    assert counted[-1].choices == [] and counted[-1].usage is not None
    assert all(c.usage is None for c in counted[:-1])
    assert "".join(c.choices[0].delta.content or "" for c in counted[:-1]) == "Hello again."


def test_v1_rejects_what_it_cannot_honour_with_a_400_that_says_why(store):
    model = UnlearningChatModel(scripted("unused"), store=store)
    tool_ok = [{"type": "function", "function": {"name": "search", "parameters": {"type": "object"}}}]
    ask = [{"role": "user", "content": "Hi"}]
    cases = [
        ({"tools": [{"type": "web_search"}]}, "only function tools"),
        ({"tools": [{"type": "function", "function": {}}]}, "function.name"),
        ({"tools": "search"}, "'tools' must be an array"),
        ({"tools": tool_ok, "tool_choice": {"type": "function", "function": {"name": "other"}}}, "tool_choice"),
        ({"tool_choice": "required"}, "tool_choice needs 'tools'"),
        ({"functions": [{"name": "f"}]}, "legacy 'functions'"),
        ({"response_format": {"type": "xml"}}, "response_format type 'xml'"),
        ({"response_format": {"type": "json_schema"}}, "json_schema must be an object"),
        ({"stream_options": {"include_usage": "yes"}}, "stream_options"),
        ({"messages": [*ask, {"role": "tool", "content": "x"}]}, "tool_call_id"),
        ({"messages": [*ask, {"role": "tool", "content": "x", "tool_call_id": "c1"}]}, "need 'tools'"),
        ({"messages": [*ask, {"role": "assistant", "tool_calls": [{"function": {"name": "s", "arguments": "{"}}]}]},
         "JSON object arguments"),
    ]
    with serving(create_app(model)) as url:
        for extra, needle in cases:
            reply = httpx.post(f"{url}/v1/chat/completions", json={"model": "alu", "messages": ask, **extra})
            assert reply.status_code == 400, (extra, reply.text)
            assert needle in reply.json()["error"]["message"], (extra, reply.json())
        threaded = httpx.post(f"{url}/v1/chat/completions", headers={"X-Thread-Id": "t1"},
                              json={"model": "alu", "messages": ask, "tools": tool_ok})
        assert threaded.status_code == 400 and "statelessly" in threaded.json()["error"]["message"]
    assert model.thread_messages("t1") == []  # nothing was stored
