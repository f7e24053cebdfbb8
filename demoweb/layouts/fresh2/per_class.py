"""Fresh2 variant of ``per_class``: a landing page of "Meet the PGY2s" buttons, a page per class.

Provenance: written 2026-11-26 by a blind helper (see ``demoweb/layouts/fresh2/__init__.py`` for
what was and was not read). Fictional demo data only; no photographs (initials badges).

The roster page is a short welcome and a row of buttons ("Meet the Interns", "Meet the PGY2s",
..., each with "Graduating 2029" under it) linking ``residents/graduating-2029/``; it names no
resident. Each class page has a breadcrumb, an ``<h1>`` "Graduating Class of 2029", a line "Our
PGY2 residents, 2026&ndash;27" and a media list: an initials badge, the name with the credentials
in ``<small>``, the school on the next line without a label, and a muted "Hometown &middot;
Undergraduate" line.
"""

from __future__ import annotations

from html import escape

from demoweb.layouts.fresh2 import wording
from demoweb.layouts.labels import by_pgy
from demoweb.layouts.registry import Layout, RosterContext, RosterPage, register_fresh2
from demoweb.model import Program, Resident


def _button_text(level: int, years: int) -> str:
    if level == 1 and years > 1:
        return "Meet the Interns"
    if wording.is_final(level, years):
        return f"Meet the Chiefs (PGY{level})"
    return f"Meet the PGY{level}s"


def _media(r: Resident) -> str:
    extra = []
    if r.hometown:
        extra.append(f"Hometown: {escape(r.hometown)}")
    if r.undergrad:
        extra.append(f"Undergraduate: {escape(r.undergrad)}")
    muted = f'<p class="text-muted">{" &middot; ".join(extra)}</p>' if extra else ""
    return (
        '<li class="media">'
        f'<div class="media__badge" aria-hidden="true">{escape(wording.initials(r.name))}</div>\n'
        f'<div class="media__body"><h2 class="media__heading">{escape(r.display_name)} '
        f"<small>{escape(r.degree_text)}</small></h2>"
        f"<p>{escape(r.school_string)}</p>{muted}</div></li>"
    )


def pages(program: Program, variant: str, ctx: RosterContext) -> list[RosterPage]:
    years = wording.years_of(program)
    landing = escape(ctx.href(ctx.roster_path))
    buttons, subpages = [], []
    for level, group in by_pgy(program.residents):
        year = group[0].class_year
        rel = ctx.sub(f"graduating-{year}")
        buttons.append(
            f'<li><a class="btn btn-outline" href="{escape(ctx.href(rel))}">'
            f"{_button_text(level, years)}</a><br><small>Graduating {year}</small></li>"
        )
        people = "".join(_media(r) for r in sorted(group, key=wording.surname_key))
        body = (
            f'<nav aria-label="Breadcrumb" class="breadcrumb"><a href="{landing}">Residents</a>'
            f" / Class of {year}</nav>"
            f"<h1>Graduating Class of {year}</h1>"
            f'<p class="lead">Our PGY{level} residents, {program.year}&ndash;'
            f"{str(program.year + 1)[2:]}</p>"
            f'<ul class="media-list">{people}</ul>'
        )
        subpages.append(RosterPage(rel, f"Graduating Class of {year}", body, tuple(group)))
    index = (
        "<h1>Residents</h1><p>Welcome! Choose a class below to meet the people in it.</p>"
        f'<ul class="btn-row">{"".join(buttons)}</ul>'
    )
    return [RosterPage(ctx.roster_path, "", index, (), roster=False), *subpages]


register_fresh2(
    Layout(
        name="per_class",
        weight=0.0,
        pages=pages,
        description='"Meet the PGY2s" buttons linking a media-list page per graduating class',
    )
)
