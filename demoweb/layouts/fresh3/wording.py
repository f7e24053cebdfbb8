"""How the fresh3 roster variants word a resident's level and write names and schooling.

Provenance: written 2026-11-26 by a blind helper (see ``demoweb/layouts/fresh3/__init__.py`` for
what was and was not read). Fictional demo data only.

Whatever a fresh3 page says about a resident is true of the generated resident: the shown name,
the degrees exactly as the truth shows them, the school string exactly as the truth records it,
and a level that comes to the resident's PGY ("PGY-3", "Class of 2029", "Interns", "3rd yr").
Words without a number ("Juniors", "Seniors", "Chief Year") only ever stand beside one that has
it. Per-program and per-resident choices come from RNGs of their own, seeded by the program id
(and the resident's name) and a purpose, so a page is the same in every run.
"""

from __future__ import annotations

import hashlib
import random
import re
from html import escape

from demoweb.layouts.labels import program_years
from demoweb.model import Program, Resident

ORDINAL_WORDS = ("First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth")


def program_rng(program: Program, purpose: str) -> random.Random:
    return random.Random(f"fresh3|{program.id}|{purpose}")


def resident_rng(program: Program, r: Resident, purpose: str) -> random.Random:
    return random.Random(f"fresh3|{program.id}|{r.name}|{purpose}")


def stable_id(*parts: str, length: int = 12) -> str:
    """A hex id that is the same in every run: CMS record ids, cursors, build ids."""
    return hashlib.sha1("|".join(("fresh3", *parts)).encode()).hexdigest()[:length]


def years_of(program: Program) -> int:
    return program_years(program)


def nth(n: int) -> str:
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(n if n < 20 else n % 10, "th")
    return f"{n}{suffix}"


def class_word(level: int, years: int) -> str:
    """The word a program uses for a class, always shown beside a number that fixes the PGY:
    "Interns", "Juniors", "Seniors", "Chief Year" or "Third Years"."""
    if level == 1 and years > 1:
        return "Interns"
    if years > 2 and level == years:
        return "Chief Year"
    if years >= 3 and level == 2:
        return "Juniors"
    if years >= 4 and level == years - 1:
        return "Seniors"
    if years == 3 and level == 3:
        return "Seniors"
    return f"{ORDINAL_WORDS[level - 1]} Years"


def is_chief(level: int, years: int) -> bool:
    return years > 2 and level == years


def last_first(r: Resident) -> str:
    """ "Doe, Jane" (or "Doe, Jane Q.") from the resident's plain name, as roster indexes sort."""
    first, _, last = r.name.rpartition(" ")
    return f"{last}, {first}" if first else last


def surname_key(r: Resident) -> tuple[str, str]:
    return (r.name.rsplit(" ", 1)[-1].lower(), r.name.lower())


def initials(name: str) -> str:
    words = [w for w in re.split(r"[\s-]+", name) if w[:1].isalpha()]
    if not words:
        return ""
    return (words[0][0] + (words[-1][0] if len(words) > 1 else "")).upper()


def slug(r: Resident) -> str:
    return re.sub(r"[^a-z0-9]+", "-", r.name.lower()).strip("-")


def e(text: str | None) -> str:
    return escape(text or "")
