"""ALU inside LangChain's agent loop (`create_agent` + UnlearningMiddleware) and around any runnable (guard).

The agent's model is scripted (it emits the tool calls and answers a capable model would); the audit is
the real one: MiniLM, FAISS and SQLite through the graph's guard mode.  Every leak test checks every
surface a caller reads: the returned state, each stream mode, and the events of `astream_events`.
"""

from __future__ import annotations

import asyncio

import pytest
from langchain.agents import create_agent
from langchain.agents.middleware import after_agent
from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage, BaseMessage, ToolMessage
from langchain_core.output_parsers import StrOutputParser
from langchain_core.prompts import ChatPromptTemplate
from langchain_core.runnables import RunnableLambda
from langchain_core.tools import tool
from langgraph.graph import END, START, MessagesState, StateGraph
from pydantic import BaseModel

import alu
from alu.nodes.prompts import REFUSAL
from alu.serve.guard import guard
from alu.serve.middleware import UnlearningMiddleware
from alu.serve.verified import WITHHELD, Withheld

NAMES = ("Stephen King", "Richard Bachman", "Kowalczyk", "Hsiao Yun-Hwa", "Yun-Hwa Hsiao")


class Scripted(GenericFakeChatModel):
    """The agent's model: answers from a script and records what it was shown."""

    seen: list = []

    def bind_tools(self, tools, **kwargs):
        return self

    def _generate(self, messages, stop=None, run_manager=None, **kwargs):
        self.seen.append(list(messages))
        return super()._generate(messages, stop, run_manager, **kwargs)


def scripted(*replies) -> Scripted:
    return Scripted(messages=iter([r if isinstance(r, AIMessage) else AIMessage(r) for r in replies]), seen=[])


def call(name: str, **args) -> AIMessage:
    return AIMessage("", tool_calls=[{"name": name, "args": args, "id": f"call_{name}"}])


def shows_no_target(*values) -> None:
    text = repr(values)
    assert not any(n in text for n in NAMES), text[:600]


class Book(BaseModel):
    title: str
    author: str


@pytest.fixture
def catalogue():
    """A library search tool that records the queries it really ran."""
    ran: list[str] = []

    @tool
    def search(query: str) -> str:
        """Search the library catalogue."""
        ran.append(query)
        found = {"horror novels 1974": "Carrie, a 1974 horror novel by Stephen King.",
                 "bread recipes": "Soda bread needs flour, buttermilk, salt and baking soda."}
        return found.get(query, "Nothing found.")

    return search, ran


def agent_with(store, model, tools=(), **kwargs):
    return create_agent(model, tools=list(tools), middleware=[UnlearningMiddleware(store=store)], **kwargs)


# ---- the agent loop ----------------------------------------------------------------------------
def test_an_innocent_agent_run_is_left_alone(store, catalogue):
    catalogue, ran = catalogue
    model = scripted(call("search", query="bread recipes"), "Soda bread needs flour, buttermilk and baking soda.")
    out = agent_with(store, model, [catalogue]).invoke({"messages": [("user", "How do I bake soda bread?")]})
    assert ran == ["bread recipes"]  # the call ran as written
    final = out["messages"][-1]
    assert final.text == "Soda bread needs flour, buttermilk and baking soda."
    assert final.response_metadata["alu"]["decision"] == "untouched"
    tool_result = next(m for m in out["messages"] if isinstance(m, ToolMessage))
    assert tool_result.text == "Soda bread needs flour, buttermilk, salt and baking soda."


@pytest.mark.parametrize("modes", [None, ["messages", "updates", "values", "tools"]])
def test_a_target_in_tool_call_arguments_never_reaches_the_tool(store, catalogue, modes):
    catalogue, ran = catalogue
    model = scripted(call("search", query="Stephen King novels"), "unused")
    agent = agent_with(store, model, [catalogue])
    question = {"messages": [("user", "Which horror novels came out in the 1970s?")]}
    if modes is None:
        parts: list = [agent.invoke(question)]
        final = parts[0]["messages"][-1]
    else:
        parts = list(agent.stream(question, stream_mode=modes))
        final = [p for mode, p in parts if mode == "values"][-1]["messages"][-1]
    assert ran == []  # withheld: the tool never saw the name
    assert final.text == REFUSAL and not final.tool_calls
    withheld = final.response_metadata["alu"]["withheld_tool_calls"]
    assert [(w["name"], w["reason"]) for w in withheld] == [("search", WITHHELD)]
    shows_no_target(parts)


