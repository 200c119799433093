"""Enrichment: a chat model writes targets' knowledge footprints through the registration pipeline.

Scripted chat models stand in for the enrichment model (langchain-core's fakes); the registry is a real
SQLite one and the commands run through the real CLI entry point."""

import json

import pytest
from langchain_core.language_models.fake_chat_models import FakeListChatModel
from langchain_core.messages import AIMessage
from langchain_core.runnables import RunnableLambda

from alu.cli import main
from alu.retrieval.registry import TargetRegistry
from alu.retrieval.store import TargetStore
from conftest import fake_model

MODEL = "openai:scripted-enricher"
# invented people: footprints of our own, no benchmark's
ODA = {"id": "marisol-oda", "name": "Marisol Oda", "description": "a glassblower"}
VALE = {"id": "tomas-vale", "name": "Tomas Vale", "description": "a lighthouse keeper and poet"}
ODA_FOOTPRINT = {"other_names": ["Mari Odagiri", "小田マリソル", "Marisol Oda"],
                 "descriptions": ["the glassblower who founded the Tidewater Kiln collective"],
                 "facts": ["She was born in Port Aurelia in 1961."],
                 "questions": ["Who founded the Tidewater Kiln collective?"],
                 "keyphrases": ["Tidewater Kiln", "Port Aurelia", "Saltglass Biennale"]}
VALE_FOOTPRINT = {"descriptions": ["the keeper of the Grey Shoal light who wrote Tide Ledger"],
                  "keyphrases": ["Grey Shoal light", "Tide Ledger"]}


@pytest.fixture
def registry_home(home, embedder):
    TargetStore(home, embedder).add([ODA, VALE])
    return home


@pytest.fixture
def scripted(monkeypatch):
    """Every model the CLI loads is the scripted one of the test (its spec recorded)."""
    box: dict = {"specs": []}

    def load(spec):
        box["specs"].append(spec)
        return box["model"]

    monkeypatch.setattr("alu.models.load_chat_model", load)

    def script(*replies):
        box["model"] = fake_model(*replies)
        return box["model"]
    return script


def alu(home, *args):
    return main(["--home", str(home), "targets", *args])


def stored(home):
    registry = TargetRegistry(home / "targets.sqlite")
    try:
        return registry.version(), {t.id: t.footprint for t in registry.page()}
    finally:
        registry.close()


def test_a_good_footprint_is_stored_and_shown(registry_home, scripted, capsys):
    model = scripted(ODA_FOOTPRINT)
    assert alu(registry_home, "enrich", "marisol-oda", "--model", MODEL) == 0
    footprint = stored(registry_home)[1]["marisol-oda"]
    assert footprint.source == MODEL and footprint.version == 1
    assert footprint.other_names == ("Mari Odagiri", "小田マリソル")  # its own name is not an other name
    assert footprint.keyphrases == ("Tidewater Kiln", "Port Aurelia", "Saltglass Biennale")
    assert stored(registry_home)[1]["tomas-vale"] is None
    prompt = model.prompts[0]
    assert "Marisol Oda" in prompt[1].content and "a glassblower" in prompt[1].content
    assert "keyphrases" in prompt[0].content and "other_names" in prompt[0].content
    capsys.readouterr()
    assert alu(registry_home, "show", "marisol-oda") == 0
    shown = json.loads(capsys.readouterr().out)["footprint"]
    assert shown["source"] == MODEL and shown["version"] == 1 and shown["facts"] == list(ODA_FOOTPRINT["facts"])
    assert alu(registry_home, "list", "--verbose") == 0
    assert f"footprint v1 by {MODEL}: 2 other names, 1 descriptions" in capsys.readouterr().out


def test_the_footprint_finds_the_target_without_its_name(registry_home, scripted, embedder):
    scripted(ODA_FOOTPRINT)
    assert alu(registry_home, "enrich", "marisol-oda", "--model", MODEL) == 0
    store = TargetStore(registry_home, embedder)
    assert [h.target_id for h in store.lexical("An interview with Mari Odagiri.")] == ["marisol-oda"]


