"""How the fresh roster variants word a resident's level and education.

Provenance: written 2026-11-25 by a blind helper (see ``demoweb/layouts/fresh/__init__.py`` for
what was and was not read). Fictional demo data only.

Everything a fresh page says about a resident is true of the generated resident: the shown name,
the degrees as shown, the school string exactly as the truth records it, and the PGY. Around
those, pages add what real rosters add: the undergraduate college, a PhD or MPH, a prior
residency abroad, a research year, the chief residents. Each of those is labelled the way
programs label it, so a person reading the page still finds one medical school per resident.

Choices per resident come from an RNG of its own, seeded by the program id, the resident's name
and a purpose, so a page looks the same in every run and a resident keeps their wording from one
academic year to the next.
"""

from __future__ import annotations

import random
from html import escape

from demoweb.layouts.labels import program_years
from demoweb.model import Program, Resident
from demoweb.schools import load_school_book

ORDINAL_WORDS = ("First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth")
MPH_SCHOOLS = (
    "Harvard T.H. Chan School of Public Health",
    "Johns Hopkins Bloomberg School of Public Health",
    "Rollins School of Public Health, Emory University",
    "Mailman School of Public Health, Columbia University",
    "University of Michigan School of Public Health",
    "Gillings School of Global Public Health, UNC",
)
MAJORS = (
    "Biology",
    "Neuroscience",
    "Chemistry",
    "Biomedical Engineering",
    "Psychology",
    "Economics",
)
PRIOR_SPECIALTIES = ("General Surgery", "Internal Medicine", "Neurology", "Orthopaedics")
INTERESTS = (
    "Skull base surgery",
    "Global health",
    "Medical education",
    "Health policy",
    "Outcomes research",
    "Pediatrics",
    "Trauma and critical care",
    "Quality improvement",
    "Functional and epilepsy surgery",
    "Health equity",
)


def rng_for(program: Program, r: Resident, purpose: str) -> random.Random:
    """A stable RNG for one resident's wording on one kind of fresh page."""
    return random.Random(f"fresh|{program.id}|{r.name}|{purpose}")


def program_rng(program: Program, purpose: str) -> random.Random:
    return random.Random(f"fresh|{program.id}|{purpose}")


def years_of(program: Program) -> int:
    return program_years(program)


def is_chief_level(level: int, years: int) -> bool:
    """Final-year residents of programs longer than two years serve as chiefs."""
    return years > 2 and level == years


def is_research_level(level: int, years: int) -> bool:
    """Long programs (six years and more) hold a dedicated research year, two before the end."""
    return years >= 6 and level == years - 2


def is_chief(r: Resident, years: int) -> bool:
    return is_chief_level(r.pgy, years)


def is_research_year(r: Resident, years: int) -> bool:
    return is_research_level(r.pgy, years)


def medical_degree(r: Resident) -> str:
    """The medical degree as the page writes it: "M.D.", "MBBS", "DO" (the first of the shown)."""
    text = r.degree_text
    if len(r.degrees) == 1:
        return text
    return text.split(", ")[0] if ", " in text else text.split(" ")[0]


def school_country(r: Resident) -> str:
    school = load_school_book().by_id.get(r.school_id)
    return school.country.replace("United Kingdom-England", "England") if school else ""


def pgy(r: Resident) -> str:
    return f"PGY-{r.pgy}"


def ordinal_level(r: Resident, years: int) -> str:
    """ "Intern", "Third-Year Resident", "Chief Resident (PGY-7)"."""
    if r.pgy == 1 and years > 1:
        return "Intern"
    if is_chief(r, years):
        return f"Chief Resident (PGY-{r.pgy})"
    return f"{ORDINAL_WORDS[r.pgy - 1]}-Year Resident"


def level_with_notes(r: Resident, years: int, base: str) -> str:
    """A level with the notes programs add: chief, research year."""
    if is_chief(r, years):
        return f"{base}, Chief Resident"
    if is_research_year(r, years):
        return f"{base} (Research Year)"
    return base


def education(program: Program, r: Resident, purpose: str) -> list[tuple[str, str]]:
    """(label, text) lines of a resident's education, oldest first, unescaped.

    The medical school line is labelled with the resident's medical degree ("MBBS", "M.D."),
    and its text is the school string exactly as the truth records it.
    """
    rng = rng_for(program, r, purpose)
    lines: list[tuple[str, str]] = []
    if r.undergrad:
        degree = rng.choice(("BS", "BA", "B.S.", "B.A."))
        major = rng.choice(MAJORS)
        lines.append((f"{degree} in {major}" if rng.random() < 0.5 else degree, r.undergrad))
    lines.append((medical_degree(r), r.school_string))
    if "PhD" in r.degrees:
        lines.append(("PhD", r.school_string))
    if "MPH" in r.degrees:
        lines.append(("MPH", rng.choice(MPH_SCHOOLS)))
    if "MS" in r.degrees:
        lines.append(("MS", rng.choice(("Clinical Research", "Biomedical Sciences", "Anatomy"))))
    country = school_country(r) if r.kind == "IMG" else ""
    if country and rng.random() < 0.35:
        specialty = rng.choice(PRIOR_SPECIALTIES)
        lines.append(("Prior residency", f"{specialty} ({country})"))
    return lines


def education_html(lines: list[tuple[str, str]], sep: str = ", ") -> list[str]:
    return [f"{escape(label)}{sep}{escape(text)}" for label, text in lines]


def interests(program: Program, r: Resident) -> str:
    rng = rng_for(program, r, "interests")
    return ", ".join(rng.sample(INTERESTS, 2))
