"""Fresh3 variant of ``bios``: schema.org Person microdata and a JSON-LD block beside the text.

Provenance: written 2026-11-26 by a blind helper (see ``demoweb/layouts/fresh3/__init__.py`` for
what was and was not read). Fictional demo data only; no photographs.

Each resident is a ``<div itemscope itemtype="https://schema.org/Person">`` with the name in
``itemprop="name"``, the credentials in ``itemprop="honorificSuffix"``, a ``jobTitle`` line
("Intern (Year 1)", "Resident, Year 3", "Chief Resident, Year 5") and a bio in
``itemprop="description"``. Both the medical school and the undergraduate college are marked
``alumniOf`` (as schema.org has it), so only the prose says which is which. Bios use several
phrasings ("Dr. Doe earned the MD at X", "X conferred the DO in 2024", "After a bachelor's at
Y, Jane completed medical school at X"), and a facts line with "Alma Mater" (the college) and
"Hometown" follows some. A ``<script type="application/ld+json">`` at the end repeats the
people as an ``ItemList`` of ``Person`` objects, as SEO plugins add it. Classes are not
grouped: surname order.
"""

from __future__ import annotations

import json

from demoweb.layouts.fresh3 import wording
from demoweb.layouts.registry import Layout, register_fresh3
from demoweb.model import Program, Resident

MAJORS = ("biochemistry", "philosophy", "public health", "mechanical engineering", "Spanish")


def job_title(r: Resident, years: int) -> str:
    if r.pgy == 1 and years > 1:
        return "Intern (Year 1)"
    if wording.is_chief(r.pgy, years):
        return f"Chief Resident, Year {r.pgy}"
    return f"Resident, Year {r.pgy}"


def _org(name: str) -> str:
    return (
        '<span itemprop="alumniOf" itemscope itemtype="https://schema.org/EducationalOrganization">'
        f'<span itemprop="name">{wording.e(name)}</span></span>'
    )


def _bio(program: Program, r: Resident) -> str:
    rng = wording.resident_rng(program, r, "bios")
    first = wording.e(r.first_name)
    surname = wording.e(r.name.rsplit(" ", 1)[-1])
    school = _org(r.school_string)
    form = rng.randrange(3)
    if form == 0:
        text = f"Dr. {surname} earned the {wording.e(r.degree_text)} at {school}."
        if r.undergrad:
            text += f" Before that, {first} studied {rng.choice(MAJORS)} at {_org(r.undergrad)}."
    elif form == 1:
        text = f"{school} conferred {first}'s medical degree in {r.start_year}."
        if r.undergrad:
            text = f"A graduate of {_org(r.undergrad)} in {rng.choice(MAJORS)}, {first} " + (
                f"then completed medical school at {school}."
            )
    else:
        text = f"{first} joins us after medical school at {school}."
    return text


def _person(program: Program, r: Resident, years: int) -> str:
    facts = []
    if r.undergrad and wording.resident_rng(program, r, "facts").random() < 0.5:
        facts.append(f"Alma Mater: {wording.e(r.undergrad)}")
    if r.hometown:
        facts.append(f'Hometown: <span itemprop="homeLocation">{wording.e(r.hometown)}</span>')
    line = f'<p class="person__facts">{" | ".join(facts)}</p>' if facts else ""
    return (
        '<div class="person" itemscope itemtype="https://schema.org/Person">'
        f'<h3><span itemprop="name">{wording.e(r.display_name)}</span>, '
        f'<span itemprop="honorificSuffix">{wording.e(r.degree_text)}</span></h3>'
        f'<p itemprop="jobTitle">{job_title(r, years)}</p>'
        f'<p itemprop="description">{_bio(program, r)}</p>{line}</div>'
    )


def json_ld(program: Program, years: int) -> str:
    people = [
        {
            "@type": "ListItem",
            "position": n,
            "item": {
                "@type": "Person",
                "name": r.display_name,
                "honorificSuffix": r.degree_text,
                "jobTitle": job_title(r, years),
                "alumniOf": [
                    {"@type": "CollegeOrUniversity", "name": s}
                    for s in (r.school_string, r.undergrad)
                    if s
                ],
            },
        }
        for n, r in enumerate(sorted(program.residents, key=wording.surname_key), start=1)
    ]
    doc = {"@context": "https://schema.org", "@type": "ItemList", "itemListElement": people}
    text = json.dumps(doc, ensure_ascii=False).replace("</", "<\\/")
    return f'<script type="application/ld+json">{text}</script>'


def render(program: Program, variant: str, api_url: str) -> str:
    years = wording.years_of(program)
    people = "".join(
        _person(program, r, years) for r in sorted(program.residents, key=wording.surname_key)
    )
    return (
        "<h1>Resident Biographies</h1>"
        f'<div class="people-list">{people}</div>{json_ld(program, years)}'
    )


register_fresh3(
    Layout(
        name="bios",
        weight=0.0,
        render=render,
        description="schema.org Person microdata bios with both schools as alumniOf, and JSON-LD",
    )
)
