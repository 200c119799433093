"""A bulk removal is patched in time linear in its size, and queries keep being answered meanwhile.

Its time is measured by benchmarks/bench_bulk.py (benchmarks/results/bulk.json), not asserted here."""

from __future__ import annotations

import threading
import time

from test_store import HashEmbedder

from alu.retrieval import views as views_module
from alu.retrieval.matcher import LexicalMatcher
from alu.retrieval.store import TargetStore
from alu.retrieval.targets import make_target

N = 20_000
KEPT = "Odalys Brenneke"


def smithwicks(n: int) -> list[dict]:
    letters = "abcdefghijklmnopqrstuvwxyz"
    return [{"id": f"p{i:05d}", "name": f"{letters[i % 26].upper()}{letters[i // 26 % 26]}{letters[i // 676 % 26]}"
             f"ven Smithwick"} for i in range(n)]


def test_removing_twenty_thousand_targets_sharing_a_word_while_queries_run(tmp_path, monkeypatch):
    monkeypatch.setattr(views_module, "SNAPSHOT_TTL_S", 0.5)  # old versions expire fast: the purge runs too
    embedder = HashEmbedder()
    people = smithwicks(N)
    TargetStore(tmp_path, embedder).add([make_target(p) for p in people] + [make_target({"name": KEPT})])
    serving = TargetStore(tmp_path, embedder)
    assert serving.count() == N + 1
    one = people[N // 2]["name"]
    text = f"{one} met {KEPT} in spring."
    stop, answered, errors = threading.Event(), [], []

    def queries() -> None:
        while not stop.is_set():
            try:
                snap = serving.snapshot()
                found = {h.target_id for h in snap.lexical(text)}
                snap.search_each([text], 8)
                # a version either still has the person or not; the kept one is always there
                assert ("p10000" in found) == (snap.get("p10000") is not None) and len(found) >= 1
                answered.append(snap.version())
            except BaseException as e:  # reported below
                errors.append(e)
                return

    thread = threading.Thread(target=queries)
    thread.start()
    while not answered and thread.is_alive():
        time.sleep(0.01)
    version = TargetStore(tmp_path, embedder).remove([p["id"] for p in people]).version
    while serving._view.version < version and thread.is_alive():
        time.sleep(0.01)
    before = len(answered)
    while len(answered) < before + 5 and thread.is_alive():  # answering goes on after the patch
        time.sleep(0.01)
    stop.set()
    thread.join()
    assert not errors, errors
    assert min(answered) < version <= max(answered)
    assert serving.count() == 1 and [h.target_id for h in serving.lexical(text)] != []
    assert all(h.target_id not in {p["id"] for p in people} for h in serving.lexical(text))


def test_matcher_removal_costs_the_targets_own_keys():
    """Each removal drops its own entries: the shared word's entry set is never scanned."""
    matcher = LexicalMatcher()
    for p in smithwicks(2000):
        matcher.add(make_target(p))
    assert len(matcher._index[("smithwick",)]) == 2000  # the bare family name: one key for every target
    scans = [0]
    real = set.difference_update

    class Counting(set):
        def difference_update(self, *others):
            scans[0] += 1
            return real(self, *others)

        def __iter__(self):
            scans[0] += 1
            return super().__iter__()

    for key, entries in list(matcher._index.items()):
        matcher._index[key] = Counting(entries)
    for p in smithwicks(2000):
        matcher.remove(p["id"])
    assert scans[0] == 0 and len(matcher) == 0 and not matcher._index