def test_dry_run_prints_the_diff_and_writes_nothing(registry_home, scripted, capsys):
    scripted(ODA_FOOTPRINT)
    before = stored(registry_home)
    assert alu(registry_home, "enrich", "marisol-oda", "--model", MODEL, "--dry-run") == 0
    out = capsys.readouterr().out
    assert f"~ marisol-oda\tfootprint: none -> v1 by {MODEL}" in out
    assert "    + Tidewater Kiln" in out and "  other_names:" in out and "nothing stored" in out
    assert stored(registry_home) == before


@pytest.mark.parametrize("reply, problem", [
    ('{"facts": ["She was born in Port Aurelia."]', "not a footprint"),            # malformed JSON
    ({"facts": "She was born in Port Aurelia."}, "facts: Input should be a valid array"),  # schema-invalid
    ({"keyphrases": ["one two three four five six seven eight nine ten"]}, "has more than 8 words"),
    ("I'm sorry, but I can't share information about private individuals.", "a refusal, or text"),
    ({"known": False}, "does not know this target"),
    ({"keyphrases": ["x"], "facts": []}, "empty footprint"),
])
def test_a_bad_reply_fails_the_command_and_writes_nothing(registry_home, scripted, capsys, reply, problem):
    scripted(VALE_FOOTPRINT, reply, reply)   # tomas-vale fine, marisol-oda bad twice (one retry)
    before = stored(registry_home)
    assert alu(registry_home, "enrich", "tomas-vale", "marisol-oda", "--model", MODEL) == 2
    err = capsys.readouterr().err
    assert "target 'marisol-oda'" in err and problem in err and "tomas-vale" not in err
    assert "nothing written" in err and "Traceback" not in err
    assert stored(registry_home) == before   # all or nothing: the good footprint is not written either


def test_unknown_ids_and_missing_choice_exit_2_before_any_model(registry_home, scripted, capsys):
    scripted()
    assert alu(registry_home, "enrich", "marisol-oda", "nobody", "--model", MODEL) == 2
    assert "no target with id 'nobody'" in capsys.readouterr().err
    assert alu(registry_home, "enrich", "--model", MODEL) == 2
    assert "or pass --all" in capsys.readouterr().err
    assert alu(registry_home, "enrich", "marisol-oda", "--all", "--model", MODEL) == 2
    assert stored(registry_home)[0] == 1


def test_the_embedded_model_is_refused_unless_forced(registry_home, scripted, capsys, monkeypatch):
    scripted(ODA_FOOTPRINT, VALE_FOOTPRINT)
    monkeypatch.delenv("ALU_RESPONDENT_MODEL", raising=False)   # the default respondent: the embedded one
    assert alu(registry_home, "enrich", "marisol-oda") == 2
    err = capsys.readouterr().err
    assert "too small to write knowledge footprints" in err and "--force" in err
    assert stored(registry_home)[1]["marisol-oda"] is None
    assert alu(registry_home, "enrich", "marisol-oda", "--force") == 0
    assert stored(registry_home)[1]["marisol-oda"].source == "embedded"
    # the configured respondent is the default when it is a capable model
    monkeypatch.setenv("ALU_RESPONDENT_MODEL", MODEL)
    assert alu(registry_home, "enrich", "tomas-vale") == 0
    assert stored(registry_home)[1]["tomas-vale"].source == MODEL


def test_an_existing_footprint_needs_replace_which_bumps_its_version(registry_home, scripted, capsys):
    scripted(ODA_FOOTPRINT, {**ODA_FOOTPRINT, "keyphrases": ["Tidewater Kiln", "Glass Harbour"]})
    assert alu(registry_home, "enrich", "marisol-oda", "--model", MODEL) == 0
    version = stored(registry_home)[0]
    assert alu(registry_home, "enrich", "marisol-oda", "--all", "--model", MODEL) == 2   # ids or --all
    assert alu(registry_home, "enrich", "--all", "--model", MODEL) == 2
    err = capsys.readouterr().err
    assert "already have a footprint: marisol-oda" in err and "--replace" in err
    assert stored(registry_home)[0] == version
    assert alu(registry_home, "enrich", "marisol-oda", "--model", MODEL, "--replace") == 0
    footprint = stored(registry_home)[1]["marisol-oda"]
    assert footprint.version == 2 and footprint.keyphrases == ("Tidewater Kiln", "Glass Harbour")


