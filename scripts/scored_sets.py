"""The scored sets' items, as word sequences: what no text of the project may quote.

Read from the benchmark data folder (TOFU, WMDP, MMLU test, RWKU, WPU) and from this project's own
alu/data/conversations/test; the subjects' names are collected apart, since naming a benchmark's target
cites nothing.  Used by scripts/check_scored_citations.py.
"""

from __future__ import annotations

import csv
import json
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from alu.eval.data import REPO

CONVERSATIONS_TEST = REPO / "alu" / "data" / "conversations" / "test"
BENCH = REPO / "alu" / "data" / "bench"
TEST_SPLIT = "conversations test split"
# A choice or an answer shorter than this is a word or a name, not something one could be said to quote.
LONG_FIELD_WORDS = 6
# Where a scored item breaks into sentences.
ITEM_SENTENCE = re.compile(r"(?<=[.?!])\s+")
PLACEHOLDER = re.compile(r"\{[^{}]*\}")
WORD = re.compile(r"[^\W_]+")


def words(text: str) -> tuple[str, ...]:
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text).replace("’", "'")
        text = "".join(c for c in text if not unicodedata.combining(c))
    return tuple(WORD.findall(text.lower().replace("'", "")))


def lettered(ws: Iterable[str]) -> int:
    return sum(1 for w in ws if not w.isdigit())


@dataclass
class Scored:
    units: dict[tuple[str, ...], str] = field(default_factory=dict)    # item or one sentence of it -> set
    answers: dict[tuple[str, ...], str] = field(default_factory=dict)  # short gold answers -> set
    names: set[tuple[str, ...]] = field(default_factory=set)           # subjects: naming them cites nothing
    added: set[str] = field(default_factory=set)                       # texts already in `units`

    def name_words(self) -> set[str]:
        """Every word of a subject's name, also in the genitive ("kings" from "King's")."""
        return {form for name in self.names for w in name for form in (w, w + "s")}

    def add(self, text, label: str, min_words: int = 1) -> None:
        if not isinstance(text, str) or text in self.added:
            return
        whole = words(text)
        if lettered(whole) < min_words:
            return
        self.added.add(text)
        self.units.setdefault(whole, label)
        if ITEM_SENTENCE.search(text):
            for sentence in ITEM_SENTENCE.split(text):
                self.units.setdefault(words(sentence), label)

    def answer(self, text, label: str) -> None:
        """A gold answer too short to be an item: quoted in prose it still gives its item away."""
        if isinstance(text, str) and lettered(words(text)) >= 2:
            self.answers.setdefault(words(text), label)
        self.add(text, label, LONG_FIELD_WORDS)


def json_lines(path: Path) -> Iterator[dict]:
    with path.open(encoding="utf-8") as f:
        yield from (json.loads(line) for line in f if line.strip())


def tofu(root: Path, scored: Scored) -> None:
    for path in sorted((root / "tofu").glob("*.json")):
        for row in json_lines(path):
            for key in ("question", "answer", "paraphrased_question", "paraphrased_answer"):
                scored.add(row.get(key), "TOFU")
            for text in row.get("perturbed_answer") or ():
                scored.add(text, "TOFU")


def wmdp(root: Path, scored: Scored) -> None:
    for path in sorted((root / "wmdp").glob("*_questions.json")):
        label = f"WMDP {path.name.split('_')[0]}"
        for row in json.loads(path.read_text(encoding="utf-8")):
            scored.add(row.get("question"), label)
            for choice in row.get("choices") or ():
                scored.add(choice, label, LONG_FIELD_WORDS)


def mmlu(root: Path, scored: Scored) -> None:
    for path in sorted((root / "mmlu" / "test").glob("*_test.csv")):
        label = f"MMLU test ({path.name.removesuffix('_test.csv')})"
        with path.open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                scored.add(row.get("question"), label)
                for i in range(4):
                    scored.add(row.get(f"choice{i}"), label, LONG_FIELD_WORDS)


def rwku(root: Path, scored: Scored) -> None:
    targets = root / "rwku" / "targets.json"
    if targets.is_file():
        scored.names.update(words(t["subject"]) for t in json.loads(targets.read_text(encoding="utf-8")))
    for path in sorted((root / "rwku").glob("*_level*.jsonl")):
        side, level = path.stem.split("_level")
        label = f"RWKU {side} L{level}"
        for row in json_lines(path):
            query, answer = row.get("query"), row.get("answer")
            scored.add(query, label)
            if isinstance(query, str) and "___" in query and isinstance(answer, str):
                scored.add(query.replace("___", answer), label)
            scored.answer(answer, label)


def wpu(root: Path, scored: Scored) -> None:
    base = root / "wpu_partial"
    if (base / "forget_qa_400.jsonl").is_file():
        for row in json_lines(base / "forget_qa_400.jsonl"):
            scored.add(row.get("question"), "WPU forget")
            scored.answer(row.get("answer"), "WPU forget")
    for path in sorted((base / "whpplus").glob("whp_unlearn_*.json")):
        label = "WPU " + path.stem.removeprefix("whp_unlearn_")
        for person, rows in json.loads(path.read_text(encoding="utf-8")).items():
            scored.names.add(words(person))
            for row in rows:
                scored.add(row.get("Question"), label)
                scored.answer(row.get("Answer"), label)


def leaves(value) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from leaves(item)
    elif isinstance(value, list):
        for item in value:
            yield from leaves(item)


def conversations_test(scored: Scored) -> None:
    """Every text of the test split: its questions, answers, sentences, facts and descriptions, and the fixed
    words of its templates (a placeholder ends one part)."""
    for path in sorted(CONVERSATIONS_TEST.glob("*.json*")):
        rows = json_lines(path) if path.suffix == ".jsonl" else [json.loads(path.read_text(encoding="utf-8"))]
        for row in rows:
            for text in leaves(row):
                for part in PLACEHOLDER.split(text):
                    scored.add(part, TEST_SPLIT, 4)


def bench_names(scored: Scored) -> None:
    """The names and aliases of the committed benchmark targets (TOFU's authors among them) and of the demo's."""
    for path in [*sorted(BENCH.glob("*_targets.jsonl")), BENCH.parent / "demo_targets.jsonl"]:
        for row in json_lines(path):
            if row.get("kind", "person") == "person":
                scored.names.update(words(name) for name in [row.get("name", ""), *row.get("aliases", [])])


def scored_items(root: Path) -> Scored:
    scored = Scored()
    for load in (tofu, wmdp, mmlu, rwku, wpu):
        load(root, scored)
    bench_names(scored)
    conversations_test(scored)
    scored.units.pop((), None)
    for name in scored.names:
        scored.answers.pop(name, None)
    return scored
