"""A learned sentence reader: the fallback for facts the rules did not read on a page.

The rules (:mod:`extract.facts`) read the wordings they were written against almost perfectly and
miss a share of a new voice's. This reader is a softmax classifier over a sentence's words and
word pairs, trained from scratch on the development phrasing sets' wordings
(:mod:`demoweb.wordings`, by ``scripts/train_fact_reader.py``): it names what a sentence states
as a label such as ``visa_j1=true|visa_h1b=false``, ``ecfmg_by=interview``, ``step2_min=n`` or
``none``; a number the label asks for comes from the sentence itself, inside the fact's plausible
range, and a sentence with no such number, or two, states nothing here.

Why a linear model and not spaCy's ``textcat``: the training set is a few tens of thousands of
short sentences and the classes are few, so a bag of n-grams in numpy trains in under 20 s on one
core, is deterministic (seeded order, no threads: the same sets and seed give a byte-identical
file), and its weights fit in a small file. The artifact ``extract/models/fact_reader.npz``
(vocabulary and float16 weights, 1.8 MB) is committed and loaded lazily on first use (0.15 s),
never at import; nothing here touches the network.

The reader is wired into :func:`extract.facts.facts_in_units` as a fallback, on by default
(``LEARNED_FALLBACK``; why is said there and in ``bench/facts_loso.py``). It reads the rows the
rules' pre-readers leave (``extract.facts.read_rows``), so it is trained on each wording as
written and as those pre-readers rewrite it, and what it reads passes a gate of what the rules
know of the sentence (``extract.facts.rules_refuse``): the reader weighs words, not scope, time
or negation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from extract.fact_rows import NUMBER_VALUES

Value = bool | int | str

NONE = "none"
MODEL = "models/fact_reader.npz"
TOKEN = re.compile(r"[a-z]+(?:-[a-z0-9]+)*|\d+|[^\w\s]")
# where a number the label asks for may lie; outside it a number is something else
RANGES = {
    "step1_min": (180, 300),
    "step2_min": (180, 300),
    "comlex_min": (200, 900),
    "usce_required_months": (1, 24),
    "yog_limit_years": (1, 20),
    "positions_per_year": (1, 80),
    "total_residents": (1, 400),
    "preliminary_positions": (1, 20),
}
# a number after these names an exam, a visa or a year of training, not a value
NAMED = re.compile(r"\b(?:step|level|pgy|part|j|h)[\s-]*$", re.IGNORECASE)
NUMBER = r"\d+|" + "|".join(sorted(NUMBER_VALUES, key=len, reverse=True))
PERCENTILE = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?[- ]percentile", re.IGNORECASE)
# "every one is read", "no one is turned away": "one" as a pronoun, no count
PRONOUN_ONE = re.compile(r"\b(?:every|each|any|no|which|this|that)\s*$", re.IGNORECASE)
# "its seven-year program", "a 3-month rotation": a length, never a count of residents
LENGTH = re.compile(r"^[- ](?:years?|months?|weeks?|days?)\b", re.IGNORECASE)
COUNTS = ("positions_per_year", "total_residents", "preliminary_positions")
RANGE = re.compile(rf"\b({NUMBER})\s*(?:-|\u2013|to|or)\s*({NUMBER})\b", re.IGNORECASE)


@dataclass(frozen=True)
class Reading:
    """A fact one sentence states, by the learned reader, with the model's probability."""

    fact: str
    value: Value
    probability: float
    sentence: str


def features(sentence: str) -> list[str]:
    """Words and word pairs; a number is kept when small (Step 1 vs 2) and always by its shape."""
    words = ["<s>"]
    for token in TOKEN.findall(sentence.lower()):
        if token.isdigit():
            words.append(token if len(token) <= 2 and int(token) <= 12 else f"<d{len(token)}>")
        else:
            words.append(token)
    words.append("</s>")
    return ["<bias>", *words, *(f"{a} {b}" for a, b in zip(words, words[1:], strict=False))]