def test_import_enrich_writes_footprints_before_the_one_commit(home, embedder, scripted, tmp_path, capsys):
    TargetStore(home, embedder)   # an empty registry
    given = {"keyphrases": ["Grey Shoal light"]}
    file = tmp_path / "people.jsonl"
    file.write_text(json.dumps({"name": "Marisol Oda"}) + "\n"
                    + json.dumps({"name": "Tomas Vale", "footprint": given}) + "\n")
    model = scripted(ODA_FOOTPRINT)
    assert alu(home, "import", str(file), "--enrich", "--model", MODEL, "--dry-run") == 0
    assert "~ marisol-oda\tfootprint: none -> v1" in capsys.readouterr().out
    assert stored(home) == (0, {})
    scripted(ODA_FOOTPRINT)
    assert alu(home, "import", str(file), "--enrich", "--model", MODEL) == 0
    version, footprints = stored(home)
    assert version == 1 and footprints["marisol-oda"].source == MODEL
    assert footprints["tomas-vale"].keyphrases == ("Grey Shoal light",)   # the file's own footprint is kept
    assert len(model.prompts) == 1   # only the target without one went to the model
    # again: the targets exist, so enriching changes them, which needs --replace (before any model call)
    model = scripted(ODA_FOOTPRINT)
    assert alu(home, "import", str(file), "--enrich", "--model", MODEL) == 2
    assert "--replace" in capsys.readouterr().err and model.prompts == []
    assert alu(home, "import", str(file), "--model", MODEL) == 2   # a model for no enrichment: a mistake
    assert "pass --enrich" in capsys.readouterr().err
    # a failed enrichment imports nothing
    other = tmp_path / "more.jsonl"
    other.write_text(json.dumps({"name": "Ines Morrow"}) + "\n")
    scripted("no JSON here", "none here either")
    assert alu(home, "import", str(other), "--enrich", "--model", MODEL) == 2
    assert "target 'ines-morrow'" in capsys.readouterr().err and stored(home)[0] == 1


class NativeStructured(FakeListChatModel):
    """A model with native structured output: the schema comes back parsed, never as text."""

    def with_structured_output(self, schema, *, include_raw=False, **kwargs):
        def parsed(_messages):
            return {"raw": AIMessage(""), "parsed": schema(**VALE_FOOTPRINT), "parsing_error": None}
        return RunnableLambda(parsed)


def test_the_python_api_enriches_through_the_same_stage(home, embedder):
    from alu import Targets
    from alu.retrieval.registration import EnrichmentFailed, FootprintConflict

    targets = Targets(home, store=TargetStore(home, embedder))
    targets.add([ODA, VALE])
    preview = targets.enrich(["tomas-vale"], NativeStructured(responses=[]), dry_run=True)
    assert preview[0].footprint.keyphrases == ("Grey Shoal light", "Tide Ledger") and targets.version() == 1
    done = targets.enrich(["tomas-vale"], NativeStructured(responses=[]))
    assert targets.get("tomas-vale").footprint == done[0].footprint and targets.version() == 2
    with pytest.raises(FootprintConflict):
        targets.enrich(["tomas-vale"], NativeStructured(responses=[]))
    with pytest.raises(EnrichmentFailed, match="marisol-oda"):
        targets.enrich(["marisol-oda"], FakeListChatModel(responses=["no", "no"]))
    with pytest.raises(KeyError, match="nobody"):
        targets.enrich(["nobody"], FakeListChatModel(responses=[]))
    with pytest.raises(ValueError, match="too small"):
        targets.enrich(["marisol-oda"], "embedded")
    assert targets.version() == 2


