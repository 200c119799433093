"""Check that no rule, test, comment or prose example of the project quotes an item of a scored set.

    .venv/bin/python scripts/check_scored_citations.py [--data DIR] [PATH ...]

Scored sets: TOFU (questions, answers, their paraphrases and perturbations), WMDP (questions, long
choices), MMLU test (questions, long choices), RWKU (forget and neighbour probes: queries, cloze
queries with their answer filled in, gold answers), WPU (forget QA, the WHP+ forget, hard-retain and
retain QA) from the benchmark data folder, and this project's own alu/data/conversations/test.

Checked: the string literals and comments of every tracked .py file and the text of every other
tracked text file (README, docs, notebooks, hand-written corpora), except the files that define the
benchmarks (alu/data/bench, alu/data/conversations) and the recorded results.  Text is compared
lowercased, without accents or punctuation:
  exact       a sentence or quoted string equals a scored item, or one sentence of it (--min-words
              words with letters at least), or contains a whole item of --contain-words such words;
  near-exact  a run of --words consecutive words is shared with an item, unless every such run is a
              benchmark's format stem, one that --stem-items items or more share ("What is the full
              name of the author born in ..." is TOFU's way of asking, not one of its questions);
  paraphrase  a sentence and an item share --paraphrase-words content words or more (no stop words or
              numbers; all but one of them no word of a subject's name), three quarters of the
              sentence's and three fifths of the item's: an item reworded, a cloze probe as a question;
  answer      a quoted phrase equals an RWKU or WPU gold answer of two words or more that is not itself
              a subject's name, in a passage that speaks of probes or of the benchmark (naming a
              subject, a work or a pen name is not quoting; calling it what a probe answers is).
The subjects (RWKU's 200 people, the WHP+ persons, the names in alu/data/bench) are the benchmarks'
targets, not scored items, and may be named.  A hit prints path:line, the kind, the set and the words
matched; hits on the test split print no words (its items are not to be read, even in a report).  Exit
status 1 when anything is found.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import math
import re
import subprocess
import sys
import tokenize
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from alu.eval.data import REPO, data_dir  # noqa: E402

CONVERSATIONS_TEST = REPO / "alu" / "data" / "conversations" / "test"
BENCH = REPO / "alu" / "data" / "bench"
TEST_SPLIT = "conversations test split"
# Files that define the benchmarks or record their results: quoting scored items is their job.
SKIP = ("alu/data/bench/", "alu/data/conversations/", "benchmarks/results/", "docs/results/")
TEXT_SUFFIXES = (".py", ".md", ".txt", ".jsonl", ".json", ".csv", ".ipynb")
# A choice or an answer shorter than this is a word or a name, not something one could be said to quote.
LONG_FIELD_WORDS = 6
# Where a scored item breaks into sentences, and where the project's text breaks into sentences or quotes.
ITEM_SENTENCE = re.compile(r"(?<=[.?!])\s+")
SENTENCE = re.compile(r"(?<=[.?!:;])[\"'”’)\]]*\s+|[\"“”«»`|]|(?<![^\W\d_])'|'(?![^\W\d_])|\s[-–—]\s")
QUOTED = re.compile(r"\"([^\"\n]{3,80})\"|“([^”\n]{3,80})”|(?<![^\W\d_])'([^'\n]{3,80})'(?![^\W\d_])")
PLACEHOLDER = re.compile(r"\{[^{}]*\}")
WORD = re.compile(r"[^\W_]+")
QUOTE = re.compile(r"[A-Za-z]*('{3}|\"{3}|'|\")")
# a passage about the benchmarks: a gold answer quoted in it is quoted as an answer
ABOUT_PROBES = {"rwku", "wpu", "probe", "probes", "gold"}
STOP = frozenset("a an the of in on at to for and or but is was were be been are am what which who whom whose how "
                 "when where why did does do has have had with by from as that this these those it its his her he "
                 "she they their them him i you we my your our not no so than then there here also into about "
                 "after before over under up out can could would should will may might must".split())


def words(text: str) -> tuple[str, ...]:
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text).replace("’", "'")
        text = "".join(c for c in text if not unicodedata.combining(c))
    return tuple(WORD.findall(text.lower().replace("'", "")))


def lettered(ws: Iterable[str]) -> int:
    return sum(1 for w in ws if not w.isdigit())


# ---------------------------------------------------------------------------- the scored items

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


# ---------------------------------------------------------------------------- the project's text

@dataclass(frozen=True)
class Piece:
    path: str
    line: int
    text: str          # its lines joined by newlines, the first one at `line`

    def sentences(self) -> Iterator[tuple[int, str]]:
        """(line, sentence or quoted string), in order."""
        at = 0
        for cut in [*SENTENCE.finditer(self.text), None]:
            end = cut.start() if cut else len(self.text)
            if self.text[at:end].strip():
                skipped = len(self.text[at:end]) - len(self.text[at:end].lstrip())
                yield self.line + self.text.count("\n", 0, at + skipped), self.text[at:end]
            at = cut.end() if cut else at

    def words(self) -> tuple[tuple[str, ...], tuple[int, ...]]:
        """The normalised words and the line of each."""
        out: list[str] = []
        lines: list[int] = []
        for n, line in enumerate(self.text.split("\n"), self.line):
            found = words(line)
            out += found
            lines += [n] * len(found)
        return tuple(out), tuple(lines)


def paragraphs(path: str, first: int, text: str) -> Iterator[Piece]:
    block: list[str] = []
    start = first
    for n, line in enumerate(text.split("\n"), first):
        if line.strip():
            start = start if block else n
            block.append(line.strip())
        elif block:
            yield Piece(path, start, "\n".join(block))
            block = []
    if block:
        yield Piece(path, start, "\n".join(block))


def python_pieces(path: str, source: str, first: int = 1) -> Iterator[Piece]:
    """String literals (adjacent ones, which Python joins, as one text; a multi-line one by paragraph), and
    consecutive comment lines as one block."""
    try:
        tokens = list(tokenize.generate_tokens(io.StringIO(source).readline))
    except (tokenize.TokenError, SyntaxError):
        yield from paragraphs(path, first, source)
        return
    comment: list[tokenize.TokenInfo] = []
    joined: list[tokenize.TokenInfo] = []
    for tok in [*tokens, None]:
        kind = tok.type if tok is not None else None
        if kind == tokenize.NL or (kind == tokenize.NEWLINE and not joined):
            continue
        if comment and kind != tokenize.COMMENT:
            yield Piece(path, first - 1 + comment[0].start[0], "\n".join(c.string.lstrip("#").strip() for c in comment))
            comment = []
        if joined and kind not in (tokenize.STRING, tokenize.COMMENT):
            yield from paragraphs(path, first - 1 + joined[0].start[0], literal_text(joined))
            joined = []
        if kind == tokenize.COMMENT:
            comment.append(tok)
        elif kind == tokenize.STRING:
            joined.append(tok)


def literal_text(tokens: list[tokenize.TokenInfo]) -> str:
    """The text of adjacent string literals, each on the line it is written on."""
    text, line = "", tokens[0].start[0]
    for tok in tokens:
        quote = QUOTE.match(tok.string)
        body = tok.string[quote.end():len(tok.string) - len(quote.group(1))] if quote else tok.string
        text += (("\n" * (tok.start[0] - line) or " ") + body) if text else body
        line = tok.end[0]
    return text


def notebook_pieces(path: str, text: str) -> Iterator[Piece]:
    """Cells in order; a hit's line is the line of the notebook file the cell starts on."""
    lines = text.split("\n")
    for cell in json.loads(text).get("cells", []):
        source = "".join(cell.get("source", []))
        head = next((s for s in cell.get("source", []) if s.strip()), "")
        at = next((n for n, line in enumerate(lines, 1) if head and json.dumps(head)[1:-1][:40] in line), 1)
        yield from (python_pieces(path, source, at) if cell.get("cell_type") == "code"
                    else paragraphs(path, at, source))


