"""Bio paragraphs: a heading per resident and a few sentences about them.

The undergraduate college is the trap: "received a bachelor's degree from the University of
Michigan and a medical degree from X" names two schools, and only the second is the medical
school. Some bios also mention a research year at another university.
dev: ``<h3>Name, MD</h3><p class="level">PGY-2</p><p>bio</p>``, with "received ... degree from"
sentences. heldout: ``<h2>Name</h2><p>MD &middot; Class of 2029</p>`` and other wording ("A native
of ..., studied ... at ... before graduating from ...").
"""

from __future__ import annotations

from html import escape

from demoweb.layouts.labels import name_and_degrees
from demoweb.layouts.registry import Layout, register
from demoweb.model import Program, Resident

HOBBIES = (
    "hiking with the program's running club",
    "cooking for co-residents",
    "playing the cello",
    "coaching youth soccer",
    "rock climbing",
    "photography",
)


def _dev_bio(r: Resident, n: int) -> str:
    first = escape(r.first_name)
    school = escape(r.school_string)
    if r.undergrad:
        sentence = (
            f"{first} received a bachelor's degree from {escape(r.undergrad)} and a medical "
            f"degree from {school}."
        )
    else:
        sentence = f"{first} received a medical degree from {school}."
    town = f"{first} grew up in {escape(r.hometown)}. " if r.hometown else ""
    return f"{town}{sentence} Outside the hospital, {first} enjoys {HOBBIES[n % len(HOBBIES)]}."


def _heldout_bio(r: Resident, n: int) -> str:
    first = escape(r.first_name)
    school = escape(r.school_string)
    town = f"A native of {escape(r.hometown)}, " if r.hometown else ""
    if r.undergrad:
        text = (
            f"{town}{first} studied biology at {escape(r.undergrad)} before graduating from "
            f"{school}."
        )
    else:
        text = f"{town}{first} attended medical school at {school}."
    if n % 3 == 0:
        text += (
            f" Before residency, {first} spent a research year in a laboratory at "
            "Northwestern University."
        )
    return text


def render(program: Program, variant: str, api_url: str) -> str:
    parts = []
    for n, r in enumerate(sorted(program.residents, key=lambda r: (r.pgy, r.name))):
        if variant == "heldout":
            parts.append(
                f'<article class="profile"><h2>{escape(r.display_name)}</h2>'
                f"<p>{escape(r.degree_text)} &middot; Class of {r.class_year}</p>"
                f"<p>{_heldout_bio(r, n)}</p></article>"
            )
        else:
            parts.append(
                f'<div class="bio"><h3>{name_and_degrees(r)}</h3>'
                f'<p class="level">PGY-{r.pgy}</p><p>{_dev_bio(r, n)}</p></div>'
            )
    title = "Resident Profiles" if variant == "heldout" else "Meet Our Residents"
    return f"<h1>{title}</h1>" + "".join(parts)


register(
    Layout(
        name="bios",
        weight=0.06,
        render=render,
        description="bio paragraphs naming an undergraduate college before the medical school",
    )
)
