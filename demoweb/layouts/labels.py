"""How rosters write a resident's name, degrees and training level.

Shared by the layouts so that every layout writes names and degrees the same truthful way
(``Resident.display_name``, ``Resident.degree_text``) while each chooses its own training-level
wording: "PGY-3", "R3", "Second-Year Residents", "Class of 2029", "Chief Residents".
"""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

from demoweb.model import Program, Resident

ORDINALS = ("First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth")


def by_pgy(
    residents: Iterable[Resident], descending: bool = False
) -> list[tuple[int, list[Resident]]]:
    """Residents grouped by PGY, juniors first (or seniors first)."""
    groups: dict[int, list[Resident]] = {}
    for r in residents:
        groups.setdefault(r.pgy, []).append(r)
    return sorted(groups.items(), reverse=descending)


def program_years(program: Program) -> int:
    """Length of the program, from its residents (0 when it shows none)."""
    return max((r.class_year - r.start_year for r in program.residents), default=0)


def level_words(pgy: int, years: int) -> str:
    """A heading for one class in words: "Interns", "Third-Year Residents", "Chief Residents"."""
    if pgy == 1 and years > 1:
        return "Interns"
    if pgy == years and years > 2:
        return "Chief Residents"
    return f"{ORDINALS[pgy - 1]}-Year Residents"


def name_and_degrees(r: Resident) -> str:
    """ "Jane Doe, MD" as escaped HTML."""
    return f"{escape(r.display_name)}, {escape(r.degree_text)}"


def last_name_key(r: Resident) -> tuple[str, str]:
    return (r.name.rsplit(" ", 1)[-1].lower(), r.name.lower())
