"""Fresh variant of ``cards``: profile cards under class-year headings, with labelled facts.

Provenance: written 2026-11-25 by a blind helper (see ``demoweb/layouts/fresh/__init__.py`` for
what was and was not read). Fictional demo data only; no photographs and no image placeholders.

Classes under ``<h2>Class of 2030</h2>`` headings, seniors first; each card a ``<li>`` of a
``role="list"`` grid with the name, the credentials in their own ``<span>``, a level line
("Intern", "Third-Year Resident", "Chief Resident (PGY-7)"), and short labelled lines:
"Hometown", "Undergrad", "Med School" and "Interests".
"""

from __future__ import annotations

from html import escape

from demoweb.layouts.fresh import wording
from demoweb.layouts.labels import by_pgy, last_name_key
from demoweb.layouts.registry import Layout, register_fresh
from demoweb.model import Program, Resident


def _card(program: Program, r: Resident, years: int) -> str:
    rows = []
    if r.hometown:
        rows.append(("Hometown", r.hometown))
    if r.undergrad:
        rows.append(("Undergrad", r.undergrad))
    rows.append(("Med School", r.school_string))
    rows.append(("Interests", wording.interests(program, r)))
    lines = "".join(
        f'<p class="profile-card__row"><span class="profile-card__label">{label}</span> '
        f"{escape(text)}</p>"
        for label, text in rows
    )
    level = wording.ordinal_level(r, years)
    if wording.is_research_year(r, years):
        level += " &middot; Research Year"
    return (
        '<li class="profile-card">'
        f'<p class="profile-card__name"><strong>{escape(r.display_name)}</strong>'
        f'<span class="profile-card__degrees">, {escape(r.degree_text)}</span></p>'
        f'<p class="profile-card__level">{level}</p>{lines}</li>'
    )


def render(program: Program, variant: str, api_url: str) -> str:
    years = wording.years_of(program)
    sections = []
    for _, group in by_pgy(program.residents, descending=True):
        cards = "".join(_card(program, r, years) for r in sorted(group, key=last_name_key))
        sections.append(
            f"<h2>Class of {group[0].class_year}</h2>"
            f'<ul class="profile-grid" role="list">{cards}</ul>'
        )
    return "<h1>Current Residents</h1>" + "".join(sections)


register_fresh(
    Layout(
        name="cards",
        weight=0.0,
        render=render,
        description="profile cards by class with labelled hometown, undergrad and med school",
    )
)
