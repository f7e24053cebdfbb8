"""Medical schools whose names carry no medical word, from the extractor's own patterns.

``patterns/medical_schools.jsonl`` holds EntityRuler phrase patterns (id = the school's slug):
schools that grant medical degrees only but are written without "Medicine" or "Medical" ("St.
George's University", "Rocky Vista University", "Downstate") and the short forms rosters use
("UCSF", "LECOM"). Not a gazetteer (that is ``enrich``'s): a cue that a string is a medical
school, for choosing among a resident's schools and for reading announcements.
"""

from __future__ import annotations

import re

from extract.patterns import load_patterns

# "UWSMPH", "JABSOM", "LLUSM", "CNUCOM": a school's initials, as announcements write them.
_ACRONYM = re.compile(r"[A-Z]{4,8}")


def _known() -> re.Pattern[str]:
    names = sorted((row["pattern"] for row in load_patterns("medical_schools")), key=len)
    alternatives = "|".join(re.escape(name) for name in reversed(names))
    return re.compile(rf"(?<![\w])(?:{alternatives})(?![\w])")


_KNOWN = _known()  # compiled once, at import: every page asks


def is_known_medical(text: str) -> bool:
    """The text names one of the pattern file's schools (case-sensitive, whole words)."""
    return bool(_KNOWN.search(text))


def is_acronym(text: str) -> bool:
    return bool(_ACRONYM.fullmatch(text))
