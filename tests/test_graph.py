"""Routing, guarantees and edge cases of the graph, with fake chat models over a real store."""

import json

import pytest
from langchain_core.messages import AIMessage, HumanMessage

from alu.graph.builder import build_graph
from alu.graph.context import UnlearnContext
from alu.graph.resources import Resources
from alu.models import ModelError
from alu.nodes.refuse import REFUSAL
from alu.nodes.respond import InputError
from conftest import fake_model

CLEAN = "Water boils at 100 degrees Celsius at sea level."
LEAK = "Carrie was written by Stephen King; it was his first novel, published in 1974."
SAFE_VARIANTS = {"variants": ["Carrie is a 1974 horror novel.", "Carrie was published in 1974.",
                              "It is a horror novel from 1974.", "Carrie appeared in 1974.",
                              "A horror novel, first published in 1974."]}


def run(store, home, question, *, response=None, ctx=None, **models):
    graph = build_graph(Resources(store=store, models=models))
    payload = {"messages": [HumanMessage(question)]}
    if response is not None:
        payload["response"] = response
    return graph.invoke(payload, context=ctx or UnlearnContext(home=str(home), evidence="full"))


def nodes(result):
    return [s["node"] for s in result["steps"]]


def test_clean_answer_costs_one_call_and_is_untouched(store, home):
    respondent, auditor = fake_model(CLEAN), fake_model({"leaked": []})
    result = run(store, home, "At what temperature does water boil?", respondent=respondent, auditor=auditor)
    assert result["answer"] == CLEAN and result["decision"] == "untouched"
    assert result["llm_calls"] == 1 and len(respondent.prompts) == 1 and auditor.prompts == []
    assert nodes(result) == ["respond", "audit", "deliver"]
    assert result["messages"][-1].content == CLEAN and result["flagged"] == []


def test_leak_goes_through_erase_critique_compose_verify(store, home):
    eraser, critic = fake_model(SAFE_VARIANTS), fake_model({"scores": [5, 5, 4, 3, 2]})
    composer = fake_model("Carrie is a horror novel first published in 1974.")
    result = run(store, home, "Who wrote Carrie?", respondent=fake_model(LEAK), eraser=eraser, critic=critic,
                 composer=composer)
    assert nodes(result) == ["respond", "audit", "erase", "critique", "compose", "verify", "deliver"]
    assert result["decision"] == "rewritten"
    assert result["answer"] == "Carrie is a horror novel first published in 1974."
    assert result["llm_calls"] == 4  # respond, erase (all variants), critique (all scores), compose
    (flag,) = result["flagged"]
    assert flag["target_id"] == "stephen-king" and flag["how"] == "exact"
    assert LEAK[flag["span"][0]:flag["span"][1]] == "Stephen King"
    assert flag["index_version"] == store.version()
    # only the flagged target, never the whole registry, reaches the eraser's prompt
    prompt = eraser.prompts[0][-1].content
    assert "Stephen King" in prompt and "Hsiao Yun-Hwa" not in prompt and "Harry Potter" not in prompt


def test_indirect_mention_is_flagged_semantically_without_an_llm(store, home):
    response = "The novelist who wrote The Shining, Carrie, It and Misery lives in Bangor, Maine."
    auditor = fake_model({"leaked": []})
    result = run(store, home, "Which novelist wrote about a haunted hotel?", response=response, auditor=auditor,
                 eraser=fake_model(SAFE_VARIANTS), critic=fake_model({"scores": [5, 5, 5, 5, 5]}),
                 composer=fake_model("Carrie is a 1974 horror novel."))
    assert [f["target_id"] for f in result["flagged"]] == ["stephen-king"]
    assert result["flagged"][0]["how"] == "semantic" and auditor.prompts == []


def test_a_stubborn_model_cannot_get_the_name_through(store, home):
    """The eraser and composer keep the name (even obfuscated); verify still keeps it from the user."""
    stubborn = {"variants": ["Stephen King wrote it.", "St3ph3n K1ng wrote it.", "S t e p h e n King did.",
                             "It was written by gniK nehpetS.", "King, Stephen: Carrie (1974)."]}
    eraser = fake_model(stubborn)
    result = run(store, home, "Who wrote Carrie?", respondent=fake_model(LEAK), eraser=eraser,
                 critic=fake_model({"scores": [5]}), composer=fake_model("Stephen King, of course."))
    assert store.lexical(result["answer"]) == []
    assert "king" not in result["answer"].lower()
    assert len(eraser.prompts) == 2  # one retry, then the deterministic repair
    assert result["decision"] in ("repaired", "refused")
    assert nodes(result)[-2] in ("verify", "refuse") and nodes(result)[-1] == "deliver"


