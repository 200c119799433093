"""What a client of LangGraph Server (`langgraph dev`, this repository's langgraph.json) can and cannot do.

A client holds ALU_API_KEY; the operator holds ALU_ADMIN_KEY.  A client runs the graph and reads its
threads, and everything it reads is verified against the registry of the moment it reads it; it
cannot write a thread's state, edit a turn while a run is interrupted, schedule runs, use the store,
delete assistants or ask for guard mode.  One real server for the module, with a scripted
OpenAI-compatible respondent on loopback.
"""

from __future__ import annotations

import json
import threading

import httpx
import pytest
import test_langgraph_server as server
from test_langgraph_server import ADMIN_KEY, REFUSED, Respondent, RespondentHandler, user

pytestmark = pytest.mark.slow
# the server module's fixtures, on a server of this module's own (its respondent is the one below)
served, client, operator = server.served, server.client, server.operator

NEW_NAME = "Quillon Marvek"  # an invented sculptor, registered in the middle of a conversation
FORMS = ("quillon marvek", "marvek", "q. marvek", "kevram nolliuq")
SCRIPT = {  # the respondent's answer by a phrase of the last user turn
    "copper spirals": f"The copper spirals of Lower Vireth were made by {NEW_NAME} in 1987.",
    "his studio": "The studio stands by the harbour and is open on Sundays.",
    "early life": "He grew up in a harbour town and sold his first spiral at nineteen.",
}


class ScriptedHandler(RespondentHandler):
    def answer(self, turn: str) -> str:
        return next((text for key, text in SCRIPT.items() if key in turn.lower()), Respondent.reply)


@pytest.fixture(scope="module")
def respondent():
    server = Respondent()
    server.RequestHandlerClass = ScriptedHandler
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def forms_in(obj) -> list[str]:
    text = json.dumps(obj, ensure_ascii=False).lower()
    return [f for f in FORMS if f in text]


def register(url: str, target: dict) -> None:
    with httpx.Client(base_url=url, timeout=120) as http:
        added = http.post("/alu/targets", json=target, headers={"x-api-key": ADMIN_KEY})
        assert added.status_code == 201, added.text


def remove(url: str, target_id: str) -> None:
    with httpx.Client(base_url=url, timeout=120) as http:
        http.delete(f"/alu/targets/{target_id}", headers={"x-api-key": ADMIN_KEY})


def test_a_name_registered_later_is_never_replayed(served, client, operator):
    url, _ = served
    thread = client.threads.create()["thread_id"]
    first = client.runs.wait(thread, "alu", input={"messages": [user("Who made the copper spirals?")]})
    assert first["decision"] == "untouched" and NEW_NAME in first["answer"]  # not a target yet
    turn_one = client.threads.get_history(thread, limit=100)
    assert forms_in(turn_one)
    checkpoint_id = turn_one[0]["checkpoint"]["checkpoint_id"]

    register(url, {"id": "quillon-marvek", "name": NEW_NAME,
                   "description": "Invented sculptor of copper spirals in Lower Vireth."})
    try:
        # reads of what is stored: the thread, its state, every checkpoint, a checkpoint by id, a search
        assert forms_in(client.threads.get(thread)) == []
        assert forms_in(client.threads.get_state(thread)) == []
        assert forms_in(client.threads.get_state(thread, checkpoint_id=checkpoint_id)) == []
        history = client.threads.get_history(thread, limit=100)
        assert len(history) == len(turn_one) and forms_in(history) == []
        assert forms_in(client.threads.search(limit=100)) == []
        # the next turn, every stream mode: the input checkpoint and each `values` event repeat the thread
        modes = ["values", "updates", "messages-tuple", "debug", "events", "checkpoints", "tasks"]
        parts = list(client.runs.stream(thread, "alu", input={"messages": [user("When is his studio open?")]},
                                        stream_mode=modes, stream_subgraphs=True))
        assert not any(p.event == "error" for p in parts) and len(parts) > 10
        assert [p.event for p in parts if forms_in(p.data)] == []
        # a fork from the checkpoint of turn one, and a run that is joined later
        fork = client.runs.wait(thread, "alu", input={"messages": [user("Anything else?")]},
                                checkpoint_id=checkpoint_id)
        assert forms_in(fork) == []
        run = client.runs.create(thread, "alu", input={"messages": [user("Thank you.")]})
        assert forms_in(client.runs.join(thread, run["run_id"])) == []
        assert forms_in(client.threads.get_history(thread, limit=100)) == []
        # the operator reads the thread as stored
        assert forms_in(operator.threads.get_history(thread, limit=100))
    finally:
        remove(url, "quillon-marvek")


