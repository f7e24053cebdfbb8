"""Training level: "PGY-3", "R2", "Intern", "Class of 2029", "Chief Resident", "Research year".

A PGY changes meaning every July, so the extractor keeps the raw text and converts it to an
absolute ``class_year`` (expected graduation year) with the crawl's academic year and the
program length.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

NEUROSURGERY_YEARS = 7

_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7}
_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "6th": 6, "7th": 7,
}  # fmt: skip

_PGY = re.compile(r"\bPGY\s*[-–]?\s*([1-9]|VII|VI|IV|V|III|II|I)\b", re.IGNORECASE)
_RESIDENT_YEAR = re.compile(r"(?<![\w-])R([1-9])\b")
# House-staff tags: "PL-3" (pediatric and some medicine programs), "HO-3" (older hospitals),
# "R-3" ("R3" is read above). Capitals only: "pl-3" is a CSS class (padding-left) and "Ho" a
# surname. A roman numeral only after a dash ("HO-III"): "JOHN HO III" is a name in capitals;
# a tag alone under a level label ("Level: HO III") is read by ``parse_level_value``. Never
# "R-3.5", "PL-30", "HO-3-B" or "PR-3". Shared with the patterns that trim a trailing level;
# the look for its first letter comes first, which lets the engine skip ahead.
HOUSE_STAFF_TAG = (
    r"(?=[PHR])(?<![\w-])"
    r"(?:(?:PL|HO)\s?[-–]?\s?[1-9]|R[-–][1-9]|(?:PL|HO)[-–](?:VII|VI|IV|V|III|II|I))"
    r"(?=s?\b)(?![-.]\w)"
)
_HOUSE_STAFF = re.compile(f"({HOUSE_STAFF_TAG})")
_TAG_NUMBER = re.compile(r"[1-9]|[IV]+$")
_HOUSE_STAFF_ALONE = re.compile(r"(?:PL|HO|R)\s*[-–]?\s*([1-9]|VII|VI|IV|V|III|II|I)")
# A letter and a digit after a place word is a room or a form, not a year: "Room R-3",
# "Suite R3", "Ward HO-2", "Form R-3".
_PLACE_BEFORE = re.compile(
    r"\b(?:room|rm\.?|suite|ste\.?|ward|unit|floor|building|bldg\.?|bed|bay|pod|wing|box|form|"
    r"route)\s*#?\s*$",
    re.IGNORECASE,
)
_ORDINAL_YEAR = re.compile(
    r"\b(" + "|".join(_ORDINALS) + r")[\s-]+year\b(?![\s-]+(?:medical|student|of medical))",
    re.IGNORECASE,
)
# In this order: the first kind found wins. A tag ("R-3", "R3") after a place word is skipped.
_YEAR_PATTERNS: tuple[tuple[re.Pattern[str], Callable[[str], int], bool], ...] = (
    (_PGY, lambda s: _pgy_number(s), False),
    (_HOUSE_STAFF, lambda s: _tag_number(s), True),
    (_RESIDENT_YEAR, int, True),
    (_ORDINAL_YEAR, lambda s: _ORDINALS[s.lower()], False),
)
_INTERN = re.compile(r"\bintern(?:s|ship)?\b", re.IGNORECASE)
# "Class of 2029", and the class named by the June it finishes: "Completes 2029", "Completing
# in June 2029", "Graduates 2029" (never "graduated" or "after graduating in 2019": a bio's
# past degree).
_CLASS_OF = re.compile(
    r"\b(?:class\s+of|complet(?:es|ing)|graduates)(?:\s+in)?"
    r"(?:\s+(?:may|june|july),?)?\s+((?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_CHIEF = re.compile(r"\bchief\s+resident|\bco-?chiefs?\b|^\s*chiefs?\b", re.IGNORECASE)
_RESEARCH = re.compile(
    r"\bresearch\s+(?:year|years|resident|residents|track|fellow)\b"
    r"|\b(?:enfolded|infolded|in-folded|dedicated|protected)\s+research\b"
    r"|^\s*\(?research\)?\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class TrainingLevel:
    """What a page says about a resident's year; every part optional."""

    pgy: int | None = None
    class_year: int | None = None
    role: str | None = None  # chief | research
    raw: str | None = None

    def or_else(self, other: TrainingLevel) -> TrainingLevel:
        """Fill this level's gaps from ``other`` (a section heading, say)."""
        return TrainingLevel(
            pgy=self.pgy if self.pgy is not None else other.pgy,
            class_year=self.class_year if self.class_year is not None else other.class_year,
            role=self.role or other.role,
            raw=self.raw or other.raw,
        )

    @property
    def empty(self) -> bool:
        return self.pgy is None and self.class_year is None and self.role is None


