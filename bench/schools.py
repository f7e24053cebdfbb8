"""Benchmark the school linker.

    python bench/schools.py [--quick] [--n N]

Links N (default 100,000) strings drawn and perturbed deterministically from the gazetteer
and the evaluation set (typos, case, "MD"/"Class of" noise, city/country suffixes,
two-institution strings, junk), on one core. Prints strings/s, gazetteer and linker load
time, and a ratio against a naive baseline measured in the same run: rapidfuzz
``process.extractOne`` over every alias of the gazetteer (no blocking), timed on a small
sample and extrapolated. The link cache is bypassed so every string is linked cold.
Ends with one line ``RESULT {json}``.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rapidfuzz import fuzz, process  # noqa: E402

from enrich import gazetteer as gaz_mod  # noqa: E402
from enrich.evaluate import read_eval  # noqa: E402
from enrich.normalize import core_key, name_key  # noqa: E402
from enrich.schools import SchoolLinker  # noqa: E402

NOISE = [
    "{s}",
    "MD, {s}",
    "{s} - Class of {y}",
    "{s} ({y})",
    "{S}",
    "{s}, {c}",
    "BS State College; MD {s}",
    "{s}; M.D. {y}",
]


def typo(text: str, rng: random.Random) -> str:
    if len(text) < 8:
        return text
    i = rng.randrange(1, len(text) - 1)
    op = rng.randrange(3)
    if op == 0:
        return text[:i] + text[i + 1 :]
    if op == 1:
        return text[:i] + text[i + 1] + text[i] + text[i + 2 :]
    return text[:i] + rng.choice("aeioulnrst") + text[i:]


def make_strings(n: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    gaz = gaz_mod.load_gazetteer(open_only=False)
    base = [r["text"] for r in read_eval()]
    for s in gaz.schools:
        base.append(s.name)
        base.extend(s.aliases[:3])
    junk = ["", "N/A", "TBD", "x" * 10_000, "\x00\x01", "Cleveland Clinic", "🙂"]
    out = []
    for k in range(n):
        if k % 200 == 0:
            out.append(junk[k // 200 % len(junk)])
            continue
        s = rng.choice(base)
        if rng.random() < 0.3:
            s = typo(s, rng)
        tmpl = rng.choice(NOISE)
        out.append(tmpl.format(s=s, S=s.upper(), y=rng.randrange(1990, 2025), c="Pakistan"))
    return out


def naive_baseline(strings: list[str], gazetteer: gaz_mod.Gazetteer, sample: int) -> float:
    """Strings/s of a full rapidfuzz scan over every normalised alias, no blocking."""
    choices = sorted({name_key(t) for s in gazetteer.schools for t in (s.name, *s.aliases)})
    queries = [core_key(s[:600]) for s in strings[:sample]]
    start = time.perf_counter()
    for q in queries:
        process.extractOne(q, choices, scorer=fuzz.token_sort_ratio)
    return sample / (time.perf_counter() - start)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="benchmark the school linker")
    ap.add_argument("--quick", action="store_true", help="10,000 strings")
    ap.add_argument("--n", type=int, default=None)
    args = ap.parse_args(argv)
    n = args.n or (10_000 if args.quick else 100_000)

    gaz_mod._load.cache_clear()
    t0 = time.perf_counter()
    gazetteer = gaz_mod.load_gazetteer(open_only=False)
    load_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    linker = SchoolLinker(gazetteer)
    linker_s = time.perf_counter() - t0

    strings = make_strings(n)
    unique = len(set(strings))
    name_key.cache_clear()
    core_key.cache_clear()
    kinds: dict[str, int] = {}
    t0 = time.perf_counter()
    for s in strings:
        k = linker.link(s).kind
        kinds[k] = kinds.get(k, 0) + 1
    elapsed = time.perf_counter() - t0
    rate = n / elapsed

    sample = 100 if args.quick else 300
    base_rate = naive_baseline(strings, gazetteer, sample)

    print(
        f"gazetteer: {len(gazetteer)} schools, load {load_s:.3f} s, linker index {linker_s:.3f} s"
    )
    print(f"linked {n} strings ({unique} distinct) in {elapsed:.2f} s: {rate:,.0f} strings/s")
    print(f"kinds: {kinds}")
    print(f"baseline (full rapidfuzz scan, {sample} strings): {base_rate:,.0f} strings/s")
    print(f"speed-up over baseline: {rate / base_rate:.1f}x")
    result = {
        "bench": "schools",
        "n": n,
        "distinct": unique,
        "strings_s": round(rate, 1),
        "load_s": round(load_s, 4),
        "linker_build_s": round(linker_s, 4),
        "baseline_strings_s": round(base_rate, 1),
        "ratio": round(rate / base_rate, 2),
    }
    print("RESULT " + json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
