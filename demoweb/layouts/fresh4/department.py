"""Fresh4 variant of ``department``: a Sitecore SXA department page, a link list to the roster.

Provenance: written 2026-11-26 by a blind helper (see ``demoweb/layouts/fresh4/__init__.py`` for
what was and was not read). Fictional demo data only; no photographs.

The department page is built of Sitecore SXA components: a rich-text intro and two link-list
components ("For Patients" and "Education"), each ``<div class="component link-list">`` with an
``<h3>`` and ``<li class="item"><div class="field-link">`` entries. Only the education list's
"Meet the Residents" entry leads to the roster; the others are anchors on the same page. The
roster is a column of SXA promo components, one per resident, juniors first: the
``field-promotitle`` holds the name and credentials, and the ``field-promotext`` two lines, the
level ("R-2 Resident", "R-5 Chief Resident") and "Medical degree: School".
"""

from __future__ import annotations

from html import escape

from demoweb.layouts.fresh4 import wording
from demoweb.layouts.registry import Layout, RosterContext, RosterPage, register_fresh4
from demoweb.model import Program, Resident

DEPARTMENT_PATH = "department/"  # the same page path as the other variants: discovery is alike


def _link_list(title: str, links: list[tuple[str, str]]) -> str:
    items = "".join(
        f'<li class="item"><div class="field-link"><a href="{escape(href)}">{text}</a></div></li>'
        for href, text in links
    )
    return (
        f'<div class="component link-list"><div class="component-content"><h3>{title}</h3>'
        f"<ul>{items}</ul></div></div>"
    )


def _promo(r: Resident, style: str, years: int) -> str:
    role = "Chief Resident" if wording.is_chief(r.pgy, years) else "Resident"
    return (
        '<div class="component promo"><div class="component-content">'
        f'<div class="field-promotitle">{wording.e(r.display_name)}, {wording.e(r.degree_text)}'
        f'</div><div class="field-promotext"><p>{wording.tag(style, r.pgy)} {role}<br>'
        f"Medical degree: {wording.e(r.school_string)}</p></div></div></div>"
    )


def pages(program: Program, variant: str, ctx: RosterContext) -> list[RosterPage]:
    style = wording.tag_style(program, "department")
    here = ctx.href(DEPARTMENT_PATH)
    title = escape(program.specialty_title)
    department = (
        f'<div class="component title"><h1 class="field-title">{title}</h1></div>'
        '<div class="component rich-text"><div class="component-content"><p>Care, research and '
        "training across the region.</p></div></div>"
        + _link_list(
            "For Patients",
            [(f"{here}#clinics", "Clinics and Locations"), (f"{here}#referrals", "Referrals")],
        )
        + _link_list(
            "Education",
            [
                (f"{here}#students", "Medical Student Rotations"),
                (ctx.href(ctx.roster_path), "Meet the Residents"),
                (f"{here}#fellowship", "Fellowship"),
            ],
        )
        + '<p id="clinics">Clinics are listed by location.</p>'
        '<p id="referrals">Referrals are taken by phone.</p>'
        '<p id="students">Sub-internships open each spring.</p>'
        '<p id="fellowship">One fellow a year.</p>'
    )
    years = wording.years_of(program)
    ordered = sorted(program.residents, key=lambda r: (r.pgy, wording.surname_key(r)))
    roster = (
        f'<div class="component title"><h1 class="field-title">Meet the Residents</h1></div>'
        f'<div class="component column-splitter"><div class="col-12">'
        f"{''.join(_promo(r, style, years) for r in ordered)}</div></div>"
    )
    return [
        RosterPage(
            DEPARTMENT_PATH, "Department", department, (), roster=False, link_text="Department"
        ),
        RosterPage(ctx.roster_path, "", roster, program.residents),
    ]


register_fresh4(
    Layout(
        name="department",
        weight=0.0,
        pages=pages,
        description="a Sitecore SXA department page whose link list leads to resident promos",
    )
)
