"""How the fresh4 roster variants write a resident's name, level and completion year.

Provenance: written 2026-11-26 by a blind helper (see ``demoweb/layouts/fresh4/__init__.py`` for
what was and was not read). Fictional demo data only.

Everything a fresh4 page says about a resident is true of the generated resident: the name as
shown (or that name turned "Last, First" or set in capitals, as some CMS themes print it), the
degrees exactly as the truth shows them, the school string exactly as the truth records it, and
a level that comes to the resident's PGY: a house-staff tag ("PL-3", "HO-3", "R-3") or the June
the resident completes ("Completes 2029"). Per-program choices come from RNGs of their own, seeded
by the program id and a purpose, so a page is the same in every run.
"""

from __future__ import annotations

import hashlib
import random
import re
from html import escape

from demoweb.layouts.labels import program_years
from demoweb.model import Program, Resident
from demoweb.names import MULTI_PART_LAST

TAGS = ("PL", "HO", "R")


def program_rng(program: Program, purpose: str) -> random.Random:
    return random.Random(f"fresh4|{program.id}|{purpose}")


def stable_id(*parts: str, length: int = 10) -> str:
    """A hex id that is the same in every run: record ids, offsets, tokens."""
    return hashlib.sha1("|".join(("fresh4", *parts)).encode()).hexdigest()[:length]


def years_of(program: Program) -> int:
    return program_years(program)


def tag_style(program: Program, purpose: str) -> str:
    """The house-staff prefix a program uses on one page: "PL", "HO" or "R"."""
    return program_rng(program, f"tag|{purpose}").choice(TAGS)


def tag(style: str, level: int) -> str:
    """ "PL-3": pediatric and some medicine programs say PL, older hospitals HO, others R."""
    return f"{style}-{level}"


def is_chief(level: int, years: int) -> bool:
    return years > 2 and level == years


def split_name(name: str) -> tuple[str, str]:
    """(given names, surname) of a shown name, keeping multi-part surnames whole."""
    for last in MULTI_PART_LAST:
        if name.endswith(" " + last):
            return name[: -len(last) - 1], last
    first, _, last = name.rpartition(" ")
    return first, last


def last_first(r: Resident) -> str:
    """'Smith, Robert "Bobby"' from the name as shown, as a directory index prints it."""
    first, last = split_name(r.display_name)
    return f"{last}, {first}" if first else last


def capitals(r: Resident) -> str:
    """'ROBERT "BOBBY" SMITH': the name as themes that set names in capitals write it."""
    return r.display_name.upper()


def surname_key(r: Resident) -> tuple[str, str]:
    return (split_name(r.name)[1].lower(), r.name.lower())


def initials(name: str) -> str:
    words = [w for w in re.split(r"[\s-]+", name) if w[:1].isalpha()]
    if not words:
        return ""
    return (words[0][0] + (words[-1][0] if len(words) > 1 else "")).upper()


def slug(r: Resident) -> str:
    return re.sub(r"[^a-z0-9]+", "-", r.name.lower()).strip("-")


def e(text: str | None) -> str:
    return escape(text or "")
