"""A "load more" button: the first residents are in the HTML, the rest come from a JSON API.

A crawler without a browser sees only the first batch; a browser must click until the button
goes away. The API pages are ``api/residents.json?page=2`` onwards.
dev: six ``<li>`` in the HTML, ``<button id="load-more" data-next="...?page=2">Load more</button>``;
each JSON page is ``{"residents": [...], "next": url-or-null}``.
heldout: four blocks in the HTML, a "Show more residents" button of class ``btn-more``; JSON is
``{"items": [...], "page": n, "pages": total}`` and the script builds the next URL itself.
"""

from __future__ import annotations

from html import escape
from typing import Any

from demoweb.layouts.labels import name_and_degrees
from demoweb.layouts.registry import ApiPage, Layout, RosterContext, RosterPage, register
from demoweb.model import Program, Resident

BATCH = {"dev": 6, "heldout": 4}

SCRIPT_DEV = """
(function () {
  var button = document.getElementById('load-more');
  var list = document.getElementById('resident-list');
  if (!button) { list.setAttribute('data-complete', 'true'); return; }
  button.addEventListener('click', function () {
    button.disabled = true;
    fetch(button.dataset.next).then(function (r) { return r.json(); }).then(function (d) {
      d.residents.forEach(function (p) {
        var li = document.createElement('li'); li.className = 'resident';
        li.textContent = p.name + ', ' + p.degrees + ' \\u2013 PGY-' + p.pgy +
          ' \\u2013 Medical School: ' + p.medical_school;
        list.appendChild(li);
      });
      if (d.next) { button.dataset.next = d.next; button.disabled = false; }
      else { button.remove(); list.setAttribute('data-complete', 'true'); }
    });
  });
})();
"""

SCRIPT_HELDOUT = """
(function () {
  var box = document.querySelector('.people-box');
  var more = document.querySelector('.btn-more');
  if (!more) { box.setAttribute('data-complete', 'true'); return; }
  var page = 1;
  more.addEventListener('click', function () {
    page += 1;
    fetch(box.getAttribute('data-src') + '?page=' + page).then(function (r) { return r.json(); })
      .then(function (d) {
        d.items.forEach(function (p) {
          var div = document.createElement('div'); div.className = 'pb';
          div.innerHTML = '<b></b> <span></span><br><small></small>';
          div.querySelector('b').textContent = p.displayName;
          div.querySelector('span').textContent = p.degree + ' (' + p.level + ')';
          div.querySelector('small').textContent = p.school;
          box.appendChild(div);
        });
        if (d.page >= d.pages) { more.remove(); box.setAttribute('data-complete', 'true'); }
      });
  });
})();
"""


def _batches(program: Program, variant: str) -> list[list[Resident]]:
    ordered = sorted(program.residents, key=lambda r: (r.pgy, r.name))
    size = BATCH[variant]
    return [ordered[i : i + size] for i in range(0, len(ordered), size)] or [[]]


def pages(program: Program, variant: str, ctx: RosterContext) -> list[RosterPage]:
    batches = _batches(program, variant)
    first = batches[0]
    api = escape(ctx.href(ctx.api_path))
    if variant == "heldout":
        blocks = "".join(
            f'<div class="pb"><b>{escape(r.display_name)}</b> <span>{escape(r.degree_text)} '
            f"(PGY-{r.pgy})</span><br><small>{escape(r.school_string)}</small></div>"
            for r in first
        )
        button = '<button class="btn-more" type="button">Show more residents</button>'
        body = (
            f'<h1>Our Residents</h1><div class="people-box" data-src="{api}">{blocks}</div>'
            f"{button if len(batches) > 1 else ''}<script>{SCRIPT_HELDOUT}</script>"
        )
    else:
        items = "".join(
            f'<li class="resident">{name_and_degrees(r)} &ndash; PGY-{r.pgy} &ndash; '
            f"Medical School: {escape(r.school_string)}</li>"
            for r in first
        )
        button = f'<button id="load-more" data-next="{api}?page=2">Load more</button>'
        body = (
            f'<h1>Current Residents</h1><ul id="resident-list">{items}</ul>'
            f"{button if len(batches) > 1 else ''}<script>{SCRIPT_DEV}</script>"
        )
    return [RosterPage(ctx.roster_path, "", body, program.residents)]


def _item(r: Resident, variant: str) -> dict[str, Any]:
    if variant == "heldout":
        return {
            "displayName": r.display_name,
            "degree": r.degree_text,
            "level": f"PGY-{r.pgy}",
            "school": r.school_string,
        }
    return {
        "name": r.display_name,
        "degrees": r.degree_text,
        "pgy": r.pgy,
        "medical_school": r.school_string,
    }


def api_pages(program: Program, variant: str, ctx: RosterContext) -> list[ApiPage]:
    batches = _batches(program, variant)
    out = []
    for number in range(2, len(batches) + 1):
        items = [_item(r, variant) for r in batches[number - 1]]
        if variant == "heldout":
            payload: Any = {"items": items, "page": number, "pages": len(batches)}
        else:
            last = number == len(batches)
            nxt = None if last else f"{ctx.href(ctx.api_path)}?page={number + 1}"
            payload = {"residents": items, "next": nxt}
        out.append(ApiPage(f"{ctx.api_path}?page={number}", payload))
    return out


register(
    Layout(
        name="load_more",
        weight=0.04,
        pages=pages,
        js=True,
        api_pages=api_pages,
        description='a "load more" button fetching JSON pages',
    )
)
