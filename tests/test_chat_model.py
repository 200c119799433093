"""UnlearningChatModel as a LangChain drop-in: chains, async, batch, streaming, threads."""

from __future__ import annotations

import asyncio

import pytest
from langchain_core.callbacks import BaseCallbackHandler
from langchain_core.language_models.fake_chat_models import FakeListChatModel
from langchain_core.messages import AIMessage, HumanMessage, SystemMessage
from langchain_core.output_parsers import StrOutputParser
from langchain_core.prompts import ChatPromptTemplate

from alu.nodes.respond import InputError
from alu.serve.chat_model import UnlearningChatModel, new_turn, stream_pieces
from alu.threads import THREADS_FILE
from conftest import fake_model

LEAKY = "Stephen King wrote Carrie. It came out in 1974."
REWRITE = "Carrie came out in 1974, as a first novel."


def seen(model, call: int) -> list[tuple[str, str]]:
    """The conversation a fake model was shown on its call number `call`."""
    return [(type(m).__name__, m.content) for m in model.prompts[call]]


def rewriting_roles() -> dict:
    return {"eraser": fake_model({"variants": ["Carrie came out in 1974."] * 5}),
            "critic": fake_model({"scores": [5, 5, 5, 5, 5]}),
            "composer": fake_model(REWRITE)}


def leaky_model(store, **kw) -> UnlearningChatModel:
    return UnlearningChatModel(fake_model(LEAKY), store=store, models=rewriting_roles(), **kw)


def test_chain_rewrites_a_leak_and_reports_evidence(store):
    model = leaky_model(store)
    chain = ChatPromptTemplate.from_messages([("human", "{question}")]) | model | StrOutputParser()
    assert chain.invoke({"question": "Who wrote Carrie?"}) == REWRITE

    message = model.invoke("Who wrote Carrie?")
    meta = message.response_metadata
    assert message.content == REWRITE
    assert meta["decision"] == "rewritten"
    assert meta["flagged"] == [{"how": "exact", "where": "response"}]  # that it changed, not who
    assert meta["index_version"] == store.version()
    assert [s["node"] for s in meta["steps"]] == ["respond", "audit", "erase", "critique", "compose", "verify",
                                                  "deliver"]
    full = leaky_model(store, context={"evidence": "full"}).invoke("Who wrote Carrie?").response_metadata
    assert [e["target_id"] for e in full["flagged"]] == ["stephen-king"] and full["flagged"][0]["how"] == "exact"
    assert meta["llm_calls"] == 4


def test_clean_answer_is_untouched_with_one_call(store):
    model = UnlearningChatModel(fake_model("Paris is the capital of France."), store=store)
    message = model.invoke([HumanMessage("What is the capital of France?")])
    assert message.content == "Paris is the capital of France."
    assert message.response_metadata["decision"] == "untouched"
    assert message.response_metadata["flagged"] == []
    assert message.response_metadata["llm_calls"] == 1


def test_guard_mode_option_audits_a_ready_answer(store):
    model = UnlearningChatModel(fake_model("never called"), store=store, models=rewriting_roles())
    message = model.invoke("Who wrote Carrie?", response=LEAKY)
    assert message.content == REWRITE
    assert message.response_metadata["steps"][0]["decision"] == "guard"


def test_text_events_come_only_to_callers_that_stream(store):
    """Verified sentences are events only when asked for and only while the respondent writes; the
    result is the same either way."""
    clean = "Paris is the capital of France. It lies on the Seine."
    model = UnlearningChatModel(fake_model(clean), store=store)
    question = [HumanMessage("What is the capital of France?")]
    streamed = list(model.events(question))
    assert [kind for kind, _ in streamed][-1] == "result"
    assert "".join(value[0] for kind, value in streamed if kind == "text") == clean
    for events in (list(model.events(question, text=False)), list(model.events(question, response=clean))):
        assert [kind for kind, _ in events] == ["result"]
        assert events[0][1]["answer"] == streamed[-1][1]["answer"] == clean
        assert events[0][1]["decision"] == "untouched"


class TokenLog(BaseCallbackHandler):
    def __init__(self) -> None:
        self.tokens: list[str] = []

    def on_llm_new_token(self, token: str, **kwargs) -> None:
        self.tokens.append(token)


