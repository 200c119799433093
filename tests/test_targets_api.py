"""The Python API for targets (alu.Targets): one registration pipeline with the CLI's and the admin
API's conflict rule, dry runs, all-or-nothing imports, and async twins - on a real SQLite registry
with the bundled MiniLM."""

from __future__ import annotations

import asyncio
import json

import pytest

from alu import Targets
from alu.retrieval.registration import TargetConflict
from alu.retrieval.targets import TargetError


@pytest.fixture
def targets(home, embedder):
    from alu.retrieval.store import TargetStore

    return Targets(home, store=TargetStore(home, embedder))


def state(t: Targets) -> tuple[int, list[dict]]:
    return t.version(), [x.to_dict() for x in t.page()]


def test_add_plans_warns_and_follows_the_one_conflict_rule(targets):
    done = targets.add({"name": "Odalys Fenwick", "aliases": ["O. Fenwick"]}, {"id": "kit", "name": "Kestrel Ivo"})
    assert done.result is not None and sorted(done.result.added) == ["kit", "odalys-fenwick"]
    assert targets.get("odalys-fenwick").aliases == ("O. Fenwick",)
    assert any("forms of odalys-fenwick" in line for line in done.plan.forms)

    # the same fields again: a no-op, not a conflict
    again = targets.add({"name": "Odalys Fenwick", "aliases": ["O. Fenwick"]})
    assert again.result.unchanged == ["odalys-fenwick"] and again.result.added == []

    before = state(targets)
    with pytest.raises(TargetConflict) as caught:
        targets.add({"name": "Odalys Fenwick", "description": "a glassblower"})
    assert caught.value.ids == ["odalys-fenwick"]
    assert state(targets) == before                          # nothing written

    preview = targets.add({"name": "Odalys Fenwick", "description": "a glassblower"}, dry_run=True)
    assert preview.result is None and state(targets) == before
    assert preview.plan.diff_lines()[0] == "~ odalys-fenwick"
    assert '    description: "" -> "a glassblower"' in preview.plan.diff_lines()   # an add replaces all fields
    assert '    aliases: ["O. Fenwick"] -> []' in preview.plan.diff_lines()

    changed = targets.add({"name": "Odalys Fenwick", "description": "a glassblower"}, replace=True)
    assert changed.result.updated == ["odalys-fenwick"]
    assert targets.get("odalys-fenwick").description == "a glassblower"

    # a new target named like an existing one is written, with a warning that says whose name it is
    twin = targets.add({"id": "other-kestrel", "name": "Kestrel Ivo"})
    assert any("already used by target 'kit'" in w for w in twin.plan.warnings)
    assert "warnings" in twin.to_dict()


def test_bad_input_names_the_problem_and_writes_nothing(targets):
    targets.add({"name": "Perrin Azad"})
    before = state(targets)
    with pytest.raises(TargetError, match="no name"):       # one bad item refuses the whole batch
        targets.add({"name": "Quenby Marsh"}, {"aliases": ["no name"]})
    with pytest.raises(TargetError, match="not str"):
        targets.add("Just A String")
    with pytest.raises(TargetError, match="Nope"):            # a form to drop that no target has
        targets.add({"name": "Quenby Marsh"}, drop_forms=["Nope"])
    assert state(targets) == before
    with pytest.raises(TargetError, match="no targets given"):
        targets.add([])
    with pytest.raises(KeyError, match="no-such"):
        targets.remove("perrin-azad", "no-such")
    assert state(targets) == before


def test_import_update_remove_and_their_async_twins(targets, tmp_path):
    people = tmp_path / "people.jsonl"
    people.write_text("\n".join(json.dumps(d) for d in ({"name": "Ilse Varnholt"}, {"name": "Tomasz Bright"})))
    assert sorted(targets.import_file(people).result.added) == ["ilse-varnholt", "tomasz-bright"]

    people.write_text(json.dumps({"name": "Ilse Varnholt", "description": "a cartographer"}) + "\n"
                      + json.dumps({"name": "Wren Adeyemi"}) + "\n")
    before = state(targets)
    with pytest.raises(TargetConflict):          # the change is refused, and so is the whole file
        targets.import_file(people)
    assert state(targets) == before and targets.get("wren-adeyemi") is None

    async def flow() -> None:
        done = await targets.aimport_file(people, replace=True)
        assert done.result.updated == ["ilse-varnholt"] and done.result.added == ["wren-adeyemi"]
        await targets.aupdate("wren-adeyemi", aliases=["W. Adeyemi"])
        assert (await targets.aget("wren-adeyemi")).aliases == ("W. Adeyemi",)
        assert (await targets.aadd({"name": "Nadia Koller"})).result.added == ["nadia-koller"]
        await targets.aremove("tomasz-bright", "nadia-koller")
        assert sorted(t.id for t in await targets.apage()) == ["ilse-varnholt", "wren-adeyemi"]
        assert await targets.acount() == 2

    asyncio.run(flow())


def test_the_store_of_a_home_is_found_like_the_cli_finds_it(home, monkeypatch):
    monkeypatch.setenv("ALU_HOME", str(home))
    t = Targets()
    t.add({"name": "Solveig Amadi"})
    from alu.retrieval.store import TargetStore

    assert TargetStore(home).get("solveig-amadi").name == "Solveig Amadi"
