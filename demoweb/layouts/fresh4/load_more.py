"""Fresh4 variant of ``load_more``: a Vue list with "Show more residents" reading a Directus API.

Provenance: written 2026-11-26 by a blind helper (see ``demoweb/layouts/fresh4/__init__.py`` for
what was and was not read). Fictional demo data only; no photographs.

The page is a server-rendered Vue 3 component (``<div id="residents-app" data-v-app>``, scoped
``data-v-4c1d2e7a`` attributes) holding the first ten residents, juniors first, as
``<li class="roster-item">``: the name and credentials in an ``<h3>``, the level as a house-staff
tag ("PL-2") and the school in a ``<p class="school">``. A ``<button class="show-more"
data-offset="10">Show more residents</button>`` asks ``api/residents.json?limit=10&offset=10``
and so on. The answer is shaped like a Directus items endpoint: ``{"data": [...], "meta":
{"filter_count": 23}}``, each item ``{"id", "display_name", "credentials", "level" (a number),
"completion_year", "medical_school": {"id", "name"}}``. The script writes items like the
server-rendered ones, with the tag prefix the page carries in ``data-level-prefix``, and removes
the button when ``offset`` reaches ``filter_count``.
"""

from __future__ import annotations

from html import escape
from typing import Any

from demoweb.layouts.fresh4 import wording
from demoweb.layouts.registry import ApiPage, Layout, RosterContext, RosterPage, register_fresh4
from demoweb.model import Program, Resident

LIMIT = 10
SCOPE = "data-v-4c1d2e7a"
SCRIPT = """
(function () {
  var app = document.getElementById('residents-app');
  var list = app.querySelector('.roster-list');
  var button = app.querySelector('.show-more');
  if (!button) { return; }
  function el(tag, cls, text) {
    var node = document.createElement(tag);
    node.setAttribute('data-v-4c1d2e7a', '');
    if (cls) { node.className = cls; }
    if (text !== undefined) { node.textContent = text; }
    return node;
  }
  button.addEventListener('click', function () {
    var offset = Number(button.dataset.offset), limit = Number(button.dataset.limit);
    button.disabled = true;
    fetch(app.dataset.endpoint + '?limit=' + limit + '&offset=' + offset)
      .then(function (r) { return r.json(); })
      .then(function (answer) {
        answer.data.forEach(function (item) {
          var li = el('li', 'roster-item');
          li.appendChild(el('h3', '', item.display_name + ', ' + item.credentials));
          li.appendChild(el('span', 'tag', app.dataset.levelPrefix + '-' + item.level));
          li.appendChild(el('p', 'school', item.medical_school.name));
          list.appendChild(li);
        });
        var next = offset + limit;
        if (next >= answer.meta.filter_count) { button.remove(); return; }
        button.dataset.offset = String(next); button.disabled = false;
      });
  });
})();
"""


def _ordered(program: Program) -> list[Resident]:
    return sorted(program.residents, key=lambda r: (r.pgy, wording.surname_key(r)))


def _li(r: Resident, style: str) -> str:
    return (
        f'<li {SCOPE} class="roster-item"><h3 {SCOPE}>{escape(r.display_name)}, '
        f'{escape(r.degree_text)}</h3><span {SCOPE} class="tag">{wording.tag(style, r.pgy)}</span>'
        f'<p {SCOPE} class="school">{escape(r.school_string)}</p></li>'
    )


def pages(program: Program, variant: str, ctx: RosterContext) -> list[RosterPage]:
    style = wording.tag_style(program, "load_more")
    ordered = _ordered(program)
    button = ""
    if len(ordered) > LIMIT:
        button = (
            f'<button {SCOPE} type="button" class="show-more" data-offset="{LIMIT}" '
            f'data-limit="{LIMIT}">Show more residents</button>'
        )
    body = (
        f'<div id="residents-app" data-v-app data-endpoint="{escape(ctx.href(ctx.api_path))}" '
        f'data-level-prefix="{style}"><h1 {SCOPE}>Our Residents</h1>'
        f'<ul {SCOPE} class="roster-list">{"".join(_li(r, style) for r in ordered[:LIMIT])}</ul>'
        f"{button}</div><script>{SCRIPT}</script>"
    )
    return [RosterPage(ctx.roster_path, "", body, program.residents)]


def _item(program: Program, r: Resident) -> dict[str, Any]:
    return {
        "id": int(wording.stable_id(program.id, r.name, length=6), 16) % 90000 + 1000,
        "display_name": r.display_name,
        "credentials": r.degree_text,
        "level": r.pgy,
        "completion_year": r.class_year,
        "medical_school": {
            "id": int(wording.stable_id(r.school_string, length=5), 16) % 9000 + 100,
            "name": r.school_string,
        },
    }


def api_pages(program: Program, variant: str, ctx: RosterContext) -> list[ApiPage]:
    ordered = _ordered(program)
    return [
        ApiPage(
            f"{ctx.api_path}?limit={LIMIT}&offset={offset}",
            {
                "data": [_item(program, r) for r in ordered[offset : offset + LIMIT]],
                "meta": {"filter_count": len(ordered)},
            },
        )
        for offset in range(LIMIT, len(ordered), LIMIT)
    ]


register_fresh4(
    Layout(
        name="load_more",
        weight=0.0,
        pages=pages,
        js=True,
        api_pages=api_pages,
        description='a Vue list whose "Show more residents" button reads a Directus items API',
    )
)