def test_stream_sends_only_the_verified_answer(store):
    model = leaky_model(store)
    log = TokenLog()
    chunks = list(model.stream("Who wrote Carrie?", config={"callbacks": [log]}))
    assert len(chunks) > 1
    assert "".join(c.content for c in chunks) == REWRITE
    assert "".join(log.tokens) == REWRITE  # callbacks get the same verified tokens, once
    assert all("King" not in c.content for c in chunks)
    assert chunks[-1].chunk_position == "last"
    assert chunks[-1].response_metadata["decision"] == "rewritten"
    assert all(not c.response_metadata for c in chunks[:-1])


def test_stream_events_of_a_chain_never_show_inner_text(store):
    """The inner graph runs isolated: no callback of the caller sees the respondent's raw answer."""
    chain = ChatPromptTemplate.from_messages([("human", "{question}")]) | leaky_model(store) | StrOutputParser()

    async def collect():
        return [e async for e in chain.astream_events({"question": "Who wrote Carrie?"})]

    events = asyncio.run(collect())
    model_events = [e for e in events if e["event"].startswith("on_chat_model")]
    assert {e["name"] for e in model_events} == {"UnlearningChatModel"}
    streamed = "".join(e["data"]["chunk"].content for e in events if e["event"] == "on_chat_model_stream")
    assert streamed == REWRITE
    parsed = [e["data"]["chunk"] for e in events if e["event"] == "on_parser_stream"]
    assert "".join(parsed) == REWRITE


def test_async_and_batch(store):
    model = UnlearningChatModel(fake_model("Water boils at 100 degrees Celsius."), store=store)
    questions = ["When does water boil?", "At what temperature does water boil?", "Boiling point of water?"]
    for message in model.batch(questions):
        assert message.content == "Water boils at 100 degrees Celsius."
        assert message.response_metadata["decision"] == "untouched"

    async def run():
        one = await model.ainvoke("When does water boil?")
        many = await model.abatch(questions)
        streamed = [c.content async for c in model.astream("When does water boil?")]
        return one, many, streamed

    one, many, streamed = asyncio.run(run())
    assert one.content == "Water boils at 100 degrees Celsius."
    assert [m.content for m in many] == [one.content] * 3
    assert "".join(streamed) == one.content


def test_thread_memory_persists_in_sqlite(store, home):
    first = UnlearningChatModel(fake_model("Hello Zed, nice to meet you."), store=store, thread_id="t1")
    assert first.invoke("My name is Zed.").response_metadata["thread_id"] == "t1"
    assert (home / THREADS_FILE).is_file()

    # a second instance opens the same checkpoint file: the thread carries on
    respondent = fake_model("Your name is Zed.")
    second = UnlearningChatModel(respondent, store=store)
    reply = second.invoke("What is my name?", thread_id="t1")
    assert reply.content == "Your name is Zed."
    assert seen(respondent, 0) == [("HumanMessage", "My name is Zed."), ("AIMessage", "Hello Zed, nice to meet you."),
                                  ("HumanMessage", "What is my name?")]
    assert len(second.thread_messages("t1")) == 4
    assert second.thread_messages("other") == []


def test_thread_takes_only_the_new_turn_of_a_resent_conversation(store):
    respondent = fake_model("Hi Ann.", "You are Ann.")
    model = UnlearningChatModel(respondent, store=store)
    model.invoke([HumanMessage("I am Ann.")], thread_id="t")
    history = [HumanMessage("I am Ann."), AIMessage("Hi Ann."), HumanMessage("Who am I?")]
    model.invoke(history, thread_id="t")
    assert [m.content for m in model.thread_messages("t")] == ["I am Ann.", "Hi Ann.", "Who am I?", "You are Ann."]


def test_new_turn_rules():
    h1, a1, h2, a2 = HumanMessage("q1"), AIMessage("a1"), HumanMessage("q2"), AIMessage("a2")
    system = SystemMessage("be brief")
    assert new_turn([system, h1]) == [system, h1]
    assert new_turn([h1, a1, h2]) == [h2]
    assert new_turn([h1, a1, h2, a2]) == [h2, a2]  # guard mode: the answer to audit comes with its question
    assert new_turn([h2]) == [h2]


def test_bad_input_is_refused_and_leaves_the_thread_unchanged(store):
    model = UnlearningChatModel(fake_model("Hello."), store=store)
    model.invoke("Hi", thread_id="t")
    before = model.thread_messages("t")
    with pytest.raises(InputError, match="empty"):
        model.invoke("   ", thread_id="t")
    with pytest.raises(InputError, match="limit"):
        model.invoke("x" * 40000, thread_id="t")
    with pytest.raises(ValueError, match="unsupported call options"):
        model.invoke("Hi", temperature=0.3)
    with pytest.raises(ValueError, match="unknown model roles"):
        UnlearningChatModel(fake_model("x"), store=store, models={"judge": fake_model("x")})
    assert model.thread_messages("t") == before