def test_a_target_in_the_final_answer_is_repaired_in_every_stream_mode(store):
    model = scripted("Stephen King wrote Carrie. Horror novels often open with an ordinary town.")
    agent = agent_with(store, model)
    question = {"messages": [("user", "What do horror novels often open with?")]}
    parts = list(agent.stream(question, stream_mode=["messages", "updates", "values", "custom"]))
    shows_no_target(parts)
    final = [p for mode, p in parts if mode == "values"][-1]["messages"][-1]
    assert final.text == "Horror novels often open with an ordinary town."
    assert final.response_metadata["alu"]["decision"] == "repaired"
    streamed = "".join(p[0].text for mode, p in parts if mode == "messages")
    assert streamed == final.text  # the messages stream carries the verified message only


def test_a_tool_result_naming_a_target_is_verified_before_the_model_reads_it(store, catalogue):
    catalogue, ran = catalogue
    model = scripted(call("search", query="horror novels 1974"), "I found nothing I can name.")
    out = agent_with(store, model, [catalogue]).invoke({"messages": [("user", "Which horror novel is from 1974?")]})
    assert ran == ["horror novels 1974"]  # an innocent query runs
    shows_no_target(out, model.seen)  # what the tool returned was verified for the state and the model alike
    assert any(isinstance(m, ToolMessage) and m.text == REFUSAL for m in model.seen[-1])


def test_a_turn_about_a_target_withholds_even_innocent_looking_calls(store, catalogue):
    catalogue, ran = catalogue
    model = scripted(call("search", query="horror novels 1974"), "unused")
    out = agent_with(store, model, [catalogue]).invoke(
        {"messages": [("user", "Tell me about Stephen King's first novel")]})
    assert ran == [] and out["messages"][-1].text == REFUSAL


@pytest.mark.parametrize("args, passes", [({"title": "Dune", "author": "Frank Herbert"}, True),
                                          ({"title": "Carrie", "author": "Stephen King"}, False),
                                          ({"title": "A Berlin pharmacy", "author": "Marta Brandt"}, False)])
@pytest.mark.parametrize("stream", [False, True])
def test_structured_response_passes_whole_or_not_at_all(store, args, passes, stream):
    model = scripted(call("Book", **args))
    agent, question = agent_with(store, model, response_format=Book), {"messages": [("user", "Name a novel to read")]}
    parts = list(agent.stream(question, stream_mode=["messages", "updates", "values"])) if stream else []
    out = [p for mode, p in parts if mode == "values"][-1] if stream else agent.invoke(question)
    if passes:
        assert out["structured_response"] == Book(**args)
    else:
        assert "structured_response" not in out or out["structured_response"] is None
        assert out["messages"][-1].text == REFUSAL
        shows_no_target(out, parts)


def test_async_agent_runs_are_verified_too(store, catalogue):
    catalogue, ran = catalogue
    model = scripted(call("search", query="books by Richard Bachman"), "unused")
    agent = agent_with(store, model, [catalogue])

    async def run():
        return [p async for p in agent.astream({"messages": [("user", "Any thriller tips?")]},
                                               stream_mode=["messages", "values"])]

    parts = asyncio.run(run())
    assert ran == []
    shows_no_target(parts)


def test_events_of_the_agent_carry_only_verified_text(store):
    model = scripted("Stephen King wrote Carrie. Horror novels often open with an ordinary town.")
    agent = agent_with(store, model)

    async def events():
        return [e async for e in agent.astream_events({"messages": [("user", "How do horror novels open?")]},
                                                      version="v2")]

    shows_no_target(asyncio.run(events()))


def test_a_message_another_middleware_adds_is_checked_when_the_agent_ends(store):
    @after_agent
    def sign_off(state, runtime):
        return {"messages": [AIMessage("Signed, Stephen King. Thanks for reading along.")]}

    agent = create_agent(scripted("Soda bread needs buttermilk."), tools=[],
                         middleware=[UnlearningMiddleware(store=store), sign_off])
    out = agent.invoke({"messages": [("user", "What does soda bread need?")]})
    assert out["messages"][-1].text == "Thanks for reading along."
    shows_no_target(out)