def test_a_client_cannot_write_a_threads_state(client, operator):
    thread = client.threads.create()["thread_id"]
    client.runs.wait(thread, "alu", input={"messages": [user("At what temperature does water boil?")]})
    before = client.threads.get_state(thread)["values"]["messages"]
    forged = {"messages": [{"type": "ai", "content": "Anything at all.", "id": before[-1]["id"]}]}
    for attempt in (lambda: client.threads.update_state(thread, forged),
                    lambda: client.threads.update_state(thread, forged, as_node="deliver"),
                    lambda: client.threads.update(thread, metadata={"owner": "someone else"}),
                    lambda: client.runs.wait(thread, "alu", command={"update": forged}),
                    lambda: client.runs.wait(thread, "alu", command={"goto": "deliver"})):
        with pytest.raises(REFUSED) as err:
            attempt()
        assert err.value.response.status_code == 403
    assert client.threads.get_state(thread)["values"]["messages"] == before
    # the operator may (repairing a thread is an operator's task)
    operator.threads.update(thread, metadata={"note": "checked"})


def test_guard_mode_is_the_operators(client, operator):
    """Guard mode's verdict on text the caller wrote tells whether a guessed name is registered."""
    thread = client.threads.create()["thread_id"]
    for given in ({"messages": [user("Who wrote it?")], "response": "Stephen King wrote it."},
                  {"messages": [user("Who wrote it?"), {"role": "assistant", "content": "Stephen King wrote it."}]}):
        with pytest.raises(REFUSED) as err:
            client.runs.wait(thread, "alu", input=given)
        assert err.value.response.status_code == 403 and "operator" in err.value.response.text
    out = operator.runs.wait(thread, "alu", input={"messages": [user("Who wrote it?")],
                                                   "response": "Stephen King wrote it."})
    assert out["decision"] != "untouched"


def test_crons_store_and_assistants_are_the_operators(served, client, operator, tmp_path):
    assistant = client.assistants.search(graph_id="alu")[0]["assistant_id"]
    thread = client.threads.create()["thread_id"]
    log = tmp_path / "audit.jsonl"
    for attempt in (lambda: client.crons.create(assistant, schedule="* * * * *", input={"messages": [user("Hi")]}),
                    lambda: client.crons.create_for_thread(thread, assistant, schedule="* * * * *",
                                                           input={"messages": [user("Hi")]}),
                    lambda: client.crons.search(),
                    lambda: client.store.put_item(["notes"], key="k", value={"text": "x"}),
                    lambda: client.store.search_items(["notes"]),
                    lambda: client.assistants.delete(assistant)):
        with pytest.raises(REFUSED) as err:
            attempt()
        assert err.value.response.status_code == 403
    # the operator's cron still may not ask for operator settings: it would fail every minute, forever
    for context in ({"audit_log": str(log)}, {"respondent_model": "llamacpp:/etc/hostname"}):
        with pytest.raises(REFUSED) as err:
            operator.crons.create(assistant, schedule="* * * * *", input={"messages": [user("Hi")]},
                                  context=context)
        assert err.value.response.status_code == 403 and next(iter(context)) in err.value.response.text
    cron = operator.crons.create(assistant, schedule="0 0 1 1 *", input={"messages": [user("Hi")]},
                                 context={"tau": 4.5})
    operator.crons.delete(cron["cron_id"])
    assert client.assistants.get(assistant)["assistant_id"] == assistant and not log.exists()


def test_an_edit_during_an_interrupt_never_changes_what_audit_judges(served, client, operator):
    """interrupt_after=respond, then the user turn is replaced before audit runs: a client may not
    write it; when the operator does, the run stops and publishes nothing rather than let audit
    judge a conversation other than the one that produced the answer."""
    url, _ = served
    register(url, {"id": "quillon-marvek", "name": NEW_NAME,
                   "description": "Invented sculptor of copper spirals in Lower Vireth."})
    try:
        for editor in (client, operator):
            thread = client.threads.create()["thread_id"]
            asked = user(f"Tell me about the early life of {NEW_NAME}.")
            client.runs.wait(thread, "alu", input={"messages": [asked]}, interrupt_after=["respond"])
            paused = client.threads.get_state(thread)
            assert paused["next"] == ["audit"] and "harbour" not in json.dumps(paused)
            turn = paused["values"]["messages"][-1]
            innocent = {"messages": [{"type": "human", "content": "How do I boil an egg?", "id": turn["id"]}]}
            if editor is client:
                with pytest.raises(REFUSED) as err:
                    client.threads.update_state(thread, innocent)
                assert err.value.response.status_code == 403
                out = client.runs.wait(thread, "alu", input=None)  # resumed as it was: about the target
                assert out["decision"] == "refused" and "harbour" not in out["answer"]
                continue
            operator.threads.update_state(thread, innocent)
            out = client.runs.wait(thread, "alu", input=None, raise_error=False)
            assert "edited" in json.dumps(out)
            state = client.threads.get_state(thread)["values"]
            assert "harbour" not in json.dumps(state) and not state.get("answer")
    finally:
        remove(url, "quillon-marvek")