def tracked_files(paths: list[str]) -> list[str]:
    listed = subprocess.run(["git", "-C", str(REPO), "ls-files", "--", *paths], check=True,
                            capture_output=True, text=True).stdout.split("\n")
    return [p for p in listed if p.endswith(TEXT_SUFFIXES) and not p.startswith(SKIP) and (REPO / p).is_file()]


def project_pieces(paths: list[str]) -> Iterator[Piece]:
    for path in tracked_files(paths):
        try:
            text = (REPO / path).read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        if path.endswith(".py"):
            yield from python_pieces(path, text)
        elif path.endswith(".ipynb"):
            yield from notebook_pieces(path, text)
        elif path.endswith((".jsonl", ".csv", ".txt")):
            yield from (Piece(path, n, line) for n, line in enumerate(text.split("\n"), 1) if line.strip())
        else:
            yield from paragraphs(path, 1, text)


# ---------------------------------------------------------------------------- matching

@dataclass(frozen=True)
class Hit:
    path: str
    line: int
    kind: str
    label: str
    text: str

    def __post_init__(self) -> None:
        if self.label == TEST_SPLIT:  # not even a failing assertion's repr may show the test split's words
            object.__setattr__(self, "text", "")

    def render(self) -> str:
        quoted = f": {self.text!r}" if self.text else ""
        return f"{self.path}:{self.line}: {self.kind} {self.label}{quoted}"


