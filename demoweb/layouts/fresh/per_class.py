"""Fresh variant of ``per_class``: a page of class tiles, each class on its own page.

Provenance: written 2026-11-25 by a blind helper (see ``demoweb/layouts/fresh/__init__.py`` for
what was and was not read). Fictional demo data only; no photographs.

The roster page shows one tile per class ("Class of 2030" linked, "PGY-1 &middot; 5 residents"
under it) and no resident. Each class page (``residents/class-2030/``) opens with the class and
its PGY and lists its residents, each with a ``<ul>`` of education entries ("B.A. in Chemistry
&mdash; Yale University", "MBBS &mdash; School") and a chief or research note where one applies.
"""

from __future__ import annotations

from html import escape

from demoweb.layouts.fresh import wording
from demoweb.layouts.labels import by_pgy, last_name_key, name_and_degrees
from demoweb.layouts.registry import Layout, RosterContext, RosterPage, register_fresh
from demoweb.model import Program, Resident


def _profile(program: Program, r: Resident, years: int) -> str:
    entries = "".join(
        f"<li>{line}</li>"
        for line in wording.education_html(wording.education(program, r, "per_class"), " &mdash; ")
    )
    note = ""
    if wording.is_chief(r, years):
        note = '<p class="note"><em>Chief Resident</em></p>'
    elif wording.is_research_year(r, years):
        note = '<p class="note"><em>Research year</em></p>'
    return (
        f'<div class="resident-profile"><h3>{name_and_degrees(r)}</h3>'
        f'<ul class="education">{entries}</ul>{note}</div>'
    )


def pages(program: Program, variant: str, ctx: RosterContext) -> list[RosterPage]:
    years = wording.years_of(program)
    index_href = escape(ctx.href(ctx.roster_path))
    tiles, subpages = [], []
    for level, group in by_pgy(program.residents):
        year = group[0].class_year
        rel, label = ctx.sub(f"class-{year}"), f"Class of {year}"
        count = f"{len(group)} resident{'s' if len(group) != 1 else ''}"
        tiles.append(
            f'<div class="class-tile"><a href="{escape(ctx.href(rel))}">{label}</a>'
            f"<p>PGY-{level} &middot; {count}</p></div>"
        )
        profiles = "".join(_profile(program, r, years) for r in sorted(group, key=last_name_key))
        body = (
            f'<p class="crumbs"><a href="{index_href}">&lsaquo; All classes</a></p>'
            f"<h1>{label}</h1><p>PGY-{level} residents, {program.year}&ndash;{program.year + 1}"
            f"</p>{profiles}"
        )
        subpages.append(RosterPage(rel, label, body, tuple(group)))
    index = (
        "<h1>Current Residents</h1><p>Choose a class to meet its residents.</p>"
        f'<div class="class-tiles">{"".join(tiles)}</div>'
    )
    return [RosterPage(ctx.roster_path, "", index, (), roster=False), *subpages]


register_fresh(
    Layout(
        name="per_class",
        weight=0.0,
        pages=pages,
        description="class tiles linking a page per class with education lists",
    )
)