class SentenceReader:
    """Softmax over n-gram features: ``labels`` × (``vocab`` + bias) weights."""

    def __init__(self, labels: Sequence[str], vocab: Sequence[str], weights: np.ndarray) -> None:
        self.labels = list(labels)
        self.index = {f: i for i, f in enumerate(vocab)}
        self.weights = weights.astype(np.float32)

    def _ids(self, sentence: str) -> list[int]:
        return [self.index[f] for f in features(sentence) if f in self.index]

    def classify(self, sentence: str) -> tuple[str, float]:
        """The most probable label of a sentence and its probability."""
        scores = self.weights[self._ids(sentence)].sum(axis=0)
        scores = np.exp(scores - scores.max())
        best = int(scores.argmax())
        return self.labels[best], float(scores[best] / scores.sum())

    def save(self, path: Path) -> None:
        vocab = sorted(self.index, key=self.index.__getitem__)
        np.savez_compressed(
            path,
            labels=np.array(self.labels),
            vocab=np.array(vocab),
            weights=self.weights.astype(np.float16),
        )

    @classmethod
    def load(cls, path: Any) -> SentenceReader:
        with np.load(path, allow_pickle=False) as data:
            return cls(list(data["labels"]), list(data["vocab"]), data["weights"])


def train(
    examples: Sequence[tuple[str, str]],
    *,
    seed: int = 0,
    epochs: int = 12,
    rate: float = 0.5,
    l2: float = 1e-5,
    min_count: int = 2,
) -> SentenceReader:
    """Minibatch gradient descent on the softmax loss; same examples and seed, same weights."""
    counts: dict[str, int] = {}
    for sentence, _ in examples:
        for f in set(features(sentence)):
            counts[f] = counts.get(f, 0) + 1
    vocab = sorted(f for f, c in counts.items() if c >= min_count or f == "<bias>")
    labels = sorted({label for _, label in examples})
    reader = SentenceReader(labels, vocab, np.zeros((len(vocab), len(labels)), np.float32))
    rows = [np.array(reader._ids(s), dtype=np.int64) for s, _ in examples]
    gold = np.array([labels.index(label) for _, label in examples])
    rng = np.random.default_rng(seed)
    w = reader.weights
    for _ in range(epochs):
        order = rng.permutation(len(examples))
        for start in range(0, len(order), 64):
            batch = order[start : start + 64]
            ids = [rows[i] for i in batch]
            lengths = np.array([len(r) for r in ids])
            flat = np.concatenate(ids)
            offsets = np.concatenate(([0], np.cumsum(lengths)[:-1]))
            scores = np.add.reduceat(w[flat], offsets, axis=0)
            scores = np.exp(scores - scores.max(axis=1, keepdims=True))
            probs = scores / scores.sum(axis=1, keepdims=True)
            probs[np.arange(len(batch)), gold[batch]] -= 1.0
            grad = np.zeros_like(w)
            np.add.at(grad, flat, np.repeat(probs, lengths, axis=0))
            w -= rate * (grad / len(batch) + l2 * w)
    return reader


@lru_cache(maxsize=1)
def default_reader() -> SentenceReader:
    """The committed reader, loaded on first use."""
    with resources.as_file(resources.files("extract").joinpath(MODEL)) as path:
        return SentenceReader.load(path)


def _numbers(sentence: str, counts: bool = False) -> list[int]:
    """The numbers a sentence gives, digits or words, leaving out exam, visa and PGY names and
    "one" as a pronoun; with ``counts``, lengths of time too (a count of people is no length)."""
    out = []
    for m in re.finditer(rf"\b({NUMBER})\b", sentence, re.IGNORECASE):
        if NAMED.search(sentence[: m.start()]):
            continue
        token = m.group(1).lower()
        if token == "one" and PRONOUN_ONE.search(sentence[: m.start()]):
            continue
        if counts and LENGTH.match(sentence[m.end() :]):
            continue
        out.append(int(token) if token.isdigit() else NUMBER_VALUES[token])
    return out


def _number(fact: str, sentence: str) -> int | None:
    """The one number in the fact's range the sentence gives, else None."""
    low, high = RANGES[fact]
    found = {n for n in _numbers(sentence, fact in COUNTS) if low <= n <= high}
    if fact == "usce_required_months" and not re.search(r"\bmonths?\b", sentence, re.I):
        return None  # weeks or years are read by the rules or not at all
    if fact == "yog_limit_years" and not re.search(r"\byears?\b", sentence, re.I):
        return None
    return found.pop() if len(found) == 1 else None


def _scores(sentence: str) -> tuple[int, int] | None:
    """Step 1 and Step 2 CK floors said together, in the order the sentence names the exams."""
    found = [n for n in _numbers(sentence) if 180 <= n <= 300]
    if len(found) != 2 or found[0] == found[1]:
        return None
    low = sentence.lower()
    one, two = low.find("step 1"), low.find("step 2")
    return (found[1], found[0]) if 0 <= two < one else (found[0], found[1])


