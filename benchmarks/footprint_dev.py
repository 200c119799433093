"""Footprint rules on never-scored material: what they catch and what they over-block.

    python benchmarks/footprint_dev.py [--threshold 0.62] [--out benchmarks/results/footprints/dev.json] [--log F]

Under the footprint protocol (`alu eval rwku --splits ...,oracle_footprints`) RWKU's level-1 items are
footprint and description material, never scored.  Here the 200 subjects are registered with footprints
written from half A of their level-1 items, and
- caught: half-B level-1 probes that spell the name, asked name-free (the name replaced by "this person"
  after two other half-B facts), answered by their gold answer: is the subject identified by its footprint?
- over-blocked: half-B level-1 probes as written (they name their own subject), answered: is another subject
  identified? neighbour-shaped questions about the entities of each subject's world, written from its footprint
  (alu/eval/footprint_cases.entity_questions: "When was <its album> first released?", a companion named in its
  place as a cloze): is anyone?  and the calibrating half of the everyday corpus: is anyone?  (The held-out half
  is counted too, as a scored figure, in its own entry.)
The footprint rule alone (nodes/footprint.py) is applied, without the graph's name matching, so what it adds
is what is read.  These are the data the rules and the threshold were chosen on; scored figures are in
benchmarks/results/footprints/ (README, "Measured with oracle footprints").
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from alu.eval import data as D  # noqa: E402
from alu.eval.footprint_cases import entity_questions  # noqa: E402
from alu.eval.name_free import description, name_free, spells, subject_name  # noqa: E402
from alu.eval.rwku_bench import filled, level1_halves, oracle_footprint  # noqa: E402
from alu.nodes.evidence import sentences  # noqa: E402
from alu.nodes.footprint import (  # noqa: E402
    asked_about,
    footprint_matches,
    footprint_verdicts,
    speaks_of_an_unnamed_person,
)
from alu.retrieval.store import TargetStore  # noqa: E402

HERE = Path(__file__).resolve().parent
PER_SUBJECT = 4  # half-B probes asked name-free per subject
K = 8
LOG: list[dict] | None = None  # --log: every case and what identified it, to read why
FAMILY = ""


def identified(store: TargetStore, question: str, answer: str, threshold: float, own: str = "") -> set[str]:
    asked = [s for s, _, _ in sentences(question)]
    said = [s for s, _, _ in sentences(answer)]
    hits = store.search_each([*(asked if len(asked) > 1 else [question]), *said], K)
    found, _ = footprint_verdicts(store, question, answer, hits, 1.0, threshold)
    if LOG is not None:  # what the rule saw, to read why it decided so
        raw = footprint_matches(store, question, answer, hits, threshold)
        LOG.append({"family": FAMILY, "own": own, "q": question, "a": answer,
                    "found": sorted(m.target_id for m in found),
                    "person": speaks_of_an_unnamed_person(question, answer),
                    "matches": [(m.target_id, sorted(m.keyphrases), m.close, round(m.closest, 3),
                                 sorted(asked_about(question, m.keyphrases))) for m in raw]})
    return {m.target_id for m in found}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--threshold", type=float, default=0.62, help="a footprint vector's point (the flag threshold)")
    ap.add_argument("--out", default=str(HERE / "results" / "footprints" / "dev.json"))
    ap.add_argument("--log", help="write each case and what identified it to this JSON file")
    args = ap.parse_args()
    global LOG, FAMILY
    LOG = [] if args.log else None
    root = D.data_dir()
    half_a, half_b = level1_halves(root)
    targets = D.bench_targets("rwku")
    ids = {t["name"]: t["id"] for t in targets}
    store = TargetStore(tempfile.mkdtemp(prefix="footprint-dev-"), "minilm")
    footprints = {t["name"]: oracle_footprint(t["name"], half_a.get(t["name"], [])) for t in targets}
    store.add([{"id": t["id"], "name": t["name"], "footprint": footprints[t["name"]]} for t in targets])
    rng = random.Random(0)
    caught = Counter()
    FAMILY = "name_free"
    for subject, rows in half_b.items():
        name = subject_name(subject)
        facts = [filled(r)[1] for r in rows]
        for r in [r for r in rows if spells(name, r["query"])][:PER_SUBJECT]:
            described = description([f for f in facts if f != filled(r)[1]], name, [r["answer"]], rng)
            question = name_free(filled(r)[0], name, described) if described else ""
            if question:
                caught[ids[subject] in identified(store, question, r["answer"], args.threshold, ids[subject])] += 1
    others = Counter()
    FAMILY = "named_other"
    for subject, rows in half_b.items():
        for r in rows[:3]:
            question, answer = filled(r)
            others[bool(identified(store, question, answer, args.threshold, ids[subject]) - {ids[subject]})] += 1
    # neighbour-shaped questions about the entities of each subject's world (its works, bands, places, companions),
    # written from the footprint half: no subject may be identified
    entities = Counter()
    FAMILY = "entity"
    rng = random.Random(0)
    for t in targets:
        for question, answer in entity_questions(subject_name(t["name"]), footprints[t["name"]], rng):
            entities[bool(identified(store, question, answer, args.threshold, t["id"]))] += 1
    everyday: dict[str, Counter] = {"calibration": Counter(), "held_out": Counter()}
    for line in (D.REPO / "alu" / "data" / "bench" / "everyday_chat.jsonl").read_text().splitlines():
        e = json.loads(line)
        FAMILY = "everyday_" + e["half"]
        everyday[e["half"]][bool(identified(store, e["question"], e["answer"], args.threshold))] += 1
    report = {"threshold": args.threshold,
              "name_free_caught": f"{caught[True]} / {sum(caught.values())}",
              "named_questions_other_target_flagged": f"{others[True]} / {sum(others.values())}",
              "entity_questions_flagged": f"{entities[True]} / {sum(entities.values())}",
              "everyday_calibration_half_flagged": f"{everyday['calibration'][True]} / "
                                                   f"{sum(everyday['calibration'].values())}",
              # scored, never looked at while choosing: the over-blocking README reports
              "everyday_held_out_half_flagged": f"{everyday['held_out'][True]} / "
                                                f"{sum(everyday['held_out'].values())}"}
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(report, indent=2) + "\n")
    print(json.dumps(report, indent=2))
    if args.log:
        Path(args.log).write_text(json.dumps(LOG, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