def test_composer_reintroducing_the_name_is_caught_and_retried(store, home):
    composer = fake_model("Stephen King wrote Carrie in 1974.", "Carrie is a horror novel from 1974.")
    result = run(store, home, "Who wrote Carrie?", respondent=fake_model(LEAK), eraser=fake_model(SAFE_VARIANTS),
                 critic=fake_model({"scores": [5, 5, 5, 5, 5]}), composer=composer)
    verify_steps = [s for s in result["steps"] if s["node"] == "verify"]
    assert [s["decision"] for s in verify_steps] == ["retry", "passed"]
    assert result["answer"] == "Carrie is a horror novel from 1974." and result["decision"] == "rewritten"


def test_malformed_structured_output_is_retried_then_falls_back_safely(store, home):
    eraser = fake_model("sure! here are some rewrites", "{not json", '{"variants": "one"}')
    ctx = UnlearnContext(home=str(home), max_retries=0, evidence="full")
    vanilla = "Stephen King wrote Carrie. Many public libraries lend it for free."
    result = run(store, home, "Who wrote Carrie?", respondent=fake_model(vanilla), eraser=eraser, ctx=ctx)
    assert len(eraser.prompts) == 3  # the first try and two retries
    erase_step = next(s for s in result["steps"] if s["node"] == "erase")
    assert "malformed" in erase_step["why"]
    # never unverified text: the deterministic repair keeps only the sentence that leaks nothing
    assert result["decision"] == "repaired" and result["answer"] == "Many public libraries lend it for free."


def test_uncertain_candidates_go_to_one_auditor_call_and_fail_closed(store, home):
    question = "Did Hsiao Yun-Hwa ever visit Kyoto?"
    response = "I am not sure whether that ever happened."  # a decline: scope leaves it to the auditor
    ok = run(store, home, question, response=response, auditor=fake_model({"leaked": []}))
    assert ok["decision"] == "untouched" and ok["llm_calls"] == 1
    broken = run(store, home, question, response=response, auditor=fake_model("no idea"),
                 eraser=fake_model(SAFE_VARIANTS), critic=fake_model({"scores": [1, 1, 1, 1, 1]}))
    assert [f["target_id"] for f in broken["flagged"]] == ["hsiao-yun-hwa"]  # unparseable verdict: flagged
    assert broken["decision"] != "untouched"


def test_a_question_shaped_like_a_targets_example_is_not_a_candidate(store, home):
    """The user turn against facts and examples is conversation scope's call (its own threshold); at the
    candidate threshold, questions of the same shape match however unrelated, and keep exemplars are
    never forgotten: neither may cost an auditor call on an answer that only names Stephen King."""
    question = "Who wrote Carrie?"
    store.add([{"id": "nyri", "name": "Nyri Traanan", "description": "novelist from Valdora",
                "examples": ["Where did the novelist Nyri Traanan grow up?"]},
               {"id": "keep-novels", "name": "famous novels", "kind": "keep",
                "examples": ["Who wrote the novel Carrie?", "Carrie was written by a famous author."]}])
    ctx = UnlearnContext(home=str(home), evidence="full")
    (scores,) = store.search_each([question], ctx.search_k)
    example = max(h.score for h in scores if h.target_id == "nyri" and h.slot > 0)
    kept = max(h.score for h in scores if h.target_id == "keep-novels")
    assert ctx.candidate_threshold <= example < 0.8 and kept >= ctx.flag_threshold  # what makes the case
    auditor = fake_model({"leaked": []})
    result = run(store, home, question, response="Carrie was written by Stephen King.", ctx=ctx, auditor=auditor,
                 eraser=fake_model(SAFE_VARIANTS), critic=fake_model({"scores": [5, 5, 5, 5, 5]}),
                 composer=fake_model("Carrie is a horror novel."))
    assert auditor.prompts == []
    assert {f["target_id"] for f in result["flagged"]} == {"stephen-king"}


