"""The output boundary: nothing a client can observe carries unverified text or identifies a target.

A leaking respondent (it names the target, an alias and an obfuscated form) answers questions that
do not name the target themselves; every stream mode of the compiled graph (subgraphs on), every
checkpoint of the thread's history, the run output and the drop-in's metadata are then searched
with the registry's own matcher (so obfuscated forms count) and for every target id.
"""

from __future__ import annotations

import json

import pytest
from langchain_core.messages import AIMessage, HumanMessage

from alu.graph.builder import build_graph
from alu.graph.context import RunSettingsError, UnlearnContext, client_settings_problem, context_for_run
from alu.graph.private import open_records
from alu.graph.resources import Resources
from conftest import fake_model

LEAKS = [
    "Carrie is a horror novel from 1974. It was written by Stephen King, who also wrote The Shining.",
    "Many readers love it. The author also published as R1chard B4chman in the 1970s.",
    "It is set in Maine. S t e p h e n K i n g wrote it in a laundry room.",
]
QUESTION = "Which horror novel came out in 1974, and who is behind it?"
STREAM_MODES = ["values", "updates", "debug", "tasks", "checkpoints", "messages", "custom"]


def identifies(store, text: str) -> list[str]:
    """Every surface form (as the matcher folds them) or target id found in text."""
    found = [text[h.start:h.end] for h in store.lexical(text)]
    return found + [t.id for t in store.all_targets() if t.id in text]


def observed(obj) -> str:
    """Everything a client could read in a streamed part, as text (message contents included)."""
    return json.dumps(obj, default=lambda o: getattr(o, "content", None) or repr(o), ensure_ascii=False)


def models(leak: str) -> dict:
    return dict(respondent=fake_model(leak), eraser=fake_model({"variants": [
        "Stephen King wrote it.", "It is a 1974 horror novel.", "A horror novel of 1974.", "Written in 1974.",
        "A novel."]}), critic=fake_model({"scores": [5, 4, 5, 3, 4]}), composer=fake_model("Stephen King did."),
        auditor=fake_model({"leaked": []}))


@pytest.mark.parametrize("leak", LEAKS)
def test_no_stream_mode_checkpoint_or_output_identifies_a_target(store, home, tmp_path, leak):
    from langgraph.checkpoint.sqlite import SqliteSaver

    with SqliteSaver.from_conn_string(str(tmp_path / "threads.sqlite")) as saver:
        graph = build_graph(Resources(store=store, models=models(leak)), checkpointer=saver)
        config = {"configurable": {"thread_id": "t"}}
        parts = list(graph.stream({"messages": [HumanMessage(QUESTION)]}, config,
                                  context=UnlearnContext(home=str(home)), stream_mode=STREAM_MODES, subgraphs=True))
        assert {p[1] for p in parts} >= {"values", "updates", "debug", "tasks", "checkpoints"}
        for part in parts:
            assert identifies(store, observed(part)) == [], part
        history = list(graph.get_state_history(config))
        assert len(history) >= 5
        for snapshot in history:
            assert identifies(store, observed(snapshot.values)) == [], snapshot.values
            assert identifies(store, observed(snapshot.metadata)) == []
        final = graph.get_state(config).values
    assert final["decision"] in ("repaired", "refused") and final["flagged"]
    assert set(final["flagged"][0]) == {"how", "where"}  # that it was changed, not who
    assert identifies(store, observed(final)) == []


def test_full_evidence_only_when_the_operator_asks(store, home):
    graph = build_graph(Resources(store=store, models=models(LEAKS[0])))
    payload = {"messages": [HumanMessage(QUESTION)]}
    records = open_records()
    public = graph.invoke(payload, context=UnlearnContext(home=str(home)))
    full = graph.invoke(payload, context=UnlearnContext(home=str(home), evidence="full"))
    assert public["flagged"] == [{"how": "exact", "where": "response"}]
    assert full["flagged"][0]["target_id"] == "stephen-king" and full["flagged"][0]["text"] == "Stephen King"
    assert open_records() == records  # every private record was closed by the exit node


def test_messages_stream_carries_only_verified_sentences(store, home):
    clean_then_leak = ("Water boils at 100 degrees Celsius at sea level. It freezes at zero degrees. "
                       "Stephen King once wrote about it.")
    graph = build_graph(Resources(store=store, models=models(clean_then_leak)))
    released = [chunk.content for chunk, meta in graph.stream(
        {"messages": [HumanMessage("At what temperature does water boil?")]},
        context=UnlearnContext(home=str(home)), stream_mode="messages") if meta["langgraph_node"] == "respond"]
    text = "".join(released)
    assert text == "Water boils at 100 degrees Celsius at sea level. It freezes at zero degrees. "
    assert identifies(store, text) == []