@dataclass
class Options:
    run: int = 8              # near-exact: shared run of words
    min_words: int = 4        # exact: shortest item an equal sentence is a hit for
    contain_words: int = 6    # exact: shortest item a containing sentence is a hit for
    stem_items: int = 25      # near-exact: a run shared by this many items is a format stem
    paraphrase_words: int = 4  # paraphrase: fewest shared content words


def content(ws: Iterable[str]) -> frozenset[str]:
    return frozenset(w for w in set(ws) - STOP if len(w) > 2 and not w.isdigit())


def find(pieces: Iterable[Piece], scored: Scored, opts: Options | None = None) -> list[Hit]:
    opts = opts or Options()
    run = opts.run
    hits: set[Hit] = set()
    grams: dict[tuple[str, ...], list[tuple[str, tuple[str, ...], tuple[int, ...], int]]] = defaultdict(list)
    spans: dict[tuple[str, ...], list[tuple[str, int]]] = defaultdict(list)
    said_content: list[tuple[str, int, frozenset[str]]] = []
    for piece in pieces:
        for line, sentence in piece.sentences():
            said = words(sentence)
            label = scored.units.get(said)
            if label and lettered(said) >= opts.min_words:
                hits.add(Hit(piece.path, line, "exact", label, " ".join(said)))
            if len(content(said)) >= opts.paraphrase_words:
                said_content.append((piece.path, line, content(said)))
        code, lines = piece.words()
        if ABOUT_PROBES & set(code):
            for quoted in QUOTED.finditer(piece.text):
                said = words(next(g for g in quoted.groups() if g))
                if said in scored.answers:
                    line = piece.line + piece.text.count("\n", 0, quoted.start())
                    hits.add(Hit(piece.path, line, "answer", scored.answers[said], " ".join(said)))
        digits = [0]
        for w in code:
            digits.append(digits[-1] + w.isdigit())
        for i in range(len(code) - run + 1):
            if digits[i + run] - digits[i] <= run - run // 2:
                grams[code[i:i + run]].append((piece.path, code, lines, i))
        for size in range(opts.contain_words, run):
            for i in range(len(code) - size + 1):
                spans[code[i:i + size]].append((piece.path, lines[i]))
    shared: dict[tuple[str, ...], list[tuple[tuple[str, ...], int]]] = defaultdict(list)
    for unit, label in scored.units.items():
        if opts.contain_words <= len(unit) < run and opts.contain_words <= lettered(unit):
            for path, line in spans.get(unit, ()):
                hits.add(Hit(path, line, "exact", label, " ".join(unit)))
        for i in range(len(unit) - run + 1):
            if unit[i:i + run] in grams:
                shared[unit[i:i + run]].append((unit, i))
    for gram, places in shared.items():
        if len(places) >= opts.stem_items:
            continue
        for unit, i in places:
            for path, code, lines, at in grams[gram]:
                start, k = at, i
                while start > 0 and k > 0 and code[start - 1] == unit[k - 1]:
                    start, k = start - 1, k - 1
                end = at + run
                while end < len(code) and k + end - start < len(unit) and code[end] == unit[k + end - start]:
                    end += 1
                hits.add(Hit(path, lines[start], "near-exact", scored.units[unit], " ".join(code[start:end])))
    hits |= paraphrases(said_content, scored, opts.paraphrase_words, opts.stem_items)
    return sorted(hits, key=lambda h: (h.path, h.line, h.kind, h.label, h.text))


