"""Fresh3 variant of ``department``: a SharePoint-style department site with nested layout tables.

Provenance: written 2026-11-26 by a blind helper (see ``demoweb/layouts/fresh3/__init__.py`` for
what was and was not read). Fictional demo data only; no photographs.

The department page is a SharePoint publishing page: a "Quick Launch" column of headed link
groups and a web-part zone of ``ms-WPBody`` tables. The "Training Programs" web part is a table
of programs with three links each ("Overview", "Trainee Roster", "Apply"); only the residency's
"Trainee Roster" leads to the roster, the others are anchors on the department page. The roster
is a "Residents" list web part: layout tables nested two deep (``ms-rteTable``), one row per
resident with an empty placeholder cell and a cell of ``<br>``-separated lines: the name and
degrees in bold, "PGY-3 Resident" (or "PGY-5 Chief Resident"), "School: ...".
"""

from __future__ import annotations

from html import escape

from demoweb.layouts.fresh3 import wording
from demoweb.layouts.registry import Layout, RosterContext, RosterPage, register_fresh3
from demoweb.model import Program, Resident

DEPARTMENT_PATH = "department/"  # the same page path as the other variants: discovery is alike


def _web_part(title: str, body: str) -> str:
    return (
        '<table class="s4-wpTopTable" border="0" cellpadding="0" cellspacing="0" width="100%">'
        f'<tr><td><div class="ms-webpart-chrome-title"><h2 class="ms-webpart-titleText">{title}'
        f'</h2></div></td></tr><tr><td class="ms-WPBody">{body}</td></tr></table>'
    )


def _row(r: Resident, years: int) -> str:
    role = "Chief Resident" if wording.is_chief(r.pgy, years) else "Resident"
    return (
        '<tr><td class="ms-rteTableEvenCol-default" width="60">'
        '<div class="placeholder" aria-hidden="true"></div></td>'
        '<td class="ms-rteTableOddCol-default">'
        f"<b>{wording.e(r.display_name)}, {wording.e(r.degree_text)}</b><br>"
        f"PGY-{r.pgy} {role}<br>School: {wording.e(r.school_string)}</td></tr>"
    )


def pages(program: Program, variant: str, ctx: RosterContext) -> list[RosterPage]:
    here = escape(ctx.href(DEPARTMENT_PATH))
    roster = escape(ctx.href(ctx.roster_path))
    title = escape(program.specialty_title)
    quick = (
        '<div class="ms-core-listMenu-verticalBox"><ul class="root ms-core-listMenu-root">'
        f'<li><span class="menu-item-text">Department</span><ul><li><a href="{here}#mission">'
        f'Mission</a></li><li><a href="{here}#clinical">Clinical Services</a></li></ul></li>'
        f'<li><span class="menu-item-text">Education</span><ul><li><a href="{here}#programs">'
        "Training Programs</a></li></ul></li></ul></div>"
    )
    programs = (
        '<table class="ms-listviewtable" width="100%"><tr><th>Program</th><th>Links</th></tr>'
        f"<tr><td>{title} Residency</td><td>"
        f'<a href="{here}#residency-overview">Overview</a> | '
        f'<a href="{roster}">Trainee Roster</a> | <a href="{here}#apply">Apply</a></td></tr>'
        f"<tr><td>{title} Fellowship</td><td>"
        f'<a href="{here}#fellowship-overview">Overview</a></td></tr></table>'
    )
    department = (
        '<table width="100%" cellpadding="0" cellspacing="0"><tr>'
        f'<td class="ms-quicklaunch" valign="top" width="180">{quick}</td>'
        f'<td valign="top"><h1>Department of {title}</h1>'
        + _web_part("Mission", '<p id="mission">Patient care, discovery and teaching.</p>')
        + _web_part("Clinical Services", '<p id="clinical">Inpatient and clinic services.</p>')
        + _web_part("Training Programs", f'<div id="programs">{programs}</div>')
        + '<p id="residency-overview">Residency overview.</p>'
        '<p id="apply">Applications are accepted through ERAS.</p>'
        '<p id="fellowship-overview">Fellowship overview.</p></td></tr></table>'
    )
    years = wording.years_of(program)
    ordered = sorted(program.residents, key=lambda r: (r.pgy, wording.surname_key(r)))
    rows = "".join(_row(r, years) for r in ordered)
    inner = f'<table class="ms-rteTable-default" width="100%" cellpadding="4">{rows}</table>'
    roster_body = (
        f"<h1>Residents</h1><p>{title} residency program</p>"
        '<table width="100%" cellpadding="0" cellspacing="0"><tr><td valign="top">'
        + _web_part("Residents", inner)
        + "</td></tr></table>"
    )
    return [
        RosterPage(
            DEPARTMENT_PATH, "Department", department, (), roster=False, link_text="Department"
        ),
        RosterPage(ctx.roster_path, "", roster_body, program.residents),
    ]


register_fresh3(
    Layout(
        name="department",
        weight=0.0,
        pages=pages,
        description="a SharePoint-style department page whose program web part links the roster",
    )
)
