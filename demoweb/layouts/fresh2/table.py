"""Fresh2 variant of ``table``: a WordPress block table, residents in alphabetical order.

Provenance: written 2026-11-26 by a blind helper (see ``demoweb/layouts/fresh2/__init__.py`` for
what was and was not read). Fictional demo data only; no photographs.

The table sits in ``<figure class="wp-block-table">`` with a ``<figcaption>`` and lists every
resident alphabetically by surname (not by class), the level in its own column. Each program
draws one column set ("Resident | Degree(s) | Med School | Year", "Name | Year | Medical School |
Undergraduate", "Physician | Hometown | School of Medicine | Level") and one way of writing the
level ("PGY3", "3rd year", "Year 3"). About half the programs write the header as the editor's
first body row in bold (``<td><strong>``), not as ``<thead>``; the other half use ``<thead>``.
"""

from __future__ import annotations

from html import escape

from demoweb.layouts.fresh2 import wording
from demoweb.layouts.registry import Layout, register_fresh2
from demoweb.model import Program, Resident

COLUMN_SETS = (
    ("Resident", "Degree(s)", "Med School", "Year"),
    ("Name", "Year", "Medical School", "Undergraduate"),
    ("Physician", "Hometown", "School of Medicine", "Level"),
)
LEVEL_STYLES = ("PGY{n}", "{nth} year", "Year {n}")


def _level(style: str, r: Resident) -> str:
    return style.format(n=r.pgy, nth=wording.nth(r.pgy))


def _cell(column: str, r: Resident, style: str, separate_degrees: bool) -> str:
    if column in ("Resident", "Name", "Physician"):
        if separate_degrees:
            return escape(r.display_name)
        return f"{escape(r.display_name)}, {escape(r.degree_text)}"
    if column == "Degree(s)":
        return escape(r.degree_text)
    if column in ("Year", "Level"):
        return _level(style, r)
    if column == "Undergraduate":
        return escape(r.undergrad) if r.undergrad else "&ndash;"
    if column == "Hometown":
        return wording.e(r.hometown)
    return escape(r.school_string)


def render(program: Program, variant: str, api_url: str) -> str:
    rng = wording.program_rng(program, "table")
    columns = rng.choice(COLUMN_SETS)
    style = rng.choice(LEVEL_STYLES)
    bold_header = rng.random() < 0.5
    separate = "Degree(s)" in columns
    rows = "".join(
        "<tr>" + "".join(f"<td>{_cell(c, r, style, separate)}</td>" for c in columns) + "</tr>"
        for r in sorted(program.residents, key=wording.surname_key)
    )
    if bold_header:
        head = "<tr>" + "".join(f"<td><strong>{c}</strong></td>" for c in columns) + "</tr>"
        table = f'<table class="has-fixed-layout"><tbody>{head}{rows}</tbody></table>'
    else:
        head = "<tr>" + "".join(f"<th>{c}</th>" for c in columns) + "</tr>"
        table = f"<table><thead>{head}</thead><tbody>{rows}</tbody></table>"
    caption = (
        f'<figcaption class="wp-element-caption">{escape(program.specialty_title)} residents, '
        f"{program.year}/{str(program.year + 1)[2:]}, listed alphabetically</figcaption>"
    )
    return (
        '<h1 class="wp-block-post-title">Resident Roster</h1>'
        '<p class="has-small-font-size">Sortable on wider screens.</p>'
        f'<figure class="wp-block-table is-style-stripes">{table}{caption}</figure>'
    )


register_fresh2(
    Layout(
        name="table",
        weight=0.0,
        render=render,
        description="a WordPress block table in alphabetical order with a level column",
    )
)
