"""The learned reader of the leave-one-voice-out experiment: permissive candidates and features.

The rule reader (:mod:`extract.facts`) is precise on voices it was tuned on but misses many
statements of a voice it never saw. This reader proposes, for every sentence that names a fact's
topic, every value a simple reader could take from it (each number in it, yes and no, "none", the
four ECFMG deadlines, ...), described by the sentence's words, the words around the value and a
few cue flags (negation, preference, average, another program, the program itself), each
conjoined with the fact and the kind of value; ``bench/facts_lovo.py`` trains a logistic model on
them and measures, voice by voice, whether its confident candidates are worth adding to the rules.

It lives in bench/ because the experiment did not earn it a place in extract/: see the verdict in
``bench/facts_lovo.py``. Plain Python over plain data, no network.
"""

from __future__ import annotations

import json
import re
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

Value = bool | int | str

NUMBER_WORDS = {
    w: n
    for n, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve".split()
    )
}
TOPICS = {
    "visa_j1": r"\bj-?1\b|exchange visitor|\bvisas?\b|sponsor",
    "visa_h1b": r"\bh-?1-?b\b|temporary worker|\bvisas?\b|sponsor|\bj-?1\b",
    "accepts_img": r"\bimgs?\b|international|foreign|non-u\.?s|outside the (u\.?s|united)|abroad"
    r"|overseas|ecfmg|offshore|caribbean",
    "ecfmg_by": r"ecfmg|certif",
    "usce_required_months": r"clinical experience|\busce\b|hands-on|observership|externship"
    r"|clerkship|clinical (work|rotation|training)|u\.?s\.? clinical",
    "step1_min": r"step (1|i|one)\b|usmle|board score|exam|scores?\b",
    "step2_min": r"step (2|ii|two)\b|\bck\b|usmle|board score|exam|scores?\b|percentile",
    "comlex_min": r"comlex|level (1|2|i|ii)\b|\bdo\b|osteopath|exam|scores?\b",
    "first_attempt_required": r"attempt|first (try|sitting|time|pass)|one sitting|single sitting"
    r"|retake|repeat|fail|sitting",
    "yog_limit_years": r"graduat|since|\bdegree|finished|completed|out of (medical )?school|recent",
    "positions_per_year": r"position|resident|each year|per year|annual|\bclass\b|spots?\b"
    r"|slots?\b|intern|match|cohort|categorical|trainees?|accept|recruit|fill",
}
FIXED_VALUES: dict[str, tuple[Value, ...]] = {
    "visa_j1": (True, False),
    "visa_h1b": (True, False),
    "accepts_img": (True, False),
    "ecfmg_by": (
        "rank order list deadline",
        "time of application",
        "start of residency",
        "interview",
    ),
    "usce_required_months": (0, "required, duration not stated"),
    "step1_min": ("none",),
    "step2_min": ("none",),
    "comlex_min": ("none",),
    "first_attempt_required": (True, False, "Step 2 CK only"),
    "yog_limit_years": ("none",),
    "positions_per_year": (),
}
NUMBER_RANGES = {  # plausible numbers for each numeric fact
    "usce_required_months": (1, 36),
    "step1_min": (150, 300),
    "step2_min": (150, 300),
    "comlex_min": (300, 900),
    "yog_limit_years": (1, 20),
    "positions_per_year": (1, 40),
}
CUES = {
    "neg": r"\b(not|no|never|n't|nor|neither|without|cannot|unable|decline|ineligible)\b|n't\b",
    "pref": r"prefer|ideal|encourag|strengthen|advantage|helpful|welcome|recommend|competitive",
    "avg": r"average|mean\b|median|typical|usually|historically|past|last year|previous|recent "
    r"(class|match)",
    "q": r"\?",
    "other": r"other program|sister|fellowship|institution|gme|department|hospital|track|combined"
    r"|preliminary|prelim|research",
    "past": r"\b(was|were|used to|formerly|until|no longer|previously|prior cycles?)\b",
    "only": r"\bonly\b|exclusively|solely",
    "self": r"\b(we|our|us|this (program|residency|department)|the (program|residency))\b",
    "generic": r"\b(many|most|some|nationally|in general|generally|each program|programs)\b",
}
# The narrow words of each fact's own topic, and of the topics it can be confused with.
OWN = {
    "visa_j1": r"\bj-?1\b",
    "visa_h1b": r"\bh-?1-?b\b",
    "accepts_img": r"\bimgs?\b|international medical|foreign medical",
    "ecfmg_by": r"ecfmg",
    "usce_required_months": r"clinical experience|\busce\b",
    "step1_min": r"step (1|i|one)\b",
    "step2_min": r"step (2|ii|two)\b|\bck\b",
    "comlex_min": r"comlex",
    "first_attempt_required": r"attempt",
    "yog_limit_years": r"graduat",
    "positions_per_year": r"position|per year|each year",
}
EXAMS = {
    "step1_min": OWN["step1_min"],
    "step2_min": OWN["step2_min"],
    "comlex_min": OWN["comlex_min"],
}
TOKEN = re.compile(r"[a-z0-9]+(?:[-'][a-z0-9]+)*|[?;:%()]")
NUMBER = re.compile(r"\b(\d{1,3})(?!\d)|\b(" + "|".join(NUMBER_WORDS) + r")\b", re.I)
RANGE = re.compile(
    r"\b(\d{1,2}|" + "|".join(NUMBER_WORDS) + r")\s*(?:-|\u2013|to|or)\s*"
    r"(\d{1,2}|" + "|".join(NUMBER_WORDS) + r")\b",
    re.I,
)
PERCENTILE = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th) percentile", re.I)
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z(\"'\u201c])")
DIMENSION = 1 << 20