def test_auditor_prompt_size_does_not_grow_with_the_registry(store, home):
    question, response = "Did Hsiao Yun-Hwa ever visit Kyoto?", "I am not sure whether that ever happened."

    def audited_candidates():
        auditor = fake_model({"leaked": []})
        run(store, home, question, response=response, auditor=auditor)
        data = auditor.prompts[0][-1].content.split("DATA = ", 1)[1]
        return json.loads(data)["candidates"], len(auditor.prompts[0][0].content) + len(auditor.prompts[0][1].content)

    small, small_len = audited_candidates()
    store.add([{"name": f"Author Number {i}", "description": f"Taiwanese writer born in Taipei, novel {i}"}
               for i in range(300)])
    large, large_len = audited_candidates()
    ctx = UnlearnContext(home=str(home))
    assert 1 <= len(small) <= len(large) <= ctx.max_candidates
    assert large_len < small_len + ctx.max_candidates * 700  # bounded by the candidate cap, not by 305 targets


def test_paper_method_calls_five_times_with_every_target_in_the_prompt(store, home):
    auditor = fake_model({"leaked": []})
    ctx = UnlearnContext(home=str(home), method="alu-paper", evidence="full")
    result = run(store, home, "At what temperature does water boil?", ctx=ctx, respondent=fake_model(CLEAN),
                 auditor=auditor, eraser=fake_model(SAFE_VARIANTS), critic=fake_model({"scores": [5, 5, 4, 4, 4]}),
                 composer=fake_model("Water boils at 100 °C."))
    assert result["llm_calls"] == 5
    assert nodes(result) == ["respond", "paper_audit", "paper_erase", "paper_critique", "paper_compose", "deliver"]
    prompt = auditor.prompts[0][-1].content
    assert all(t.name in prompt for t in store.all_targets())


def test_guard_mode_skips_the_respondent(store, home):
    respondent = fake_model("never used")
    result = run(store, home, "At what temperature does water boil?", response=CLEAN, respondent=respondent)
    assert respondent.prompts == [] and result["llm_calls"] == 0 and result["answer"] == CLEAN
    assert result["steps"][0]["decision"] == "guard"


def test_guard_mode_on_a_chat_replaces_the_audited_message(store, home):
    graph = build_graph(Resources(store=store, models={"eraser": fake_model(SAFE_VARIANTS),
                                                       "critic": fake_model({"scores": [5, 5, 5, 5, 5]}),
                                                       "composer": fake_model("Carrie is a 1974 novel.")}))
    result = graph.invoke({"messages": [HumanMessage("Who wrote Carrie?"), AIMessage(LEAK, id="m-1")]},
                          context=UnlearnContext(home=str(home)))
    assert len(result["messages"]) == 2
    assert result["messages"][-1].id == "m-1" and result["messages"][-1].content == "Carrie is a 1974 novel."


def test_threads_remember_turns_and_scrub_answers_about_new_targets(store, home, tmp_path):
    from langgraph.checkpoint.sqlite import SqliteSaver

    with SqliteSaver.from_conn_string(str(tmp_path / "threads.sqlite")) as saver:
        respondent = fake_model("Bob Stone climbed Everest in 1999.", "He also climbed K2.")
        graph = build_graph(Resources(store=store, models={"respondent": respondent,
                                                           "auditor": fake_model({"leaked": []})}),
                            checkpointer=saver)
        config = {"configurable": {"thread_id": "t1"}}
        ctx = UnlearnContext(home=str(home))
        first = graph.invoke({"messages": [HumanMessage("Who climbed Everest in 1999?")]}, config, context=ctx)
        assert first["decision"] == "untouched"
        store.add([{"name": "Bob Stone", "description": "mountaineer who climbed Everest in 1999"}])
        second = graph.invoke({"messages": [HumanMessage("What else did he climb?")]}, config, context=ctx)
        seen_by_respondent = " ".join(m.content for m in respondent.prompts[1])
        assert "Who climbed Everest" in seen_by_respondent  # the conversation is remembered...
        assert "Bob Stone" not in seen_by_respondent        # ...but not the answer about a new target
        history = graph.get_state(config).values["messages"]
        assert [m.content for m in history if isinstance(m, AIMessage)][0] == REFUSAL
        # "he" refers back to the target the scrubbed answer named: the follow-up is about the target
        assert second["decision"] == "refused" and "K2" not in second["answer"]


