"""Infinite scroll: more residents load from a JSON API as the reader scrolls down.

Each item is tall, so a page of them fills more than a screen: a browser must scroll to the
bottom, wait, and scroll again until the feed says it is complete (``data-complete="true"``).
dev: the first eight residents are in the HTML; a sentinel under the list triggers
``api/residents.json?page=2`` onwards, JSON ``{"residents": [...], "has_more": bool}``.
heldout: nothing in the HTML; the script loads ``?page=1`` at once and the rest on scroll, JSON
``{"data": [...], "meta": {"next_page": n-or-null}}``.
"""

from __future__ import annotations

from html import escape
from typing import Any

from demoweb.layouts.labels import name_and_degrees
from demoweb.layouts.registry import ApiPage, Layout, RosterContext, RosterPage, register
from demoweb.model import Program, Resident

BATCH = 8

SCRIPT = """
(function () {
  var feed = document.getElementById('%(feed)s');
  var sentinel = document.getElementById('feed-end');
  var src = feed.getAttribute('data-src');
  var page = %(start)d, busy = false, done = %(done)s;
  function finish() { done = true; feed.setAttribute('data-complete', 'true'); sentinel.remove(); }
  function add(p) {
    var item = document.createElement('div'); item.className = 'feed-item';
    item.textContent = %(text)s;
    feed.appendChild(item);
  }
  function check() {
    if (done || busy) { return; }
    if (sentinel.getBoundingClientRect().top > window.innerHeight + 50) { return; }
    busy = true;
    fetch(src + '?page=' + page).then(function (r) { return r.json(); }).then(function (d) {
      %(consume)s
      busy = false;
      check();
    });
  }
  if (done) { finish(); return; }
  window.addEventListener('scroll', check);
  check();
})();
"""
CONSUME_DEV = "d.residents.forEach(add); page += 1; if (!d.has_more) { finish(); }"
CONSUME_HELDOUT = (
    "d.data.forEach(add); if (d.meta.next_page) { page = d.meta.next_page; } else { finish(); }"
)
TEXT_DEV = "p.name + ', ' + p.degrees + ' \\u2013 PGY-' + p.pgy + ' \\u2013 ' + p.medical_school"
TEXT_HELDOUT = "p.attributes.title + ' | ' + p.attributes.credentials + ' | ' + p.attributes.school"
STYLE = "<style>.feed-item{min-height:240px;border-bottom:1px solid #ddd;padding:1rem}</style>"


def _chunks(program: Program) -> list[list[Resident]]:
    ordered = sorted(program.residents, key=lambda r: (-r.pgy, r.name))
    return [ordered[i : i + BATCH] for i in range(0, len(ordered), BATCH)] or [[]]


def pages(program: Program, variant: str, ctx: RosterContext) -> list[RosterPage]:
    chunks = _chunks(program)
    api = escape(ctx.href(ctx.api_path))
    if variant == "heldout":
        script = SCRIPT % {
            "feed": "feed",
            "start": 1,
            "done": "false",
            "text": TEXT_HELDOUT,
            "consume": CONSUME_HELDOUT,
        }
        body = (
            f'{STYLE}<h1>Residents</h1><div id="feed" data-src="{api}"></div>'
            f'<div id="feed-end"></div><noscript>Please enable JavaScript.</noscript>'
            f"<script>{script}</script>"
        )
    else:
        items = "".join(
            f'<div class="feed-item">{name_and_degrees(r)} &ndash; PGY-{r.pgy} &ndash; '
            f"{escape(r.school_string)}</div>"
            for r in chunks[0]
        )
        script = SCRIPT % {
            "feed": "resident-feed",
            "start": 2,
            "done": "true" if len(chunks) == 1 else "false",
            "text": TEXT_DEV,
            "consume": CONSUME_DEV,
        }
        body = (
            f'{STYLE}<h1>Current Residents</h1><div id="resident-feed" data-src="{api}">'
            f'{items}</div><div id="feed-end">Loading&hellip;</div><script>{script}</script>'
        )
    return [RosterPage(ctx.roster_path, "", body, program.residents)]


def api_pages(program: Program, variant: str, ctx: RosterContext) -> list[ApiPage]:
    chunks = _chunks(program)
    out = []
    first = 1 if variant == "heldout" else 2
    for number in range(first, len(chunks) + 1):
        chunk = chunks[number - 1]
        more = number < len(chunks)
        if variant == "heldout":
            payload: Any = {
                "data": [
                    {
                        "type": "person",
                        "attributes": {
                            "title": r.display_name,
                            "credentials": r.degree_text,
                            "school": r.school_string,
                            "year": r.pgy,
                        },
                    }
                    for r in chunk
                ],
                "meta": {"next_page": number + 1 if more else None},
            }
        else:
            payload = {
                "residents": [
                    {
                        "name": r.display_name,
                        "degrees": r.degree_text,
                        "pgy": r.pgy,
                        "medical_school": r.school_string,
                    }
                    for r in chunk
                ],
                "has_more": more,
            }
        out.append(ApiPage(f"{ctx.api_path}?page={number}", payload))
    return out


register(
    Layout(
        name="infinite_scroll",
        weight=0.03,
        pages=pages,
        js=True,
        api_pages=api_pages,
        description="infinite scroll loading JSON pages",
    )
)