@dataclass(frozen=True)
class Candidate:
    """A value a sentence may state for a fact; ``at`` is the token span of the value, if any."""

    fact: str
    value: Value
    sentence: str
    at: tuple[int, int] | None = None


def sentences(units: Iterable[str]) -> Iterator[str]:
    """Sentences of the units; a question asserts nothing, so it is read only with its answer."""
    for unit in units:
        parts = [s.strip() for s in SENTENCE_END.split(unit) if s.strip()]
        for i, s in enumerate(parts):
            if s.endswith("?"):
                continue
            if i and parts[i - 1].endswith("?"):
                yield parts[i - 1] + " " + s
            else:
                yield s


def _tokens(text: str) -> list[str]:
    return TOKEN.findall(text.lower())


def _as_number(word: str) -> int:
    return int(word) if word.isdigit() else NUMBER_WORDS[word.lower()]


def _token_index(sentence: str, char: int) -> int:
    return len(TOKEN.findall(sentence[:char].lower()))


def candidates(sentence: str) -> list[Candidate]:
    """Every (fact, value) a permissive reader could take from one sentence."""
    low = sentence.lower()
    out: list[Candidate] = []
    numbers = [
        (_as_number(m.group(0)), _token_index(sentence, m.start()), m.group(0))
        for m in NUMBER.finditer(sentence)
    ]
    for fact, topic in TOPICS.items():
        if not re.search(topic, low):
            continue
        seen: set[str] = set()
        for value in FIXED_VALUES[fact]:
            out.append(Candidate(fact, value, sentence))
            seen.add(json.dumps(value))
        lo, hi = NUMBER_RANGES.get(fact, (1, 0))
        for n, i, _ in numbers:
            if lo <= n <= hi and json.dumps(n) not in seen:
                seen.add(json.dumps(n))
                out.append(Candidate(fact, n, sentence, (i, i + 1)))
        if fact == "positions_per_year":
            for m in RANGE.finditer(sentence):
                a, b = _as_number(m.group(1)), _as_number(m.group(2))
                if 1 <= a < b <= 40 and b - a <= 3:
                    i = _token_index(sentence, m.start())
                    out.append(Candidate(fact, f"{a}-{b}", sentence, (i, i + 3)))
        if fact in ("step1_min", "step2_min", "comlex_min"):
            for m in PERCENTILE.finditer(sentence):
                i = _token_index(sentence, m.start())
                out.append(Candidate(fact, m.group(0).lower(), sentence, (i, i + 2)))
    return out


def _value_class(value: Value) -> str:
    if isinstance(value, bool):
        return "T" if value else "F"
    if isinstance(value, int):
        return "num"
    if re.fullmatch(r"\d+-\d+", value):
        return "range"
    if value.endswith("percentile"):
        return "pct"
    return value


def features(c: Candidate) -> list[str]:
    """Feature names of a candidate; every one is conjoined with the fact and the value's kind."""
    low = c.sentence.lower()
    toks = _tokens(c.sentence)
    shape = ["#" if t.isdigit() else t for t in toks]
    head = f"{c.fact}|{_value_class(c.value)}|"
    out = [head + "bias", c.fact + "|bias"]
    out += [head + "u=" + t for t in set(shape)]
    out += [head + "b=" + a + "_" + b for a, b in set(zip(shape, shape[1:], strict=False))]
    for name, pattern in CUES.items():
        if re.search(pattern, low):
            out.append(head + "cue=" + name)
    if re.search(OWN[c.fact], low):
        out.append(head + "own")
    if c.fact in EXAMS and not re.search(EXAMS[c.fact], low):
        named = [e for e, pattern in EXAMS.items() if re.search(pattern, low)]
        out += [head + "other_exam=" + e for e in named]
    if "?" in c.sentence:
        out.append(head + "answer")
    if ":" in c.sentence and c.sentence.index(":") < 60:
        label = _tokens(c.sentence.split(":", 1)[0])
        out.append(head + "row")
        out += [head + "lab=" + t for t in label]
        out += [head + "val=" + t for t in _tokens(c.sentence.split(":", 1)[1])[:4]]
    topic = [i for i, t in enumerate(toks) if re.search(TOPICS[c.fact], t)]
    for i in topic[:2]:
        for k in (1, 2, 3):
            if i - k >= 0:
                out.append(head + f"TL{k}=" + shape[i - k])
            if i + k < len(toks):
                out.append(head + f"TR{k}=" + shape[i + k])
    if c.at is not None:
        a, b = c.at
        for k in (1, 2, 3):
            out.append(head + f"L{k}=" + (shape[a - k] if a - k >= 0 else "<s>"))
            out.append(head + f"R{k}=" + (shape[b + k - 1] if b + k - 1 < len(toks) else "</s>"))
        out.append(head + "LB=" + "_".join(shape[max(0, a - 2) : a]))
        out.append(head + "RB=" + "_".join(shape[b : b + 2]))
        numbers_in = sum(1 for t in toks if t.isdigit())
        out.append(head + f"nnum={min(numbers_in, 3)}")
        if topic:
            d = min(abs(i - a) for i in topic)
            out.append(head + f"dist={min(d, 8) // 2}")
            between = toks[min(topic[0], a) : max(topic[0], a)]
            if any(t in ("not", "no", "never") for t in between):
                out.append(head + "neg_between")
        if isinstance(c.value, int):
            out.append(head + f"val={c.value}" if c.value < 13 else head + f"mag={c.value // 10}")
    else:
        out.append(head + f"value={c.value}")
    return out


def slot(name: str) -> int:
    """The hashed column of a feature name (crc32: the same in every process)."""
    return zlib.crc32(name.encode("utf-8")) % DIMENSION