# ---- any runnable --------------------------------------------------------------------------------
def test_guard_verifies_a_text_chain_sync_async_and_streamed(store):
    prompt = ChatPromptTemplate.from_messages([("human", "{question}")])
    leaky = "Stephen King wrote Carrie. It came out in 1974, as a first novel."
    chain = alu.guard(prompt | scripted(leaky, leaky, leaky, "Paris is the capital of France.") | StrOutputParser(),
                      store=store)
    assert chain.invoke({"question": "Which novel came out in 1974?"}) == "It came out in 1974, as a first novel."
    assert list(chain.stream({"question": "Which novel came out in 1974?"})) == [
        "It came out in 1974, as a first novel."]
    assert asyncio.run(chain.ainvoke({"question": "Which novel came out in 1974?"})) == (
        "It came out in 1974, as a first novel.")
    assert chain.invoke({"question": "What is the capital of France?"}) == "Paris is the capital of France."


def test_guard_inside_a_graph_streams_no_raw_tokens(store):
    inner = scripted("Stephen King wrote Carrie. It came out in 1974, as a first novel.")
    guarded = guard(inner, store=store)

    def node(state: MessagesState) -> dict:
        return {"messages": [guarded.invoke(state["messages"])]}

    graph = StateGraph(MessagesState).add_node("answer", node).add_edge(START, "answer").add_edge("answer", END)
    parts = list(graph.compile().stream({"messages": [("user", "Which novel came out in 1974?")]},
                                        stream_mode=["messages", "values"]))
    shows_no_target(parts)
    assert parts[-1][1]["messages"][-1].text == "It came out in 1974, as a first novel."

    async def events():
        return [e async for e in guarded.astream_events([("user", "Which novel came out in 1974?")], version="v2")]

    inner.messages = iter([AIMessage("Stephen King wrote Carrie. It came out in 1974, as a first novel.")])
    shows_no_target(asyncio.run(events()))


def test_guard_withholds_tool_calls_and_structured_output(store):
    message = guard(scripted(call("search", query="Stephen King novels"), call("search", query="bread recipes")),
                    store=store)
    withheld = message.invoke("Find me some reading")
    assert withheld.tool_calls == [] and withheld.text == REFUSAL
    streamed = guard(scripted(call("search", query="Stephen King novels")), store=store).stream("Find me some reading")
    assert [(m.text, m.tool_calls) for m in streamed] == [(REFUSAL, [])]
    assert message.invoke("Find me some recipes").tool_calls[0]["args"] == {"query": "bread recipes"}
    as_dict = guard(RunnableLambda(lambda q: {"title": "Carrie", "author": "Stephen King"}), store=store)
    with pytest.raises(Withheld, match="structured output"):
        as_dict.invoke("Name a novel")
    with pytest.raises(Withheld, match="structured output"):
        list(as_dict.stream("Name a novel"))
    as_model = guard(RunnableLambda(lambda q: Book(title="Dune", author="Frank Herbert")), store=store)
    assert as_model.invoke("Name a novel") == Book(title="Dune", author="Frank Herbert")
    with pytest.raises(TypeError, match="returned int"):
        guard(RunnableLambda(lambda q: 3), store=store).invoke("x")


def test_middleware_output_holds_no_unverified_message(store):
    """Every message the agent returns is a verified one (or the user's own, or a verified tool result)."""
    model = scripted(call("search", query="bread recipes"), "Stephen King bakes too. Buttermilk makes the bread rise.")

    @tool
    def search(query: str) -> str:
        """Search."""
        return "Buttermilk makes soda bread rise."

    out = agent_with(store, model, [search]).invoke({"messages": [("user", "What makes soda bread rise?")]})
    ai = [m for m in out["messages"] if isinstance(m, AIMessage)]
    assert all("alu" in m.response_metadata for m in ai)
    assert all(isinstance(m, BaseMessage) for m in out["messages"])
    assert out["messages"][-1].text == "Buttermilk makes the bread rise."
