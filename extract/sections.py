"""What a heading, an id or a class says about the people under it.

A roster page also lists faculty, fellows, alumni, staff and news; those sections are
recognised here so that their people are never reported as residents. Headings also carry
the training level of a whole section ("PGY-3", "Class of 2028", "Interns", "Chief Residents").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract.levels import EMPTY, TrainingLevel, parse_level

_EXCLUDED = re.compile(
    # "Faculty of Medicine, University of Lagos" is a school, not the faculty section
    r"\b(?:faculty(?!\s+of\s+(?:medicine|medical|health|osteopathic))|attendings?|fellows?|"
    r"alumni|alumnae|alumnus|alumna|graduates|"
    r"former|past\s+residents|previous\s+residents|graduated|staff|coordinators?|"
    r"administrat\w*|leadership|program\s+directors?|directors?|chairs?|chairman|chairwoman|"
    r"news|events|announcements|in\s+memoriam|publications|advanced\s+practice|"
    r"nurse\s+practitioners?|physician\s+assistants?|medical\s+students|sub-?interns?|"
    r"visiting|emeriti|emeritus|surgeons|partners|affiliates|applicants|contact)\b",
    re.IGNORECASE,
)
# Words that mark a whole section as past, even when it also says "residents".
_PAST = re.compile(
    r"\b(?:former|past|previous|graduated|alumni|alumnae|in\s+memoriam|where\s+are\s+they)\b",
    re.IGNORECASE,
)
_RESIDENTS = re.compile(
    r"\b(?:residents?|residency\s+class|interns?|house\s*staff|trainees|chiefs?)\b", re.IGNORECASE
)
_ATTR_EXCLUDED = re.compile(
    r"\b(?:faculty|fellows?|alumni|graduates|former|leadership|news|events|sidebar|"
    r"breadcrumbs?|menu|navbar|footer)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Section:
    """The meaning of one heading (or id/class) for the people under it."""

    excluded: bool = False
    roster: bool = False
    level: TrainingLevel = EMPTY
    text: str = ""


NEUTRAL = Section()


def classify_heading(text: str) -> Section:
    """'Faculty' → excluded; 'PGY-3 Residents' → roster with PGY 3; 'Welcome' → neutral."""
    text = " ".join(text.split())[:120]
    if not text:
        return NEUTRAL
    residents = bool(_RESIDENTS.search(text))
    excluded = bool(_PAST.search(text)) or (bool(_EXCLUDED.search(text)) and not residents)
    level = EMPTY if excluded else parse_level(text)
    return Section(excluded=excluded, roster=residents and not excluded, level=level, text=text)


# What kind of page a post is ("category-news", "news-post" on its body or article): said on
# an element that holds the page's own heading, it names the page, not a news box beside a
# roster, and a news post may well welcome the new residents.
_PAGE_KIND = re.compile(r"\b(?:news|events)\b", re.IGNORECASE)


def classify_attrs(attrs: str, *, holds_page_heading: bool = False) -> Section:
    """An element's id and classes ("faculty-list", "pgy-3", "class-of-2028")."""
    words = re.sub(r"[-_]+", " ", attrs)
    if holds_page_heading:
        words = _PAGE_KIND.sub(" ", words)
    if not words.strip():
        return NEUTRAL
    if _ATTR_EXCLUDED.search(words) and not _RESIDENTS.search(words):
        return Section(excluded=True, text=attrs)
    level = parse_level(words)
    if level.empty:
        return NEUTRAL
    return Section(level=level, roster=True, text=attrs)


def is_section_line(text: str) -> bool:
    """A short line that reads as a heading for a group of people ("PGY-2", "Faculty")."""
    words = text.split()
    if not words or len(words) > 8 or len(text) > 70 or text.endswith((".", ",")):
        return False
    section = classify_heading(text)
    return section.excluded or not section.level.empty or section.roster
