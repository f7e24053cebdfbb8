"""Medical schools whose names carry no medical word, from the extractor's own patterns.

``patterns/medical_schools.jsonl`` holds EntityRuler phrase patterns (id = the school's slug):
schools that grant medical degrees only but are written without "Medicine" or "Medical" ("St.
George's University", "Rocky Vista University", "Downstate") and the short forms rosters use
("UCSF", "LECOM"). Not a gazetteer (that is ``enrich``'s): a cue that a string is a medical
school, for choosing among a resident's schools and for reading announcements.

``patterns/colleges.jsonl`` is the other side of the same knowledge: US universities and
colleges that grant no medical degree ("Rice University", "Princeton", "Baylor University",
which is not Baylor College of Medicine), the colleges rosters name as a resident's
undergraduate school. Only names with no medical school under them are listed ("Cornell
University" is not: Weill Cornell is Cornell's).
"""

from __future__ import annotations

import re

from extract.patterns import load_patterns
from extract.places import is_us_place

# "UWSMPH", "JABSOM", "LLUSM", "CNUCOM": a school's initials, as announcements write them.
_ACRONYM = re.compile(r"[A-Z]{4,8}")


def _alternatives(pattern_file: str) -> str:
    names = sorted((row["pattern"] for row in load_patterns(pattern_file)), key=len)
    return "|".join(re.escape(name) for name in reversed(names))


# compiled once, at import: every page asks
_KNOWN = re.compile(rf"(?<![\w])(?:{_alternatives('medical_schools')})(?![\w])")
_COLLEGE = re.compile(rf"(?i:the\s+)?(?:{_alternatives('colleges')})(?![\w])")


def is_known_medical(text: str) -> bool:
    """The text names one of the pattern file's schools (case-sensitive, whole words)."""
    return bool(_KNOWN.search(text))


def is_known_college(text: str) -> bool:
    """The text is one of the colleges file's names, alone or with its town ("Rice University",
    "Rice University, Houston, TX"); "Rice University School of Engineering" is not, nor
    "University of Notre Dame Australia" (a medical school abroad)."""
    m = _COLLEGE.match(text)
    if m is None:
        return False
    rest = text[m.end() :].lstrip()
    if not rest.strip(" .,"):
        return True
    return rest[:1] in ",(" and is_us_place(rest.strip(" ,()"))


def is_acronym(text: str) -> bool:
    return bool(_ACRONYM.fullmatch(text))