EMPTY = TrainingLevel()


def parse_level(text: str) -> TrainingLevel:
    """The first PGY / class / role mentions in ``text``."""
    if not text:
        return EMPTY
    pgy: int | None = None
    raws: list[tuple[int, str]] = []
    for pattern, convert, tag in _YEAR_PATTERNS:
        m = pattern.search(text)
        if m and tag:
            m = _not_a_place(pattern, text, m)
        if m:
            pgy = convert(m.group(1))
            raws.append((m.start(), m.group(0)))
            break
    if pgy is None:
        m = _INTERN.search(text)
        if m:
            pgy = 1
            raws.append((m.start(), m.group(0)))
    class_year = None
    m = _CLASS_OF.search(text)
    if m:
        class_year = int(m.group(1))
        raws.append((m.start(), m.group(0)))
    role = None
    m = _CHIEF.search(text)
    if m:
        role = "chief"
        raws.append((m.start(), m.group(0).strip()))
    else:
        m = _RESEARCH.search(text)
        if m:
            role = "research"
            raws.append((m.start(), m.group(0).strip(" ()")))
    raw = ", ".join(r for _, r in sorted(raws)) or None
    return TrainingLevel(pgy=pgy, class_year=class_year, role=role, raw=raw)


def parse_level_value(value: str) -> TrainingLevel:
    """A labelled value ("Year: 3", "Class: 2029", "PGY: II") as a training level."""
    v = value.strip()
    if re.fullmatch(r"[1-9]", v):
        return TrainingLevel(pgy=int(v), raw=v)
    if v.upper() in _ROMAN:
        return TrainingLevel(pgy=_ROMAN[v.upper()], raw=v)
    m = _HOUSE_STAFF_ALONE.fullmatch(v)
    if m:
        return TrainingLevel(pgy=_pgy_number(m.group(1)), raw=v)
    # "2029", and under an "Expected Completion" label the month it falls in: "June 2029"
    m = re.fullmatch(r"(?:(?:May|June|July|Jun\.?|Jul\.?),?\s+)?((?:19|20)\d\d)", v)
    if m:
        return TrainingLevel(class_year=int(m.group(1)), raw=v)
    return parse_level(v)


def _not_a_place(
    pattern: re.Pattern[str], text: str, m: re.Match[str] | None
) -> re.Match[str] | None:
    """``m`` or the next tag of ``pattern`` in ``text`` that no place word comes before."""
    while m is not None and _PLACE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        m = pattern.search(text, m.end())
    return m


def _tag_number(tag: str) -> int:
    """The year a house-staff tag names: "PL-3" → 3, "HO-III" → 3."""
    m = _TAG_NUMBER.search(tag)
    assert m is not None  # the tag pattern ends with a year
    return _pgy_number(m.group(0))


def _pgy_number(s: str) -> int:
    return int(s) if s.isdigit() else _ROMAN[s.upper()]


def resolve(
    level: TrainingLevel, academic_year: int | None, program_length: int = NEUROSURGERY_YEARS
) -> TrainingLevel:
    """Turn class ↔ PGY with the crawl's academic year; a chief without a PGY is final-year."""
    pgy, class_year = level.pgy, level.class_year
    if pgy is None and level.role == "chief" and class_year is None:
        pgy = program_length
    if academic_year is not None:
        final_year_end = academic_year + 1
        if pgy is None and class_year is not None:
            pgy = program_length - (class_year - final_year_end)
        elif class_year is None and pgy is not None:
            class_year = final_year_end + (program_length - pgy)
    return replace(level, pgy=pgy, class_year=class_year)


def has_graduated(level: TrainingLevel, academic_year: int | None) -> bool:
    """A "Class of 2025" on a 2026 crawl is alumni, not a resident."""
    return (
        academic_year is not None
        and level.class_year is not None
        and level.class_year <= academic_year
    )
