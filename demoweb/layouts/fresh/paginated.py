"""Fresh variant of ``paginated``: a people-directory listing split over numbered pages.

Provenance: written 2026-11-25 by a blind helper (see ``demoweb/layouts/fresh/__init__.py`` for
what was and was not read). Fictional demo data only; no photographs.

Like a CMS people directory: "Showing 1–5 of 17", one ``<li class="listing-item">`` per resident
with the name and credentials in a heading and labelled "Position" and "Education" lines, seniors
first. Later pages live at path-style URLs (``residents/page/2/``, as WordPress writes them), and
the pager has "First", "‹ Previous", page numbers, "Next ›" (``rel="next"``) and "Last".
"""

from __future__ import annotations

from html import escape

from demoweb.layouts.fresh import wording
from demoweb.layouts.labels import last_name_key
from demoweb.layouts.registry import Layout, RosterContext, RosterPage, register_fresh
from demoweb.model import Program, Resident

PAGE_SIZE = 5


def _rel(ctx: RosterContext, number: int) -> str:
    return ctx.roster_path if number == 1 else ctx.sub(f"page/{number}")


def _item(program: Program, r: Resident, years: int) -> str:
    position = wording.level_with_notes(r, years, f"Resident Physician, PGY {r.pgy}")
    education = "<br>".join(wording.education_html(wording.education(program, r, "paginated")))
    return (
        '<li class="listing-item">'
        f'<h3 class="listing-title">{escape(r.display_name)}, {escape(r.degree_text)}</h3>'
        f'<div class="field"><span class="field-label">Position:</span> {escape(position)}</div>'
        f'<div class="field"><span class="field-label">Education:</span><br>{education}</div>'
        "</li>"
    )


def _pager(ctx: RosterContext, number: int, total: int) -> str:
    def link(n: int, text: str, rel: str = "") -> str:
        rel_attr = f' rel="{rel}"' if rel else ""
        return f'<a href="{escape(ctx.href(_rel(ctx, n)))}"{rel_attr}>{text}</a>'

    parts = []
    if number > 1:
        parts += [link(1, "&laquo; First"), link(number - 1, "&lsaquo; Previous", "prev")]
    for n in range(1, total + 1):
        if n == number:
            parts.append(f'<span class="current" aria-current="page">{n}</span>')
        else:
            parts.append(link(n, str(n)))
    if number < total:
        parts += [link(number + 1, "Next &rsaquo;", "next"), link(total, "Last &raquo;")]
    return f'<nav class="directory-pager" aria-label="Pages">{" ".join(parts)}</nav>'


def pages(program: Program, variant: str, ctx: RosterContext) -> list[RosterPage]:
    years = wording.years_of(program)
    ordered = sorted(program.residents, key=lambda r: (-r.pgy, last_name_key(r)))
    chunks = [ordered[i : i + PAGE_SIZE] for i in range(0, len(ordered), PAGE_SIZE)] or [[]]
    out = []
    for number, chunk in enumerate(chunks, start=1):
        first = (number - 1) * PAGE_SIZE + 1
        shown = f"{first}&ndash;{first + len(chunk) - 1}" if chunk else "0"
        items = "".join(_item(program, r, years) for r in chunk)
        body = (
            f"<h1>{escape(program.specialty_title)} Residents</h1>"
            f'<p class="result-count">Showing {shown} of {len(ordered)}</p>'
            f'<ul class="listing">{items}</ul>{_pager(ctx, number, len(chunks))}'
        )
        title = "" if number == 1 else f"Residents (page {number})"
        out.append(RosterPage(_rel(ctx, number), title, body, tuple(chunk)))
    return out


register_fresh(
    Layout(
        name="paginated",
        weight=0.0,
        pages=pages,
        description="a people-directory listing over path-style numbered pages",
    )
)
