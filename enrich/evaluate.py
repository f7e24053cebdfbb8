"""Evaluate the school linker on the labelled strings in tests/data/schools/eval_strings.csv.

    python -m enrich.evaluate [--split dev|test|all] [--open-only] [--errors] [--path CSV]

Prints, per split: kind accuracy, accuracy per gold kind, exact-id accuracy (rows whose
gold label names a school), country accuracy (rows with a gold country) and a confusion
matrix of gold kind (rows) against predicted kind (columns).
"""

from __future__ import annotations

import argparse
import csv
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from enrich.gazetteer import KINDS
from enrich.schools import SchoolLinker, get_linker

DEFAULT_PATH = (
    Path(__file__).resolve().parent.parent / "tests" / "data" / "schools" / "eval_strings.csv"
)


@dataclass
class SplitReport:
    split: str
    n: int
    kind_correct: int
    id_total: int
    id_correct: int
    country_total: int
    country_correct: int
    per_kind: dict[str, tuple[int, int]]
    confusion: Counter[tuple[str, str]]
    errors: list[tuple[str, str, str, str, str]]

    @property
    def kind_accuracy(self) -> float:
        return self.kind_correct / self.n if self.n else 0.0

    @property
    def id_accuracy(self) -> float:
        return self.id_correct / self.id_total if self.id_total else 0.0


def read_eval(path: Path = DEFAULT_PATH) -> list[dict[str, str]]:
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def evaluate(rows: list[dict[str, str]], linker: SchoolLinker, split: str) -> SplitReport:
    chosen = [r for r in rows if split == "all" or r["split"] == split]
    confusion: Counter[tuple[str, str]] = Counter()
    per_kind: dict[str, list[int]] = {k: [0, 0] for k in KINDS}
    errors = []
    kind_ok = id_total = id_ok = c_total = c_ok = 0
    for r in chosen:
        m = linker.link(r["text"])
        gold = r["gold_kind"]
        confusion[(gold, m.kind)] += 1
        per_kind[gold][1] += 1
        good_kind = m.kind == gold
        kind_ok += good_kind
        per_kind[gold][0] += good_kind
        good_id = True
        if r["gold_id"]:
            id_total += 1
            good_id = m.id == r["gold_id"]
            id_ok += good_id
        if r["gold_country"]:
            c_total += 1
            c_ok += m.country == r["gold_country"]
        if not (good_kind and good_id):
            errors.append((r["text"], gold, r["gold_id"], m.kind, str(m.id)))
    return SplitReport(
        split,
        len(chosen),
        kind_ok,
        id_total,
        id_ok,
        c_total,
        c_ok,
        {k: (v[0], v[1]) for k, v in per_kind.items() if v[1]},
        confusion,
        errors,
    )


def print_report(rep: SplitReport, show_errors: bool) -> None:
    print(f"== split {rep.split}: {rep.n} strings")
    print(f"kind accuracy     {rep.kind_accuracy:.2%} ({rep.kind_correct}/{rep.n})")
    for kind, (ok, total) in rep.per_kind.items():
        print(f"  {kind:<8} {ok / total:.2%} ({ok}/{total})")
    print(f"exact id accuracy {rep.id_accuracy:.2%} ({rep.id_correct}/{rep.id_total})")
    if rep.country_total:
        print(
            f"country accuracy  {rep.country_correct / rep.country_total:.2%} "
            f"({rep.country_correct}/{rep.country_total})"
        )
    print("confusion (rows gold, columns predicted):")
    print("          " + "".join(f"{k:>9}" for k in KINDS))
    for gold in KINDS:
        print(f"  {gold:<8}" + "".join(f"{rep.confusion[(gold, p)]:>9}" for p in KINDS))
    if show_errors:
        for text, gk, gid, pk, pid in rep.errors:
            print(f"  ERR {text!r}: gold {gk} {gid or '-'} got {pk} {pid}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="both", choices=["dev", "test", "all", "both"])
    ap.add_argument("--open-only", action="store_true", help="without AMA-derived rows")
    ap.add_argument("--errors", action="store_true", help="list the misses")
    ap.add_argument("--path", type=Path, default=DEFAULT_PATH)
    args = ap.parse_args(argv)
    rows = read_eval(args.path)
    linker = get_linker(open_only=args.open_only)
    splits = ["dev", "test"] if args.split == "both" else [args.split]
    for split in splits:
        print_report(evaluate(rows, linker, split), args.errors)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
