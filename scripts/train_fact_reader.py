"""Train the learned fact reader (extract/fact_learned.py) on the development phrasing sets.

The sets still blind (``BLIND_SETS``, ``bench/facts.py``'s ``BLIND_SPLITS``) are never read: the
training sets are that bench's splits less those, and ``--without`` leaves more out (the
leave-one-set-out bench trains without the set it scores). Deterministic: same sets, samples and seed, same weights.

Usage: .venv/bin/python scripts/train_fact_reader.py [--samples 3] [--seed 0] [--out PATH]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.facts import BLIND_SPLITS, SPLITS  # noqa: E402
from demoweb.wordings import labelled_wordings  # noqa: E402
from extract.fact_learned import MODEL, SentenceReader, train  # noqa: E402
from extract.facts import read_rows  # noqa: E402

# One list of the sets still blind, bench/facts.py's: a set wired in as blind is never trained on
BLIND_SETS = BLIND_SPLITS
DEVELOPMENT_SETS = tuple(s for s in SPLITS if s not in BLIND_SETS)


def examples(
    without: tuple[str, ...] = (), samples: int = 3, seed: int = 0
) -> list[tuple[str, str]]:
    """Labelled wordings of every development set but ``without``, each also as the rules'
    pre-readers rewrite it (``extract.facts.read_rows``: numbers in words, instructions in the
    third person, a myth as a question, ...), the text the reader meets on a page."""
    out = []
    for name in DEVELOPMENT_SETS:
        if name in without:
            continue
        for sentence, label in labelled_wordings(name, samples, seed):
            out.append((sentence, label))
            rows = list(read_rows([sentence]))
            if len(rows) == 1 and rows[0].text != sentence:
                out.append((rows[0].text, label))
    return out


def train_reader(without: tuple[str, ...] = (), samples: int = 3, seed: int = 0) -> SentenceReader:
    return train(examples(without, samples, seed), seed=seed)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, default=3, help="field draws per wording")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--without", nargs="*", default=[], help="development sets to leave out")
    parser.add_argument(
        "--out", type=Path, default=Path(__file__).parent.parent / "extract" / MODEL
    )
    args = parser.parse_args()
    start = time.perf_counter()
    data = examples(tuple(args.without), args.samples, args.seed)
    reader = train(data, seed=args.seed)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    reader.save(args.out)
    print(
        f"{len(data)} sentences, {len(reader.labels)} labels, {len(reader.index)} features, "
        f"{time.perf_counter() - start:.1f} s, {args.out.stat().st_size} bytes -> {args.out}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
