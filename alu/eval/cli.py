"""`alu eval BENCH`: offline benchmarks, attacks, scale and case files (see docs/metrics.md)."""

from __future__ import annotations

import shlex
import sys
from pathlib import Path

from alu import ROLES
from alu.cli.common import add_model_options
from alu.eval.harness import KEEP_LOSS_BUDGET
from alu.eval.runner import METHODS
from alu.extras import reports_missing_extra

BENCH_NAMES = ["tofu", "wmdp", "mmlu", "rwku", "wpu", "attacks", "rwku-attacks", "scale", "cases", "names",
               "conversations"]


def csv_list(text: str) -> list[str]:
    return [x.strip() for x in text.split(",") if x.strip()]


def register(subparsers) -> None:
    p = subparsers.add_parser("eval", help="run an offline benchmark and write JSON, Markdown and PNG results",
                              description="Benchmarks run offline on ../shared/data (or --data). Each writes "
                                          "OUT/BENCH.json, OUT/BENCH.md and OUT/BENCH.png; finished queries are "
                                          "kept in OUT/BENCH.records.jsonl, so an interrupted run resumes.")
    p.add_argument("bench", choices=BENCH_NAMES)
    p.add_argument("--out", default="eval-results", help="output folder (cases: the result JSON file)")
    p.add_argument("--data", help="benchmark data folder (default: $ALU_DATA_DIR or shared/data beside the repo)")
    p.add_argument("--respondent", default="oracle",
                   help="'oracle' (gold answer as the vanilla response), 'model', or both: 'oracle,model'")
    p.add_argument("--methods", default=",".join(METHODS), help=f"comma list from {', '.join(METHODS)}")
    p.add_argument("--splits", help="comma list of splits (tofu: forget01,retain90,...,name_free; wmdp: bio,chem,"
                                    "cyber; mmlu: subjects; rwku: forget_level1,...,forget_level2_name_free, and "
                                    "single_target for one subject registered at a time; wpu: forget,hard_retain,"
                                    "retain; attacks, rwku-attacks: attack names)")
    p.add_argument("--split", choices=["dev", "test"], default="test",
                   help="conversations: 'dev' (the split detection may be tuned on) or 'test' (only ever scored; "
                        "the default)")
    p.add_argument("--limit", type=int, help="items per split (conversations: per family; default: a size that "
                                             "runs in minutes)")
    p.add_argument("--full", action="store_true", help="every item of every split (hours with local models)")
    p.add_argument("--seed", type=int, default=0, help="sampling seed (default 0)")
    p.add_argument("--parallel", type=int, default=1, help="queries in flight at once (useful with remote models)")
    p.add_argument("--eraser", choices=["model", "refuse"], default="model",
                   help="'refuse': a fixed refusal replaces eraser, critic and composer, so detection is measured "
                        "alone on thousands of items in minutes")
    p.add_argument("--auditor", choices=["model", "none"], default="model",
                   help="'none': no auditor judgement; only the deterministic layers flag")
    p.add_argument("--keep-loss-budget", type=float, default=KEEP_LOSS_BUDGET,
                   help="wmdp/mmlu: topic probe thresholds are placed to flag at most this share of the keep "
                        f"calibration questions, cross-validated (default {KEEP_LOSS_BUDGET})")
    add_model_options(p)  # --method: the method `cases` runs (default alu)
    p.add_argument("--targets", help="cases: targets file (JSONL import format)")
    p.add_argument("--cases", help="cases: cases file (JSONL)")
    p.add_argument("--sizes", help="scale: comma list of target counts (default 10,100,1000,10000; "
                                   "--full adds 100000)")
    p.add_argument("--stub-latency-ms", type=float, default=50.0, help="scale: fixed latency of the stub models")
    p.add_argument("--no-embedded", action="store_true", help="scale: skip the embedded-model runs")
    p.add_argument("--per-family", type=int, default=120, help="names: generated cases per obfuscation family")
    p.add_argument("--sample", action="store_true",
                   help="names: use the committed innocent-answer sample instead of the full corpus in --data")
    p.add_argument("--derive-sample", metavar="PATH", help="names: write a new innocent-answer sample and exit")
    p.set_defaults(func=reports_missing_extra(cmd_eval))


def model_specs(args) -> dict[str, str]:
    return {r: getattr(args, f"{r}_model", None) or args.model for r in ROLES
            if getattr(args, f"{r}_model", None) or args.model}


def cmd_eval(args) -> int:
    command = "alu eval " + " ".join(shlex.quote(a) for a in sys.argv[2:] if a) if sys.argv[1:2] == ["eval"] \
        else f"alu eval {args.bench}"
    if args.parallel < 1:
        raise ValueError("--parallel must be at least 1")
    if args.limit is not None and args.limit < 1:
        raise ValueError("--limit must be at least 1")
    if args.bench == "cases":
        from alu.eval.cases import run_cases

        if not args.targets or not args.cases:
            raise ValueError("alu eval cases needs --targets T.jsonl and --cases C.jsonl (and --out R.json)")
        out = Path(args.out if args.out != "eval-results" else "cases-result.json")
        report = run_cases(Path(args.targets), Path(args.cases), out, method=args.method or "alu",
                           model_specs=model_specs(args), parallel=args.parallel)
        s = report["summary"]
        print(f"{s['n']} cases; forget pass rate {s['forget_pass_rate']}, keep pass rate {s['keep_pass_rate']}; "
              f"wrote {out} and {out.with_suffix('.md')}")
        return 0
    out = Path(args.out)
    if args.bench == "names":
        from alu.eval.names import print_names

        return print_names(args, out)
    if args.bench == "conversations":
        from alu.eval.conversation_bench import DEFAULT_PER_FAMILY, markdown, run_conversations

        report = run_conversations(out, split=args.split, seed=args.seed, eraser=args.eraser, auditor=args.auditor,
                                   per_family=None if args.full else (args.limit or DEFAULT_PER_FAMILY),
                                   model_specs=model_specs(args), parallel=args.parallel, command=command)
        print(markdown(report))
        print(f"wrote {out / f'conversations-{args.split}.json'} and {out / f'conversations-{args.split}.md'}")
        return 0
    if args.bench == "scale":
        from alu.eval.scale import DEFAULT_SIZES, FULL_SIZES, run_scale

        sizes = [int(x) for x in csv_list(args.sizes)] if args.sizes else (FULL_SIZES if args.full else DEFAULT_SIZES)
        if any(s < 1 for s in sizes):
            raise ValueError("--sizes must be positive")
        run_scale(out, sizes, stub_latency_ms=args.stub_latency_ms, embedded=not args.no_embedded)
        print(f"wrote {out / 'scale.json'}, {out / 'scale.md'} and {out / 'scale.png'}")
        return 0
    from alu.eval.harness import run_bench

    result = run_bench(args.bench, out, respondents=csv_list(args.respondent), methods=csv_list(args.methods),
                       limit=None if args.full else (args.limit if args.limit else -1), seed=args.seed,
                       splits=csv_list(args.splits) if args.splits else None, parallel=args.parallel,
                       data=args.data, model_specs=model_specs(args), command=command, eraser=args.eraser,
                       auditor=args.auditor, keep_loss_budget=args.keep_loss_budget)
    print(f"{args.bench}: {result['config']['items']} items; wrote {out / (args.bench + '.json')}, "
          f"{out / (args.bench + '.md')} and {out / (args.bench + '.png')}")
    return 0
