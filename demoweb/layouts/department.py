"""A roster only reachable through a department page.

The program's own navigation does not link the roster: it links "Department", whose page lists
the department's divisions and programs, and only there is the roster linked. The department
page is not a roster page.
dev: department page with an "Education" section linking "Residency Program: Current
Residents"; the roster is a list of "Name, MD &ndash; PGY-2 &ndash; School" lines.
heldout: department page as a directory with "Faculty Directory", "Housestaff", "Staff"
links (only "Housestaff" leads to the roster); the roster is a grid of small blocks.
"""

from __future__ import annotations

from html import escape

from demoweb.layouts.labels import name_and_degrees
from demoweb.layouts.registry import Layout, RosterContext, RosterPage, register
from demoweb.model import Program

DEPARTMENT_PATH = "department/"


def pages(program: Program, variant: str, ctx: RosterContext) -> list[RosterPage]:
    roster_href = escape(ctx.href(ctx.roster_path))
    title = escape(program.specialty_title)
    ordered = sorted(program.residents, key=lambda r: r.pgy)
    if variant == "heldout":
        department = (
            f"<h1>Department of {title}</h1><p>Clinical care, research and education.</p>"
            '<h2>Directory</h2><ul class="directory">'
            f'<li><a href="{escape(ctx.href(DEPARTMENT_PATH))}#faculty">Faculty Directory</a></li>'
            f'<li><a href="{roster_href}">Housestaff</a></li>'
            f'<li><a href="{escape(ctx.href(DEPARTMENT_PATH))}#staff">Staff</a></li></ul>'
        )
        roster = "<h1>Housestaff</h1>" + "".join(
            f'<div class="hs"><strong>{escape(r.display_name)}</strong> '
            f"<em>{escape(r.degree_text)}</em><br>R{r.pgy}<br>{escape(r.school_string)}</div>"
            for r in ordered
        )
    else:
        department = (
            f"<h1>Department of {title}</h1><p>Our department provides care across the region.</p>"
            "<h2>Education</h2><ul>"
            f'<li>Residency Program: <a href="{roster_href}">Current Residents</a></li>'
            "<li>Medical Student Clerkships</li></ul>"
        )
        roster = (
            "<h1>Current Residents</h1><ul>"
            + "".join(
                f"<li>{name_and_degrees(r)} &ndash; PGY-{r.pgy} &ndash; {escape(r.school_string)}</li>"
                for r in ordered
            )
            + "</ul>"
        )
    return [
        RosterPage(
            DEPARTMENT_PATH, "Department", department, (), roster=False, link_text="Department"
        ),
        RosterPage(ctx.roster_path, "", roster, program.residents),
    ]


register(
    Layout(
        name="department",
        weight=0.06,
        pages=pages,
        description="a roster reachable only through a department page",
    )
)
