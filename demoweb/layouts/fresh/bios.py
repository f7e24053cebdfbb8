"""Fresh variant of ``bios``: long-form biographies, one block per resident, by class.

Provenance: written 2026-11-25 by a blind helper (see ``demoweb/layouts/fresh/__init__.py`` for
what was and was not read). Fictional demo data only; no photographs.

Classes under "Class of 2030 &ndash; PGY-1" headings, seniors first; each resident a
``<div class="bio-entry">`` with the name and credentials in a ``<h4>``, a small
"Hometown | Undergraduate" line, and one or two paragraphs of prose in several phrasings
("A graduate of X, Dr. Doe ...", "Jane earned a medical degree at X ...", "Before medical school
at X, Jane studied ... at Y"), some naming the undergraduate college *after* the medical school,
some a PhD, an MPH, a research year or the chief year.
"""

from __future__ import annotations

import re
from html import escape

from demoweb.layouts.fresh import wording
from demoweb.layouts.labels import by_pgy, name_and_degrees
from demoweb.layouts.registry import Layout, register_fresh
from demoweb.model import Program, Resident

PASTIMES = (
    "trail running",
    "baking sourdough",
    "playing jazz piano",
    "birdwatching",
    "restoring old bicycles",
    "cheering for the local baseball team",
    "gardening",
    "long-distance cycling",
)


def _doctor(r: Resident) -> str:
    """ "Dr. Zhang" when the surname is plain to see (one word after a first name and an optional
    initial), else the first name: "van der Berg" or "De La Cruz" would be guesses."""
    parts = r.name.split(" ")
    if len(parts) == 2 or (len(parts) == 3 and re.fullmatch(r"[A-Z]\.", parts[1])):
        return f"Dr. {escape(parts[-1])}"
    return escape(r.first_name)


def _story(program: Program, r: Resident, years: int) -> str:
    rng = wording.rng_for(program, r, "bios")
    first = escape(r.first_name)
    school = escape(r.school_string)
    college = escape(r.undergrad) if r.undergrad else ""
    major = rng.choice(wording.MAJORS).lower()
    form = rng.randrange(4)
    if form == 0:
        text = f"A graduate of {school}, {_doctor(r)} joined the program in {r.start_year}."
        if college:
            text += f" {first} completed undergraduate studies in {major} at {college}."
    elif form == 1:
        text = f"{first} earned a medical degree at {school}"
        text += f" after majoring in {major} at {college}." if college else "."
    elif form == 2 and college:
        text = f"Before medical school at {school}, {first} studied {major} at {college}."
    else:
        where = f"{first} grew up in {escape(r.hometown)} and" if r.hometown else first
        text = f"{where} attended {school} for medical school."
        if college:
            text += f" Undergraduate: {college}."
    if "PhD" in r.degrees:
        text += f" {first} also completed a PhD at {school} through its dual-degree program."
    if "MPH" in r.degrees:
        text += f" {first} holds a Master of Public Health from {escape(rng.choice(wording.MPH_SCHOOLS))}."
    if wording.is_research_year(r, years):
        text += f" {first} is spending the current year in full-time laboratory research."
    if wording.is_chief(r, years):
        text += f" This year {first} serves as one of the program's chief residents."
    text += f" Away from work, {first} enjoys {rng.choice(PASTIMES)}."
    return text


def _entry(program: Program, r: Resident, years: int) -> str:
    facts = []
    if r.hometown:
        facts.append(f"Hometown: {escape(r.hometown)}")
    facts.append(f"Year: {escape(wording.level_with_notes(r, years, wording.pgy(r)))}")
    return (
        f'<div class="bio-entry"><h4>{name_and_degrees(r)}</h4>'
        f'<p class="bio-facts">{" | ".join(facts)}</p>'
        f"<p>{_story(program, r, years)}</p></div>"
    )


def render(program: Program, variant: str, api_url: str) -> str:
    years = wording.years_of(program)
    sections = []
    for level, group in by_pgy(program.residents, descending=True):
        heading = f"Class of {group[0].class_year} &ndash; PGY-{level}"
        entries = "".join(_entry(program, r, years) for r in group)
        sections.append(f'<section class="cohort-bios"><h2>{heading}</h2>{entries}</section>')
    return "<h1>Our Residents</h1><p>Get to know the residents of our program.</p>" + "".join(
        sections
    )


register_fresh(
    Layout(
        name="bios",
        weight=0.0,
        render=render,
        description="biographies by class, naming colleges before or after the medical school",
    )
)
