"""The forget targets as a Python API, sync and async, with the CLI's and the admin API's rules.

    from alu import Targets

    targets = Targets("~/.alu")                       # the registry the CLI and servers use (ALU_HOME)
    targets.add({"name": "Ada Okafor", "aliases": ["A. Okafor"]})
    targets.add({"id": "ada-okafor", "name": "Ada Okafor", "description": "a chemist"}, replace=True)
    targets.import_file("people.csv", dry_run=True).plan.diff_lines()
    targets.enrich(["ada-okafor"], model="openai:gpt-4o-mini", dry_run=True)   # footprints, reviewed first
    targets.remove("ada-okafor")
    await targets.aadd({"name": "Ben Osei"})          # every method has an async twin: a + name
    acme = Targets("~/.alu", target_set="acme")       # one tenant's set (create it: alu targets sets create acme)

Every write goes through the one registration pipeline (`alu.retrieval.registration`): a target
whose id exists with other fields is changed only with `replace=True` (else `TargetConflict`, and
nothing is written); a dry run returns the plan and writes nothing; a file is imported all or
nothing.  Writes are committed to the registry, which every serving process follows before its next
query: no restart, no reload call.  Async methods run the blocking work (SQLite or PostgreSQL,
embedding) in a worker thread, so an event loop keeps serving.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from alu.retrieval.registration import (
    EnrichmentFailed,
    FootprintConflict,
    Registration,
    TargetConflict,
    enrich,
    register,
)
from alu.retrieval.target_sets import DEFAULT_SET, check_set_name, set_rows
from alu.retrieval.targets import Target, TargetError, read_targets_file

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

    from alu.retrieval.store import ChangeResult, TargetStore

    ChatModel = str | BaseChatModel | None

__all__ = ["EnrichmentFailed", "FootprintConflict", "Registration", "TargetConflict", "TargetError", "Targets"]

DEFAULT_HOME = "~/.alu"


class Targets:
    """The target registry at `home` (default: $ALU_HOME or ~/.alu); PostgreSQL when ALU_DATABASE_URL is set.

    target_set: the set (tenant) every method works on (default: `default`); another set's ids are not found."""

    def __init__(self, home: str | Path | None = None, embeddings: str = "minilm",
                 store: TargetStore | None = None, target_set: str = DEFAULT_SET) -> None:
        self.home = str(Path(home or os.environ.get("ALU_HOME") or DEFAULT_HOME).expanduser())
        self.embeddings = embeddings
        self._store = store
        self.target_set = check_set_name(target_set)

    @property
    def store(self) -> TargetStore:
        if self._store is None:  # the process's one store for this registry, shared with its graphs
            from alu.graph.resources import open_store

            self._store = open_store(self.home, self.embeddings)
        return self._store

    # ---- writes --------------------------------------------------------------------------
    def add(self, *targets: Target | dict | Iterable[Target | dict], replace: bool = False,
            drop_forms: Iterable[str] = (), dry_run: bool = False) -> Registration:
        """Add targets given as dicts (`name`, optional `id`, `aliases`, `description`, `kind`) or Targets,
        one by one or as one iterable."""
        return register(self.store, _flatten(targets), replace=replace, drop=list(drop_forms), dry_run=dry_run,
                        target_set=self.target_set)

    def import_file(self, path: str | Path, fmt: str | None = None, replace: bool = False,
                    drop_forms: Iterable[str] = (), dry_run: bool = False, enrich_with: ChatModel = None,
                    force: bool = False) -> Registration:
        """A JSONL, CSV or TXT file (format from the suffix unless given), all or nothing.  With `enrich_with`
        (a 'provider:model' string or a chat model), the targets that have no footprint in the file get one
        first (EnrichmentFailed and nothing written if any gets none)."""
        write = _writer(enrich_with, force) if enrich_with is not None else None
        return register(self.store, read_targets_file(path, fmt), replace=replace, drop=list(drop_forms),
                        dry_run=dry_run, enrich_with=write, target_set=self.target_set)

    def enrich(self, ids: Iterable[str], model: ChatModel = None, *, replace: bool = False, dry_run: bool = False,
               force: bool = False) -> list[Target]:
        """Have `model` (a 'provider:model' string or a chat model; default: the respondent model) write the
        knowledge footprint of the targets `ids`, and store them all in one commit, or none.

        KeyError names unknown ids; FootprintConflict, targets that have a footprint (`replace=True` writes
        a new version); EnrichmentFailed, each target the model wrote no valid footprint for.  The embedded
        135M model is refused unless `force`.  Returns the targets with their new footprints (`dry_run`:
        not stored; `alu.retrieval.footprint.diff` says what changes)."""
        ids = list(dict.fromkeys(ids))
        found = {i: self.get(i) for i in ids}
        missing = [i for i, t in found.items() if t is None]
        if missing:
            raise KeyError(f"no target with id {', '.join(map(repr, missing))}")
        if not ids:
            raise TargetError("no targets given")
        targets = [t for t in found.values() if t is not None]
        enriched = enrich(self.store.registry, targets, _writer(model, force), replace=replace, check=not dry_run)
        if not dry_run:
            register(self.store, enriched, replace=True, target_set=self.target_set)
        return enriched

    def update(self, target_id: str, *, name: str | None = None, aliases: list[str] | None = None,
               description: str | None = None) -> ChangeResult:
        """Change some fields of one target (KeyError if there is none with this id)."""
        return self.store.update(target_id, self.target_set, name=name, aliases=aliases, description=description)

    def remove(self, *target_ids: str) -> ChangeResult:
        """All or nothing: KeyError naming the ids that do not exist."""
        return self.store.remove(list(target_ids), self.target_set)

    # ---- reads ---------------------------------------------------------------------------
    def get(self, target_id: str) -> Target | None:
        found = self.store.registry.get(target_id)
        return found if found is not None and found.target_set == self.target_set else None

    def page(self, limit: int | None = None, offset: int = 0) -> list[Target]:
        return self.store.registry.page(limit, offset, self.target_set)

    def count(self) -> int:
        return self.store.registry.count(self.target_set)

    # ---- target sets ---------------------------------------------------------------------
    def create_set(self, refusal: str | None = None) -> int:
        """Create this object's set (empty), with its refusal message if given; returns the registry version."""
        return self.store.create_set(self.target_set, refusal)

    def set_refusal(self, refusal: str | None) -> int:
        """What every surface answers when it refuses for this set (None: the built-in refusal)."""
        return self.store.set_refusal(self.target_set, refusal)

    def sets(self) -> list[dict]:
        """Every set of the registry: name, refusal message and how many targets it holds."""
        return set_rows(self.store.registry)

    def version(self) -> int:
        return self.store.registry.version()

    # ---- async twins ---------------------------------------------------------------------
    async def aadd(self, *targets: Target | dict | Iterable[Target | dict], replace: bool = False,
                   drop_forms: Iterable[str] = (), dry_run: bool = False) -> Registration:
        return await asyncio.to_thread(self.add, *targets, replace=replace, drop_forms=drop_forms, dry_run=dry_run)

    async def aimport_file(self, path: str | Path, fmt: str | None = None, replace: bool = False,
                           drop_forms: Iterable[str] = (), dry_run: bool = False, enrich_with: ChatModel = None,
                           force: bool = False) -> Registration:
        return await asyncio.to_thread(self.import_file, path, fmt, replace, drop_forms, dry_run, enrich_with, force)

    async def aenrich(self, ids: Iterable[str], model: ChatModel = None, *, replace: bool = False,
                      dry_run: bool = False, force: bool = False) -> list[Target]:
        return await asyncio.to_thread(self.enrich, list(ids), model, replace=replace, dry_run=dry_run, force=force)

    async def aupdate(self, target_id: str, *, name: str | None = None, aliases: list[str] | None = None,
                      description: str | None = None) -> ChangeResult:
        return await asyncio.to_thread(self.update, target_id, name=name, aliases=aliases, description=description)

    async def aremove(self, *target_ids: str) -> ChangeResult:
        return await asyncio.to_thread(self.remove, *target_ids)

    async def aget(self, target_id: str) -> Target | None:
        return await asyncio.to_thread(self.get, target_id)

    async def apage(self, limit: int | None = None, offset: int = 0) -> list[Target]:
        return await asyncio.to_thread(self.page, limit, offset)

    async def acount(self) -> int:
        return await asyncio.to_thread(self.count)


def _writer(model: ChatModel, force: bool):
    from alu.enrichment import footprint_writer

    return footprint_writer(model, force)


def _flatten(items: tuple) -> list[Target | dict]:
    out: list[Target | dict] = []
    for item in items:
        if isinstance(item, (Target, dict)):
            out.append(item)
        elif isinstance(item, (str, bytes)):
            raise TargetError(f"a target is a dict with at least a name, not {type(item).__name__} {item!r}")
        else:
            for x in item:
                if not isinstance(x, (Target, dict)):
                    raise TargetError(f"a target is a dict with at least a name, not {type(x).__name__}")
                out.append(x)
    return out
