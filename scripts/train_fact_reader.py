"""Train the learned fact reader (extract/fact_learned.py) on the development phrasing sets.

The sets still blind (``BLIND_SETS``, ``bench/facts.py``'s ``BLIND_SPLITS``) are never read: the
training sets are that bench's splits less those, and ``--without`` leaves more out (the
leave-one-set-out bench trains without the set it scores). Deterministic: same sets, samples and seed, same weights.

Usage: .venv/bin/python scripts/train_fact_reader.py [--samples 3] [--seed 0] [--out PATH]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.facts import BLIND_SPLITS, SPLITS  # noqa: E402
from demoweb.wordings import NONE, labelled_wordings  # noqa: E402
from extract.fact_learned import MODEL, SentenceReader, train  # noqa: E402
from extract.facts import read_rows  # noqa: E402

# One list of the sets still blind, bench/facts.py's: a set wired in as blind is never trained on
BLIND_SETS = BLIND_SPLITS
DEVELOPMENT_SETS = tuple(s for s in SPLITS if s not in BLIND_SETS)


# Negative variants of a positive wording (round 53), each stating no fact by construction: the
# whole sentence put in another's mouth, in an applicant's question, or in a superseded policy;
# "required" made "preferred"; a score's "minimum" made its "average". Nothing is negated or
# made conditional: what a negation or a condition leaves standing depends on the sentence.
WRAPS = (
    'A neighbouring program\'s website reads: "{s}"',
    "Applicants often ask us whether {q}",
    'Our policy before 2016 read: "{s}" It has since been replaced.',
)
REQUIRED = re.compile(r"\b(is|are) required\b")
MINIMUM = re.compile(r"\bminimum\b")
SCORES = ("step1_min=n", "step2_min=n", "comlex_min=n")
NEGATIVES = 0.0  # the share of positive wordings given a negative variant; 0: none


def negative(sentence: str, label: str, rng: random.Random) -> str | None:
    """A variant of a positive wording whose plain reading states no fact, or None when no
    construction is sure of that (a denial made "preferred" is no preference, and so on)."""
    if label == NONE or re.search(r"\b(not|no|never|without|cannot|nor)\b|n't", sentence, re.I):
        return None
    options = []
    if sentence.endswith(".") and '"' not in sentence:
        body = sentence[0].lower() + sentence[1:-1] if sentence[:2] != "US" else sentence[:-1]
        options += [
            WRAPS[0].format(s=sentence),
            WRAPS[1].format(q=body + "."),
            WRAPS[2].format(s=sentence),
        ]
    if len(REQUIRED.findall(sentence)) == 1:
        options.append(REQUIRED.sub(r"\1 preferred", sentence))
    if label in SCORES and len(MINIMUM.findall(sentence)) == 1:
        options.append(MINIMUM.sub("average", sentence))
    return rng.choice(options) if options else None


def examples(
    without: tuple[str, ...] = (), samples: int = 3, seed: int = 0, negatives: float | None = None
) -> list[tuple[str, str]]:
    """Labelled wordings of every development set but ``without``, each also as the rules'
    pre-readers rewrite it (``extract.facts.read_rows``: numbers in words, instructions in the
    third person, a myth as a question, ...), the text the reader meets on a page; with
    ``negatives``, that share of the positive wordings also as a ``negative`` variant."""
    share = NEGATIVES if negatives is None else negatives
    out = []
    for name in DEVELOPMENT_SETS:
        if name in without:
            continue
        rng = random.Random(f"negatives|{name}|{seed}")
        for sentence, label in labelled_wordings(name, samples, seed):
            out.append((sentence, label))
            variant = negative(sentence, label, rng) if rng.random() < share else None
            if variant is not None:
                out.append((variant, NONE))
            rows = list(read_rows([sentence]))
            if len(rows) == 1 and rows[0].text != sentence:
                out.append((rows[0].text, label))
    return out


def train_reader(
    without: tuple[str, ...] = (), samples: int = 3, seed: int = 0, negatives: float | None = None
) -> SentenceReader:
    return train(examples(without, samples, seed, negatives), seed=seed)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, default=3, help="field draws per wording")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--negatives", type=float, help=f"share of negative variants ({NEGATIVES})")
    parser.add_argument("--without", nargs="*", default=[], help="development sets to leave out")
    parser.add_argument(
        "--out", type=Path, default=Path(__file__).parent.parent / "extract" / MODEL
    )
    args = parser.parse_args()
    start = time.perf_counter()
    data = examples(tuple(args.without), args.samples, args.seed, args.negatives)
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
