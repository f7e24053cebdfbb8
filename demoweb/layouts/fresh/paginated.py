"""Fresh variant of ``paginated``: a people-directory listing split over numbered pages.

Provenance: written 2026-11-25 by a blind helper (see ``demoweb/layouts/fresh/__init__.py`` for
what was and was not read). Fictional demo data only; no photographs.

Like a CMS people directory: "Showing 1–5 of 17", one ``<li class="listing-item">`` per resident
with the name and credentials in a heading and labelled "Position" and "Education" lines, seniors
first. Each program draws one of two pager styles real CMSs use:

- ``path``: five per page, later pages at ``residents/page/2/`` (as WordPress writes them); the
  pager has "« First", "‹ Previous", page numbers, "Next ›" (``rel="next"``) and "Last »".
- ``offset``: ten per page, later pages at ``residents/?start=10`` (as Joomla writes them); the
  pager is a list of "Start", "Prev", page numbers, "Next" (``rel="next"``) and "End", with a
  "Page 2 of 3" counter under it.
"""

from __future__ import annotations

from html import escape

from demoweb.layouts.fresh import wording
from demoweb.layouts.labels import last_name_key, name_and_degrees
from demoweb.layouts.registry import Layout, RosterContext, RosterPage, register_fresh
from demoweb.model import Program, Resident

PAGE_SIZE = {"path": 5, "offset": 10}
PATH_STYLE_SHARE = 0.5


def _rel(ctx: RosterContext, style: str, number: int) -> str:
    if number == 1:
        return ctx.roster_path
    if style == "path":
        return ctx.sub(f"page/{number}")
    return f"{ctx.roster_path}?start={(number - 1) * PAGE_SIZE[style]}"


def _item(program: Program, r: Resident, years: int) -> str:
    position = wording.level_with_notes(r, years, f"Resident Physician, PGY {r.pgy}")
    education = "<br>".join(wording.education_html(wording.education(program, r, "paginated")))
    return (
        '<li class="listing-item">'
        f'<h3 class="listing-title">{name_and_degrees(r)}</h3>'
        f'<div class="field"><span class="field-label">Position:</span> {escape(position)}</div>'
        f'<div class="field"><span class="field-label">Education:</span><br>{education}</div>'
        "</li>"
    )


def _pager(ctx: RosterContext, style: str, number: int, total: int) -> str:
    def link(n: int, text: str, rel: str = "") -> str:
        rel_attr = f' rel="{rel}"' if rel else ""
        return f'<a href="{escape(ctx.href(_rel(ctx, style, n)))}"{rel_attr}>{text}</a>'

    if style == "offset":
        words = ("Start", "Prev", "Next", "End")
    else:
        words = ("&laquo; First", "&lsaquo; Previous", "Next &rsaquo;", "Last &raquo;")
    parts = []
    if number > 1:
        parts += [link(1, words[0]), link(number - 1, words[1], "prev")]
    for n in range(1, total + 1):
        if n == number:
            parts.append(f'<span class="current" aria-current="page">{n}</span>')
        else:
            parts.append(link(n, str(n)))
    if number < total:
        parts += [link(number + 1, words[2], "next"), link(total, words[3])]
    if style == "offset":
        items = "".join(f"<li>{part}</li>" for part in parts)
        return (
            f'<ul class="pagination-list">{items}</ul>'
            f'<p class="counter">Page {number} of {total}</p>'
        )
    return f'<nav class="directory-pager" aria-label="Pages">{" ".join(parts)}</nav>'


def pages(program: Program, variant: str, ctx: RosterContext) -> list[RosterPage]:
    years = wording.years_of(program)
    style = (
        "path" if wording.program_rng(program, "pager").random() < PATH_STYLE_SHARE else "offset"
    )
    size = PAGE_SIZE[style]
    ordered = sorted(program.residents, key=lambda r: (-r.pgy, last_name_key(r)))
    chunks = [ordered[i : i + size] for i in range(0, len(ordered), size)] or [[]]
    out = []
    for number, chunk in enumerate(chunks, start=1):
        first = (number - 1) * size + 1
        shown = f"{first}&ndash;{first + len(chunk) - 1}" if chunk else "0"
        items = "".join(_item(program, r, years) for r in chunk)
        body = (
            f"<h1>{escape(program.specialty_title)} Residents</h1>"
            f'<p class="result-count">Showing {shown} of {len(ordered)}</p>'
            f'<ul class="listing">{items}</ul>{_pager(ctx, style, number, len(chunks))}'
        )
        title = "" if number == 1 else f"Residents (page {number})"
        out.append(RosterPage(_rel(ctx, style, number), title, body, tuple(chunk)))
    return out


register_fresh(
    Layout(
        name="paginated",
        weight=0.0,
        pages=pages,
        description="a people-directory listing over path-style numbered pages",
    )
)