def paraphrases(said: list[tuple[str, int, frozenset[str]]], scored: Scored, least: int, stem_items: int) -> set[Hit]:
    """Sentences that share most of their content words with one item: an item reworded, or a cloze probe
    written as a question.  Words that this many items share are a format ("the full name of the author born
    in"), not an item."""
    names = scored.name_words()
    wanted = set().union(*(c for _, _, c in said)) if said else set()
    items: dict[str, list[int]] = defaultdict(list)
    units: list[tuple[frozenset[str], tuple[str, ...]]] = []
    for unit in scored.units:
        if not wanted.intersection(unit):
            continue
        kept = content(unit)
        if len(kept - names) >= least - 1:
            for w in kept & wanted:
                items[w].append(len(units))
            units.append((kept, unit))
    where: dict[frozenset[str], list[tuple[str, int]]] = defaultdict(list)
    for path, line, kept in said:
        where[kept].append((path, line))
    hits = set()
    for kept, places in where.items():
        # an item sharing `need` of the sentence's words shares one of its len - need + 1 rarest ones
        need = max(least, math.ceil(0.75 * len(kept)))
        rare = sorted(kept, key=lambda w: len(items.get(w, ())))[:len(kept) - need + 1]
        found, sharing = [], 0
        for i in {i for w in rare for i in items.get(w, ())}:
            item, unit = units[i]
            both = kept & item
            if len(both) >= need:
                sharing += 1
                if len(both - names) >= least - 1 and len(both) >= 0.6 * len(item):
                    found.append((scored.units[unit], " ".join(sorted(both))))
        if sharing < stem_items:
            hits.update(Hit(path, line, "paraphrase", label, text) for label, text in found for path, line in places)
    return hits


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("paths", nargs="*", help="tracked files or folders to check (default: the whole repository)")
    parser.add_argument("--data", help="benchmark data folder (default: $ALU_DATA_DIR or shared/data beside the repo)")
    defaults = Options()
    parser.add_argument("--words", type=int, default=defaults.run, help="a shared run of this many words is a hit")
    parser.add_argument("--min-words", type=int, default=defaults.min_words,
                        help="shortest item an equal sentence is a hit for")
    parser.add_argument("--contain-words", type=int, default=defaults.contain_words,
                        help="shortest item a containing sentence is a hit for")
    parser.add_argument("--stem-items", type=int, default=defaults.stem_items,
                        help="a run of words shared by this many items is a format stem, not a quotation")
    parser.add_argument("--paraphrase-words", type=int, default=defaults.paraphrase_words,
                        help="fewest content words a paraphrase shares with its item")
    args = parser.parse_args(argv)
    scored = scored_items(data_dir(args.data))
    opts = Options(args.words, args.min_words, args.contain_words, args.stem_items, args.paraphrase_words)
    hits = find(project_pieces(args.paths), scored, opts)
    for hit in hits:
        print(hit.render())
    print(f"{len(hits)} quotation(s) of scored items in {len({h.path for h in hits})} file(s)", file=sys.stderr)
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main())
