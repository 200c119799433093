"""Write the everyday-chat keep corpus (alu/data/bench/everyday_chat.jsonl) from this project's own lists.

    python scripts/everyday_corpus.py [--check]

Sources, all written for this project: alu/data/everyday/curated.txt (hand-written questions with short
answers, one "## domain" section per everyday domain) and the computed families below (conversions, tips,
discounts, paces: templates over curated values, the answer computed).  Each base question is asked in a few
phrasings (alu.eval.everyday.PHRASINGS, seeded).  A seeded half of the *base* questions of each domain may
calibrate; the other half is only ever scored, and every phrasing of a base question stays on its side, so a
scored question is never a rewording of a calibration one.  --check exits 1 when the committed file is stale.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

from alu.eval.everyday import CORPUS, CURATED, SEED, phrase, read_curated

ROOT = Path(__file__).resolve().parents[1]
VARIANTS = 3   # phrasings per curated base question (the plain one and two others)


def _num(x: float) -> str:
    return f"{x:,.0f}" if abs(x - round(x)) < 1e-9 else f"{x:,.2f}".rstrip("0").rstrip(".")


def computed() -> list[tuple[str, str, str]]:
    """(domain, question, answer) from templates whose answers are computed, not looked up."""
    out = []
    for c in (0.25, 0.5, 0.75, 1, 1.5, 2, 3):
        out.append(("cooking", f"How many millilitres are in {_num(c)} cup{'s' if c > 1 else ''}?",
                    f"About {_num(c * 240)} ml (a US cup is about 240 ml)."))
        out.append(("baking", f"How many grams is {_num(c)} cup{'s' if c > 1 else ''} of plain flour?",
                    f"About {_num(c * 125)} g."))
        out.append(("baking", f"How many grams is {_num(c)} cup{'s' if c > 1 else ''} of granulated sugar?",
                    f"About {_num(c * 200)} g."))
    for f in (300, 325, 350, 375, 400, 425, 450):
        out.append(("baking", f"What is {f} °F in Celsius for my oven?", f"About {round((f - 32) * 5 / 9)} °C."))
    for c in (140, 160, 180, 200, 220):
        out.append(("cooking", f"My recipe says {c} °C. What is that in Fahrenheit?",
                    f"About {round(c * 9 / 5 + 32)} °F."))
    for tsp in (3, 6, 9, 12):
        out.append(("cooking", f"How many tablespoons are {tsp} teaspoons?",
                    f"{tsp // 3} tablespoon{'s' if tsp > 3 else ''}."))
    for bill in (24, 38, 56, 72, 95, 120, 150):
        for p in (10, 15, 20):
            out.append(("money", f"What is a {p}% tip on a {bill} dollar bill?", f"{_num(bill * p / 100)} dollars."))
    for price in (20, 45, 80, 120, 250, 600):
        for p in (10, 25, 30, 40):
            out.append(("shopping_consumer", f"How much is {p}% off a {price} euro jacket?",
                        f"{_num(price * p / 100)} euros off, so it costs {_num(price * (100 - p) / 100)} euros."))
    for save in (50, 100, 200, 350, 500):
        for months in (6, 12, 18, 24):
            out.append(("money", f"If I put aside {save} pounds every month, how much will I have after "
                                 f"{months} months?",
                        f"{_num(save * months)} pounds, before any interest."))
    for km in (5, 10, 21.1, 42.2, 100, 250):
        out.append(("travel", f"How far is {_num(km)} km in miles?", f"About {_num(round(km * 0.6214, 1))} miles."))
    for km, minutes in ((5, 25), (5, 30), (10, 50), (10, 60), (21.1, 120), (42.2, 240)):
        out.append(("fitness", f"What pace per kilometre is {_num(km)} km in {minutes} minutes?",
                    f"About {_num(round(minutes / km, 2))} minutes per km."))
    for kg in (3, 10, 55, 70, 85, 100):
        out.append(("health", f"What is {kg} kg in pounds?", f"About {round(kg * 2.2046)} lb."))
    for cm in (150, 160, 170, 180, 190):
        inches = round(cm / 2.54)
        out.append(("health", f"I am {cm} cm tall. What is that in feet and inches?",
                    f"About {inches // 12} ft {inches % 12} in."))
    for mpg in (30, 40, 50, 60):
        out.append(("cars", f"How many litres per 100 km is {mpg} miles per gallon (UK)?",
                    f"About {_num(round(282.48 / mpg, 1))} l/100 km."))
    for litres, price in ((40, 1.7), (50, 1.8), (60, 1.65)):
        out.append(("cars", f"How much does it cost to fill {litres} litres at {price} per litre?",
                    f"{_num(round(litres * price, 2))}."))
    for w, length, s in ((1, 2, 30), (1, 3, 50), (2, 2, 40), (1.2, 2.4, 30)):
        n = int(w * 100 // s) * int(length * 100 // s)
        out.append(("gardening", f"How many plants fit in a {_num(w)} by {_num(length)} m bed spaced {s} cm apart?",
                    f"About {n}."))
    for a, b in ((12, 15), (7, 8), (9, 13), (25, 16), (14, 14), (36, 4)):
        out.append(("maths", f"What is {a} times {b}?", f"{a * b}."))
    for p, x in ((20, 150), (5, 60), (12.5, 80), (35, 200), (75, 48)):
        out.append(("maths", f"What is {_num(p)} percent of {x}?", f"{_num(p * x / 100)}."))
    for month, days in (("January", 31), ("February", 28), ("April", 30), ("June", 30), ("September", 30),
                        ("October", 31)):
        out.append(("time_productivity", f"How many days are there in {month}?",
                    f"{days}{' (29 in a leap year)' if days == 28 else ''}."))
    for hours in (1.5, 2, 3, 8):
        out.append(("time_productivity", f"How many minutes are in {_num(hours)} hours?", f"{_num(hours * 60)}."))
    return out


def build() -> list[dict]:
    domains = read_curated(CURATED)
    bases = [(d, q, a, "curated") for d, pairs in domains.items() for q, a in pairs]
    bases += [(d, q, a, "computed") for d, q, a in computed()]
    by_domain: dict[str, list[int]] = {}
    for i, (d, *_rest) in enumerate(bases):
        by_domain.setdefault(d, []).append(i)
    half = set()
    for d, rows in sorted(by_domain.items()):
        picked = random.Random(f"{SEED}:split:{d}").sample(rows, len(rows) // 2)
        half.update(picked)
    out, seen = [], set()
    for i, (domain, question, answer, source) in enumerate(bases):
        n = VARIANTS if source == "curated" else 1 + (i % 2)
        for k, text in enumerate(phrase(question, n, f"{SEED}:{i}")):
            if text in seen:
                continue
            seen.add(text)
            out.append({"id": f"everyday-{i:04d}-{k}", "base": i, "domain": domain, "question": text,
                        "answer": answer, "source": source,
                        "half": "calibration" if i in half else "held_out"})
    return out


def main(argv: list[str] | None = None) -> int:
    args = argv if argv is not None else sys.argv[1:]
    rows = build()
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    if "--check" in args:
        if CORPUS.read_text(encoding="utf-8") != text:
            print(f"{CORPUS} is stale: run python scripts/everyday_corpus.py", file=sys.stderr)
            return 1
        return 0
    CORPUS.write_text(text, encoding="utf-8")
    held = sum(r["half"] == "held_out" for r in rows)
    print(f"wrote {CORPUS.relative_to(ROOT)}: {len(rows)} questions ({len({r['base'] for r in rows})} base) over "
          f"{len({r['domain'] for r in rows})} domains; {len(rows) - held} calibration, {held} held out",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