@pytest.mark.parametrize("messages, response, message", [
    ([], None, "no messages"),
    ([HumanMessage("")], None, "empty"),
    ([HumanMessage("   \n\t")], None, "empty"),
    ([AIMessage("hello")], None, "no user message"),
    ([HumanMessage("x" * 101)], None, "101 characters; the limit is 100"),
    ([HumanMessage("ok?")], "y" * 101, "the response has 101 characters"),
])
def test_bad_input_is_rejected_clearly(store, home, messages, response, message):
    respondent = fake_model("never used")
    graph = build_graph(Resources(store=store, models={"respondent": respondent}))
    payload = {"messages": messages} | ({"response": response} if response else {})
    before = store.version()
    with pytest.raises(InputError, match=message):
        graph.invoke(payload, context=UnlearnContext(home=str(home), max_query_chars=100))
    assert respondent.prompts == [] and store.version() == before


def test_unreachable_model_endpoint_is_a_clear_error(store, home, tmp_path):
    from langchain_openai import ChatOpenAI
    from langgraph.checkpoint.sqlite import SqliteSaver

    dead = ChatOpenAI(model="gpt-4o-mini", base_url="http://127.0.0.1:9/v1", api_key="test", max_retries=0,
                      timeout=3)
    log = tmp_path / "audit.jsonl"
    with SqliteSaver.from_conn_string(str(tmp_path / "threads.sqlite")) as saver:
        graph = build_graph(Resources(store=store, models={"respondent": dead}), checkpointer=saver)
        config = {"configurable": {"thread_id": "t"}}
        with pytest.raises(ModelError, match=r"respondent model \(openai:x\) failed"):
            graph.invoke({"messages": [HumanMessage("Hello?")]}, config,
                         context=UnlearnContext(home=str(home), respondent_model="openai:x", audit_log=str(log)))
        values = graph.get_state(config).values
        assert not values.get("answer") and not any(isinstance(m, AIMessage) for m in values.get("messages", []))
    (line,) = [json.loads(text) for text in log.read_text().splitlines()]  # the failure, not an answer
    assert line["decision"] == "failed" and line["error"] == "ModelError" and line["thread_id"] == "t"
    assert [s["node"] for s in line["steps"]] == ["respond"] and "query" not in line


def test_audit_log_has_one_line_per_query_and_no_text_unless_enabled(store, home, tmp_path):
    log = tmp_path / "audit.jsonl"
    models = dict(respondent=fake_model(LEAK), eraser=fake_model(SAFE_VARIANTS),
                  critic=fake_model({"scores": [5, 5, 5, 5, 5]}), composer=fake_model("Carrie is a 1974 novel."))
    logged = UnlearnContext(home=str(home), audit_log=str(log), evidence="full")
    run(store, home, "Who wrote Carrie?", ctx=logged, **models)
    run(store, home, "Who wrote Carrie?", response=CLEAN, ctx=logged)
    first, second = [json.loads(line) for line in log.read_text().splitlines()]
    assert first["decision"] == "rewritten" and first["flagged"][0]["target_id"] == "stephen-king"
    assert first["llm_calls"] == 4 and [s["node"] for s in first["steps"]][-2:] == ["verify", "deliver"]
    assert "Carrie was written" not in log.read_text() and "span" not in first["flagged"][0]
    assert second["decision"] == "untouched"
    run(store, home, "Who wrote Carrie?", response=LEAK,
        ctx=UnlearnContext(home=str(home), audit_log=str(log), audit_log_text=True, evidence="full"), **models)
    third = json.loads(log.read_text().splitlines()[-1])
    assert third["response"] == LEAK and third["flagged"][0]["text"] == "Stephen King"


@pytest.mark.parametrize("field, value", [("tau", 7.0), ("n_variants", 0), ("method", "magic"),
                                          ("candidate_threshold", 0.9)])
def test_bad_configuration_is_rejected(field, value):
    with pytest.raises(ValueError, match=field):
        UnlearnContext(**{field: value})


def test_a_pinned_home_cannot_be_changed_by_a_run(monkeypatch, tmp_path):
    monkeypatch.setenv("ALU_HOME", str(tmp_path / "served"))
    monkeypatch.setenv("ALU_PIN_HOME", "1")
    assert UnlearnContext().home == str(tmp_path / "served")
    with pytest.raises(ValueError, match="home is pinned"):
        UnlearnContext(home=str(tmp_path / "elsewhere"))
