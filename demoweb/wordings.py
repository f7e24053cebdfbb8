"""Every wording of a phrasing set, filled in and labelled with what it settles: training material.

The learned fact reader (:mod:`extract.fact_learned`) is trained on sentences, not pages: each
template of each claim of a set (and its table row, read "label: value" as ``html_units`` reads
it, and its FAQ question, which settles nothing) is formatted with a few field values drawn the
way :func:`demoweb.info._policy` draws them, and labelled with the claim's facts through
:func:`demoweb.info._facts`. A label names each fact with its value, or the value's kind where
the value is a number the sentence itself gives ("step2_min=n", "positions_per_year=range",
"step2_min=pct"); traps and questions are ``NONE``.

Only the sets a caller names are read: the training script passes the development sets, never
the sets still blind.
"""

from __future__ import annotations

import random

from demoweb import info
from demoweb.phrasings import ECFMG_BY as DEV_ECFMG_BY

NONE = "none"


def label_of(facts: tuple[tuple[str, info.Value], ...]) -> str:
    """ "visa_j1=true|visa_h1b=false", "step2_min=n", ... or ``NONE``."""
    parts = []
    for fact, value in facts:
        if isinstance(value, bool):
            kind = str(value).lower()
        elif isinstance(value, int):
            kind = "0" if value == 0 else "n"
        elif value.endswith("th percentile"):
            kind = "pct"
        elif fact == "positions_per_year":
            kind = "range"
        else:
            kind = value
        parts.append(f"{fact}={kind}")
    return "|".join(parts) or NONE


def _fields(rng: random.Random, claim: str) -> dict[str, object]:
    """Field values for one claim, in the ranges ``demoweb.info._policy`` draws them from."""
    topic = claim.split(":", 1)[0]
    step1, step2 = rng.randrange(205, 235, 5), rng.randrange(215, 245, 5)
    size = rng.choice((1, 2, 3, 4, 5, 6, 7, 8, 10, 12, 14, 16, 18, 20, 24, 30, 36))
    n: int
    if topic == "usce":
        n = rng.choice((2, 3, 4, 6, 12))
    elif topic == "step1":
        n = step1
    elif topic == "step2":
        n = step2
    elif topic == "comlex":
        n = rng.randrange(450, 575, 25)
    elif topic == "yog":
        n = rng.choice((2, 3, 4, 5, 7))
    elif topic in ("positions", "home"):
        n = size
    elif topic == "total":
        n = size * rng.choice((3, 4, 5)) + rng.randrange(0, 3)
    elif topic == "prelim":
        n = rng.choice((1, 2, 3, 4))
    elif claim == "trap:step2_average":
        n = step2 + rng.randrange(8, 25)
    elif claim == "trap:step1_average":
        n = step1 + rng.randrange(8, 25)
    elif claim == "trap:other_program":
        n = rng.choice((6, 8, 10, 12))
    else:
        n = rng.randrange(60, 160, 10)
    a, b = (step1, step2) if claim == "scores:both" else (size, size + 1)
    return {
        "n": n,
        "a": a,
        "b": b,
        "p": rng.choice((10, 15, 20, 25)),
        "w": info._words(n),
        "W": info._words(n).capitalize(),
        "noun": "resident" if n == 1 else "residents",
    }


def _deadline_words(name: str, by: str) -> tuple[str, ...]:
    if name in ("dev", "heldout"):
        return (DEV_ECFMG_BY[by][name == "heldout"],)
    module = info.BLIND[name]
    return (module.ECFMG_BY[by], *getattr(module, "ECFMG_BY_ALSO", {}).get(by, ()))


def labelled_wordings(name: str, samples: int = 3, seed: int = 0) -> list[tuple[str, str]]:
    """(sentence, label) for every wording, row and question of phrasing set ``name``."""
    rng = random.Random(f"{name}|{seed}")
    templates, rows = info._templates(name)
    out: list[tuple[str, str]] = []
    for claim, wordings in sorted(templates.items()):
        if claim == "ecfmg":  # every deadline in every word the set has for it
            drawn = [
                ({**_fields(rng, claim), "by": words}, info._facts(claim, {"by": by}))
                for by in sorted(DEV_ECFMG_BY)
                for words in _deadline_words(name, by)
            ]
        else:
            drawn = []
            for _ in range(samples):
                fields = _fields(rng, claim)
                drawn.append((fields, info._facts(claim, fields)))
        for fields, facts in drawn:
            label = label_of(facts)
            out.extend((template.format(**fields), label) for template in wordings)
            if claim in rows:
                row_label, row_value = rows[claim]
                out.append((f"{row_label}: {row_value.format(**fields)}", label))
    out.extend((question, NONE) for question in info._questions(name).values())
    return out
