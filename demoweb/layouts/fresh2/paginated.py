"""Fresh2 variant of ``paginated``: a Drupal view of person teasers over several pages.

Provenance: written 2026-11-26 by a blind helper (see ``demoweb/layouts/fresh2/__init__.py`` for
what was and was not read). Fictional demo data only; no photographs.

Each resident is a ``views-row`` holding a teaser with Drupal's field wrappers
(``field--name-field-credentials``, ``field--label-inline`` "Program Year" with the bare number,
``field--label-above`` "Medical School"), alphabetical by surname. Each program draws one of two
pagers:

- ``drupal``: eight per page; later pages at ``?page=1``, ``?page=2`` (zero-based, as Drupal
  counts them: the second page is ``?page=1``); a ``pager__items`` list with "Current page"
  markers hidden to the eye, page numbers, and "Next page ››" / "Last page" links with
  ``rel="next"`` / ``rel="last"`` (page 1 itself is linked at the bare roster path).
- ``wordpress``: six per page; later pages at ``?paged=2`` (absolute links), written as
  ``paginate_links`` writes them: "&laquo; Previous", numbers and "Next &raquo;" of class
  ``page-numbers``, with no ``rel`` attribute at all.
"""

from __future__ import annotations

from html import escape

from demoweb.layouts.fresh2 import wording
from demoweb.layouts.registry import Layout, RosterContext, RosterPage, register_fresh2
from demoweb.model import Program, Resident

PAGE_SIZE = {"drupal": 8, "wordpress": 6}
DRUPAL_SHARE = 0.5


def rel_of(ctx: RosterContext, style: str, number: int) -> str:
    """The page path of page ``number`` (1-based) of the roster."""
    if number == 1:
        return ctx.roster_path
    if style == "drupal":
        return f"{ctx.roster_path}?page={number - 1}"
    return f"{ctx.roster_path}?paged={number}"


def _row(r: Resident) -> str:
    return (
        '<div class="views-row"><article class="node node--type-person node--view-mode-teaser">'
        f'<h2 class="node__title"><span class="field field--name-title">'
        f"{escape(r.display_name)}</span></h2>"
        '<div class="field field--name-field-credentials field--type-string field--label-hidden'
        f' field__item">{escape(r.degree_text)}</div>'
        '<div class="field field--name-field-program-year field--label-inline">'
        f'<div class="field__label">Program Year</div><div class="field__item">{r.pgy}</div></div>'
        '<div class="field field--name-field-medical-school field--label-above">'
        '<div class="field__label">Medical School</div>'
        f'<div class="field__item">{escape(r.school_string)}</div></div></article></div>'
    )


def _drupal_pager(ctx: RosterContext, number: int, total: int) -> str:
    def href(n: int) -> str:
        return escape(ctx.href(ctx.roster_path)) if n == 1 else f"?page={n - 1}"

    items = []
    if number > 1:
        items.append(
            '<li class="pager__item pager__item--first"><a href="'
            f'{href(1)}" title="Go to first page"><span class="visually-hidden">First page'
            '</span><span aria-hidden="true">&laquo;</span></a></li>'
        )
        items.append(
            '<li class="pager__item pager__item--previous"><a href="'
            f'{href(number - 1)}" title="Go to previous page" rel="prev">'
            '<span class="visually-hidden">Previous page</span>'
            '<span aria-hidden="true">&lsaquo;&lsaquo;</span></a></li>'
        )
    for n in range(1, total + 1):
        if n == number:
            items.append(
                f'<li class="pager__item is-active"><a href="{href(n)}" title="Current page" '
                f'aria-current="page"><span class="visually-hidden">Current page</span>{n}</a></li>'
            )
        else:
            items.append(
                f'<li class="pager__item"><a href="{href(n)}" title="Go to page {n}">'
                f'<span class="visually-hidden">Page</span>{n}</a></li>'
            )
    if number < total:
        items.append(
            '<li class="pager__item pager__item--next"><a href="'
            f'{href(number + 1)}" title="Go to next page" rel="next">'
            '<span class="visually-hidden">Next page</span>'
            '<span aria-hidden="true">&rsaquo;&rsaquo;</span></a></li>'
        )
        items.append(
            '<li class="pager__item pager__item--last"><a href="'
            f'{href(total)}" title="Go to last page" rel="last">'
            '<span class="visually-hidden">Last page</span>'
            '<span aria-hidden="true">&raquo;</span></a></li>'
        )
    return (
        '<nav class="pager" role="navigation" aria-labelledby="pagination-heading">'
        '<h4 id="pagination-heading" class="visually-hidden">Pagination</h4>'
        f'<ul class="pager__items js-pager__items">{"".join(items)}</ul></nav>'
    )


def _wordpress_pager(ctx: RosterContext, number: int, total: int) -> str:
    def link(n: int, text: str, cls: str = "page-numbers") -> str:
        return f'<a class="{cls}" href="{escape(ctx.href(rel_of(ctx, "wordpress", n)))}">{text}</a>'

    parts = []
    if number > 1:
        parts.append(link(number - 1, "&laquo; Previous", "prev page-numbers"))
    for n in range(1, total + 1):
        if n == number:
            parts.append(f'<span aria-current="page" class="page-numbers current">{n}</span>')
        else:
            parts.append(link(n, str(n)))
    if number < total:
        parts.append(link(number + 1, "Next &raquo;", "next page-numbers"))
    return (
        '<nav class="navigation pagination" aria-label="Residents">'
        f'<h2 class="screen-reader-text">Residents navigation</h2>'
        f'<div class="nav-links">{"".join(parts)}</div></nav>'
    )


def style_of(program: Program) -> str:
    roll = wording.program_rng(program, "pager").random()
    return "drupal" if roll < DRUPAL_SHARE else "wordpress"


def pages(program: Program, variant: str, ctx: RosterContext) -> list[RosterPage]:
    style = style_of(program)
    size = PAGE_SIZE[style]
    ordered = sorted(program.residents, key=wording.surname_key)
    chunks = [ordered[i : i + size] for i in range(0, len(ordered), size)] or [[]]
    out = []
    for number, chunk in enumerate(chunks, start=1):
        rows = "".join(_row(r) for r in chunk)
        if style == "drupal":
            pager = _drupal_pager(ctx, number, len(chunks)) if len(chunks) > 1 else ""
            body = (
                '<h1 class="page-title">Residents</h1>'
                '<div class="view view-people view-id-people view-display-id-residents">'
                f'<div class="view-content">{rows}</div>{pager}</div>'
            )
        else:
            pager = _wordpress_pager(ctx, number, len(chunks)) if len(chunks) > 1 else ""
            body = (
                '<h1 class="page-title">Residents</h1>'
                f'<div class="wp-block-query"><div class="people-loop">{rows}</div>{pager}</div>'
            )
        title = "" if number == 1 else f"Residents \u2013 Page {number}"
        out.append(RosterPage(rel_of(ctx, style, number), title, body, tuple(chunk)))
    return out


register_fresh2(
    Layout(
        name="paginated",
        weight=0.0,
        pages=pages,
        description="a Drupal view of field-wrapped teasers, Drupal (zero-based) or WP pagers",
    )
)
