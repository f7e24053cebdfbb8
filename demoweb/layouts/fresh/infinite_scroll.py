"""Fresh variant of ``infinite_scroll``: a feed with opaque cursors and nested JSON records.

Provenance: written 2026-11-25 by a blind helper (see ``demoweb/layouts/fresh/__init__.py`` for
what was and was not read). Fictional demo data only; no photographs.

The page holds the first six residents as ``<article class="feed-card">``; an
``IntersectionObserver`` on a sentinel fetches ``api/residents.json?cursor=...`` with the opaque
cursor the list (then each answer) carries. Each answer is
``{"results": [...], "next_cursor": "..." or null}``; a record nests its parts:
``{"name": {"display": ...}, "credentials": "MD", "program_year": "PGY-3",
"education": [{"type": "undergraduate", ...}, {"type": "medical", "degree": ..., "institution":
...}]}``. The script writes each card's text from those parts.
"""

from __future__ import annotations

import base64
from html import escape
from typing import Any

from demoweb.layouts.fresh import wording
from demoweb.layouts.labels import name_and_degrees
from demoweb.layouts.registry import ApiPage, Layout, RosterContext, RosterPage, register_fresh
from demoweb.model import Program, Resident

BATCH = 6
STYLE = "<style>.feed-card{min-height:260px;padding:1.25rem;border-top:1px solid #ccc}</style>"
SCRIPT = """
(function () {
  var list = document.getElementById('resident-stream');
  var sentinel = document.querySelector('.feed-sentinel');
  var busy = false;
  function finish() { list.setAttribute('data-complete', 'true'); sentinel.remove(); }
  function card(rec) {
    var a = document.createElement('article'); a.className = 'feed-card';
    var h = document.createElement('h3');
    h.textContent = rec.name.display + ', ' + rec.credentials;
    var p = document.createElement('p'); p.textContent = rec.program_year;
    a.appendChild(h); a.appendChild(p);
    rec.education.forEach(function (e) {
      var line = document.createElement('p');
      line.textContent = (e.type === 'medical' ? e.degree + ', ' : 'Undergraduate: ') + e.institution;
      a.appendChild(line);
    });
    list.appendChild(a);
  }
  function more() {
    var cursor = list.getAttribute('data-next-cursor');
    if (!cursor) { finish(); return; }
    if (busy) { return; }
    busy = true;
    fetch(list.getAttribute('data-feed') + '?cursor=' + cursor)
      .then(function (r) { return r.json(); })
      .then(function (d) {
        d.results.forEach(card);
        list.setAttribute('data-next-cursor', d.next_cursor || '');
        busy = false;
        if (!d.next_cursor) { finish(); }
      });
  }
  if (!list.getAttribute('data-next-cursor')) { finish(); return; }
  new IntersectionObserver(function (entries) {
    if (entries.some(function (e) { return e.isIntersecting; })) { more(); }
  }).observe(sentinel);
})();
"""


def cursor(offset: int) -> str:
    return base64.urlsafe_b64encode(f"offset:{offset}".encode()).decode().rstrip("=")


def _ordered(program: Program) -> list[Resident]:
    return sorted(program.residents, key=lambda r: (r.pgy, r.name))


def record(r: Resident, years: int) -> dict[str, Any]:
    education = []
    if r.undergrad:
        education.append({"type": "undergraduate", "institution": r.undergrad})
    education.append(
        {"type": "medical", "degree": wording.medical_degree(r), "institution": r.school_string}
    )
    return {
        "name": {"display": r.display_name},
        "credentials": r.degree_text,
        "program_year": wording.level_with_notes(r, years, wording.pgy(r)),
        "education": education,
    }


def _card(r: Resident, years: int) -> str:
    rec = record(r, years)
    lines = "".join(
        "<p>"
        + (f"{escape(e['degree'])}, " if e["type"] == "medical" else "Undergraduate: ")
        + f"{escape(e['institution'])}</p>"
        for e in rec["education"]
    )
    return (
        f'<article class="feed-card"><h3>{name_and_degrees(r)}</h3>'
        f"<p>{escape(rec['program_year'])}</p>{lines}</article>"
    )


def pages(program: Program, variant: str, ctx: RosterContext) -> list[RosterPage]:
    years = wording.years_of(program)
    ordered = _ordered(program)
    cards = "".join(_card(r, years) for r in ordered[:BATCH])
    next_cursor = cursor(BATCH) if len(ordered) > BATCH else ""
    body = (
        f"{STYLE}<h1>Residents</h1>"
        f'<div id="resident-stream" data-feed="{escape(ctx.href(ctx.api_path))}" '
        f'data-next-cursor="{next_cursor}">{cards}</div>'
        f'<div class="feed-sentinel" aria-hidden="true"></div><script>{SCRIPT}</script>'
    )
    return [RosterPage(ctx.roster_path, "", body, program.residents)]


def api_pages(program: Program, variant: str, ctx: RosterContext) -> list[ApiPage]:
    years = wording.years_of(program)
    ordered = _ordered(program)
    out = []
    for offset in range(BATCH, len(ordered), BATCH):
        end = offset + BATCH
        payload = {
            "results": [record(r, years) for r in ordered[offset:end]],
            "next_cursor": cursor(end) if end < len(ordered) else None,
        }
        out.append(ApiPage(f"{ctx.api_path}?cursor={cursor(offset)}", payload))
    return out


register_fresh(
    Layout(
        name="infinite_scroll",
        weight=0.0,
        pages=pages,
        js=True,
        api_pages=api_pages,
        description="a feed loading nested JSON records by opaque cursor",
    )
)