def test_a_failing_model_leaves_the_thread_unchanged(store):
    class Failing(FakeListChatModel):
        def _call(self, *args, **kwargs):
            raise ConnectionError("upstream down")

        def _stream(self, *args, **kwargs):
            raise ConnectionError("upstream down")

    model = UnlearningChatModel(fake_model("Hello."), store=store)
    model.invoke("Hi", thread_id="t")
    before = [m.content for m in model.thread_messages("t")]
    broken = UnlearningChatModel(Failing(responses=["-"]), store=store)
    with pytest.raises(Exception, match="Failing instance.*upstream down"):
        broken.invoke("Still there?", thread_id="t")
    with pytest.raises(Exception, match="upstream down"):
        broken.invoke("First words", thread_id="fresh")
    assert [m.content for m in model.thread_messages("t")] == before
    assert model.thread_messages("fresh") == []


def test_stream_pieces_rejoin_exactly():
    for text in ["", "one", "  two words  ", "a\nb\n\nc. d!"]:
        assert "".join(stream_pieces(text)) == text
        assert "".join(stream_pieces(text, 3)) == text


@pytest.mark.slow
def test_real_embedded_models_end_to_end(store):
    """The real path: SmolLM2 answers, audits, rewrites; no assertion on the quality of its text."""
    model = UnlearningChatModel("embedded", store=store, context={"max_retries": 0})  # one erase round: time
    chain = ChatPromptTemplate.from_messages([("human", "{question}")]) | model | StrOutputParser()
    answer = chain.invoke({"question": "What is two plus two?"})
    assert isinstance(answer, str) and answer.strip()

    chunks = list(model.stream("Who wrote Carrie?", response="Stephen King wrote Carrie. It was his first novel."))
    text = "".join(c.content for c in chunks)
    meta = chunks[-1].response_metadata
    assert meta["decision"] in ("rewritten", "repaired", "refused")
    assert meta["flagged"] and "stephen-king" not in str(meta)
    assert "Stephen King" not in text and "King" not in text


def test_configuration_and_stop_sequences(store, home):
    model = UnlearningChatModel(store=store, context={"respondent_model": "openai:gpt-4o-mini", "tau": 3.5})
    ctx = model.unlearn_context
    assert (ctx.respondent_model, ctx.tau, ctx.home) == ("openai:gpt-4o-mini", 3.5, str(home))
    assert UnlearningChatModel("embedded", home=str(home)).unlearn_context.respondent_model == "embedded"
    respondent = fake_model("Water boils at 100 degrees. Ice melts at 0.")
    injected = UnlearningChatModel(respondent, store=store)
    assert injected.unlearn_context.respondent_model == f"{type(respondent).__name__} instance"
    assert injected.invoke("Tell me about water.", stop=[" Ice"]).content == "Water boils at 100 degrees."


def test_callbacks_see_every_node_and_no_unverified_text(store):
    """What LangSmith or OpenTelemetry would record: each node as a run, nothing a client may not see."""
    from langchain_core.callbacks import BaseCallbackHandler

    class Recorder(BaseCallbackHandler):
        def __init__(self) -> None:
            self.runs: list[str] = []
            self.payloads: list[str] = []

        def on_chain_start(self, serialized, inputs, **kw):
            self.runs.append(kw.get("name") or "")
            self.payloads.append(repr(inputs))

        def on_chain_end(self, outputs, **kw):
            self.payloads.append(repr(outputs))

        def on_chat_model_start(self, serialized, messages, **kw):
            self.payloads.append(repr(messages))

        def on_llm_new_token(self, token, **kw):
            self.payloads.append(token)

        def on_llm_end(self, response, **kw):
            self.payloads.append(repr(response))

    recorder = Recorder()
    answer = leaky_model(store).invoke("Who wrote Carrie?", config={"callbacks": [recorder]})
    assert answer.content == REWRITE
    assert {"respond", "audit", "erase", "critique", "compose", "verify", "deliver"} <= set(recorder.runs)
    assert not any(store.lexical(p) or "stephen-king" in p for p in recorder.payloads)
