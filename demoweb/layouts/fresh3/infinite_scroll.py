"""Fresh3 variant of ``infinite_scroll``: a Next.js page hydrated from ``__NEXT_DATA__``.

Provenance: written 2026-11-26 by a blind helper (see ``demoweb/layouts/fresh3/__init__.py`` for
what was and was not read). Fictional demo data only; no photographs.

The page server-renders the first ten residents (seniors first) inside ``<div id="__next">``
as tall ``<article>`` items with hashed CSS-module class names, and carries the same ten again
as hydration JSON: ``<script id="__NEXT_DATA__" type="application/json">`` with
``props.pageProps.residents`` and ``props.pageProps.nextCursor``. When a sentinel under the list
comes into view (an ``IntersectionObserver``), the script asks
``api/residents.json?after=<cursor>`` (keyset pagination: the cursor is the id of the last
resident shown) and gets ``{"pageProps": {"residents": [...], "nextCursor": ... or null}}``.
Each resident is ``{"id", "name", "credentials", "pgy", "classYear", "school": {"name"},
"hometown"}``; the script writes them as the server did: name and credentials, "PGY-3 &middot;
Class of 2029", "Medical school: ...". When no cursor is left the sentinel becomes "That's
everyone." (class ``roster-done``).
"""

from __future__ import annotations

import json
from html import escape
from typing import Any

from demoweb.layouts.fresh3 import wording
from demoweb.layouts.registry import ApiPage, Layout, RosterContext, RosterPage, register_fresh3
from demoweb.model import Program, Resident

BATCH = 10
STYLE = "<style>.Roster_item__k3Jx9{min-height:300px;border-top:1px solid #ccc}</style>"
SCRIPT = """
(function () {
  var data = JSON.parse(document.getElementById('__NEXT_DATA__').textContent);
  var list = document.querySelector('[data-roster]');
  var sentinel = document.querySelector('[data-sentinel]');
  var cursor = data.props.pageProps.nextCursor, loading = false;
  function para(text) { var p = document.createElement('p'); p.textContent = text; return p; }
  function add(r) {
    var a = document.createElement('article'); a.className = 'Roster_item__k3Jx9';
    var h = document.createElement('h2'); h.className = 'Roster_name__Qm2aB';
    h.textContent = r.name + ', ' + r.credentials; a.appendChild(h);
    a.appendChild(para('PGY-' + r.pgy + ' \\u00b7 Class of ' + r.classYear));
    a.appendChild(para('Medical school: ' + r.school.name));
    if (r.hometown) { a.appendChild(para('From ' + r.hometown)); }
    list.appendChild(a);
  }
  function done() {
    observer.disconnect();
    sentinel.className = 'roster-done'; sentinel.textContent = "That's everyone.";
  }
  var observer = new IntersectionObserver(function (entries) {
    if (!entries[0].isIntersecting || loading || !cursor) { return; }
    loading = true;
    fetch(list.getAttribute('data-api') + '?after=' + cursor).then(function (r) { return r.json(); })
      .then(function (d) {
        d.pageProps.residents.forEach(add);
        cursor = d.pageProps.nextCursor; loading = false;
        if (!cursor) { done(); } else { observer.unobserve(sentinel); observer.observe(sentinel); }
      });
  });
  if (!cursor) { done(); return; }
  observer.observe(sentinel);
})();
"""


def _id(program: Program, r: Resident) -> str:
    return wording.stable_id(program.id, r.name, length=10)


def _chunks(program: Program) -> list[list[Resident]]:
    ordered = sorted(program.residents, key=lambda r: (-r.pgy, wording.surname_key(r)))
    return [ordered[i : i + BATCH] for i in range(0, len(ordered), BATCH)] or [[]]


def _record(program: Program, r: Resident) -> dict[str, Any]:
    return {
        "id": _id(program, r),
        "name": r.display_name,
        "credentials": r.degree_text,
        "pgy": r.pgy,
        "classYear": r.class_year,
        "school": {"name": r.school_string},
        "hometown": r.hometown,
    }


def _page_props(program: Program, chunks: list[list[Resident]], n: int) -> dict[str, Any]:
    chunk = chunks[n]
    more = n + 1 < len(chunks)
    return {
        "residents": [_record(program, r) for r in chunk],
        "nextCursor": _id(program, chunk[-1]) if more else None,
    }


def _article(r: Resident) -> str:
    home = f"<p>From {escape(r.hometown)}</p>" if r.hometown else ""
    return (
        '<article class="Roster_item__k3Jx9">'
        f'<h2 class="Roster_name__Qm2aB">{escape(r.display_name)}, {escape(r.degree_text)}</h2>'
        f"<p>PGY-{r.pgy} &middot; Class of {r.class_year}</p>"
        f"<p>Medical school: {escape(r.school_string)}</p>{home}</article>"
    )


def pages(program: Program, variant: str, ctx: RosterContext) -> list[RosterPage]:
    chunks = _chunks(program)
    next_data = {
        "props": {"pageProps": _page_props(program, chunks, 0), "__N_SSP": True},
        "page": "/residents",
        "query": {},
        "buildId": wording.stable_id(program.id, "build", length=21),
        "isFallback": False,
        "gssp": True,
    }
    data = json.dumps(next_data, ensure_ascii=False).replace("</", "<\\/")
    body = (
        f'{STYLE}<div id="__next"><div class="Roster_main__b7Tq1"><h1>Meet Our Residents</h1>'
        f'<div data-roster="" data-api="{escape(ctx.href(ctx.api_path))}">'
        f"{''.join(_article(r) for r in chunks[0])}</div>"
        '<div data-sentinel="" class="roster-loading">Loading more&hellip;</div></div></div>'
        f'<script id="__NEXT_DATA__" type="application/json">{data}</script>'
        f"<script>{SCRIPT}</script>"
    )
    return [RosterPage(ctx.roster_path, "", body, program.residents)]


def api_pages(program: Program, variant: str, ctx: RosterContext) -> list[ApiPage]:
    chunks = _chunks(program)
    return [
        ApiPage(
            f"{ctx.api_path}?after={_id(program, chunks[n - 1][-1])}",
            {"pageProps": _page_props(program, chunks, n)},
        )
        for n in range(1, len(chunks))
    ]


register_fresh3(
    Layout(
        name="infinite_scroll",
        weight=0.0,
        pages=pages,
        js=True,
        api_pages=api_pages,
        description="a Next.js page with hydration JSON, more residents by keyset cursor on scroll",
    )
)
