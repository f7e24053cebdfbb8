"""A paginated roster: a few residents per page, pages chained with ``rel="next"``.

Page 1 is the roster path itself; later pages add ``?page=N``. Every page is a roster page.
dev: six cards per page in alphabetical order, a pager with ``<a rel="next">Next</a>``.
heldout: eight rows per page, juniors first, a numbered pager with relative ``?page=N`` links
and a "»" ``rel="next"`` link.
"""

from __future__ import annotations

from html import escape

from demoweb.layouts.labels import last_name_key, name_and_degrees
from demoweb.layouts.registry import Layout, RosterContext, RosterPage, register
from demoweb.model import Program

PAGE_SIZE = {"dev": 6, "heldout": 8}


def _rel(ctx: RosterContext, number: int) -> str:
    return ctx.roster_path if number == 1 else f"{ctx.roster_path}?page={number}"


def pages(program: Program, variant: str, ctx: RosterContext) -> list[RosterPage]:
    size = PAGE_SIZE[variant]
    if variant == "heldout":
        ordered = sorted(program.residents, key=lambda r: (r.pgy, r.name))
    else:
        ordered = sorted(program.residents, key=last_name_key)
    chunks = [ordered[i : i + size] for i in range(0, len(ordered), size)] or [[]]
    out = []
    for number, chunk in enumerate(chunks, start=1):
        last = number == len(chunks)
        if variant == "heldout":
            rows = "".join(
                f"<tr><td>{escape(r.display_name)}</td><td>{escape(r.degree_text)}</td>"
                f"<td>PGY-{r.pgy}</td><td>{escape(r.school_string)}</td></tr>"
                for r in chunk
            )
            numbers = "".join(
                f'<li><a href="?page={n}" aria-label="Page {n}">{n}</a></li>'
                for n in range(1, len(chunks) + 1)
            )
            nxt = "" if last else f'<li><a rel="next" href="?page={number + 1}">&raquo;</a></li>'
            body = (
                f"<h1>Residents</h1><p>Page {number} of {len(chunks)}</p>"
                f'<table class="directory"><tbody>{rows}</tbody></table>'
                f'<ul class="pagination">{numbers}{nxt}</ul>'
            )
        else:
            cards = "".join(
                f'<div class="resident-card"><div class="avatar" aria-hidden="true"></div>'
                f"<h3>{name_and_degrees(r)}</h3><p>PGY-{r.pgy}</p>"
                f"<p>Medical School: {escape(r.school_string)}</p></div>"
                for r in chunk
            )
            links = []
            if number > 1:
                links.append(
                    f'<a rel="prev" href="{escape(ctx.href(_rel(ctx, number - 1)))}">Previous</a>'
                )
            if not last:
                links.append(
                    f'<a rel="next" href="{escape(ctx.href(_rel(ctx, number + 1)))}">Next</a>'
                )
            body = (
                f'<h1>Current Residents</h1><div class="card-grid">{cards}</div>'
                f'<nav class="pager">{" ".join(links)}</nav>'
            )
        title = "" if number == 1 else f"Page {number}"
        out.append(RosterPage(_rel(ctx, number), title, body, tuple(chunk)))
    return out


register(
    Layout(
        name="paginated", weight=0.05, pages=pages, description='a paginated roster (rel="next")'
    )
)
