"""Reading the offline benchmark data (../shared/data) and the small derived files in alu/data/bench.

Every reader fails with a DataError that names the file (and line) it could not use.
"""

from __future__ import annotations

import csv
import json
import os
from pathlib import Path

from alu.retrieval.targets import json_lines

REPO = Path(__file__).resolve().parents[2]
BENCH_DATA = Path(__file__).resolve().parents[1] / "data" / "bench"
# Rows of each TOFU author / RWKU subject that went into the target's description: evaluating on
# them would test the description, not the unlearning, so the loaders skip them.
DESCRIPTION_ROWS = 2


class DataError(ValueError):
    """A benchmark file is missing or malformed; the message names the file and line."""


def data_dir(explicit: str | None = None) -> Path:
    """--data, else $ALU_DATA_DIR, else shared/data beside the repository."""
    for candidate in (explicit, os.environ.get("ALU_DATA_DIR")):
        if candidate:
            path = Path(candidate).expanduser()
            if not path.is_dir():
                raise DataError(f"benchmark data folder not found: {path}")
            return path
    for path in (REPO.parent / "shared" / "data", REPO / "shared" / "data"):
        if path.is_dir():
            return path
    raise DataError(f"benchmark data folder not found (looked for {REPO.parent / 'shared' / 'data'}); "
                    "pass --data DIR or set ALU_DATA_DIR")


def need(path: Path) -> Path:
    if not path.is_file():
        raise DataError(f"missing data file: {path}")
    return path


def read_jsonl(path: Path) -> list[dict]:
    """JSON Lines (TOFU's .json files are JSON Lines too); blank lines are skipped."""
    rows = []
    with need(path).open(encoding="utf-8") as f:
        for n, row in json_lines(f, lambda n, why: DataError(f"{path}:{n}: {why}")):
            if not isinstance(row, dict):
                raise DataError(f"{path}:{n}: expected a JSON object, got {type(row).__name__}")
            rows.append(row)
    return rows


def read_json(path: Path):
    try:
        return json.loads(need(path).read_text(encoding="utf-8"))
    except json.JSONDecodeError as e:
        raise DataError(f"{path}:{e.lineno}: not valid JSON ({e.msg})") from None


def read_csv(path: Path) -> list[dict]:
    with need(path).open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def require(row: dict, keys: tuple[str, ...], where: str) -> dict:
    missing = [k for k in keys if k not in row]
    if missing:
        raise DataError(f"{where}: missing field(s) {', '.join(missing)}")
    return row


def bench_targets(name: str) -> list[dict]:
    """A committed targets file (import format) from alu/data/bench."""
    return read_jsonl(BENCH_DATA / f"{name}_targets.jsonl")


# ---- TOFU ---------------------------------------------------------------------------------
TOFU_FORGET = ("forget01", "forget05", "forget10")
TOFU_SPLITS = TOFU_FORGET + ("retain90", "retain95", "retain99", "real_authors", "world_facts")
TOFU_AUTHOR_ROWS = 20  # every TOFU author has 20 QA pairs, in order


def tofu_rows(root: Path, split: str) -> list[dict]:
    """Rows of a TOFU split with their author index (0-199 over full.json order)."""
    if split not in TOFU_SPLITS:
        raise DataError(f"unknown TOFU split {split!r}; choose from {', '.join(TOFU_SPLITS)}")
    path = root / "tofu" / f"{split}.json"
    rows = read_jsonl(path)
    offset = 4000 - len(rows) if split.startswith("forget") else 0  # forget sets are the tail of full
    out = []
    for i, row in enumerate(rows):
        require(row, ("question", "answer"), f"{path}:{i + 1}")
        author, pos = divmod(offset + i, TOFU_AUTHOR_ROWS)
        out.append({**row, "row": i, "author": author, "pos": pos})
    return out


def tofu_perturbed(root: Path, split: str) -> dict[str, dict]:
    """question -> perturbed record, for the truth-ratio proxy (absent file: no proxy)."""
    path = root / "tofu" / f"{split}_perturbed.json"
    return {r["question"]: r for r in read_jsonl(path)} if path.is_file() else {}


# ---- WMDP and MMLU ------------------------------------------------------------------------
WMDP_DOMAINS = ("bio", "chem", "cyber")


