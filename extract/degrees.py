"""Degree strings → canonical degree ids ("M.D." → "MD", "MB BCh" → "MBBCh").

The surface forms come from ``patterns/degrees.jsonl`` so that the spaCy matcher and these
string helpers never disagree. Matching is case-sensitive on purpose: "MA" is a degree, "Ma" is
a surname, and "DO" is a degree while "do" is a verb.
"""

from __future__ import annotations

import re
from functools import cache

from extract.patterns import load_patterns

MEDICAL_DEGREES = frozenset({"MD", "DO", "MBBS", "MBChB", "MBBCh"})
_SPLIT = re.compile(r"[\s,/;&()+]+")
# "Frank H. Netter MD School of Medicine", "Robert Larner, M.D. College of Medicine": a school
# named after a physician keeps the physician's degree in its name. An MD or DO followed by the
# words of a school is part of that school's name, never a degree of a person beside it.
DEGREE_IN_SCHOOL_NAME = re.compile(
    r"(?<![\w.])(?:M\.?\s?D\.?|D\.?\s?O\.?)(?=\s+(?:(?:College|School)\s+of|Medical\s+(?:School|College))\b(?!\s*:))"
)


@cache
def _surface_forms() -> tuple[dict[str, str], dict[tuple[str, str], str]]:
    single: dict[str, str] = {}
    double: dict[tuple[str, str], str] = {}
    for row in load_patterns("degrees"):
        forms = [_forms(tok) for tok in row["pattern"]]
        if len(forms) == 1:
            for form in forms[0]:
                single[form] = row["id"]
        elif len(forms) == 2:
            for first in forms[0]:
                for second in forms[1]:
                    double[(first, second)] = row["id"]
    return single, double


def _forms(token_pattern: dict) -> list[str]:
    value = token_pattern.get("TEXT") or token_pattern.get("ORTH")
    if isinstance(value, dict):
        return list(value.get("IN", []))
    return [value] if isinstance(value, str) else []


def degree_id(surface: str) -> str | None:
    """Canonical id of one degree token, or None ("M.D." → "MD")."""
    single, _ = _surface_forms()
    surface = surface.strip()
    found = single.get(surface) or single.get(surface.rstrip("."))
    if found is None and surface.upper() == surface and len(surface) > 2:
        found = single.get(surface.replace(".", ""))
    return found


def find_degrees(text: str) -> list[str]:
    """All degrees named in ``text``, in order, without repeats ("MD/PhD" → ["MD", "PhD"])."""
    single, double = _surface_forms()
    tokens = [t for t in _SPLIT.split(DEGREE_IN_SCHOOL_NAME.sub(" ", text)) if t]
    found: list[str] = []
    i = 0
    while i < len(tokens):
        pair = double.get((tokens[i], tokens[i + 1])) if i + 1 < len(tokens) else None
        if pair:
            found.append(pair)
            i += 2
            continue
        one = degree_id(tokens[i])
        if one:
            found.append(one)
        i += 1
    return list(dict.fromkeys(found))


def split_degree_suffix(text: str) -> tuple[str, list[str]]:
    """Split "Jane Doe, MD, PhD" into ("Jane Doe", ["MD", "PhD"]).

    Only a trailing run of degree tokens is taken, so a surname that happens to look like a
    degree in the middle of a name stays put.
    """
    single, double = _surface_forms()
    rest = text.rstrip(" ,;.")
    degrees: list[str] = []
    while rest:
        match = re.search(r"[\s,]+([^\s,]+)$", rest)
        if not match:
            break
        token = match.group(1)
        head = rest[: match.start()]
        # "MB ChB" is one degree of two words, also when nothing precedes it (a line that
        # holds only the degree: no one's name)
        prev = re.search(r"(?:^|[\s,]+)([^\s,]+)$", head)
        pair = double.get((prev.group(1), token)) if prev else None
        if pair and prev:
            degrees.insert(0, pair)
            rest = head[: prev.start()].rstrip(" ,")
            continue
        # A trailing "M.D." may have lost its final period to rstrip above.
        one = degree_id(token) or degree_id(token + ".")
        if not one:
            break
        degrees.insert(0, one)
        rest = head.rstrip(" ,")
    if "/" in rest.rsplit(" ", 1)[-1]:
        # "Jane Doe MD/PhD"
        head, _, last = rest.rpartition(" ")
        slashed = find_degrees(last)
        if slashed and len(slashed) == len(last.split("/")):
            return head.rstrip(" ,"), slashed + degrees
    return rest, list(dict.fromkeys(degrees))
