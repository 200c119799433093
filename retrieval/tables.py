"""One version's target table and matcher keys: a snapshot's base (read on demand) under the changes since.

A view's `names` and `keys` were dicts of every target, copied at each patch.  With a replica snapshot
most targets stay in the snapshot (retrieval/replica.py) and are decoded only when a query asks for
them; a view holds only what changed since (a target, or None once removed).  Without a snapshot (a
home that cannot be written) every target is a change over an empty base, as before.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Generic, TypeVar

from alu.retrieval.probes import Probe
from alu.retrieval.replica import BaseTargets, probes
from alu.retrieval.targets import Target

V = TypeVar("V")


class _Overlay(Mapping[str, V], Generic[V]):
    """The changes since the snapshot (None: removed) over what the snapshot's base holds."""

    def __init__(self, base: BaseTargets | None, changed: dict[str, V | None]) -> None:
        self.base = base
        self.changed = changed

    def _from_base(self, base: BaseTargets, target_id: str) -> V | None:
        raise NotImplementedError

    def get(self, target_id: str, default: V | None = None) -> V | None:  # type: ignore[override]
        if target_id in self.changed:
            found = self.changed[target_id]
        else:
            found = self._from_base(self.base, target_id) if self.base is not None else None
        return default if found is None else found

    def __getitem__(self, target_id: str) -> V:
        found = self.get(target_id)
        if found is None:
            raise KeyError(target_id)
        return found

    def __contains__(self, target_id: object) -> bool:
        return isinstance(target_id, str) and self.get(target_id) is not None


class Names(_Overlay[Target]):
    """id -> Target of one version; never mutated (`patched` makes the next version's)."""

    def __init__(self, base: BaseTargets | None, changed: dict[str, Target | None], count: int | None = None) -> None:
        super().__init__(base, changed)
        self._count = count if count is not None else (
            (base.count if base else 0) + sum(1 for t in changed.values() if t is not None))

    def _from_base(self, base: BaseTargets, target_id: str) -> Target | None:
        return base.get(target_id)

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[str]:
        """In registry row order, then the targets changed since in the order they changed (as a table
        patched by popping and re-inserting them was)."""
        if self.base is not None:
            for target_id in self.base.ids():
                if target_id not in self.changed:
                    yield target_id
        for target_id, target in self.changed.items():
            if target is not None:
                yield target_id

    def patched(self, changes: dict[str, Target | None]) -> Names:
        count = self._count
        for target_id, target in changes.items():
            count += (target is not None) - (target_id in self)
        kept = {t: target for t, target in self.changed.items() if t not in changes}
        return Names(self.base, kept | changes, count)

    def probes(self) -> dict[str, Probe]:
        out = {t: p for t, p in probes(self.base).items() if t not in self.changed} if self.base else {}
        out |= {t: target.probe for t, target in self.changed.items() if target is not None and target.probe}
        return out  # in the order of iteration: the base's rows, then the changes

    def keep_targets(self) -> list[Target]:
        """The targets of kind keep (exemplars of what stays answerable), without reading every target."""
        ids = [t for t in self.base.keep_ids if t not in self.changed] if self.base else []
        out = [t for t in (self.base.get(i) for i in ids) if t is not None] if self.base else []
        return out + [t for t in self.changed.values() if t is not None and t.kind == "keep"]

    def footprint_count(self) -> int:
        count = self.base.footprints if self.base else 0
        if self.base is not None:
            for target_id in self.changed:
                old = self.base.get(target_id)
                count -= old is not None and old.footprint is not None
        return count + sum(t is not None and t.footprint is not None for t in self.changed.values())


class Keys(_Overlay[str]):
    """id -> the matcher key this version reads for it."""

    def _from_base(self, base: BaseTargets, target_id: str) -> str | None:
        return base.key(target_id)

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def __iter__(self) -> Iterator[str]:
        yield from (t for t, k in self.changed.items() if k is not None)
        if self.base is not None:
            yield from (t for t in self.base.ids() if t not in self.changed)

    def patched(self, changes: dict[str, str | None]) -> Keys:
        return Keys(self.base, {**self.changed, **changes})
