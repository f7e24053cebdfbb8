"""Fresh2 variant of ``department``: a department page with an "In This Section" sidebar menu.

Provenance: written 2026-11-26 by a blind helper (see ``demoweb/layouts/fresh2/__init__.py`` for
what was and was not read). Fictional demo data only; no photographs.

The department page has a sidebar menu with a nested "Education" list ("Medical Students",
"Resident Roster", "Fellowships"); only "Resident Roster" leads to the roster, the other entries
are anchors on the department page. The roster lists person teasers, seniors first: the name and
credentials, "PGY4 Resident" (or "PGY5 Chief Resident"), the school as "MD from School" (the
resident's own medical degree as shown), and a "Hometown" line.
"""

from __future__ import annotations

from html import escape

from demoweb.layouts.fresh2 import wording
from demoweb.layouts.labels import name_and_degrees
from demoweb.layouts.registry import Layout, RosterContext, RosterPage, register_fresh2
from demoweb.model import Program, Resident

DEPARTMENT_PATH = "department/"  # the same page path as the other variants: discovery is alike


def _teaser(r: Resident, years: int) -> str:
    role = "Chief Resident" if wording.is_final(r.pgy, years) else "Resident"
    home = f'<div class="teaser__home">Hometown: {escape(r.hometown)}</div>' if r.hometown else ""
    return (
        '<div class="teaser teaser--person">'
        f'<h3 class="teaser__title">{name_and_degrees(r)}</h3>'
        f'<div class="teaser__role">PGY{r.pgy} {role}</div>'
        f'<div class="teaser__edu">{escape(wording.medical_degree(r))} from '
        f"{escape(r.school_string)}</div>{home}</div>"
    )


def pages(program: Program, variant: str, ctx: RosterContext) -> list[RosterPage]:
    here = escape(ctx.href(DEPARTMENT_PATH))
    title = escape(program.specialty_title)
    menu = (
        '<aside class="section-nav" aria-label="In this section"><h2>In This Section</h2><ul>'
        f'<li><a href="{here}#about">About Us</a></li>'
        f'<li><a href="{here}#divisions">Clinical Divisions</a></li>'
        f'<li><a href="{here}#labs">Research Labs</a></li>'
        "<li>Education<ul>"
        f'<li><a href="{here}#students">Medical Students</a></li>'
        f'<li><a href="{escape(ctx.href(ctx.roster_path))}">Resident Roster</a></li>'
        f'<li><a href="{here}#fellowships">Fellowships</a></li></ul></li></ul></aside>'
    )
    department = (
        f'<div class="with-sidebar">{menu}<div class="main-column">'
        f"<h1>{title} at {escape(program.institution)}</h1>"
        '<p id="about">Caring for patients, training clinicians and advancing science.</p>'
        '<h2 id="divisions">Clinical Divisions</h2><p>Adult, pediatric and outreach services.</p>'
        '<h2 id="labs">Research Labs</h2><p>Basic, translational and outcomes research.</p>'
        '<h2 id="students">Medical Students</h2><p>Clerkships and sub-internships.</p>'
        '<h2 id="fellowships">Fellowships</h2><p>Advanced clinical training.</p></div></div>'
    )
    years = wording.years_of(program)
    ordered = sorted(program.residents, key=lambda r: (-r.pgy, wording.surname_key(r)))
    roster = (
        f"<h1>Resident Roster</h1><p>{title} residency program</p>"
        f'<div class="teaser-list">{"".join(_teaser(r, years) for r in ordered)}</div>'
    )
    return [
        RosterPage(
            DEPARTMENT_PATH, "Department", department, (), roster=False, link_text="Department"
        ),
        RosterPage(ctx.roster_path, "", roster, program.residents),
    ]


register_fresh2(
    Layout(
        name="department",
        weight=0.0,
        pages=pages,
        description="a department page whose sidebar menu links a roster of person teasers",
    )
)