def stream_turn(graph, question: str, home, config=None) -> tuple[str, dict, list]:
    """(text the respond node released to a messages-mode client, final state, every streamed part)."""
    parts = list(graph.stream({"messages": [HumanMessage(question)]}, config, context=UnlearnContext(home=str(home)),
                              stream_mode=["messages", "values"]))
    released = "".join(p[1][0].content for p in parts if p[0] == "messages" and p[1][1]["langgraph_node"] == "respond")
    return released, [p[1] for p in parts if p[0] == "values"][-1], parts


def test_clean_answer_streams_whole_and_is_byte_identical(store, home):
    clean = "Water boils at 100 degrees Celsius at sea level.\n\nAt altitude it boils at a lower temperature."
    graph = build_graph(Resources(store=store, models={"respondent": fake_model(clean)}))
    streamed, final, parts = stream_turn(graph, "At what temperature does water boil?", home)
    assert streamed == clean == final["answer"] and final["llm_calls"] == 1
    # the delivered message is the streamed one: a messages-mode client does not get it twice
    assert sum(1 for p in parts if p[0] == "messages") == len(
        [p for p in parts if p[0] == "messages" and p[1][1]["langgraph_node"] == "respond"])


@pytest.mark.parametrize("pieces", [
    ["Stephen.", "King."],
    ["S-t-e-p-h-e-n", "K-i-n-g"],
    ["Ste", "phen", "Ki", "ng"],
    ["gniK", "nehpetS"],
    ["My favourite author is Stephen", "King, of course."],
])
def test_a_name_spelled_across_turns_is_caught_on_the_completing_turn(store, home, tmp_path, pieces):
    from langgraph.checkpoint.sqlite import SqliteSaver

    with SqliteSaver.from_conn_string(str(tmp_path / "threads.sqlite")) as saver:
        graph = build_graph(Resources(store=store), checkpointer=saver)
        config = {"configurable": {"thread_id": "split"}}
        ctx = UnlearnContext(home=str(home), rewrite="redact")
        decisions = []
        for i, piece in enumerate(pieces):
            out = graph.invoke({"messages": [HumanMessage(f"Part {i + 1}?")], "response": piece}, config,
                               context=ctx)
            decisions.append(out["decision"])
        answers = [m.content for m in graph.get_state(config).values["messages"] if isinstance(m, AIMessage)]
    assert decisions[:-1] == ["untouched"] * (len(pieces) - 1) and decisions[-1] != "untouched"
    for glue in ("\n", ""):
        assert store.lexical(glue.join(answers)) == []


def test_clients_may_set_only_harmless_fields(monkeypatch, tmp_path):
    assert client_settings_problem({"tau": 4.5, "n_variants": 3}) is None
    for field, value in (("audit_log", "/tmp/x"), ("respondent_model", "llamacpp:/etc/hostname"),
                         ("embeddings", "openai:text-embedding-3-small"), ("home", "/"), ("evidence", "full"),
                         ("candidate_threshold", 0.99), ("max_retries", 100)):
        assert field in client_settings_problem({field: value})
    assert "at most 8" in client_settings_problem({"n_variants": 1000})
    monkeypatch.setenv("ALU_RUN_SETTINGS", "allowlist")
    with pytest.raises(RunSettingsError, match="audit_log"):
        context_for_run({"audit_log": str(tmp_path / "log.jsonl")})
    with pytest.raises(RunSettingsError, match="respondent_model"):
        context_for_run(UnlearnContext(respondent_model="llamacpp:/etc/hostname"))
    assert context_for_run({"tau": 4.5}).tau == 4.5
    assert not (tmp_path / "log.jsonl").exists()


def test_a_thread_about_a_target_releases_nothing_and_ends_in_a_non_answer(store, home, tmp_path):
    """Scope from an earlier turn: 'Tell me about Stephen King.' then 'What else did he write?'."""
    from langgraph.checkpoint.sqlite import SqliteSaver

    knowing = "He also wrote Misery and It. Both were bestsellers in the 1980s."
    with SqliteSaver.from_conn_string(str(tmp_path / "threads.sqlite")) as saver:
        graph = build_graph(Resources(store=store, models={"respondent": fake_model("I cannot say.", knowing)}),
                            checkpointer=saver)
        config = {"configurable": {"thread_id": "about"}}
        graph.invoke({"messages": [HumanMessage("Tell me about Stephen King.")]}, config,
                     context=UnlearnContext(home=str(home)))
        released, final, _ = stream_turn(graph, "What else did he write?", home, config)
    assert released == "" and final["decision"] == "refused" and "Misery" not in final["answer"]
    assert {"how": "scope", "where": "query"} in final["flagged"]


def test_a_misspelt_name_holds_the_stream_and_the_answer(store, home):
    """'Setphen King' is Stephen King one letter off: the turn is about him, so nothing streams unverified."""
    knowing = "He also wrote Misery and It. Both were bestsellers in the 1980s."
    graph = build_graph(Resources(store=store, models={"respondent": fake_model(knowing)}))
    released, final, _ = stream_turn(graph, "What did Setphen King write after Carrie?", home)
    assert released == "" and "Misery" not in final["answer"]
    assert {"how": "scope", "where": "query"} in final["flagged"]