def values(label: str, sentence: str) -> list[tuple[str, Value]] | None:
    """The facts a label states, with numbers from the sentence; None when one is missing."""
    if label == NONE:
        return []
    parts = [part.split("=", 1) for part in label.split("|")]
    if [kind for _, kind in parts] == ["n", "n"]:
        pair = _scores(sentence)
        return None if pair is None else [(parts[0][0], pair[0]), (parts[1][0], pair[1])]
    out: list[tuple[str, Value]] = []
    for fact, kind in parts:
        value: Value | None
        if kind in ("true", "false"):
            value = kind == "true"
        elif kind == "0":
            value = 0
        elif kind == "n":
            value = _number(fact, sentence)
        elif kind == "pct":
            m = PERCENTILE.search(sentence)
            value = f"{int(m.group(1))}th percentile" if m else None
        elif kind == "range":
            value = _range(sentence)
        else:
            value = kind
        if value is None:
            return None
        out.append((fact, value))
    return out


def _range(sentence: str) -> str | None:
    for m in RANGE.finditer(sentence):
        a, b = (int(x) if x.isdigit() else NUMBER_VALUES[x.lower()] for x in m.groups())
        if 1 <= a < b <= RANGES["positions_per_year"][1]:
            return f"{a}-{b}"
    return None


def sentences(unit: str) -> list[str]:
    """A unit's sentences (a period after a one-letter word or "U.S" ends none)."""
    parts = re.split(r"(?<=[.!?])(?<!\bU\.S\.)(?<!\b[A-Z]\.)\s+(?=[A-Z\"(])", unit)
    return [p.strip() for p in parts if p.strip()]


def readings(
    texts: Sequence[str],
    reader: SentenceReader | None = None,
    words: Sequence[str] | None = None,
) -> list[Reading]:
    """Every fact the reader takes from the sentences, with its probability (no threshold);
    each reading names ``words[i]`` (the page's words for ``texts[i]``) or the text itself."""
    reader = reader or default_reader()
    out = []
    for i, text in enumerate(texts):
        label, probability = reader.classify(text)
        for fact, value in values(label, text) or []:
            out.append(Reading(fact, value, probability, words[i] if words else text))
    return out


def settled(found: Iterable[Reading], threshold: float, skip: set[str]) -> list[Reading]:
    """Per fact not in ``skip``, the surest reading above the threshold; two values settle none."""
    by_fact: dict[str, list[Reading]] = {}
    for r in found:
        if r.fact not in skip and r.probability >= threshold:
            by_fact.setdefault(r.fact, []).append(r)
    out = []
    for fact_readings in by_fact.values():
        if len({repr(r.value) for r in fact_readings}) == 1:
            out.append(max(fact_readings, key=lambda r: r.probability))
    return out


def dissent(
    fact: str, value: Value, texts: Sequence[str], reader: SentenceReader | None = None
) -> tuple[str, float] | None:
    """How the reader reads otherwise what a rule read ``fact`` = ``value`` from: every text
    (the rule's sentence, and the pre-readers' rewrite of it) must read so, and the verdict is
    the least sure one's: ``none`` (no fact at all), ``other`` (another value of the fact) or
    ``elsewhere`` (only other facts). None when a text reads the rule's value, or reads the fact
    but finds no number for it (the reader cannot say the value is another)."""
    reader = reader or default_reader()
    if not any(f"{fact}={_kind(fact, value)}" in label.split("|") for label in reader.labels):
        return None  # a value no label names ("required, duration not stated") is never another
    verdicts = []
    for text in texts:
        label, probability = reader.classify(text)
        kind = NONE
        if label != NONE:
            found = values(label, text)
            if fact in {part.split("=", 1)[0] for part in label.split("|")}:
                if found is None or (fact, value) in found:
                    return None
                kind = "other"
            else:
                kind = "elsewhere"
        verdicts.append((kind, probability))
    return min(verdicts, key=lambda v: v[1]) if verdicts else None


def _kind(fact: str, value: Value) -> str:
    """The part of a label that names a value: "true", "0", "n", "pct", "range" or the value."""
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, int):
        return "0" if value == 0 else "n"
    if value.endswith("th percentile"):
        return "pct"
    return "range" if fact == "positions_per_year" else value
