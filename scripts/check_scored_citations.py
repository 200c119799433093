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
import io
import json
import math
import re
import subprocess
import sys
import tokenize
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scored_sets import TEST_SPLIT, Scored, lettered, scored_items, words  # noqa: E402

from alu.eval.data import REPO, data_dir  # noqa: E402

# Files that define the benchmarks or record their results: quoting scored items is their job.
SKIP = ("alu/data/bench/", "alu/data/conversations/", "benchmarks/results/", "docs/results/")
TEXT_SUFFIXES = (".py", ".md", ".txt", ".jsonl", ".json", ".csv", ".ipynb")
# Where the project's text breaks into sentences or quotes.
SENTENCE = re.compile(r"(?<=[.?!:;])[\"'”’)\]]*\s+|[\"“”«»`|]|(?<![^\W\d_])'|'(?![^\W\d_])|\s[-–—]\s")
QUOTED = re.compile(r"\"([^\"\n]{3,80})\"|“([^”\n]{3,80})”|(?<![^\W\d_])'([^'\n]{3,80})'(?![^\W\d_])")
QUOTE = re.compile(r"[A-Za-z]*('{3}|\"{3}|'|\")")
# a passage about the benchmarks: a gold answer quoted in it is quoted as an answer
ABOUT_PROBES = {"rwku", "wpu", "probe", "probes", "gold"}
STOP = frozenset("a an the of in on at to for and or but is was were be been are am what which who whom whose how "
                 "when where why did does do has have had with by from as that this these those it its his her he "
                 "she they their them him i you we my your our not no so than then there here also into about "
                 "after before over under up out can could would should will may might must".split())


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
