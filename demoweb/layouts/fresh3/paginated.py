"""Fresh3 variant of ``paginated``: a Squarespace-style summary list paged by timestamp offsets.

Provenance: written 2026-11-26 by a blind helper (see ``demoweb/layouts/fresh3/__init__.py`` for
what was and was not read). Fictional demo data only; no photographs.

Each resident is a collection item shown as a ``summary-item``: the name as the title link, a
metadata line of category tags ("PGY-3", "Chief") and an excerpt "MD &middot; School". Seven
items a page, seniors first. As on Squarespace collections, later pages are not numbered: they
are ``?offset=<milliseconds>``, the publication time of the last item shown, and the only links
between pages are "Older Posts" (``class="older"``, to the next page) and "Newer Posts"
(``class="newer"``, back), with no ``rel`` and no page numbers.
"""

from __future__ import annotations

from demoweb.layouts.fresh3 import wording
from demoweb.layouts.registry import Layout, RosterContext, RosterPage, register_fresh3
from demoweb.model import Program, Resident

PAGE_SIZE = 7
DAY_MS = 86_400_000


def _offsets(program: Program, pages: int) -> list[int]:
    """The offset of each page after the first: falling timestamps, as older items come later."""
    start = 1_690_000_000_000 + int(wording.stable_id(program.id, "offset", length=8), 16) % DAY_MS
    return [start - n * 7 * DAY_MS for n in range(1, pages)]


def rel_of(ctx: RosterContext, offsets: list[int], number: int) -> str:
    if number == 1:
        return ctx.roster_path
    return f"{ctx.roster_path}?offset={offsets[number - 2]}"


def _item(r: Resident, years: int) -> str:
    tags = [f"PGY-{r.pgy}"]
    if wording.is_chief(r.pgy, years):
        tags.append("Chief")
    cats = ", ".join(f'<a href="#" class="summary-metadata-item--cats">{t}</a>' for t in tags)
    return (
        '<div class="summary-item summary-item-record-type-text">'
        f'<div class="summary-title"><a href="#{wording.slug(r)}" class="summary-title-link">'
        f"{wording.e(r.display_name)}</a></div>"
        f'<div class="summary-metadata-container"><span class="summary-metadata-item">{cats}'
        "</span></div>"
        f'<div class="summary-excerpt"><p>{wording.e(r.degree_text)} &middot; '
        f"{wording.e(r.school_string)}</p></div></div>"
    )


def pages(program: Program, variant: str, ctx: RosterContext) -> list[RosterPage]:
    years = wording.years_of(program)
    ordered = sorted(program.residents, key=lambda r: (-r.pgy, wording.surname_key(r)))
    chunks = [ordered[i : i + PAGE_SIZE] for i in range(0, len(ordered), PAGE_SIZE)] or [[]]
    offsets = _offsets(program, len(chunks))
    out = []
    for number, chunk in enumerate(chunks, start=1):
        links = []
        if number > 1:
            newer = wording.e(ctx.href(rel_of(ctx, offsets, number - 1)))
            links.append(f'<a href="{newer}" class="newer">&larr; Newer Posts</a>')
        if number < len(chunks):
            older = wording.e(ctx.href(rel_of(ctx, offsets, number + 1)))
            links.append(f'<a href="{older}" class="older">Older Posts &rarr;</a>')
        items = "".join(_item(r, years) for r in chunk)
        body = (
            '<div class="sqs-block summary-v2-block"><h1>Residents</h1>'
            f'<div class="summary-item-list">{items}</div>'
            f'<nav class="BlogList-pagination">{"".join(links)}</nav></div>'
        )
        title = "" if number == 1 else "Residents (older)"
        out.append(RosterPage(rel_of(ctx, offsets, number), title, body, tuple(chunk)))
    return out


register_fresh3(
    Layout(
        name="paginated",
        weight=0.0,
        pages=pages,
        description="a Squarespace-style summary list paged by timestamp offsets, no rel links",
    )
)
