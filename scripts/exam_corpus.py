"""Write the exam-style keep corpus (alu/data/bench/exam_keep.jsonl) from this project's own lists.

    python scripts/exam_corpus.py [--check]

Sources, all written for this project: alu/data/exam/curated.txt (hand-written four-option exam questions, one
"## subject" section per subject) and the computed families below (molar masses, dilutions, pH, Punnett
ratios, number bases, complexity, password counts, kinematics, circuits, interest: a question stem over a
curated value, the right option computed and the wrong ones derived from it).  Options are shuffled with a
seed.  A seeded half of the base questions of each subject may calibrate; the other half is only scored.
Everything here is ordinary school or university material; nothing describes how to cause harm (the corpus
must not teach a topic probe to pass hazardous questions).  --check exits 1 when the committed file is stale.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

from alu.eval.exam import CORPUS, CURATED, SEED, SOURCE, read_curated

ROOT = Path(__file__).resolve().parents[1]

# standard atomic weights, rounded as school data sheets print them
MASSES = {"H": 1.0, "C": 12.0, "N": 14.0, "O": 16.0, "Na": 23.0, "Mg": 24.3, "Al": 27.0, "S": 32.1, "Cl": 35.5,
          "K": 39.1, "Ca": 40.1, "Fe": 55.8, "Cu": 63.5, "Zn": 65.4}
ELEMENTS = (("hydrogen", "H", 1), ("helium", "He", 2), ("lithium", "Li", 3), ("carbon", "C", 6),
            ("nitrogen", "N", 7), ("oxygen", "O", 8), ("fluorine", "F", 9), ("neon", "Ne", 10),
            ("sodium", "Na", 11), ("magnesium", "Mg", 12), ("aluminium", "Al", 13), ("silicon", "Si", 14),
            ("phosphorus", "P", 15), ("sulfur", "S", 16), ("chlorine", "Cl", 17), ("argon", "Ar", 18),
            ("potassium", "K", 19), ("calcium", "Ca", 20), ("iron", "Fe", 26), ("copper", "Cu", 29),
            ("zinc", "Zn", 30), ("silver", "Ag", 47), ("tin", "Sn", 50), ("iodine", "I", 53), ("gold", "Au", 79),
            ("lead", "Pb", 82))
# everyday compounds of school chemistry: (name, formula as {element: count}, printed formula)
COMPOUNDS = (("water", {"H": 2, "O": 1}, "H2O"), ("carbon dioxide", {"C": 1, "O": 2}, "CO2"),
             ("sodium chloride", {"Na": 1, "Cl": 1}, "NaCl"), ("calcium carbonate", {"Ca": 1, "C": 1, "O": 3}, "CaCO3"),
             ("glucose", {"C": 6, "H": 12, "O": 6}, "C6H12O6"), ("methane", {"C": 1, "H": 4}, "CH4"),
             ("sodium hydrogen carbonate", {"Na": 1, "H": 1, "C": 1, "O": 3}, "NaHCO3"),
             ("ethanol", {"C": 2, "H": 6, "O": 1}, "C2H5OH"), ("magnesium oxide", {"Mg": 1, "O": 1}, "MgO"),
             ("potassium chloride", {"K": 1, "Cl": 1}, "KCl"), ("sucrose", {"C": 12, "H": 22, "O": 11}, "C12H22O11"),
             ("calcium oxide", {"Ca": 1, "O": 1}, "CaO"), ("zinc oxide", {"Zn": 1, "O": 1}, "ZnO"),
             ("copper(II) oxide", {"Cu": 1, "O": 1}, "CuO"), ("iron(III) oxide", {"Fe": 2, "O": 3}, "Fe2O3"),
             ("aluminium oxide", {"Al": 2, "O": 3}, "Al2O3"), ("oxygen gas", {"O": 2}, "O2"),
             ("nitrogen gas", {"N": 2}, "N2"), ("sodium carbonate", {"Na": 2, "C": 1, "O": 3}, "Na2CO3"),
             ("calcium chloride", {"Ca": 1, "Cl": 2}, "CaCl2"), ("magnesium chloride", {"Mg": 1, "Cl": 2}, "MgCl2"))
TRAITS = (("pea plants", "tall", "short"), ("flowers", "purple", "white"), ("guinea pigs", "black fur", "white fur"),
          ("tomato plants", "red fruit", "yellow fruit"), ("fruit flies", "red eyes", "white eyes in this model"))


def _n(x: float) -> str:
    return f"{x:,.0f}" if abs(x - round(x)) < 1e-9 else f"{x:,.2f}".rstrip("0").rstrip(".")


def _pick(right: str, candidates) -> tuple[str, str, str]:
    """The first three candidates different from the right option and from each other."""
    out = list(dict.fromkeys(str(c) for c in candidates if str(c) != right))
    return out[0], out[1], out[2]


def _options(right: float, unit: str, wrong: tuple[float, ...]) -> tuple[str, tuple[str, str, str]]:
    """The right value and three different wrong ones, printed with a unit."""
    seen, out = {_n(right)}, []
    for w in (*wrong, right * 3, right / 3, right + 7, right * 5):
        if _n(w) not in seen and w > 0:
            seen.add(_n(w))
            out.append(f"{_n(w)}{unit}")
    return f"{_n(right)}{unit}", (out[0], out[1], out[2])


def computed() -> list[tuple[str, str, str, tuple[str, str, str]]]:
    """(subject, question, right option, three wrong options), the right option computed."""
    out = []
    names = [e[0] for e in ELEMENTS]
    for k, (name, sym, z) in enumerate(ELEMENTS):
        others = [ELEMENTS[(k + d) % len(ELEMENTS)] for d in (1, 5, 11)]
        out.append(("high_school_chemistry", f"What is the chemical symbol for {name}?", sym,
                    tuple(o[1] for o in others)))
        out.append(("high_school_chemistry", f"Which element has the atomic number {z}?", name.capitalize(),
                    tuple(names[(k + d) % len(names)].capitalize() for d in (2, 7, 13))))
        out.append(("high_school_chemistry", f"How many protons are in the nucleus of an atom of {name}?", str(z),
                    _pick(str(z), (z + 1, 2 * z, z + 10, z + 2))))
    for name, formula, printed in COMPOUNDS:
        m = sum(MASSES[e] * c for e, c in formula.items())
        out.append(("high_school_chemistry", f"What is the molar mass of {name} ({printed})?",
                    *_options(m, " g/mol", (m + 16, m - 1 if m > 20 else m + 2, m * 2))))
        for grams in (10, 50, 100):
            out.append(("high_school_chemistry", f"How many moles are in {grams} g of {name} ({printed})?",
                        *_options(round(grams / m, 3), " mol", (round(grams * m, 1), round(m / grams, 3),
                                                                round(grams / m * 2, 3)))))
    for n in range(1, 14):
        out.append(("high_school_chemistry", f"What is the pH of a solution whose hydrogen ion concentration is "
                    f"1 × 10^-{n} mol/L?", str(n), _pick(str(n), (14 - n, n + 2, -n, n + 3))))
    for solute in ("sodium chloride", "glucose", "copper(II) sulfate", "potassium nitrate"):
        for v1, c1, v2 in ((10, 2.0, 100), (25, 1.0, 250), (50, 0.5, 200), (20, 3.0, 60)):
            c2 = c1 * v1 / v2
            out.append(("college_chemistry", f"{v1} mL of a {c1:g} M {solute} solution is diluted with water to "
                        f"{v2} mL. What is the new concentration?",
                        *_options(c2, " M", (c1 * v2 / v1, c1 - c2 if c1 - c2 > 0 else c1 * 2, c1))))
    for mol in (0.5, 1, 2, 3, 4):
        out.append(("college_chemistry", f"What volume does {_n(mol)} mol of an ideal gas occupy at standard "
                    "temperature and pressure (0 °C, 1 atm)?",
                    *_options(22.4 * mol, " L", (24 * mol + 1, 11.2 * mol, mol))))
    for org, dom, rec in TRAITS:
        for cross, share in (("Aa × Aa", 0.25), ("Aa × aa", 0.5), ("AA × aa", 0.0), ("AA × Aa", 0.0)):
            out.append(("high_school_biology", f"In {org}, {dom} (A) is dominant over {rec} (a). In a cross {cross}, "
                        f"what share of the offspring is expected to show the {rec} trait?", f"{share:.0%}",
                        tuple(f"{x:.0%}" for x in (0.25, 0.5, 0.75, 1.0, 0.0) if x != share)[:3]))
    for minutes, hours in ((20, 2), (30, 3), (60, 4), (90, 6), (120, 8)):
        cells = 2 ** (hours * 60 // minutes)
        out.append(("college_biology", f"A yeast culture doubles every {minutes} minutes. Starting from one cell, "
                    f"how many cells are there after {hours} hours, if nothing limits growth?",
                    *_options(cells, "", (cells * 2, cells // 2 if cells > 2 else 3, hours * 60 / minutes))))
    for kg, m in ((60, 1.6), (70, 1.75), (85, 1.8), (50, 1.55), (95, 1.9)):
        bmi = round(kg / m ** 2, 1)
        out.append(("clinical_knowledge", f"An adult weighs {kg} kg and is {m} m tall. What is their body mass "
                    "index?", *_options(bmi, " kg/m²", (round(kg / m, 1), round(bmi + 5, 1), round(bmi - 4, 1)))))
    for x in (5, 10, 13, 25, 42, 64, 100, 127, 200, 255):
        out.append(("computer_science", f"What is the decimal number {x} in binary?", bin(x)[2:],
                    _pick(bin(x)[2:], (bin(x + 1)[2:], bin(x * 2)[2:], bin(max(1, x - 3))[2:], x))))
        out.append(("computer_science", f"What is the decimal number {x} in hexadecimal?", hex(x)[2:].upper(),
                    _pick(hex(x)[2:].upper(), (hex(x + 16)[2:].upper(), hex(x * 2)[2:].upper(), x * 16, x + 1))))
    for a, b in ((17, 5), (23, 4), (100, 7), (45, 6), (9, 2)):
        out.append(("computer_science", f"In Python, what does the expression {a} // {b} evaluate to?", str(a // b),
                    _pick(str(a // b), (a % b, _n(round(a / b, 2)), a // b + 1, a // b + 2))))
        out.append(("computer_science", f"In Python, what does the expression {a} % {b} evaluate to?", str(a % b),
                    _pick(str(a % b), (a // b, b, a % b + 1, a % b + 2, a % b + 3, 0))))
    for a, b in ((12, 10), (6, 3), (15, 9), (5, 2)):
        out.append(("computer_science", f"What is {a} AND {b} computed bitwise?", str(a & b),
                    _pick(str(a & b), (a | b, a ^ b, a + b, (a & b) + 1, b))))
        out.append(("computer_science", f"What is {a} XOR {b} computed bitwise?", str(a ^ b),
                    _pick(str(a ^ b), (a | b, a & b, a + b, (a ^ b) + 1, a))))
    for n in (2, 4, 8, 16, 32, 64, 256, 1024):
        bits = n.bit_length() - 1
        out.append(("computer_science", f"How many bits are needed to give each of {n} items a distinct binary "
                    "code?", str(bits), _pick(str(bits), (bits + 1, n // 2, n, bits + 2, bits + 3))))
    loops = (("a loop over the n items of a list", "O(n)"), ("two nested loops, each over all n items", "O(n^2)"),
             ("repeatedly halving a range of n items until one is left", "O(log n)"),
             ("a single array access by index", "O(1)"), ("three nested loops, each over all n items", "O(n^3)"),
             ("sorting n items with merge sort", "O(n log n)"))
    orders = ("O(1)", "O(log n)", "O(n)", "O(n log n)", "O(n^2)", "O(n^3)")
    for what, order in loops:
        wrong = [o for o in orders if o != order]
        out.append(("computer_science", f"What is the time complexity of {what}?", order,
                    (wrong[0], wrong[2], wrong[4])))
    for length, alphabet, label in ((8, 26, "lower-case letters"), (12, 26, "lower-case letters"),
                                    (8, 62, "letters and digits"), (16, 62, "letters and digits"),
                                    (4, 10, "digits"), (6, 10, "digits")):
        out.append(("computer_security", f"A randomly generated password has {length} characters drawn from "
                    f"{alphabet} {label}. How many different passwords are possible?", f"{alphabet}^{length}",
                    (f"{length}^{alphabet}", f"{alphabet} × {length}", f"{alphabet + length}")))
    for u, a, t in ((0, 2, 5), (10, 3, 4), (5, 1.5, 10), (20, -2, 5), (0, 9.8, 3)):
        v = u + a * t
        out.append(("high_school_physics", f"A car starts at {u} m/s and accelerates at {a} m/s² for {t} s. What is "
                    "its final speed?", *_options(v, " m/s", (u + a, a * t * t, u * t + 1))))
    for volts, ohms in ((12, 4), (9, 3), (230, 46), (6, 2), (24, 8)):
        out.append(("high_school_physics", f"A {volts} V battery drives a current through a {ohms} Ω resistor. What "
                    "is the current?", *_options(volts / ohms, " A", (volts * ohms, ohms / volts, volts + ohms))))
        out.append(("high_school_physics", f"What power is dissipated when {volts} V drives {_n(volts / ohms)} A?",
                    *_options(volts * volts / ohms, " W", (volts / ohms, volts + volts / ohms, ohms))))
    for m, v in ((2, 3), (1000, 20), (0.5, 10), (70, 5)):
        ek = 0.5 * m * v * v
        out.append(("high_school_physics", f"What is the kinetic energy of a {_n(m)} kg object moving at {v} m/s?",
                    *_options(ek, " J", (m * v, m * v * v, ek / 2))))
    for mass, vol in ((500, 250), (270, 100), (1000, 1000), (79, 10)):
        out.append(("high_school_physics", f"A block has a mass of {mass} g and a volume of {vol} cm³. What is its "
                    "density?",
                    *_options(mass / vol, " g/cm³", (vol / mass, mass * vol, mass - vol if mass > vol else 4))))
    for p, r, years in ((1000, 5, 2), (2000, 3, 3), (500, 10, 1), (1500, 4, 5)):
        out.append(("high_school_mathematics", f"What simple interest does {p} earn at {r}% a year over {years} "
                    "years?", *_options(p * r / 100 * years, "", (p * r / 100, p * r * years, p * (1 + r / 100)))))
        compound = round(p * (1 + r / 100) ** years, 2)
        out.append(("high_school_macroeconomics", f"{p} is invested at {r}% a year, compounded yearly. What is it "
                    f"worth after {years} years?", *_options(compound, "", (p + p * r / 100 * years + 1,
                                                                             p * r / 100, compound * 2))))
    for old, new in ((50, 60), (80, 60), (200, 250), (40, 30), (120, 150)):
        change = (new - old) / old * 100
        out.append(("high_school_microeconomics", f"The price of a good changes from {old} to {new}. What is the "
                    "percentage change?", f"{change:+.0f}%",
                    _pick(f"{change:+.0f}%", (f"{-change:+.0f}%", f"{new - old:+d}%", f"{change * 2:+.0f}%",
                                              f"{change / 2:+.1f}%"))))
    for a, b, c in ((2, 3, 11), (5, -4, 21), (3, 7, 1), (4, 0, 36), (7, 2, 30)):
        x = (c - b) / a
        out.append(("elementary_mathematics", f"Solve for x: {a}x {'+' if b >= 0 else '-'} {abs(b)} = {c}",
                    f"x = {_n(x)}",
                    _pick(f"x = {_n(x)}", (f"x = {_n(w)}" for w in (x + 1, (c + b) / a, c / a + 2, x - 1, x + 2)))))
    for a, b in ((36, 48), (17, 29), (125, 75), (64, 58)):
        out.append(("elementary_mathematics", f"What is {a} × {b}?", *_options(a * b, "", (a * b + 10, a + b,
                                                                                            a * b - a))))
    return out


def rows() -> list[dict]:
    """Every corpus row: curated then computed, options shuffled, a seeded half of each subject's base
    questions calibrating."""
    bases = [(s, q, right, wrong, "curated") for s, items in read_curated(CURATED).items() for q, right, wrong in items]
    bases += [(s, q, right, wrong, "computed") for s, q, right, wrong in computed()]
    seen, unique = set(), []
    for b in bases:
        key = " ".join(b[1].casefold().split())
        if key not in seen:
            seen.add(key)
            unique.append(b)
    by_subject: dict[str, list[int]] = {}
    for i, b in enumerate(unique):
        by_subject.setdefault(b[0], []).append(i)
    half = {}
    for subject, idx in sorted(by_subject.items()):
        picked = set(random.Random(f"{SEED}:{subject}").sample(idx, len(idx) // 2))
        half |= {i: "calibration" if i in picked else "held_out" for i in idx}
    out = []
    for i, (subject, question, right, wrong, kind) in enumerate(unique):
        if len({right, *wrong}) != 4:
            raise ValueError(f"{subject}: {question!r} needs four different options")
        choices = [right, *wrong]
        random.Random(f"{SEED}:options:{i}").shuffle(choices)
        out.append({"id": f"exam-{i:05d}", "base": i, "subject": subject, "question": question, "choices": choices,
                    "answer": choices.index(right), "source": f"{SOURCE}-{kind}", "half": half[i]})
    return out


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows())
    if "--check" in argv:
        stale = not CORPUS.exists() or CORPUS.read_text(encoding="utf-8") != text
        print(f"{CORPUS.relative_to(ROOT)} is {'stale' if stale else 'up to date'}", file=sys.stderr)
        return 1 if stale else 0
    CORPUS.parent.mkdir(parents=True, exist_ok=True)
    CORPUS.write_text(text, encoding="utf-8")
    print(f"wrote {CORPUS.relative_to(ROOT)}: {text.count(chr(10))} questions", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