def test_the_admin_api_enriches_through_the_same_stage(home, embedder, scripted, monkeypatch):
    from fastapi.testclient import TestClient

    from alu.serve.admin import create_app

    monkeypatch.setenv("ALU_ADMIN_KEY", "admin-key-for-enrich")
    monkeypatch.delenv("ALU_API_KEY", raising=False)
    store = TargetStore(home, embedder)
    store.add([ODA, VALE])
    client = TestClient(create_app(lambda: store), headers={"x-api-key": "admin-key-for-enrich"})
    url = "/alu/targets/enrich"
    scripted(VALE_FOOTPRINT)
    preview = client.post(url, json={"ids": ["tomas-vale"], "model": MODEL, "dry_run": True})
    assert preview.status_code == 200 and preview.json()["targets"][0]["diff"][0] == "  descriptions:"
    assert store.version() == 1
    done = client.post(url, json={"ids": ["tomas-vale"], "model": MODEL})
    assert done.status_code == 200 and done.json()["version"] == 2
    assert store.get("tomas-vale").footprint.source == MODEL
    assert client.post(url, json={"ids": ["tomas-vale"], "model": MODEL}).status_code == 409
    assert client.post(url, json={"ids": ["nobody"], "model": MODEL}).status_code == 404
    assert client.post(url, json={"ids": ["marisol-oda"], "model": "embedded"}).status_code == 422
    assert client.post(url, json={"ids": ["marisol-oda"], "replace": "yes"}).status_code == 422
    scripted("no JSON", "no JSON")
    failed = client.post(url, json={"ids": ["marisol-oda"], "model": MODEL})
    assert failed.status_code == 422 and "marisol-oda" in failed.json()["detail"]
    assert store.version() == 2


def test_the_operator_drops_footprint_items_lists_or_all(registry_home, scripted, capsys):
    scripted(ODA_FOOTPRINT)
    assert alu(registry_home, "enrich", "marisol-oda", "--model", MODEL) == 0
    assert alu(registry_home, "drop-footprint", "marisol-oda", "--field", "keyphrases", "--item", "port  aurelia",
               "--dry-run") == 0
    assert "    - Port Aurelia" in capsys.readouterr().out
    assert stored(registry_home)[1]["marisol-oda"].keyphrases == tuple(ODA_FOOTPRINT["keyphrases"])
    assert alu(registry_home, "drop-footprint", "marisol-oda", "--field", "keyphrases", "--item", "Port Aurelia") == 0
    footprint = stored(registry_home)[1]["marisol-oda"]
    assert footprint.keyphrases == ("Tidewater Kiln", "Saltglass Biennale") and footprint.version == 2
    assert footprint.source == MODEL and footprint.facts == tuple(ODA_FOOTPRINT["facts"])
    assert alu(registry_home, "drop-footprint", "marisol-oda", "--field", "facts", "--item", "nothing like it") == 2
    assert alu(registry_home, "drop-footprint", "marisol-oda", "--item", "Tidewater Kiln") == 2
    assert "--item needs --field" in capsys.readouterr().err
    assert alu(registry_home, "drop-footprint", "marisol-oda", "--field", "questions") == 0
    assert stored(registry_home)[1]["marisol-oda"].questions == ()
    assert alu(registry_home, "drop-footprint", "marisol-oda") == 0
    assert stored(registry_home)[1]["marisol-oda"] is None
    assert alu(registry_home, "drop-footprint", "marisol-oda") == 2
    assert "has no footprint" in capsys.readouterr().err


def test_a_footprint_that_takes_the_target_past_its_vector_limit_is_refused(registry_home, scripted, capsys,
                                                                           monkeypatch):
    monkeypatch.setattr("alu.retrieval.targets.MAX_VECTORS", 2)   # the footprint holds 3 texts to embed
    scripted(ODA_FOOTPRINT)
    assert alu(registry_home, "enrich", "marisol-oda", "--model", MODEL) == 2
    assert "at most 2 facts, examples and footprint texts" in capsys.readouterr().err
    assert stored(registry_home)[1]["marisol-oda"] is None
