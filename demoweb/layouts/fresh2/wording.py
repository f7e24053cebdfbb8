"""How the fresh2 roster variants word a resident's level, degree and schooling.

Provenance: written 2026-11-26 by a blind helper (see ``demoweb/layouts/fresh2/__init__.py`` for
what was and was not read). Fictional demo data only.

Everything a fresh2 page says about a resident is true of the generated resident: the shown name,
the degrees exactly as shown, the school string exactly as the truth records it, and the PGY (or
a class year or ordinal that comes to the same PGY). Choices per program or resident come from
RNGs of their own, seeded by the program id (and the resident's name) and a purpose, so a page is
the same in every run and a resident keeps their wording from one year to the next.
"""

from __future__ import annotations

import random
import re
from html import escape

from demoweb.layouts.labels import program_years
from demoweb.model import Program, Resident

ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII")


def rng_for(program: Program, r: Resident, purpose: str) -> random.Random:
    return random.Random(f"fresh2|{program.id}|{r.name}|{purpose}")


def program_rng(program: Program, purpose: str) -> random.Random:
    return random.Random(f"fresh2|{program.id}|{purpose}")


def years_of(program: Program) -> int:
    return program_years(program)


def nth(n: int) -> str:
    """1st, 2nd, 3rd, 4th ..."""
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(n if n < 20 else n % 10, "th")
    return f"{n}{suffix}"


def is_final(level: int, years: int) -> bool:
    """The last year of a program longer than two years: the chief residents."""
    return years > 2 and level == years


def surname_key(r: Resident) -> tuple[str, str]:
    return (r.name.rsplit(" ", 1)[-1].lower(), r.name.lower())


def initials(name: str) -> str:
    """ "JD" for "Jane Q. Doe": the badge some profile grids show instead of a photograph."""
    words = [w for w in re.split(r"[\s-]+", name) if w[:1].isalpha()]
    if not words:
        return ""
    return (words[0][0] + (words[-1][0] if len(words) > 1 else "")).upper()


def medical_degree(r: Resident) -> str:
    """The medical degree as the page writes it ("M.D.", "MBBS", "DO"): the first shown."""
    text = r.degree_text
    if len(r.degrees) == 1:
        return text
    return text.split(", ")[0] if ", " in text else text.split(" ")[0]


def other_degrees(r: Resident) -> list[str]:
    """The degrees shown after the medical one ("Ph.D.", "MPH")."""
    text = r.degree_text
    if len(r.degrees) == 1:
        return []
    parts = text.split(", ") if ", " in text else text.split(" ")
    return parts[1:]


def e(text: str | None) -> str:
    return escape(text or "")
