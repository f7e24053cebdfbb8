"""Fresh4 variant of ``per_class``: a Ruby on Rails app, an index of cohorts and a page each.

Provenance: written 2026-11-26 by a blind helper (see ``demoweb/layouts/fresh4/__init__.py`` for
what was and was not read). Fictional demo data only; no photographs.

The roster page is a Rails index view: "Cohorts", a notice paragraph and a list of links named by
the June each cohort completes ("Completing 2029", with "R-2 this year" beside it); it names no
resident. Each cohort lives at ``<roster>/2029/`` and is a Rails scaffold index: ``<h1>`` "Cohort
completing 2029", then ``<div id="residents">`` of ``<div id="resident_17">`` partials, each a
stack of ``<p><strong>Name:</strong> ...</p>`` lines (Name, Degrees, Medical school, Level) and a
"Back to cohorts" link at the foot.
"""

from __future__ import annotations

from html import escape

from demoweb.layouts.fresh4 import wording
from demoweb.layouts.labels import by_pgy
from demoweb.layouts.registry import Layout, RosterContext, RosterPage, register_fresh4
from demoweb.model import Program, Resident


def _partial(program: Program, r: Resident, style: str) -> str:
    record = int(wording.stable_id(program.id, r.name, length=6), 16) % 9000 + 100
    fields = (
        ("Name", wording.e(r.display_name)),
        ("Degrees", wording.e(r.degree_text)),
        ("Medical school", wording.e(r.school_string)),
        ("Level", wording.tag(style, r.pgy)),
    )
    lines = "".join(f"<p><strong>{k}:</strong> {v}</p>" for k, v in fields)
    return f'<div id="resident_{record}">{lines}</div>'


def pages(program: Program, variant: str, ctx: RosterContext) -> list[RosterPage]:
    style = wording.tag_style(program, "per_class")
    index_href = escape(ctx.href(ctx.roster_path))
    items, subpages = [], []
    for level, group in by_pgy(program.residents, descending=True):
        year = group[0].class_year
        rel = ctx.sub(str(year))
        items.append(
            f'<li><a href="{escape(ctx.href(rel))}">Completing {year}</a> '
            f"({wording.tag(style, level)} this year)</li>"
        )
        partials = "".join(
            _partial(program, r, style) for r in sorted(group, key=wording.surname_key)
        )
        body = (
            f'<p style="color: green" id="notice"></p><h1>Cohort completing {year}</h1>'
            f'<div id="residents">{partials}</div>'
            f'<div><a href="{index_href}">Back to cohorts</a></div>'
        )
        subpages.append(RosterPage(rel, f"Cohort completing {year}", body, tuple(group)))
    index = (
        '<p style="color: green" id="notice"></p><h1>Cohorts</h1>'
        "<p>Each cohort is named for the June it completes training.</p>"
        f'<ul id="cohorts">{"".join(items)}</ul>'
    )
    return [RosterPage(ctx.roster_path, "", index, (), roster=False), *subpages]


register_fresh4(
    Layout(
        name="per_class",
        weight=0.0,
        pages=pages,
        description="Rails scaffold pages per cohort named by completion year, field by field",
    )
)
