"""Fresh2 variant of ``cards``: a CMS profile grid with initials badges, sorted by surname.

Provenance: written 2026-11-26 by a blind helper (see ``demoweb/layouts/fresh2/__init__.py`` for
what was and was not read). Fictional demo data only; no photographs: each card shows a round
badge with the resident's initials instead.

One grid for the whole program, alphabetical by surname with every class mixed together, as a
"profile listing" component of a university CMS: ``<div class="profile-listing__item">`` with the
initials badge, the name as a link to an in-page anchor, the credentials in their own line, a meta
line "PGY3 &bull; Graduating 2029" (or "Chief Resident &bull; PGY5 &bull; Graduating 2027"), and a
small facts list whose school label each program draws ("Medical School", "Med School", "Medical
Degree", "School") beside "Undergrad" and "Hometown".
"""

from __future__ import annotations

from html import escape

from demoweb.layouts.fresh2 import wording
from demoweb.layouts.registry import Layout, register_fresh2
from demoweb.model import Program, Resident

SCHOOL_LABELS = ("Medical School", "Med School", "Medical Degree", "School")


def _card(r: Resident, n: int, years: int, school_label: str) -> str:
    meta = f"PGY{r.pgy} &bull; Graduating {r.class_year}"
    if wording.is_final(r.pgy, years):
        meta = "Chief Resident &bull; " + meta
    facts = [(school_label, r.school_string)]
    if r.undergrad:
        facts.append(("Undergrad", r.undergrad))
    if r.hometown:
        facts.append(("Hometown", r.hometown))
    rows = "".join(
        f'<li><span class="profile-listing__label">{label}:</span> {escape(text)}</li>'
        for label, text in facts
    )
    return (
        f'<div class="profile-listing__item" id="profile-{n}">'
        f'<div class="profile-listing__badge" aria-hidden="true">'
        f"{escape(wording.initials(r.name))}</div>\n"
        f'<div class="profile-listing__text">'
        f'<a class="profile-listing__name" href="#profile-{n}">{escape(r.display_name)}</a>'
        f'<div class="profile-listing__credentials">{escape(r.degree_text)}</div>'
        f'<div class="profile-listing__meta">{meta}</div>'
        f'<ul class="profile-listing__facts">{rows}</ul></div></div>'
    )


def render(program: Program, variant: str, api_url: str) -> str:
    years = wording.years_of(program)
    label = wording.program_rng(program, "cards").choice(SCHOOL_LABELS)
    ordered = sorted(program.residents, key=wording.surname_key)
    cards = "".join(_card(r, n, years, label) for n, r in enumerate(ordered, start=1))
    return (
        "<h1>Resident Physicians</h1>"
        f'<p class="profile-listing__count">{len(ordered)} profiles</p>'
        f'<div class="profile-listing profile-listing--grid">{cards}</div>'
    )


register_fresh2(
    Layout(
        name="cards",
        weight=0.0,
        render=render,
        description="a CMS profile grid with initials badges, all classes sorted by surname",
    )
)
