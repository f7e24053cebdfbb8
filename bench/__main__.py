"""Run every benchmark: ``python -m bench [--quick] [--only NAME ...] [--compare OLD_DIR]``.

Each script runs in its own process and ends with one ``RESULT {json}`` line; the runner prints
that line and keeps it as ``bench/results/<bench>.json`` (scripts that write the file themselves
write the same thing), so two runs can be compared: copy ``bench/results`` aside, run again,
then ``python -m bench --compare OLD_DIR`` prints old, new and the ratio for every number.
``--compare`` alone runs nothing. Exit status 1 if a script failed or printed no RESULT line.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"
# Figures where smaller is better; for the rest (pages/s, ratios, speedups) bigger is better.
LOWER_IS_BETTER = ("_s", "_ms", "seconds", "rss_mb", "errors", "misses")


def scripts(only: list[str] | None = None) -> list[Path]:
    found = sorted(p for p in HERE.glob("*.py") if not p.name.startswith("_"))
    return [p for p in found if not only or p.stem in only]


def run_one(script: Path, quick: bool) -> dict | None:
    print(f"== {script.name}", flush=True)
    cmd = [sys.executable, str(script)] + (["--quick"] if quick else [])
    started = time.perf_counter()
    proc = subprocess.run(cmd, cwd=HERE.parent, capture_output=True, text=True)
    lines = [line for line in proc.stdout.splitlines() if line.startswith("RESULT ")]
    if proc.returncode != 0 or not lines:
        print(proc.stdout[-2000:], proc.stderr[-2000:], sep="\n")
        return None
    result = json.loads(lines[-1].removeprefix("RESULT "))
    result.setdefault("bench", script.stem)
    result.setdefault("quick", quick)
    result["wall_s"] = round(time.perf_counter() - started, 1)
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / f"{result['bench']}.json").write_text(json.dumps(result, indent=2), encoding="utf-8")
    print(lines[-1], flush=True)
    return result


def compare(old_dir: Path, new_dir: Path = RESULTS) -> list[str]:
    """One line per numeric figure present in both runs: name, old, new, new/old."""
    out = []
    for new_path in sorted(new_dir.glob("*.json")):
        old_path = old_dir / new_path.name
        if not old_path.exists():
            continue
        old = json.loads(old_path.read_text(encoding="utf-8"))
        new = json.loads(new_path.read_text(encoding="utf-8"))
        for key in sorted(set(old) & set(new)):
            a, b = old[key], new[key]
            if isinstance(a, bool) or not isinstance(a, int | float) or not isinstance(b, int | float):
                continue
            ratio = f"{b / a:6.2f}x" if a else "     -"
            better = ""
            if a and b != a:
                lower = key.endswith(LOWER_IS_BETTER)
                better = "better" if (b < a) == lower else "worse"
            out.append(f"{new_path.stem:>10} {key:<28} {a:>12} {b:>12} {ratio} {better}")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="small sizes: all of them in under 5 minutes")
    ap.add_argument("--only", nargs="+", metavar="NAME", help="run only these (e.g. crawl e2e)")
    ap.add_argument("--compare", type=Path, metavar="OLD_DIR",
                    help="compare bench/results with an earlier copy of it (runs nothing)")
    args = ap.parse_args(argv)
    if args.compare:
        lines = compare(args.compare)
        print("\n".join(lines) if lines else f"nothing to compare in {args.compare}")
        return 0
    started = time.perf_counter()
    failed = [s.name for s in scripts(args.only) if run_one(s, args.quick) is None]
    print(f"== {len(scripts(args.only))} benchmarks in {time.perf_counter() - started:.0f} s")
    if failed:
        print(f"failed: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