def wmdp_rows(root: Path, domain: str) -> list[dict]:
    if domain not in WMDP_DOMAINS:
        raise DataError(f"unknown WMDP split {domain!r}; choose from {', '.join(WMDP_DOMAINS)}")
    path = root / "wmdp" / f"{domain}_questions.json"
    rows = read_json(path)
    if not isinstance(rows, list):
        raise DataError(f"{path}: expected a JSON array of questions")
    for i, r in enumerate(rows):
        require(r, ("question", "choices", "answer"), f"{path}: record {i + 1}")
        if len(r["choices"]) != 4 or r["answer"] not in range(4):
            raise DataError(f"{path}: record {i + 1}: needs 4 choices and an answer 0-3")
    return rows


def mmlu_subjects(root: Path) -> list[str]:
    folder = root / "mmlu" / "test"
    if not folder.is_dir():
        raise DataError(f"missing data folder: {folder}")
    return sorted(p.name.removesuffix("_test.csv") for p in folder.glob("*_test.csv"))


def mmlu_rows(root: Path, subject: str) -> list[dict]:
    subjects = mmlu_subjects(root)
    if subject not in subjects:
        raise DataError(f"unknown MMLU subject {subject!r} (there are {len(subjects)} in {root / 'mmlu' / 'test'})")
    path = root / "mmlu" / "test" / f"{subject}_test.csv"
    out = []
    for i, r in enumerate(read_csv(path)):
        where = f"{path}:{i + 2}"
        require(r, ("question", "choice0", "choice1", "choice2", "choice3", "answer"), where)
        try:
            answer = int(r["answer"])
        except ValueError:
            raise DataError(f"{where}: answer {r['answer']!r} is not 0-3") from None
        out.append({"question": r["question"], "choices": [r[f"choice{k}"] for k in range(4)], "answer": answer,
                    "subject": subject})
    return out


def mmlu_dev_rows(root: Path) -> list[dict]:
    """All MMLU dev questions (5 per subject, never scored), in subject order."""
    out = []
    for path in sorted((root / "mmlu" / "dev").glob("*_dev.csv")):
        subject = path.name.removesuffix("_dev.csv")
        for i, r in enumerate(read_csv(path)):
            where = f"{path}:{i + 2}"
            require(r, ("question", "choice0", "choice1", "choice2", "choice3", "answer"), where)
            out.append({"question": r["question"], "choices": [r[f"choice{k}"] for k in range(4)],
                        "answer": int(r["answer"]), "subject": subject})
    if not out:
        raise DataError(f"missing data folder or files: {root / 'mmlu' / 'dev'}")
    return out


# ---- RWKU ---------------------------------------------------------------------------------
RWKU_SPLITS = ("forget_level1", "forget_level2", "neighbor_level1", "neighbor_level2")


def rwku_rows(root: Path, split: str) -> list[dict]:
    if split not in RWKU_SPLITS:
        raise DataError(f"unknown RWKU split {split!r}; choose from {', '.join(RWKU_SPLITS)}")
    path = root / "rwku" / f"{split}.jsonl"
    rows = read_jsonl(path)
    seen: dict[str, int] = {}
    out = []
    for i, r in enumerate(rows):
        require(r, ("subject", "query", "answer"), f"{path}:{i + 1}")
        pos = seen.get(r["subject"], 0)
        seen[r["subject"]] = pos + 1
        out.append({**r, "row": i, "pos": pos})
    return out


# ---- WPU (partial: the WHP+ copies) -------------------------------------------------------
WPU_SPLITS = {"forget": "whp_unlearn_testset_forget.json", "hard_retain": "whp_unlearn_hard_retain.json",
              "retain": "whp_unlearn_testset_retain.json"}


def wpu_rows(root: Path, split: str) -> list[dict]:
    if split not in WPU_SPLITS:
        raise DataError(f"unknown WPU split {split!r}; choose from {', '.join(WPU_SPLITS)}")
    path = root / "wpu_partial" / "whpplus" / WPU_SPLITS[split]
    data = read_json(path)
    if not isinstance(data, dict):
        raise DataError(f"{path}: expected an object from person to QA list")
    out = []
    for person, qas in data.items():
        for i, qa in enumerate(qas):
            require(qa, ("Question", "Answer"), f"{path}: {person!r} item {i + 1}")
            out.append({"person": person, "question": qa["Question"], "answer": str(qa["Answer"]),
                        "name": qa.get("name", person)})
    return out
