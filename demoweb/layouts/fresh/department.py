"""Fresh variant of ``department``: a department hub whose program box links the residents.

Provenance: written 2026-11-25 by a blind helper (see ``demoweb/layouts/fresh/__init__.py`` for
what was and was not read). Fictional demo data only; no photographs.

The department page is a hub of boxes ("Patient Care", "Research", "Education & Training"); the
education box lists the residency with three small links, "Overview", "Residents" and
"How to Apply", and only "Residents" leads to the roster (the other two are anchors on the hub).
The roster is a set of rows per resident: name and credentials, "Resident, PGY 4", and
"Medical degree: School", with a line for the research year or chief year where there is one.
"""

from __future__ import annotations

from html import escape

from demoweb.layouts.fresh import wording
from demoweb.layouts.labels import name_and_degrees
from demoweb.layouts.registry import Layout, RosterContext, RosterPage, register_fresh
from demoweb.model import Program, Resident

DEPARTMENT_PATH = "department/"  # the same page path as the other variants: discovery is alike


def _row(r: Resident, years: int) -> str:
    notes = ""
    if wording.is_chief(r, years):
        notes = '<div class="person-note">Administrative Chief Resident</div>'
    elif wording.is_research_year(r, years):
        notes = '<div class="person-note">Dedicated research year</div>'
    return (
        '<div class="person-row">'
        f'<div class="person-name">{name_and_degrees(r)}</div>'
        f'<div class="person-title">Resident, PGY {r.pgy}</div>'
        f'<div class="person-edu">Medical degree: {escape(r.school_string)}</div>{notes}</div>'
    )


def pages(program: Program, variant: str, ctx: RosterContext) -> list[RosterPage]:
    hub = escape(ctx.href(DEPARTMENT_PATH))
    title = escape(program.specialty_title)
    department = (
        f"<h1>{title}</h1><p>Welcome to the department's home on the web.</p>"
        '<div class="hub">'
        '<div class="hub-box"><h2>Patient Care</h2><p>Clinics and referrals.</p></div>'
        '<div class="hub-box"><h2>Research</h2><p>Laboratories and clinical trials.</p></div>'
        '<div class="hub-box" id="education"><h2>Education &amp; Training</h2>'
        f"<p>{title} Residency</p><p>"
        f'<a href="{hub}#education">Overview</a> | '
        f'<a href="{escape(ctx.href(ctx.roster_path))}">Residents</a> | '
        f'<a href="{hub}#education">How to Apply</a></p></div></div>'
    )
    years = wording.years_of(program)
    ordered = sorted(program.residents, key=lambda r: (r.pgy, r.name))
    roster = (
        f"<h1>Residents</h1><p>{title} residency, {program.year}&ndash;{program.year + 1}</p>"
        + "".join(_row(r, years) for r in ordered)
    )
    return [
        RosterPage(
            DEPARTMENT_PATH, "Department", department, (), roster=False, link_text="Department"
        ),
        RosterPage(ctx.roster_path, "", roster, program.residents),
    ]


register_fresh(
    Layout(
        name="department",
        weight=0.0,
        pages=pages,
        description="a department hub whose education box links the roster rows",
    )
)
