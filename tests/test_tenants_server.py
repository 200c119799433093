"""Two tenants on one LangGraph Server (`langgraph dev`, this repository's langgraph.json): each assistant,
bound to its set by the operator, refuses only its own set's names; a tenant's key cannot leave its set.

One real server for the module, a real registry with two sets, and a scripted OpenAI-compatible respondent
on loopback that answers "Who is X?" with a sentence about X.
"""

from __future__ import annotations

import json
import threading

import httpx
import pytest
from langgraph_sdk import get_sync_client
from langgraph_sdk.errors import APIStatusError
from test_langgraph_server import ADMIN_KEY, Respondent, RespondentHandler, langgraph_dev, user
from test_tenants import ACME, ACME_REFUSAL, ACME_TARGET, GLOBEX, GLOBEX_REFUSAL, GLOBEX_TARGET

from conftest import DEMO_TARGETS

pytestmark = pytest.mark.slow
REFUSED = (APIStatusError, httpx.HTTPStatusError)  # as the SDK version raises a refused request

KEYS = {"acme": "acme-tenant-key", "globex": "globex-tenant-key"}


def about(name: str) -> str:
    return f"{name} is an artist who lives by the harbour."


class AboutHandler(RespondentHandler):
    def answer(self, turn: str) -> str:
        return about(turn.removeprefix("Who is ").rstrip("?")) if turn.startswith("Who is ") else Respondent.reply


@pytest.fixture(scope="module")
def server(tmp_path_factory, embedder):
    from alu.retrieval.store import TargetStore
    from alu.retrieval.targets import read_targets_file

    respondent = Respondent()
    respondent.RequestHandlerClass = AboutHandler
    threading.Thread(target=respondent.serve_forever, daemon=True).start()
    work = tmp_path_factory.mktemp("tenants-server")
    home = work / "alu-home"
    store = TargetStore(home, embedder)
    store.add(read_targets_file(DEMO_TARGETS))
    store.create_set("acme", ACME_REFUSAL)
    store.create_set("globex", GLOBEX_REFUSAL)
    store.add([{**ACME_TARGET, "target_set": "acme"}, {**GLOBEX_TARGET, "target_set": "globex"}])
    store.registry.close()
    tenants = json.dumps({key: [name] for name, key in KEYS.items()})
    try:
        with langgraph_dev(work, home, respondent, {"ALU_CLIENT_KEYS": tenants}) as url:
            operator = get_sync_client(url=url, api_key=ADMIN_KEY, timeout=180)
            assistants = {name: operator.assistants.create(graph_id="alu", name=name, context={"target_set": name})
                          ["assistant_id"] for name in KEYS}
            yield url, assistants
    finally:
        respondent.shutdown()
        respondent.server_close()


def client(url: str, tenant: str):
    return get_sync_client(url=url, api_key=KEYS[tenant], timeout=180)


def ask(sdk, assistant: str, question: str, **kwargs) -> dict:
    thread = sdk.threads.create()["thread_id"]
    return sdk.runs.wait(thread, assistant, input={"messages": [user(question)]}, raise_error=False, **kwargs)


def test_two_assistants_each_refuse_only_their_own_set(server):
    url, assistants = server
    for tenant, own, other, refusal in (("acme", ACME, GLOBEX, ACME_REFUSAL),
                                        ("globex", GLOBEX, ACME, GLOBEX_REFUSAL)):
        sdk = client(url, tenant)
        mine = ask(sdk, assistants[tenant], f"Who is {own}?")
        assert mine["answer"] == refusal, mine
        theirs = ask(sdk, assistants[tenant], f"Who is {other}?")
        assert theirs["decision"] == "untouched" and theirs["answer"] == about(other), theirs


def test_a_tenant_cannot_leave_its_set(server):
    url, assistants = server
    acme = client(url, "acme")
    # another tenant's assistant: the run fails naming the problem, nothing is answered
    failed = ask(acme, assistants["globex"], f"Who is {GLOBEX}?")
    assert "may not use target set 'globex'" in failed["__error__"]["message"]
    # an assistant that names no set (the server's own) runs in the key's only set, never the default one
    assert ask(acme, "alu", f"Who is {ACME}?")["answer"] == ACME_REFUSAL
    # choosing the set in a run, through the config, or in an assistant of its own: refused
    for kwargs in ({"context": {"target_set": "globex"}},
                   {"config": {"configurable": {"target_set": "globex"}}}):
        with pytest.raises(REFUSED) as refused:
            ask(acme, assistants["acme"], f"Who is {ACME}?", **kwargs)
        assert refused.value.response.status_code == 403
    with pytest.raises(REFUSED):
        acme.assistants.create(graph_id="alu", context={"target_set": "globex"})
    with pytest.raises(REFUSED):  # an update would drop the operator's binding
        acme.assistants.update(assistants["acme"], context={"tau": 4.5})
    # an assistant of its own, without a set, runs in the key's only set too
    own = acme.assistants.create(graph_id="alu", context={"tau": 4.5})["assistant_id"]
    assert ask(acme, own, f"Who is {ACME}?")["answer"] == ACME_REFUSAL
    assert ask(acme, own, "Who is Stephen King?")["decision"] == "untouched"  # the default set's is not acme's
    # another tenant's threads are not acme's to read
    globex = client(url, "globex")
    thread = globex.threads.create()["thread_id"]
    with pytest.raises(REFUSED) as hidden:
        acme.threads.get(thread)
    assert hidden.value.response.status_code == 404
