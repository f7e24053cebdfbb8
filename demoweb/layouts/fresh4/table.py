"""Fresh4 variant of ``table``: a Joomla article whose tables are transposed, a resident a column.

Provenance: written 2026-11-26 by a blind helper (see ``demoweb/layouts/fresh4/__init__.py`` for
what was and was not read). Fictional demo data only; no photographs.

Editors who paste a class into a narrow article often turn the table on its side: inside
Joomla's ``<div class="item-page">`` / ``itemprop="articleBody"``, each class (seniors first)
is a ``<table class="table table-bordered">`` whose ``<caption>`` reads "Completing in June 2029"
and whose rows are headed by ``<th scope="row">``: "Credentials" (the degrees come before the
name), "Resident", "Medical School" and "Level" (a house-staff tag each program draws: "PL-3",
"HO-3" or "R-3"). Each resident is one column, so a row never holds one person.
"""

from __future__ import annotations

from demoweb.layouts.fresh4 import wording
from demoweb.layouts.labels import by_pgy
from demoweb.layouts.registry import Layout, register_fresh4
from demoweb.model import Program, Resident

ROWS = ("Credentials", "Resident", "Medical School", "Level")


def _table(group: list[Resident], style: str) -> str:
    ordered = sorted(group, key=wording.surname_key)
    cells = {
        "Credentials": [wording.e(r.degree_text) for r in ordered],
        "Resident": [wording.e(r.display_name) for r in ordered],
        "Medical School": [wording.e(r.school_string) for r in ordered],
        "Level": [wording.tag(style, r.pgy) for r in ordered],
    }
    rows = "".join(
        f'<tr><th scope="row">{head}</th>{"".join(f"<td>{c}</td>" for c in cells[head])}</tr>'
        for head in ROWS
    )
    return (
        '<div class="table-responsive"><table class="table table-bordered">'
        f"<caption>Completing in June {group[0].class_year}</caption><tbody>{rows}</tbody>"
        "</table></div>"
    )


def render(program: Program, variant: str, api_url: str) -> str:
    style = wording.tag_style(program, "table")
    tables = "".join(_table(g, style) for _, g in by_pgy(program.residents, descending=True))
    return (
        '<div class="item-page" itemscope itemtype="https://schema.org/Article">'
        '<div class="page-header"><h1 itemprop="headline">Our House Staff</h1></div>'
        '<div itemprop="articleBody" class="com-content-article__body">'
        f"<p>{wording.e(program.specialty_title)} residents, academic year {program.year}"
        f"&ndash;{str(program.year + 1)[2:]}. Scroll sideways on a phone.</p>{tables}</div></div>"
    )


register_fresh4(
    Layout(
        name="table",
        weight=0.0,
        render=render,
        description="transposed Joomla article tables: one resident per column, a class a table",
    )
)
