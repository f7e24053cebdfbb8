"""Fresh4 variant of ``paginated``: a Kentico repeater of "Last, First" items under a UniPager.

Provenance: written 2026-11-26 by a blind helper (see ``demoweb/layouts/fresh4/__init__.py`` for
what was and was not read). Fictional demo data only; no photographs.

Six items a page, seniors first, each a repeater transformation ``<div class="listing-item">``:
the name as the people index sorts it ("Smith, Robert "Bobby""), the credentials in a
``<span class="creds">``, a "Level:" line with a house-staff tag ("HO-3") and a "Medical School:"
line. Under the list, a Kentico UniPager: the current page as ``<span class="SelectedPage">``,
other pages as ``<a class="UnselectedPage">`` numbers and "&gt;" / "&gt;&gt;" links to the next
and last pages, all at ``?pagenumber=2`` and so on, none with ``rel``.
"""

from __future__ import annotations

from html import escape

from demoweb.layouts.fresh4 import wording
from demoweb.layouts.registry import Layout, RosterContext, RosterPage, register_fresh4
from demoweb.model import Program, Resident

PAGE_SIZE = 6


def rel_of(ctx: RosterContext, number: int) -> str:
    return ctx.roster_path if number == 1 else f"{ctx.roster_path}?pagenumber={number}"


def _item(r: Resident, style: str) -> str:
    return (
        f'<div class="listing-item"><h3>{wording.e(wording.last_first(r))}</h3>'
        f'<span class="creds">{wording.e(r.degree_text)}</span>'
        f'<div class="level">Level: {wording.tag(style, r.pgy)}</div>'
        f'<div class="school">Medical School: {wording.e(r.school_string)}</div></div>'
    )


def _pager(ctx: RosterContext, number: int, count: int) -> str:
    def link(n: int, text: str, cls: str) -> str:
        return f'<a class="{cls}" href="{escape(ctx.href(rel_of(ctx, n)))}">{text}</a>'

    parts = []
    if number > 1:
        parts += [
            link(1, "&lt;&lt;", "UnselectedFirst"),
            link(number - 1, "&lt;", "UnselectedPrev"),
        ]
    for n in range(1, count + 1):
        parts.append(
            f'<span class="SelectedPage">{n}</span>'
            if n == number
            else link(n, str(n), "UnselectedPage")
        )
    if number < count:
        parts += [
            link(number + 1, "&gt;", "UnselectedNext"),
            link(count, "&gt;&gt;", "UnselectedLast"),
        ]
    return f'<div class="UniPager">{" ".join(parts)}</div>'


def pages(program: Program, variant: str, ctx: RosterContext) -> list[RosterPage]:
    style = wording.tag_style(program, "paginated")
    ordered = sorted(program.residents, key=lambda r: (-r.pgy, wording.surname_key(r)))
    chunks = [ordered[i : i + PAGE_SIZE] for i in range(0, len(ordered), PAGE_SIZE)] or [[]]
    out = []
    for number, chunk in enumerate(chunks, start=1):
        body = (
            '<div class="people-listing"><h1>Resident Directory</h1>'
            f'<div class="repeater">{"".join(_item(r, style) for r in chunk)}</div>'
            f"{_pager(ctx, number, len(chunks)) if len(chunks) > 1 else ''}</div>"
        )
        title = "" if number == 1 else f"Resident Directory - page {number}"
        out.append(RosterPage(rel_of(ctx, number), title, body, tuple(chunk)))
    return out


register_fresh4(
    Layout(
        name="paginated",
        weight=0.0,
        pages=pages,
        description="a Kentico repeater of 'Last, First' items under a UniPager, ?pagenumber=N",
    )
)
